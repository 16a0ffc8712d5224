import { describe, expect, it } from 'vitest';
import { likePatterns, queryGrams } from './search.js';

describe('Chinese substring search', () => {
  it('turns a query into the bigrams the index holds, a single character into itself', () => {
    expect(queryGrams('葡萄园')).toEqual(['葡萄', '萄园']);
    expect(queryGrams('萄')).toEqual(['萄']);
    expect(queryGrams('ABC 科技')).toEqual(['ab', 'bc', '科技']);
  });

  it('escapes LIKE wildcards typed by the user', () => {
    expect(likePatterns('100%_x')).toEqual(['%100\\%\\_x%']);
  });
});

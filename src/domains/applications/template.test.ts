import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './catalogue.js';
import { applicationTemplate } from './template.js';

describe('申报书模板 defaults', () => {
  it('are the same on the server and in the form staff start from', () => {
    expect(applicationTemplate.parse({})).toEqual(defaultTemplate);
  });

  it('refuses a period whose shortest is longer than its longest', () => {
    expect(applicationTemplate.safeParse({ periodMonths: { min: 24, max: 12 } }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { earlier, reworded, unrelated } from '../../testing/application-texts.js';
import { bandsOf, estimatedSimilarity, jaccard, overlappingPassages, shinglesOf, signatureOf } from './dedupe.js';

const signature = (paragraphs: string[]) => signatureOf(shinglesOf(paragraphs.join('\n')));

describe('查重 fingerprints', () => {
  it('finds a lightly reworded application: high similarity, and at least one whole band in common', () => {
    const similarity = jaccard(shinglesOf(earlier.join('\n')), shinglesOf(reworded.join('\n')));
    expect(similarity).toBeGreaterThan(0.5);
    expect(estimatedSimilarity(signature(earlier), signature(reworded))).toBeGreaterThan(0.4);
    const a = new Set(bandsOf(signature(earlier)));
    expect(bandsOf(signature(reworded)).some((band) => a.has(band))).toBe(true);
  });

  it('does not pair unrelated applications', () => {
    expect(jaccard(shinglesOf(earlier.join('\n')), shinglesOf(unrelated.join('\n')))).toBeLessThan(0.05);
    const a = new Set(bandsOf(signature(earlier)));
    expect(bandsOf(signature(unrelated)).some((band) => a.has(band))).toBe(false);
  });

  it('ignores spacing, punctuation and Latin case, and gives the same fingerprint every time', () => {
    expect(signature(['AI 芯片，设计。'])).toEqual(signature(['ai芯片设计']));
    expect(bandsOf(signature(earlier))).toEqual(bandsOf(signature([...earlier])));
    expect(bandsOf(signature(earlier)).every((band) => Number.isSafeInteger(band) && band >= 0)).toBe(true);
  });

  it('sets the overlapping passages side by side, the reworded sentence beside its original', () => {
    const passages = overlappingPassages(reworded, earlier);
    expect(passages).toContainEqual(
      expect.objectContaining({
        mine: '筛选适合本地设施栽培的优质葡萄品种3至5个，建立避雨棚架结构及配套栽培模式。',
        theirs: '筛选适宜本地设施栽培的优质葡萄品种3至5个，建立避雨棚架结构和配套栽培模式。',
      }),
    );
    expect(passages.some((p) => p.mine.includes('技术规程一项'))).toBe(false);
    expect(overlappingPassages(unrelated, earlier)).toEqual([]);
  });
});

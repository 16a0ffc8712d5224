import type { RenderedBlock, RenderedSection } from './render.js';

export type DiffOp = 'same' | 'added' | 'removed';
export interface DiffLine {
  op: DiffOp;
  text: string;
}

/** Chinese and Western sentence ends: a changed sentence shows as itself, not as its whole paragraph. */
export function sentencesOf(paragraph: string): string[] {
  return (
    paragraph
      .match(/[^。！？；!?;]+[。！？；!?;]*/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

/** A block as the lines a reader compares: "label：value", a narrative's sentences, a table's rows. */
function linesOf(block: RenderedBlock): string[] {
  switch (block.kind) {
    case 'fields':
      return block.rows.map(([label, value]) => (value ? `${label}：${value}` : label));
    case 'text':
      return [`【${block.heading}】`, ...block.paragraphs.flatMap(sentencesOf)];
    case 'table':
      return block.rows.map((row) =>
        row
          .map((cell, i) => (cell ? `${block.header[i]}：${cell}` : ''))
          .filter(Boolean)
          .join('，'),
      );
  }
}

export function sectionLines(section: RenderedSection): string[] {
  return section.blocks.flatMap(linesOf);
}

/**
 * The longest common subsequence of two line lists, walked back into kept, removed and added lines: the
 * diff a reviewer reads of what an applicant changed between two submissions.
 */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        before[i] === after[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ op: 'removed', text: before[i++]! });
    else out.push({ op: 'added', text: after[j++]! });
  }
  while (i < n) out.push({ op: 'removed', text: before[i++]! });
  while (j < m) out.push({ op: 'added', text: after[j++]! });
  return out;
}

export interface SectionComparison {
  key: RenderedSection['key'];
  title: string;
  changed: boolean;
  lines: DiffLine[];
}

/** Two renderings of one 申报书, section by section; a section only one of them has compares with nothing. */
export function compareApplications(before: RenderedSection[], after: RenderedSection[]): SectionComparison[] {
  const keys = [...new Set([...before.map((s) => s.key), ...after.map((s) => s.key)])];
  return keys.map((key) => {
    const a = before.find((s) => s.key === key);
    const b = after.find((s) => s.key === key);
    const lines = diffLines(a ? sectionLines(a) : [], b ? sectionLines(b) : []);
    return { key, title: (b ?? a)!.title, changed: lines.some((l) => l.op !== 'same'), lines };
  });
}

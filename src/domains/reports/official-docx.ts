import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { paragraphText, type Report, shownSections, signatureDate } from './annual.js';

/**
 * GB/T 9704-2012, 党政机关公文格式: A4; 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; title in 小标宋 2号;
 * body in 仿宋_GB2312 3号 on a fixed 28-point line; first-level headings (一、) in 黑体, second-level
 * ((一)) in 楷体; page numbers "— 1 —" in 4号 宋体, on the outside edge (odd pages right, even left).
 */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
export const officialLayout = {
  page: { width: 11906, height: 16838 },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Half-points: 2号 22pt, 3号 16pt, 4号 14pt. */
  size: { title: 44, body: 32, pageNumber: 28 },
  line: 560,
  fonts: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    pageNumber: '宋体',
  },
};

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exact = { line: officialLayout.line, lineRule: LineRuleType.EXACT };

function pageNumber(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children, font: font(officialLayout.fonts.pageNumber), size: officialLayout.size.pageNumber });
  return new Footer({ children: [new Paragraph({ alignment, children: [run(['— ', PageNumber.CURRENT, ' —'])] })] });
}

/** What an official document is made of, top to bottom. */
export type Block =
  | { kind: 'heading1' | 'heading2' | 'body'; text: string }
  /** 主送机关: the addressee, flush left. */
  | { kind: 'addressee'; text: string }
  /** 落款: the issuing body and the date, right-aligned at the end. */
  | { kind: 'signature'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] };
export interface OfficialDocument {
  /** 发文字号, e.g. 江科发〔2026〕21号: centred above the title. */
  docNo?: string;
  title: string;
  blocks: Block[];
}

/**
 * A work summary as an official document: each shown part's heading, its generated paragraphs, then the
 * narrative; the 落款 (the bureau and the date) at the end, as official documents end.
 */
export function reportDocument(report: Report): OfficialDocument {
  const blocks: Block[] = [];
  for (const section of shownSections(report)) {
    if (section.level > 0) blocks.push({ kind: section.level === 1 ? 'heading1' : 'heading2', text: section.heading });
    for (const segments of section.paragraphs) blocks.push({ kind: 'body', text: paragraphText(segments) });
    for (const text of section.narrative) blocks.push({ kind: 'body', text });
  }
  if (report.signature)
    blocks.push(
      { kind: 'signature', text: report.signature.bureau },
      { kind: 'signature', text: signatureDate(report) },
    );
  return { title: reportTitle(report), blocks };
}

/** The title; a summary frozen before titles carried the year (市科技局年度工作总结) gets it added. */
export function reportTitle(report: Report): string {
  return /\d{4}年/.test(report.title)
    ? report.title
    : `${report.title.replace(/年度?工作总结$/, '')}${report.year}年工作总结`;
}

const tableText = { font: font(officialLayout.fonts.body), size: 24 };
/** The width of the type area in twips: A4 less the left and right margins. */
const typeArea = officialLayout.page.width - officialLayout.margin.left - officialLayout.margin.right;

function table(block: Extract<Block, { kind: 'table' }>): Table {
  // Absolute widths: Word honours percentages, LibreOffice does not.
  const shares = block.widths ?? block.header.map(() => 100 / block.header.length);
  const widths = shares.map((share) => Math.round((share / 100) * typeArea));
  const cell = (text: string, bold: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 360, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text, bold, ...tableText })],
        }),
      ],
    });
  return new Table({
    width: { size: typeArea, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, true, widths[i]!)) }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, false, widths[i]!)) }),
      ),
    ],
  });
}

/** An official document in the GB/T 9704 layout, as a .docx. */
export async function officialDocx(doc: OfficialDocument): Promise<Buffer> {
  const body = doc.blocks.map((b, i) => {
    if (b.kind === 'table') return table(b);
    if (b.kind === 'addressee')
      return new Paragraph({ style: 'OfficialBody', indent: { firstLine: 0 }, children: [new TextRun(b.text)] });
    // 落款: a line of space below the text, then the issuer over the date, four characters in from the right.
    const first = b.kind === 'signature' && doc.blocks[i - 1]?.kind !== 'signature';
    if (b.kind === 'signature')
      return new Paragraph({
        style: 'OfficialBody',
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0, right: 1280 },
        keepNext: doc.blocks[i + 1]?.kind === 'signature',
        spacing: first ? { before: officialLayout.line } : undefined,
        children: [new TextRun(b.text)],
      });
    const style = { heading1: 'OfficialHeading1', heading2: 'OfficialHeading2', body: 'OfficialBody' }[b.kind];
    // 落款 never stands alone on a page: the last paragraph before it goes along with it.
    return new Paragraph({ style, keepNext: doc.blocks[i + 1]?.kind === 'signature', children: [new TextRun(b.text)] });
  });
  const document = new Document({
    creator: 'KeGuan',
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(officialLayout.fonts.body), size: officialLayout.size.body },
          paragraph: { spacing: exact },
        },
      },
      paragraphStyles: [
        {
          id: 'OfficialTitle',
          name: 'Official Title',
          run: { font: font(officialLayout.fonts.title), size: officialLayout.size.title },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact, after: officialLayout.line } },
        },
        {
          id: 'OfficialBody',
          name: 'Official Body',
          run: { font: font(officialLayout.fonts.body), size: officialLayout.size.body },
          paragraph: { spacing: exact, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED },
        },
        {
          id: 'OfficialHeading1',
          name: 'Official Heading 1',
          basedOn: 'OfficialBody',
          next: 'OfficialBody',
          run: { font: font(officialLayout.fonts.heading1), size: officialLayout.size.body },
          paragraph: { spacing: exact, indent: { firstLine: 640 }, outlineLevel: 0, keepNext: true, keepLines: true },
        },
        {
          id: 'OfficialHeading2',
          name: 'Official Heading 2',
          basedOn: 'OfficialBody',
          next: 'OfficialBody',
          run: { font: font(officialLayout.fonts.heading2), size: officialLayout.size.body },
          paragraph: { spacing: exact, indent: { firstLine: 640 }, outlineLevel: 1, keepNext: true, keepLines: true },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: officialLayout.page, margin: { ...officialLayout.margin, header: mm(15), footer: mm(28) } },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [
          ...(doc.docNo
            ? [
                new Paragraph({
                  style: 'OfficialBody',
                  alignment: AlignmentType.CENTER,
                  indent: { firstLine: 0 },
                  spacing: { ...exact, after: officialLayout.line },
                  children: [new TextRun(doc.docNo)],
                }),
              ]
            : []),
          new Paragraph({ style: 'OfficialTitle', children: [new TextRun(doc.title)] }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

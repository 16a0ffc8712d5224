import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Report } from './annual.js';
import { paragraphText } from './annual.js';

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
  fonts: { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体' },
};

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exact = { line: officialLayout.line, lineRule: LineRuleType.EXACT };

function pageNumber(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, font: font(officialLayout.fonts.pageNumber), size: officialLayout.size.pageNumber });
  return new Footer({ children: [new Paragraph({ alignment, children: [run(['— ', PageNumber.CURRENT, ' —'])] })] });
}

/** A report as an official document: its title, then each section's heading and paragraphs. */
export async function officialDocx(report: Report): Promise<Buffer> {
  const headingLevel = (text: string) => (/^[一二三四五六七八九十]+、/.test(text) ? 1 : /^（[一二三四五六七八九十]+）/.test(text) ? 2 : 0);
  const body: Paragraph[] = [];
  for (const section of report.sections) {
    body.push(new Paragraph({ style: 'OfficialHeading1', children: [new TextRun(section.heading)] }));
    for (const segments of section.paragraphs) {
      const text = paragraphText(segments);
      body.push(new Paragraph({ style: headingLevel(text) === 2 ? 'OfficialHeading2' : 'OfficialBody', children: [new TextRun(text)] }));
    }
  }
  const document = new Document({
    creator: 'KeGuan',
    title: `${report.year}年${report.title.replace(/^市科技局/, '')}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(officialLayout.fonts.body), size: officialLayout.size.body }, paragraph: { spacing: exact } } },
      paragraphStyles: [
        { id: 'OfficialTitle', name: 'Official Title', run: { font: font(officialLayout.fonts.title), size: officialLayout.size.title }, paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact, after: officialLayout.line } } },
        { id: 'OfficialBody', name: 'Official Body', run: { font: font(officialLayout.fonts.body), size: officialLayout.size.body }, paragraph: { spacing: exact, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED } },
        { id: 'OfficialHeading1', name: 'Official Heading 1', basedOn: 'OfficialBody', next: 'OfficialBody', run: { font: font(officialLayout.fonts.heading1), size: officialLayout.size.body }, paragraph: { spacing: exact, indent: { firstLine: 640 }, outlineLevel: 0 } },
        { id: 'OfficialHeading2', name: 'Official Heading 2', basedOn: 'OfficialBody', next: 'OfficialBody', run: { font: font(officialLayout.fonts.heading2), size: officialLayout.size.body }, paragraph: { spacing: exact, indent: { firstLine: 640 }, outlineLevel: 1 } },
      ],
    },
    sections: [
      {
        properties: { page: { size: officialLayout.page, margin: { ...officialLayout.margin, header: mm(15), footer: mm(28) } } },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [new Paragraph({ style: 'OfficialTitle', children: [new TextRun(`${report.title.replace(/年度?工作总结$/, '')}${report.year}年工作总结`)] }), ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}

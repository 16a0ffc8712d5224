import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { RenderedBlock, RenderedSection } from './render.js';

/** What the cover and the running header say about the application. */
export interface ApplicationCover {
  programName: string;
  callTitle: string;
  title: string;
  applicant: string;
  leader: string;
  recommender: string;
  /** 填报日期, as printed: 2026年12月7日. */
  date: string;
  applicationNo: string | null;
  /** The printed checksum of the submitted content; null for a draft never submitted or being revised. */
  checksum: string | null;
}

const mm = (v: number) => Math.round((v * 1440) / 25.4);
const page = { width: 11906, height: 16838 };
const margin = { top: mm(25), bottom: mm(25), left: mm(28), right: mm(25) };
const typeArea = page.width - margin.left - margin.right;
/** Section numbers: an application has at most nine sections. */
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const song = font('宋体');
const hei = font('黑体');
/** Half-points: 小四 12pt for the body, 小五 9pt in data tables, 四号 14pt for section headings, 二号 22pt for the cover title. */
const size = { small: 18, table: 18, body: 24, heading: 28, cover: 44 };

function run(text: string, o: { bold?: boolean; heading?: boolean; size?: number } = {}) {
  return new TextRun({ text, bold: o.bold, font: o.heading ? hei : song, size: o.size ?? size.body });
}

function paragraph(text: string, o: { bold?: boolean; center?: boolean; indent?: boolean } = {}) {
  return new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 480 } : undefined,
    spacing: { line: 400, lineRule: LineRuleType.AUTO },
    children: [run(text, { bold: o.bold })],
  });
}

function cell(
  text: string,
  width: number,
  o: { header?: boolean; shaded?: boolean; columnSpan?: number; small?: boolean; right?: boolean; bold?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    shading: o.shaded || o.header ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: o.header ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { line: 320, lineRule: LineRuleType.AUTO },
          children: [run(line, { bold: o.header || o.bold, size: o.small ? size.table : 21 })],
        }),
    ),
  });
}

/** A label–value block as the two-column form table of a printed application. */
function fieldsTable(rows: [string, string][]): Table {
  const widths = [Math.round(typeArea * 0.28), typeArea - Math.round(typeArea * 0.28)];
  return new Table({
    width: { size: typeArea, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(([label, value]) =>
      value === ''
        ? new TableRow({ cantSplit: true, children: [cell(label, typeArea, { header: true, columnSpan: 2 })] })
        : new TableRow({
            cantSplit: true,
            children: [cell(label, widths[0]!, { shaded: true }), cell(value, widths[1]!)],
          }),
    ),
  });
}

function dataTable(block: Extract<RenderedBlock, { kind: 'table' }>): Table {
  // Absolute widths: Word honours percentages, LibreOffice does not.
  const shares = block.widths ?? block.header.map(() => 100 / block.header.length);
  const widths = shares.map((share) => Math.round((share / 100) * typeArea));
  const rows = block.rows.length ? block.rows : [block.header.map(() => '')];
  return new Table({
    width: { size: typeArea, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.header.map((h, i) => cell(h, widths[i]!, { header: true, small: true })),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((v, i) =>
              cell(v, widths[i]!, {
                small: true,
                right: block.numeric?.includes(i),
                bold: block.totalRow && r === rows.length - 1,
              }),
            ),
          }),
      ),
    ],
  });
}

function blockContent(block: RenderedBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'fields':
      return [fieldsTable(block.rows), paragraph('')];
    case 'text':
      return [
        new Paragraph({
          spacing: { before: 120, after: 60 },
          keepNext: true,
          children: [run(`（${block.heading}）`, { bold: true })],
        }),
        ...block.paragraphs.map((p) => paragraph(p, { indent: true })),
      ];
    case 'table':
      return [
        ...(block.caption
          ? [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                keepNext: true,
                children: [run(block.caption, { size: 21 })],
              }),
            ]
          : []),
        dataTable(block),
        paragraph(''),
      ];
  }
}

function coverPage(cover: ApplicationCover): Paragraph[] {
  const line = (label: string, value: string) =>
    new Paragraph({
      spacing: { before: 160, after: 160 },
      indent: { left: mm(18) },
      children: [run(`${label}：`, { heading: true, size: size.heading }), run(value, { size: size.heading })],
    });
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        run(cover.applicationNo ? `申报编号：${cover.applicationNo}` : '申报编号：（提交后生成）', { size: size.body }),
      ],
    }),
    new Paragraph({
      spacing: { before: mm(30) },
      alignment: AlignmentType.CENTER,
      children: [run(cover.programName, { heading: true, size: 32 })],
    }),
    new Paragraph({
      spacing: { before: 240, after: mm(30) },
      alignment: AlignmentType.CENTER,
      children: [run('项 目 申 报 书', { heading: true, size: size.cover })],
    }),
    line('项目名称', cover.title),
    line('申报单位', `${cover.applicant}（盖章）`),
    line('项目负责人', cover.leader),
    line('推荐单位', cover.recommender),
    line('申报通知', cover.callTitle),
    line('填报日期', cover.date),
    new Paragraph({
      spacing: { before: mm(25) },
      alignment: AlignmentType.CENTER,
      children: [
        run(cover.checksum ? `申报书校验码：${cover.checksum}` : '草稿（尚未提交，不作为申报材料）', {
          size: size.body,
        }),
      ],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** 承诺与盖章页: the applicant's pledge and the signatures and seals the paper copy carries. */
function signaturePage(cover: ApplicationCover): (Paragraph | Table)[] {
  const opinion = (title: string, lines: string[], signature: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: typeArea, type: WidthType.DXA },
          margins: { top: 120, bottom: 120, left: 160, right: 160 },
          children: [
            new Paragraph({ spacing: { after: 120 }, children: [run(title, { heading: true })] }),
            ...lines.map((text) => paragraph(text, { indent: true })),
            new Paragraph({ spacing: { before: 720 }, alignment: AlignmentType.RIGHT, children: [run(signature)] }),
            new Paragraph({
              spacing: { before: 240 },
              alignment: AlignmentType.RIGHT,
              children: [run('年      月      日')],
            }),
          ],
        }),
      ],
    });
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run('承诺及审核意见', { heading: true, size: size.heading })],
    }),
    new Table({
      width: { size: typeArea, type: WidthType.DXA },
      columnWidths: [typeArea],
      rows: [
        opinion(
          '项目负责人承诺',
          [
            '本人承诺：申报书所填内容及所附材料真实、准确，不存在知识产权争议，未以同一或相近内容重复申报其他财政科技计划项目。如有不实，愿承担相应责任。',
          ],
          '项目负责人（签字）：                    ',
        ),
        opinion(
          '申报单位意见',
          [
            `本单位已对《${cover.title}》申报材料进行审核，所填内容真实有效，同意申报，并保证按预算落实自筹资金和项目实施条件。`,
          ],
          '法定代表人（签字）：                    单位（盖章）',
        ),
        opinion(`推荐单位意见（${cover.recommender}）`, [''], '负责人（签字）：                    单位（盖章）'),
      ],
    }),
  ];
}

function runningHeader(cover: ApplicationCover) {
  const text = [
    cover.applicationNo ? `申报编号 ${cover.applicationNo}` : '草稿',
    cover.checksum ? `校验码 ${cover.checksum}` : '未提交',
  ].join('    ');
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text, { size: size.small })] })],
  });
}

function pageFooter() {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            font: song,
            size: size.small,
          }),
        ],
      }),
    ],
  });
}

/**
 * The 申报书 as the applicant prints, signs and stamps it: a cover, every section numbered 一、二、…, the
 * pledge and seal page; the number and the checksum in every page's header, so a stamped copy of an
 * older version is told apart at a glance.
 */
export async function applicationDocx(cover: ApplicationCover, sections: RenderedSection[]): Promise<Buffer> {
  const body = sections.flatMap((section, index) => [
    new Paragraph({
      spacing: { before: 240, after: 120 },
      keepNext: true,
      children: [run(`${numerals[index]}、${section.title}`, { heading: true, size: size.heading })],
    }),
    ...section.blocks.flatMap(blockContent),
  ]);
  const document = new Document({
    creator: 'KeGuan',
    title: `${cover.title} 申报书`,
    styles: { default: { document: { run: { font: song, size: size.body } } } },
    sections: [
      {
        properties: { page: { size: page, margin: { ...margin, header: mm(12), footer: mm(12) } }, titlePage: true },
        headers: { default: runningHeader(cover), first: new Header({ children: [] }) },
        footers: { default: pageFooter(), first: new Footer({ children: [] }) },
        children: [...coverPage(cover), ...body, ...signaturePage(cover)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

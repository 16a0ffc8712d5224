import { type DisclosureOutcome, disclosureOutcomes } from '../../db/tables/index.js';
import type { Block, OfficialDocument } from '../reports/official-docx.js';
import { chineseDate } from '../reports/wording.js';
import { disclosureWordsIn } from './outcomes.js';
import { applicantColumns, type KindCounts, type OpenGovReport } from './report.js';

/** The report is Chinese, as the national template is. */
const { kinds: applicantKindWords, outcomes: outcomeWords } = disclosureWordsIn('zh-CN');

const numerals = ['一', '二', '三', '四', '五', '六', '七'];
const kindHeader = [...applicantColumns.map((k) => (k === 'other' ? '其他' : applicantKindWords[k])), '总计'];
const cells = (row: KindCounts) => [...applicantColumns.map((k) => String(row[k])), String(row.total)];

/** The rows of part 三's table, labelled as the national template labels them. */
export function requestRows(report: OpenGovReport): string[][] {
  const t = report.requests;
  const rows: string[][] = [
    ['一、本年新收政府信息公开申请数量', ...cells(t.received)],
    ['二、上年结转政府信息公开申请数量', ...cells(t.carriedIn)],
  ];
  (Object.keys(disclosureOutcomes) as DisclosureOutcome[]).forEach((outcome, i) => {
    rows.push([
      `三、本年度办理结果（${numerals[i]}）${outcomeWords[outcome].label}${i === 1 ? '（区分处理的，只计这一情形，不计其他情形）' : ''}`,
      ...cells(t.outcomes[outcome]!),
    ]);
    for (const [j, reason] of (disclosureOutcomes[outcome] as readonly string[]).entries()) {
      rows.push([
        `　　${j + 1}.${outcomeWords[outcome].reasons[reason]}`,
        ...cells(t.outcomes[`${outcome}.${reason}`]!),
      ]);
    }
  });
  rows.push(['三、本年度办理结果（七）总计', ...cells(t.decided)], ['四、结转下年度继续办理', ...cells(t.carriedOut)]);
  return rows;
}

/** What part 一 says when staff have written nothing yet: the year's figures in a sentence a reader knows. */
export function overviewFromData(report: OpenGovReport): string {
  const t = report.requests;
  return `${report.year}年，本机关主动公开政府信息${report.active.all}条，其中纳入政府信息公开目录${report.active.catalogue}条；制发行政规范性文件${report.active.issued}件。全年新收政府信息公开申请${t.received.total}件，上年结转${t.carriedIn.total}件，办结${t.decided.total}件，结转下年度继续办理${t.carriedOut.total}件。`;
}

/**
 * 政府信息公开工作年度报告 in the national template's six parts (国办公开办函〔2021〕30号) and the GB/T 9704
 * layout: the narrative staff wrote, and the tables counted from the site and the requests.
 */
export function openGovReportDocument(
  report: OpenGovReport,
  o: { bureau: string; signedOn?: string },
): OfficialDocument {
  const e = report.entered;
  const blocks: Block[] = [];
  const body = (texts: string[], fallback?: string) => {
    for (const text of texts.length ? texts : fallback ? [fallback] : []) blocks.push({ kind: 'body', text });
  };
  blocks.push({ kind: 'heading1', text: '一、总体情况' });
  body(report.narrative.overview, overviewFromData(report));
  blocks.push({ kind: 'heading1', text: '二、主动公开政府信息情况' });
  blocks.push({
    kind: 'table',
    header: ['第二十条第（一）项', '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      ['规章', '0', '0', '0'],
      ['行政规范性文件', String(report.active.issued), String(report.active.repealed), String(report.active.inForce)],
    ],
    widths: [40, 20, 20, 20],
  });
  blocks.push({
    kind: 'table',
    header: ['第二十条第（五）项、第（六）项、第（八）项', '本年处理决定数量'],
    rows: [
      ['行政许可', String(e.permits)],
      ['行政处罚', String(e.penalties)],
      ['行政强制', String(e.coercion)],
    ],
    widths: [60, 40],
  });
  blocks.push({
    kind: 'table',
    header: ['第二十条第（八）项', '本年收费金额（单位：万元）'],
    rows: [['行政事业性收费', e.feesWan.toFixed(2)]],
    widths: [60, 40],
  });
  blocks.push({ kind: 'heading1', text: '三、收到和处理政府信息公开申请情况' });
  blocks.push({
    kind: 'table',
    header: ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ...kindHeader],
    rows: requestRows(report),
    widths: [37, 9, 9, 9, 9, 9, 9, 9],
  });
  blocks.push({ kind: 'heading1', text: '四、政府信息公开行政复议、行政诉讼情况' });
  const line = (label: string, r: typeof e.reconsideration) => [
    label,
    String(r.maintained),
    String(r.corrected),
    String(r.other),
    String(r.pending),
    String(r.maintained + r.corrected + r.other + r.pending),
  ];
  blocks.push({
    kind: 'table',
    header: ['', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    rows: [
      line('行政复议', e.reconsideration),
      line('行政诉讼（未经复议直接起诉）', e.litigationDirect),
      line('行政诉讼（复议后起诉）', e.litigationAfterReview),
    ],
    widths: [35, 13, 13, 13, 13, 13],
  });
  blocks.push({ kind: 'heading1', text: '五、存在的主要问题及改进情况' });
  body(report.narrative.problems);
  blocks.push({ kind: 'heading1', text: '六、其他需要报告的事项' });
  body(report.narrative.other, `本机关${report.year}年未收取政府信息公开信息处理费。`);
  blocks.push(
    { kind: 'signature', text: o.bureau },
    { kind: 'signature', text: chineseDate(o.signedOn ?? `${report.year + 1}-01-31`) },
  );
  return { title: `${o.bureau}${report.year}年政府信息公开工作年度报告`, blocks };
}

const escaped = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The report as the site shows it: headings, paragraphs and tables (the .docx goes with it as an attachment). */
export function documentHtml(doc: OfficialDocument): string {
  return doc.blocks
    .map((b) => {
      if (b.kind === 'heading1' || b.kind === 'heading2') return `<h2>${escaped(b.text)}</h2>`;
      if (b.kind === 'table')
        return `<table><thead><tr>${b.header.map((h) => `<th>${escaped(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((row) => `<tr>${row.map((c) => `<td>${escaped(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      return `<p>${escaped(b.text)}</p>`;
    })
    .join('');
}

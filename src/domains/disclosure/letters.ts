import type { disclosureRequests } from '../../db/tables/index.js';
import { type Block, type OfficialDocument, officialDocx } from '../reports/official-docx.js';
import { chineseDate } from '../reports/wording.js';
import { disclosureWordsIn } from './outcomes.js';

/** Letters are written in Chinese, as the bureau sends them. */
const { outcomes: outcomeWords, forms: formWords, deliveries: deliveryWords } = disclosureWordsIn('zh-CN');

type Request = typeof disclosureRequests.$inferSelect;

/** The three letters a request may need: 补正告知书, 延期答复告知书, and the reply itself. */
export const letterKinds = ['correction', 'extension', 'reply'] as const;
export type LetterKind = (typeof letterKinds)[number];

export const letterTitles: Record<LetterKind, string> = {
  correction: '政府信息公开申请补正告知书',
  extension: '政府信息公开申请延期答复告知书',
  reply: '政府信息公开申请答复告知书',
};

/** Which letters a request has by now: each exists once the act it records was done. */
export function lettersOf(request: Pick<Request, 'correctionAskedOn' | 'extendedOn' | 'state'>): LetterKind[] {
  return letterKinds.filter((kind) =>
    kind === 'correction'
      ? request.correctionAskedOn
      : kind === 'extension'
        ? request.extendedOn
        : request.state === 'answered',
  );
}

const regulation = '《中华人民共和国政府信息公开条例》';
const remedy =
  '如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。';

const paragraphs = (text: string | null): Block[] =>
  (text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'body', text: p }));

/** 您 for a person, 你单位 for an organisation, as the bureau's letters address them. */
const you = (r: Request) => (r.applicantKind === 'person' ? '您' : '你单位');

function receipt(r: Request): string {
  return `本机关于${chineseDate(r.receivedOn)}收到${you(r)}提出的政府信息公开申请，申请获取“${r.description.replace(/\s+/g, ' ')}”。`;
}

/**
 * A letter as the bureau issues it, in the GB/T 9704 layout: numbered with the request's tracking code,
 * addressed to the applicant, ending with the remedy (where the letter decides) and the bureau's name and date.
 */
export function letterDocument(kind: LetterKind, r: Request, o: { bureau: string; phone?: string }): OfficialDocument {
  const blocks: Block[] = [{ kind: 'addressee', text: `${r.name}：` }];
  let day: string;
  if (kind === 'correction') {
    day = r.correctionAskedOn!;
    blocks.push(
      {
        kind: 'body',
        text: `${receipt(r).replace(/。$/, '')}。经审查，${you(r)}的申请内容不明确，根据${regulation}第三十条的规定，请按以下要求补正：`,
      },
      ...paragraphs(r.correctionNote),
      {
        kind: 'body',
        text: `请于${chineseDate(r.correctionDueOn!)}前，凭查询码${r.code}在本机关网站“依申请公开”栏目在线补正，或以书面形式补正。答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
      },
    );
  } else if (kind === 'extension') {
    day = r.extendedOn!;
    blocks.push(
      { kind: 'body', text: receipt(r) },
      {
        kind: 'body',
        text: `因${r.extensionReason!.replace(/[。.]$/, '')}，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据${regulation}第三十三条第二款的规定，答复期限延长${r.extendedDays}个工作日${r.dueOn ? `，本机关将于${chineseDate(r.dueOn)}前作出答复` : ''}。`,
      },
    );
  } else {
    day = r.repliedOn!;
    const words = outcomeWords[r.outcome as keyof typeof outcomeWords];
    const reason = r.outcomeReason ? words.reasons[r.outcomeReason] : undefined;
    blocks.push({ kind: 'body', text: receipt(r) });
    if (r.clockFrom !== r.receivedOn)
      blocks.push({ kind: 'body', text: `${you(r)}于${chineseDate(r.clockFrom)}补正了申请内容。` });
    blocks.push({ kind: 'body', text: '经审查，现答复如下：' }, ...paragraphs(r.replyText));
    blocks.push({
      kind: 'body',
      text: `根据${r.legalBasis}的规定，本机关对${you(r)}的申请作出“${words.label}”的答复${reason ? `（${reason}）` : ''}。`,
    });
    if (r.outcome === 'disclose' || r.outcome === 'partial') {
      blocks.push({
        kind: 'body',
        text: `提供形式：${formWords[r.form as keyof typeof formWords] ?? r.form}；获取方式：${deliveryWords[r.delivery as keyof typeof deliveryWords] ?? r.delivery}。`,
      });
    }
    blocks.push({ kind: 'body', text: remedy });
  }
  if (o.phone) blocks.push({ kind: 'body', text: `联系电话：${o.phone}` });
  blocks.push({ kind: 'signature', text: o.bureau }, { kind: 'signature', text: chineseDate(day) });
  return { docNo: `查询码：${r.code}`, title: letterTitles[kind], blocks };
}

export async function letterDocx(kind: LetterKind, r: Request, o: { bureau: string; phone?: string }): Promise<Buffer> {
  return officialDocx(letterDocument(kind, r, o));
}

/** The letter's file name, e.g. 答复告知书-20261207-ABCDEFGHJK.docx. */
export function letterFileName(kind: LetterKind, code: string): string {
  return `${letterTitles[kind].replace('政府信息公开申请', '')}-${code}.docx`;
}

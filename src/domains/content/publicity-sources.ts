import { and, asc, desc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  calls,
  jurisdictions,
  orgs,
  patents,
  patentSubsidyBatches,
  patentSubsidyClaims,
  platforms,
  portalItems,
  programs,
  projects,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { Actor } from '../audit/audit.service.js';
import { callApprovals } from '../reports/documents.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { formatTotal } from '../../shared/money.js';
import { loadCalendar, workingDaysAfter } from '../calendar/calendar.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import { type Html, html } from '../../server/html.js';
import { createItem } from './items.service.js';

/** What a publicity item can be made from in one click: a call's approvals, a subsidy batch, a year's recognitions. */
export const publicitySources = ['call', 'subsidy-batch', 'platform-year'] as const;

export const publicityFromSourceBody = z.object({
  kind: z.enum(publicitySources),
  /** The call's or batch's id, or the year. */
  id: z.number().int().positive(),
  /** First day of the period; today (Beijing) when absent. */
  startsOn: z.iso.date().optional(),
  /** Length of the period in working days (公示期一般不少于5个工作日), counted on the holiday calendar. */
  days: z.number().int().min(1).max(30).default(5),
  objectionContact: z.string().trim().min(1).max(300).optional(),
});

/** What a publicity item can be made from now: calls with approvals, subsidy batches, years with recognitions. */
export async function publicitySourceOptions(db: DbOrTx) {
  const [callRows, batches, platformYears] = await Promise.all([
    db
      .select({
        id: calls.id,
        title: calls.title,
        year: calls.year,
        program: programs.name,
        approved: sql<number>`count(${projects.id})::int`,
      })
      .from(calls)
      .innerJoin(programs, eq(programs.id, calls.programId))
      .innerJoin(projects, and(eq(projects.callId, calls.id), isNotNull(projects.approvedFen)))
      .groupBy(calls.id, programs.name)
      .orderBy(desc(calls.year), desc(calls.id))
      .limit(200),
    db
      .select({ id: patentSubsidyBatches.id, title: patentSubsidyBatches.title, paidOn: patentSubsidyBatches.paidOn })
      .from(patentSubsidyBatches)
      .orderBy(desc(patentSubsidyBatches.paidOn))
      .limit(100),
    db
      .select({ year: sql<number>`extract(year from ${platforms.recognizedOn})::int`, n: sql<number>`count(*)::int` })
      .from(platforms)
      .groupBy(sql`1`)
      .orderBy(sql`1 DESC`),
  ]);
  return { calls: callRows, batches, platformYears };
}

interface Drafted {
  title: string;
  intro: string;
  header: string[];
  rows: string[][];
}

const platformWords = zhCN.registry.platforms.options as unknown as Record<'kind' | 'level', Record<string, string>>;
const label = (words: Record<string, string>, code: string) => words[code] ?? code;

const wan = (fen: number | null) => String(Number((Number(fen ?? 0) / 1_000_000).toFixed(2)));

async function drafted(db: DbOrTx, kind: (typeof publicitySources)[number], id: number): Promise<Drafted> {
  if (kind === 'call') {
    const { call, approved } = await callApprovals(db, id);
    const total = approved.reduce((sum, p) => sum + Number(p.fen ?? 0), 0) / 100;
    return {
      title: `${call.year}年度${call.program}拟立项项目公示`,
      intro: `根据《${call.title}》，经形式审查、专家评审和局务会研究，拟对以下${approved.length}个项目予以立项支持，资助经费合计${formatTotal(total)}。`,
      header: ['序号', '项目名称', '承担单位', '所属地区', '资助经费（万元）'],
      rows: approved.map((p, i) => [String(i + 1), p.title, p.org, p.place ?? '—', wan(p.fen)]),
    };
  }
  if (kind === 'subsidy-batch') {
    const [batch] = await db.select().from(patentSubsidyBatches).where(eq(patentSubsidyBatches.id, id));
    if (!batch) throw new AppError('NOT_FOUND');
    const claims = await db
      .select({
        number: patents.applicationNumber,
        title: patents.title,
        org: orgs.name,
        stage: patentSubsidyClaims.stage,
        fen: patentSubsidyClaims.amountFen,
      })
      .from(patentSubsidyClaims)
      .innerJoin(patents, eq(patents.id, patentSubsidyClaims.patentId))
      .innerJoin(orgs, eq(orgs.id, patentSubsidyClaims.orgId))
      .where(eq(patentSubsidyClaims.batchId, id))
      .orderBy(asc(orgs.name), asc(patents.applicationNumber));
    if (!claims.length) throw new AppError('NOTHING_TO_PUBLICISE');
    return {
      title: `${batch.title}名单公示`,
      intro: `根据专利申报资助政策，经审核，拟对以下${claims.length}件专利予以资助，资助金额合计${formatTotal(batch.totalFen / 100)}。`,
      header: ['序号', '申请号', '专利名称', '专利权人（申请人）', '资助阶段', '资助金额（元）'],
      rows: claims.map((c, i) => [
        String(i + 1),
        c.number,
        c.title,
        c.org,
        c.stage === 'granted' ? '授权' : '申请',
        String(c.fen / 100),
      ]),
    };
  }
  const recognised = await db
    .select({
      name: platforms.name,
      kind: platforms.kind,
      level: platforms.level,
      org: orgs.name,
      place: jurisdictions.name,
    })
    .from(platforms)
    .leftJoin(orgs, eq(orgs.id, platforms.orgId))
    .leftJoin(jurisdictions, eq(jurisdictions.code, platforms.jurisdictionCode))
    .where(and(gte(platforms.recognizedOn, `${id}-01-01`), lt(platforms.recognizedOn, `${id + 1}-01-01`)))
    .orderBy(asc(platforms.recognizedOn), asc(platforms.name));
  if (!recognised.length) throw new AppError('NOTHING_TO_PUBLICISE');
  return {
    title: `${id}年度科技创新载体认定名单公示`,
    intro: `经单位申报、属地推荐、专家评审，拟认定以下${recognised.length}家科技创新载体。`,
    header: ['序号', '载体名称', '类别', '级别', '依托单位', '所属地区'],
    rows: recognised.map((p, i) => [
      String(i + 1),
      p.name,
      label(platformWords.kind, p.kind),
      label(platformWords.level, p.level),
      p.org ?? '—',
      p.place ?? '—',
    ]),
  };
}

function table(d: Drafted): Html {
  return html`<table><caption>${d.title}</caption><thead><tr>${d.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${d.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

/**
 * 一键生成公示: a draft publicity item with the list, the period and the objection channel, ready for review.
 * One live item per source: a second click finds the first.
 */
export async function publicityFromSource(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  body: z.infer<typeof publicityFromSourceBody>,
  bureau: string,
) {
  const [existing] = await db
    .select({ id: portalItems.id })
    .from(portalItems)
    .where(
      and(
        eq(portalItems.sourceKind, body.kind),
        eq(portalItems.sourceId, body.id),
        sql`${portalItems.state} <> 'withdrawn'`,
      ),
    );
  if (existing) throw new AppError('PUBLICITY_EXISTS', { params: { id: existing.id }, details: { id: existing.id } });
  const d = await drafted(db, body.kind, body.id);
  const startsOn = body.startsOn ?? clock.today();
  const calendar = await loadCalendar(db, startsOn, addDays(startsOn, 90));
  const endsOn = workingDaysAfter(addDays(startsOn, -1), body.days, calendar);
  // No telephone number is made up: the bureau's office, or the form on the item's own page.
  const objectionContact = body.objectionContact ?? `${bureau}办公室，或在本页提交异议`;
  // The period and the objection channel are shown from the item's own fields, so editing them cannot
  // leave the text saying otherwise.
  const bodyHtml = html`<p>${d.intro}现予以公示。</p><p>公示期间，任何单位和个人如有异议，请提供必要的证明材料；以单位名义提出的须加盖公章，以个人名义提出的须署真实姓名。</p>${table(d)}`;
  return createItem(
    db,
    user,
    actor,
    {
      column: 'publicity',
      title: d.title,
      summary: d.intro,
      bodyHtml: bodyHtml.value,
      source: bureau,
      startsOn,
      endsOn,
      objectionContact,
      attachments: [],
    },
    { kind: body.kind, id: body.id },
  );
}

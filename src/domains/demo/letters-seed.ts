import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  indicators,
  patents,
  targetAssessments,
  targetEvidence,
  targetLetterItems,
  targetLetters,
  targetProgressReports,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import type { Storage } from '../../server/storage.js';
import { systemActor } from '../audit/audit.service.js';
import { actOnRound, addAdjustment, createRound, roundResults, saveScores } from '../targets/assessments.js';
import { actOnLetter, createLetter, type LetterBody } from '../targets/letters.js';
import * as clock from '../../shared/clock.js';
import { addDays, beijingMoment } from '../../shared/clock.js';
import { demoJurisdictions } from './city.js';
import { approveAsDirector } from './approvals-seed.js';
import { demoYears } from './generate.js';

const minDay = (a: string, b: string) => (a < b ? a : b);

type Share = [code: string, min: number | null, max: number | null, weight: number];

/** A one-page PDF standing for a scanned sign-in sheet or ledger kept as evidence. */
export function evidencePdf(line: string): Buffer {
  const text = line.replace(/[()\\]/g, '');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${44 + text.length} >>\nstream\nBT /F1 14 Tf 72 770 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function sessionOf(tx: DbOrTx, username: string): Promise<SessionUser> {
  const [u] = await tx.select().from(users).where(eq(users.username, username));
  return {
    id: u!.id,
    username: u!.username,
    displayName: u!.displayName,
    role: u!.role,
    orgId: u!.orgId,
    jurisdictionCode: u!.jurisdictionCode,
    sectionCode: u!.sectionCode,
  };
}

/**
 * The current year's responsibility letters as the seed's bureau signs them in February: every town, zone and street
 * carries its share of patent applications (in proportion to its 2008 filings) and of farmer training;
 * the zones the enterprise technology centres; the departments the project, platform, investment and
 * grant targets of their fields; the bureau's sections the whole city's figures of their work. Progress
 * stands at today: training and the departments' figures reported for every quarter ended (the latest with
 * one awaiting review, one returned, one town's still to write), and from July the mid-year assessment done
 * and signed off.
 */
export async function seedDemoLetters(tx: DbOrTx, o: { storage?: Storage; year?: number } = {}): Promise<void> {
  const year = o.year ?? demoYears().C;
  // A past year is seen whole, from its last day; the current one as it stands today.
  const running = year === demoYears().C;
  const today = running ? demoYears().today : `${year}-12-31`;
  // Signed in February, or today when the year is younger than that.
  const signedOn = minDay(`${year}-02-18`, today);
  const system = await tx
    .select({ id: indicators.id, code: indicators.code, min: indicators.targetMin, max: indicators.targetMax })
    .from(indicators)
    .where(eq(indicators.year, year));
  const idOf = new Map(system.map((i) => [i.code, i.id]));
  // No unit's share exceeds the year's city target (last year's were lower than this year's).
  const cityOf = new Map(
    system.map((i) => [
      i.code,
      { min: i.min === null ? null : Number(i.min), max: i.max === null ? null : Number(i.max) },
    ]),
  );
  const within = (share: number | null, whole: number | null | undefined) =>
    share === null || whole == null ? share : Math.min(share, whole);
  const [staff, reviewer, leader] = [
    await sessionOf(tx, 'staff'),
    await sessionOf(tx, 'staff-ip'),
    await sessionOf(tx, 'leader'),
  ];
  const actor = (u: SessionUser) => ({ ...systemActor, id: u.id, name: u.username, role: u.role });

  // Patent applications decomposed in proportion to each place's filings of the year before, rounded up so the sum covers 700.
  const filed = await tx
    .select({ code: patents.jurisdictionCode, n: sql<number>`count(*)::int` })
    .from(patents)
    .where(
      and(sql`${patents.filedOn} >= ${`${year - 1}-01-01`}::date`, sql`${patents.filedOn} < ${`${year}-01-01`}::date`),
    )
    .groupBy(patents.jurisdictionCode);
  const places = demoJurisdictions.filter((j) => j.kind !== 'department');
  const base = places.map((p) => filed.find((f) => f.code === p.code)?.n ?? 0);
  const total = base.reduce((a, n) => a + n, 0) || 1;
  const patentShare = (i: number) => Math.max(5, Math.ceil((700 * base[i]!) / total));

  const letters: { body: LetterBody; status: 'locked' | 'signed' | 'draft'; signatory?: string }[] = [];
  const letter = (
    unit: Pick<LetterBody, 'unitKind' | 'jurisdictionCode' | 'sectionCode' | 'userId'>,
    shares: Share[],
    status: 'locked' | 'signed' | 'draft',
    signatory?: string,
  ) =>
    letters.push({
      body: {
        year,
        ...unit,
        items: shares.map(([code, min, max, weight]) => ({
          indicatorId: idOf.get(code)!,
          shareMin: within(min, cityOf.get(code)?.min),
          shareMax: within(max, cityOf.get(code)?.max),
          weight,
        })),
      },
      status,
      signatory,
    });

  places.forEach((p, i) => {
    const training = p.kind === 'town' ? 400 : p.kind === 'zone' ? 300 : 150;
    const centres: Share[] =
      p.code === 'htz'
        ? [['centres.enterprise', 2, 3, 30]]
        : p.code === 'edz'
          ? [['centres.enterprise', 1, 2, 30]]
          : [];
    const shares: Share[] = centres.length
      ? [['patents.filed', patentShare(i), null, 40], ...centres, ['training', training, null, 30]]
      : [
          ['patents.filed', patentShare(i), null, 50],
          ['training', training, null, 50],
        ];
    letter(
      { unitKind: 'jurisdiction', jurisdictionCode: p.code },
      shares,
      'locked',
      `${p.name}${p.kind === 'town' ? '镇长' : p.kind === 'zone' ? '管委会主任' : '办事处主任'}`,
    );
  });
  const social = (applied: number, approved: number, accepted: number): Share[] => [
    ['social.applied', applied, null, 40],
    ['social.approved', approved, null, 30],
    ['social.accepted', accepted, null, 30],
  ];
  const department = (code: string, shares: Share[], signatory: string) =>
    letter({ unitKind: 'jurisdiction', jurisdictionCode: code }, shares, 'locked', signatory);
  department(
    'agri-bureau',
    [
      ['agri.applied', 20, null, 40],
      ['agri.approved', 10, null, 35],
      ['agri.accepted', 8, null, 25],
    ],
    '市农业农村局局长',
  );
  department('health-commission', social(3, 1, 1), '市卫生健康委员会主任');
  department('education-bureau', social(1, 1, 1), '市教育局局长');
  department(
    'industry-bureau',
    [
      ['centres.engineering', 2, 4, 50],
      ['funds.self_raised', 350_000_000, null, 50],
    ],
    '市工业和信息化局局长',
  );
  department('market-bureau', [['patents.granted', 340, null, 100]], '市市场监督管理局局长');

  const section = (code: string, shares: Share[]) =>
    letter({ unitKind: 'section', sectionCode: code }, shares, 'locked', '局长');
  section('agriculture', [
    ['agri.applied', 20, null, 35],
    ['agri.approved', 10, null, 35],
    ['agri.accepted', 8, null, 30],
  ]);
  section('social', social(4, 2, 2));
  section('ip', [
    ['patents.filed', 700, null, 50],
    ['patents.granted', 340, null, 50],
  ]);
  section('hightech', [
    ['centres.engineering', 2, 4, 50],
    ['centres.enterprise', 3, 5, 50],
  ]);
  section('planning', [
    ['funds.superior', 10_000_000, null, 35],
    ['funds.local', 10_000_000, null, 35],
    ['funds.self_raised', 350_000_000, null, 30],
  ]);
  // The bureau's internal letter to one of its staff: still being drafted.
  letter(
    { unitKind: 'staff', userId: staff.id },
    [
      ['agri.applied', 20, null, 50],
      ['agri.approved', 10, null, 50],
    ],
    'draft',
  );

  const created: { id: number; code: string | null | undefined }[] = [];
  for (const l of letters)
    created.push({ id: (await createLetter(tx, actor(staff), l.body)).id, code: l.body.jurisdictionCode });
  for (const [i, l] of letters.entries()) {
    if (l.status === 'draft') continue;
    const id = created[i]!.id;
    // Put up in February and issued once the director approves; then signed.
    const { pendingApproval } = await actOnLetter(tx, staff, actor(staff), id, { action: 'issue' });
    await approveAsDirector(tx, leader, pendingApproval, {
      askedOn: minDay(`${year}-02-10`, today),
      signedOn: minDay(`${year}-02-12`, today),
    });
    await tx
      .update(targetLetters)
      .set({ issuedAt: beijingMoment(minDay(`${year}-02-12`, today), '10:00') })
      .where(eq(targetLetters.id, id));
    await actOnLetter(tx, staff, actor(staff), id, { action: 'sign', signatory: l.signatory!, signedOn });
    if (l.status === 'locked') await actOnLetter(tx, staff, actor(staff), id, { action: 'lock' });
  }
  await tx
    .update(targetLetters)
    .set({
      lockedAt: sql`CASE WHEN ${targetLetters.status} = 'locked' THEN ${beijingMoment(minDay(`${year}-02-20`, today), '16:00')}::timestamptz END`,
    })
    .where(eq(targetLetters.year, year));

  // Manual figures, cumulative to each quarter's end.
  const items = await tx
    .select({ id: targetLetterItems.id, code: indicators.code, place: targetLetters.jurisdictionCode })
    .from(targetLetterItems)
    .innerJoin(targetLetters, eq(targetLetters.id, targetLetterItems.letterId))
    .innerJoin(indicators, eq(indicators.id, targetLetterItems.indicatorId))
    .where(and(eq(targetLetters.year, year), eq(targetLetters.unitKind, 'jurisdiction')));
  const itemOf = (place: string, code: string) => items.find((i) => i.place === place && i.code === code)?.id;
  const report = async (
    place: string,
    code: string,
    quarter: number,
    value: number,
    status: 'accepted' | 'submitted' | 'returned',
    reason?: string,
  ) => {
    const itemId = itemOf(place, code);
    if (!itemId) return;
    const [liaisonUser] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'liaison'), eq(users.jurisdictionCode, place)));
    // Reported on the fifth day after the quarter, or today for a quarter that has only just ended.
    const submittedAt = beijingMoment(
      minDay(addDays(`${year}-${String(quarter * 3).padStart(2, '0')}-01`, 35), today),
      '10:00',
    );
    const [row] = await tx
      .insert(targetProgressReports)
      .values({
        letterItemId: itemId,
        quarter,
        value: String(value),
        note: ['一季度累计', '上半年累计', '前三季度累计', '全年累计'][quarter - 1],
        status,
        submittedBy: liaisonUser?.id ?? null,
        submittedAt,
        ...(status === 'submitted'
          ? {}
          : {
              reviewedBy: reviewer.id,
              reviewedAt: new Date(Math.min(submittedAt.getTime() + 3 * 86_400_000, clock.now().getTime())),
              reviewReason: reason ?? null,
            }),
      })
      .returning({ id: targetProgressReports.id });
    if (o.storage) {
      const bytes = evidencePdf(`${place} ${code} ${year} Q${quarter}: ${value}`);
      const { sha256, size } = await o.storage.put(bytes);
      await tx.insert(targetEvidence).values({
        reportId: row!.id,
        sha256,
        size,
        mediaType: 'application/pdf',
        originalName: `${['一季度', '上半年', '前三季度', '全年'][quarter - 1]}佐证材料.pdf`,
        uploadedBy: liaisonUser?.id ?? null,
      });
    }
  };
  // Quarters ended by today are reported: the earlier ones accepted; the latest one as real units leave it —
  // most accepted, one awaiting review, one returned, the demo liaison's still to write.
  const quartersDone = running ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) : 4;
  const towns = demoJurisdictions.filter((j) => j.kind !== 'department');
  for (let quarter = 1; quarter <= quartersDone; quarter++) {
    const latest = quarter === quartersDone;
    for (const [i, place] of towns.entries()) {
      const share = place.kind === 'town' ? 400 : place.kind === 'zone' ? 300 : 150;
      const value =
        place.code === 'yanling' && quarter > 1
          ? Math.round(share * 0.12 * quarter)
          : Math.round(share * quarter * (0.22 + (i % 4) * 0.02));
      if (!latest || !running) await report(place.code, 'training', quarter, value, 'accepted');
      else if (place.code === 'donghu') continue;
      else if (place.code === 'maoshan') await report(place.code, 'training', quarter, value, 'submitted');
      else if (place.code === 'hekou')
        await report(place.code, 'training', quarter, value, 'returned', '培训签到表缺少第二期，请补充后重新报送');
      else await report(place.code, 'training', quarter, value, 'accepted');
    }
  }
  // The departments' figures, to the latest quarter ended, in proportion to the year.
  if (quartersDone > 0)
    for (const [place, code, full] of [
      ['agri-bureau', 'agri.applied', 24],
      ['agri-bureau', 'agri.approved', 10],
      ['agri-bureau', 'agri.accepted', 8],
      ['health-commission', 'social.applied', 3],
      ['health-commission', 'social.approved', 2],
      ['education-bureau', 'social.applied', 1],
      ['industry-bureau', 'centres.engineering', 2],
      ['industry-bureau', 'funds.self_raised', 330_000_000],
      ['market-bureau', 'patents.granted', 320],
    ] as const)
      await report(place, code, quartersDone, Math.round((full * quartersDone) / 4), 'accepted');

  // 年中考核 in July (once the half-year's figures are in): on-site points, a bonus and a deduction, locked and signed off by the director.
  if (today < `${year}-07-10`) return;
  // A team of three scores each unit on its own sheet; the round takes their mean.
  const team = [staff, reviewer, await sessionOf(tx, 'staff-social')];
  const round = await createRound(tx, actor(staff), {
    year,
    kind: 'mid_year',
    onsiteShare: 40,
    scoringRule: 'mean',
    assessorIds: team.map((m) => m.id),
  });
  const results = await roundResults(tx, staff, round.id);
  for (const [k, member] of team.entries()) {
    const scores = results.units.flatMap((u, i) =>
      u.lines.map((l) => ({
        letterItemId: l.letterItemId,
        onsiteScore: Math.min(l.onsiteMax, Math.round(l.onsiteMax * (0.7 + ((i * 7 + k * 3) % 5) * 0.06) * 2) / 2),
        note: k === 0 ? '台账资料齐全，现场查看属实' : null,
      })),
    );
    await saveScores(tx, member, actor(member), round.id, { items: scores });
  }
  const letterOf = (code: string) => created.find((c) => c.code === code)!.id;
  await addAdjustment(tx, staff, actor(staff), round.id, {
    letterId: letterOf('htz'),
    kind: 'bonus',
    points: 2,
    reason: '新增省级以上创新载体1家',
  });
  await addAdjustment(tx, staff, actor(staff), round.id, {
    letterId: letterOf('hekou'),
    kind: 'deduction',
    points: 1,
    reason: '进度报送材料不全，退回补报',
  });
  await actOnRound(tx, staff, actor(staff), round.id, { action: 'lock' });
  await actOnRound(tx, leader, actor(leader), round.id, { action: 'sign_off', noticeDocNo: `江科发〔${year}〕21号` });
  // Dated when it happened: locked after the on-site visits in early July, signed off two days later.
  await tx
    .update(targetAssessments)
    .set({
      lockedAt: beijingMoment(`${year}-07-10`, '16:00'),
      signedOffAt: beijingMoment(minDay(`${year}-07-12`, today), '10:00'),
    })
    .where(eq(targetAssessments.id, round.id));
}

import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disclosureApplicantKinds, disclosureOutcomes, disclosureRequests } from '../../db/tables/index.js';
import { makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { requestTable } from './report.js';

let t: TestApp;
let staff: Client;
let leader: Client;
const year = 2025;

type Generated = {
  kind: string;
  receivedOn: string;
  repliedOn: string | null;
  outcome: string | null;
  reason: string | null;
};
const generated: Generated[] = [];

beforeAll(async () => {
  t = await testApp();
  const [a, b] = await Promise.all([makeUser(t.db, 'staff'), makeUser(t.db, 'leader')]);
  [staff, leader] = await Promise.all([login(t.app, a.username, a.password), login(t.app, b.username, b.password)]);
  // A generated year: requests from the December before to the February after, answered or not, every
  // outcome and ground drawn at random (a fixed seed, so a failure can be replayed).
  let seed = 20251;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const outcomes: [string, string | null][] = Object.entries(disclosureOutcomes).flatMap(
    ([outcome, reasons]): [string, string | null][] =>
      reasons.length
        ? (reasons as readonly string[]).map((reason): [string, string | null] => [outcome, reason])
        : [[outcome, null]],
  );
  for (let i = 0; i < 160; i++) {
    const receivedOn = addDays('2024-12-01', Math.floor(random() * 450));
    const answered = random() < 0.8;
    const repliedOn = answered ? addDays(receivedOn, 1 + Math.floor(random() * 40)) : null;
    const [outcome, reason] = answered ? pick(outcomes) : [null, null];
    generated.push({ kind: pick(disclosureApplicantKinds), receivedOn, repliedOn, outcome, reason });
  }
  await t.db.insert(disclosureRequests).values(
    generated.map((g, i) => ({
      code: `${g.receivedOn.replaceAll('-', '')}-GEN${String(i).padStart(7, 'Q')}`,
      applicantKind: g.kind,
      name: `申请人${i}`,
      phone: '1',
      address: '地址',
      description: '生成的申请',
      form: 'electronic',
      delivery: 'online',
      receivedOn: g.receivedOn,
      clockFrom: g.receivedOn,
      state: g.outcome ? 'answered' : 'received',
      outcome: g.outcome,
      outcomeReason: g.reason,
      repliedOn: g.repliedOn,
      replyText: g.outcome ? '答复' : null,
    })),
  );
});
afterAll(() => t.close());

describe('the annual report on open government information', () => {
  it('counts the requests table as an independent count of the generated year does, and its check holds', async () => {
    const table = await requestTable(t.db, year);
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    for (const kind of disclosureApplicantKinds) {
      const mine = generated.filter((g) => g.kind === kind);
      expect(table.received[kind], kind).toBe(mine.filter((g) => g.receivedOn >= start && g.receivedOn <= end).length);
      expect(table.carriedIn[kind], kind).toBe(
        mine.filter((g) => g.receivedOn < start && (!g.repliedOn || g.repliedOn >= start)).length,
      );
      expect(table.carriedOut[kind], kind).toBe(
        mine.filter((g) => g.receivedOn <= end && (!g.repliedOn || g.repliedOn > end)).length,
      );
      const decided = mine.filter((g) => g.repliedOn && g.repliedOn >= start && g.repliedOn <= end);
      expect(table.decided[kind], kind).toBe(decided.length);
      for (const [outcome, reasons] of Object.entries(disclosureOutcomes)) {
        expect(table.outcomes[outcome]![kind], `${kind} ${outcome}`).toBe(
          decided.filter((g) => g.outcome === outcome).length,
        );
        for (const reason of reasons)
          expect(table.outcomes[`${outcome}.${reason}`]![kind], `${kind} ${outcome}.${reason}`).toBe(
            decided.filter((g) => g.outcome === outcome && g.reason === reason).length,
          );
      }
    }
    expect(table.received.total + table.carriedIn.total).toBe(table.decided.total + table.carriedOut.total);
    expect(table.received.total).toBeGreaterThan(50);
  });

  it('writes the six parts in the national template as .docx, the narrative staff wrote and the counted tables', async () => {
    const saved = await staff.put(`/api/disclosure/reports/${year}`, {
      version: 0,
      narrative: {
        overview: ['2025年，本局认真贯彻《政府信息公开条例》。'],
        problems: ['政策解读形式较为单一。'],
        other: [],
      },
      entered: {
        permits: 0,
        penalties: 0,
        coercion: 0,
        feesWan: 0,
        reconsideration: { maintained: 1, corrected: 0, other: 0, pending: 0 },
        litigationDirect: { maintained: 0, corrected: 0, other: 0, pending: 0 },
        litigationAfterReview: { maintained: 0, corrected: 0, other: 0, pending: 0 },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const docx = await staff.get(`/api/disclosure/reports/${year}/docx`);
    expect(docx.statusCode).toBe(200);
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(
      /<[^>]+>/g,
      '',
    );
    for (const heading of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('2025年，本局认真贯彻');
    expect(text).toContain('危及“三安全一稳定”');
    expect(text).toContain('结转下年度继续办理');
    expect(text).toContain('本机关2025年未收取政府信息公开信息处理费。');
  });

  it('freezes the report when finalised, so later data no longer move it; a leader reopens it', async () => {
    const before = (await staff.get(`/api/disclosure/reports/${year}`)).json();
    const finalised = await staff.post(`/api/disclosure/reports/${year}/actions`, {
      action: 'finalise',
      version: before.version,
    });
    expect(finalised.statusCode, finalised.body).toBe(200);
    expect(finalised.json().status).toBe('final');
    await t.db.insert(disclosureRequests).values({
      code: '20250601-LATEQQQQQQ',
      applicantKind: 'person',
      name: '迟到',
      phone: '1',
      address: '址',
      description: '后补登记的申请',
      form: 'paper',
      delivery: 'mail',
      receivedOn: '2025-06-01',
      clockFrom: '2025-06-01',
    });
    const frozen = (await staff.get(`/api/disclosure/reports/${year}`)).json();
    expect(frozen.requests.received.total).toBe(before.requests.received.total);
    expect(
      (await staff.put(`/api/disclosure/reports/${year}`, { ...before, version: frozen.version })).json().error.code,
    ).toBe('OPEN_GOV_REPORT_FINAL');
    expect(
      (await staff.post(`/api/disclosure/reports/${year}/actions`, { action: 'reopen', version: frozen.version }))
        .statusCode,
    ).toBe(403);
    const reopened = await leader.post(`/api/disclosure/reports/${year}/actions`, {
      action: 'reopen',
      version: frozen.version,
    });
    expect(reopened.json().requests.received.total).toBe(before.requests.received.total + 1);
    expect(
      (await staff.post('/api/disclosure/reports/2026/actions', { action: 'finalise', version: 0 })).json().error.code,
    ).toBe('OPEN_GOV_REPORT_YEAR_OPEN');
  });

  it('puts the final report on the site as a draft item for review, its .docx attached', async () => {
    const draft = await staff.post('/api/disclosure/reports/2024/publication', {});
    expect(draft.json().error.code).toBe('OPEN_GOV_REPORT_NOT_FINAL');
    expect(
      (await staff.post('/api/disclosure/reports/2024/actions', { action: 'finalise', version: 0 })).statusCode,
    ).toBe(200);
    const made = await staff.post('/api/disclosure/reports/2024/publication', {});
    expect(made.statusCode, made.body).toBe(201);
    const item = (await staff.get(`/api/portal/items/${made.json().id}`)).json();
    expect(item).toMatchObject({
      column: 'open-gov',
      state: 'draft',
      title: '江川市科学技术局2024年政府信息公开工作年度报告',
    });
    expect(item.details.category).toBe('annual_report');
    expect(item.bodyHtml).toContain('三、收到和处理政府信息公开申请情况');
    expect(item.attachments[0].originalName).toBe('江川市科学技术局2024年政府信息公开工作年度报告.docx');
  });

  it("reminds staff in January, until last year's report is published on the site", async () => {
    const pinned = clock.today();
    try {
      clock.pinToday('2026-01-10');
      const todos = (await staff.get('/api/todos')).json().items;
      expect(todos).toContainEqual(expect.objectContaining({ kind: 'open_gov_report_due', year: 2025 }));
      clock.pinToday('2026-02-01');
      expect((await staff.get('/api/todos')).json().items.map((x: { kind: string }) => x.kind)).not.toContain(
        'open_gov_report_due',
      );
    } finally {
      clock.pinToday(pinned);
    }
  });
});

import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { likePatterns, queryGrams } from '../src/shared/search.js';
import { withBenchServer } from './bench-server.js';
import { timeIt } from './measure.js';
import { writeSection } from './report.js';

/** Phrases a bureau's site is made of; items draw sentences from them, so two-character words recur realistically. */
const phrases = [
  '市科技局召开全市科技工作会议',
  '部署年度科技进步目标责任状考核',
  '组织申报省级农业科技支撑计划',
  '推进产学研合作和创新体系建设',
  '高新技术企业认定工作启动',
  '专利申报资助政策继续实施',
  '企业技术中心认定名单公示',
  '科技企业孵化器建设取得进展',
  '农业科技示范园区辐射带动农户',
  '社会发展科技计划项目验收',
  '知识产权示范市建设全面推进',
  '科技特派员深入镇村开展服务',
  '高层次创新创业人才引进计划',
  '工程技术研究中心通过考评',
  '政府信息公开年度报告发布',
  '网上办事大厅受理项目申报',
  '科技成果转化项目落地',
  '院士工作站签约揭牌',
  '科技型中小企业评价入库',
  '财政科技拨款足额到位',
];
const columns = ['news', 'notices', 'policies', 'achievements', 'guide', 'open-gov'];

export async function generateItems(db: Db, n: number, progress: (done: number) => void): Promise<void> {
  const chunk = 20_000;
  for (let from = 0; from < n; from += chunk) {
    const count = Math.min(chunk, n - from);
    await db.execute(sql`
      INSERT INTO portal_items ("column", title, summary, body_html, body_text, state, publish_at, details)
      SELECT c.col, t.title, NULL, '<p>' || b.body || '</p>', b.body, 'published',
             make_timestamptz(2005 + (g % 22), 1 + (g % 12), 1 + (g % 28), 9, 0, 0, 'Asia/Shanghai'), '{}'::jsonb
      FROM generate_series(${from}::int, ${from + count - 1}::int) AS g
      CROSS JOIN LATERAL (SELECT (${sql.param(columns)}::text[])[1 + g % ${sql.raw(String(columns.length))}] AS col) AS c
      CROSS JOIN LATERAL (SELECT (${sql.param(phrases)}::text[])[1 + (g * 7) % ${sql.raw(String(phrases.length))}] || '（' || g || '）' AS title) AS t
      CROSS JOIN LATERAL (
        SELECT string_agg((${sql.param(phrases)}::text[])[1 + ((g * 31 + k * 17) % ${sql.raw(String(phrases.length))})], '，') || '。' AS body
        FROM generate_series(1, 12) AS k
      ) AS b`);
    progress(from + count);
  }
}

/**
 * How fast is the public site with N published items? The home page, a column, an item and a search by a
 * two-character word, each against a trivial route (/api/health) on the same server, and the search
 * against the best hand-written SQL for the same answer (the first page, the total and the per-column counts).
 */
export async function benchSite(o: { items: number; rounds: number; out: string }): Promise<void> {
  const grow = (db: Db, progress: (done: number) => void) => generateItems(db, o.items, progress);
  await withBenchServer({ label: 'Generating site items', total: o.items, grow }, async ({ db, pool, base, kind }) => {
    const [{ id }] = (
      await db.execute<{ id: number }>(
        sql`SELECT max(id) AS id FROM portal_items WHERE "column" = 'news' AND state = 'published'`,
      )
    ).rows as [{ id: number }];
    const get = (route: string) => async () => {
      const response = await fetch(`${base}${route}`);
      if (!response.ok) throw new Error(`${route}: ${response.status}`);
      await response.arrayBuffer();
    };
    const words = ['孵化', '专利', '园区', '验收', '人才', '公示'];
    let turn = 0;
    const search = async () => get(`/search?q=${encodeURIComponent(words[turn++ % words.length]!)}`)();
    // The search's answer in the fewest statements: page 1 of the title matches (newest first), and the
    // matches per column up to the cap (which gives the total too), at once.
    const handSql = async () => {
      const word = words[turn++ % words.length]!;
      const visible = `state = 'published' AND publish_at <= now()`;
      const params = [queryGrams(word), likePatterns(word)[0]];
      await Promise.all([
        pool.query(
          `SELECT id, "column", title, summary, publish_at, body_text FROM portal_items WHERE ${visible} AND title_grams @> $1::text[] AND title ILIKE $2 ORDER BY publish_at DESC, id DESC LIMIT 20`,
          params,
        ),
        pool.query(
          `SELECT "column", count(*) FROM (SELECT "column" FROM portal_items WHERE ${visible} AND search_grams @> $1::text[] AND (title || ' ' || coalesce(summary, '') || ' ' || body_text) ILIKE $2 LIMIT 1001) AS hits GROUP BY "column"`,
          params,
        ),
      ]);
    };
    const budgetMs = 20_000;
    const runs = [
      ['GET / (home)', get('/')],
      ['GET /news/ (a column)', get('/news/')],
      [`GET /news/${id} (an item)`, get(`/news/${id}`)],
      ['GET /search?q=<2 chars>', search],
      ['hand-written SQL for the search', handSql],
      ['GET /api/health (trivial)', get('/api/health')],
    ] as const;
    const results: { label: string; p50: number; p95: number }[] = [];
    for (const [label, run] of runs) results.push({ label, ...(await timeIt(run, { rounds: o.rounds, budgetMs })) });
    const p50 = (label: string) => results.find((r) => r.label.startsWith(label))!.p50;
    const [{ n }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM portal_items`)).rows as [
      { n: number },
    ];
    process.stdout.write(`\nPublic site, ${n} items, ${o.rounds} rounds each (${kind} PostgreSQL)\n`);
    for (const r of results)
      process.stdout.write(
        `  ${r.label.padEnd(40)} p50 ${r.p50.toFixed(2).padStart(7)} ms   p95 ${r.p95.toFixed(2).padStart(7)} ms\n`,
      );
    process.stdout.write(
      `  search / hand-written SQL (p50):  ${(p50('GET /search') / p50('hand-written')).toFixed(2)}×\n`,
    );
    for (const r of results.slice(0, 4))
      process.stdout.write(`  ${r.label} / trivial route (p50):  ${(r.p50 / p50('GET /api/health')).toFixed(2)}×\n`);
    const ratio = (label: string, against: string) => `${(p50(label) / p50(against)).toFixed(2)}×`;
    await writeSection(
      o.out,
      'site',
      [
        '## public site',
        '',
        `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${n} published items · ${kind} PostgreSQL · ${o.rounds} rounds each · \`npm run bench -- --site ${o.items}\``,
        '',
        '| request | p50 ms | p95 ms | against the trivial route | against hand-written SQL |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...results.map(
          (r) =>
            `| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.label.startsWith('GET') ? ratio(r.label, 'GET /api/health') : ''} | ${r.label.startsWith('GET /search') ? ratio(r.label, 'hand-written') : ''} |`,
        ),
        '',
      ].join('\n'),
    );
  });
}

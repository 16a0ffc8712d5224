import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/harness.js';
import { type DbOrTx, together } from './client.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** Two queries that say when they start and end. */
const traced = (db: DbOrTx, order: string[]) =>
  ['a', 'b'].map((name) => async () => {
    order.push(`${name} starts`);
    await db.execute(sql`SELECT pg_sleep(0.05)`);
    order.push(`${name} ends`);
    return name;
  });

describe('together', () => {
  it('runs independent queries at once on the pool, and one after another on a transaction’s single connection', async () => {
    const onPool: string[] = [];
    expect(await together(t.db, traced(t.db, onPool))).toEqual(['a', 'b']);
    expect(onPool.slice(0, 2)).toEqual(['a starts', 'b starts']);

    const inTransaction: string[] = [];
    expect(await t.db.transaction((tx) => together(tx, traced(tx, inTransaction)))).toEqual(['a', 'b']);
    expect(inTransaction).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });
});

import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { portalItems } from '../db/tables/index.js';
import { addDays, today } from '../shared/clock.js';
import { approvedByDirector, director } from './director.js';
import type { Client, TestApp } from './harness.js';

/**
 * A subsidy batch paid in its legal order, as a clerk and the director would do it: the list made, its
 * 公示 made from it and published (by the director, not its author), the objection period run out (dated
 * back, as time would), the payment put up and approved. Returns the batch id.
 */
export async function paidInLegalOrder(
  t: TestApp,
  clerk: Client,
  o: { title: string; claimIds: number[]; docNo: string },
): Promise<number> {
  const batch = await clerk.post('/api/patent-subsidies/batches', { title: o.title, claimIds: o.claimIds });
  expect(batch.statusCode, batch.body).toBe(201);
  const id = batch.json().id as number;
  await publicisedAndPaid(t, clerk, id, o.docNo);
  return id;
}

/** An existing list's 公示 published and run out, then its payment put up and approved. */
export async function publicisedAndPaid(t: TestApp, clerk: Client, id: number, docNo: string): Promise<void> {
  const item = await clerk.post('/api/portal/publicity/from-source', { kind: 'subsidy-batch', id });
  expect(item.statusCode, item.body).toBe(201);
  const itemId = item.json().id as number;
  const version = async () => (await clerk.get(`/api/portal/items/${itemId}`)).json().version as number;
  expect(
    (await clerk.post(`/api/portal/items/${itemId}/actions`, { action: 'submit', version: await version() }))
      .statusCode,
  ).toBe(200);
  const published = await (await director(t)).post(`/api/portal/items/${itemId}/actions`, {
    action: 'publish',
    version: await version(),
  });
  expect(published.statusCode, published.body).toBe(200);
  await t.db
    .update(portalItems)
    .set({ startsOn: addDays(today(), -12), endsOn: addDays(today(), -3) })
    .where(eq(portalItems.id, itemId));
  const asked = await clerk.post(`/api/patent-subsidies/batches/${id}/payment`, {
    docNo,
    paidOn: addDays(today(), -1),
  });
  expect(asked.statusCode, asked.body).toBe(202);
  await approvedByDirector(t, asked);
}

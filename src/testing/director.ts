import type { LightMyRequestResponse } from 'fastify';
import { makeUser } from './factories.js';
import { type Client, login, type TestApp } from './harness.js';

const directors = new WeakMap<TestApp, Promise<Client>>();

/** The test app's director (局长), logged in once. */
export function director(t: TestApp): Promise<Client> {
  let found = directors.get(t);
  if (!found) {
    found = makeUser(t.db, 'leader').then((u) => login(t.app, u.username, u.password));
    directors.set(t, found);
  }
  return found;
}

/**
 * The director approves what a clerk's answer put up (a project decision, a payment, a letter, a result):
 * the answer carries the request as `pendingDecision.id` or `pendingApproval`. Fails loudly if nothing was put up.
 */
export async function approvedByDirector(
  t: TestApp,
  answer: LightMyRequestResponse,
  comment = '同意。',
): Promise<LightMyRequestResponse> {
  const body = answer.json() as { pendingDecision?: { id: number } | null; pendingApproval?: number };
  const id = body.pendingDecision?.id ?? body.pendingApproval;
  if (id === undefined)
    throw new Error(`nothing was put up for approval: ${answer.statusCode} ${answer.body.slice(0, 200)}`);
  const decided = await (await director(t)).post(`/api/approvals/${id}/decision`, { decision: 'approve', comment });
  if (decided.statusCode !== 200)
    throw new Error(`the director could not approve: ${decided.statusCode} ${decided.body.slice(0, 200)}`);
  return decided;
}

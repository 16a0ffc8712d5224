import { describe, expect, it } from 'vitest';
import { approvalKinds } from '../domains/approvals/chains.js';
import { executorOf } from '../domains/approvals/executors.js';
import { wireReactions } from './reactions.js';

describe('the cross-domain reactions wired at start-up', () => {
  it('gives every kind of approval something to do when it is signed', () => {
    wireReactions();
    for (const kind of approvalKinds) expect(typeof executorOf(kind)).toBe('function');
  });
});

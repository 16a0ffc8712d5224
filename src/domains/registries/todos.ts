import type { Db } from '../../db/client.js';
import type { SessionUser } from '../../server/access.js';
import { expiringCount } from './registry.service.js';
import { qualificationSpec } from './specs.js';

/** 待办 from the registries: qualifications about to lapse, for staff and for the enterprise that holds them. */
export async function registryTodos(
  db: Db,
  user: SessionUser,
): Promise<{ kind: 'expiring_qualifications'; count: number }[]> {
  if (user.role !== 'staff' && user.role !== 'applicant') return [];
  const count = await expiringCount(db, qualificationSpec, user);
  return count ? [{ kind: 'expiring_qualifications', count }] : [];
}

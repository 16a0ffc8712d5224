import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { jurisdictions, orgs, sections, sessions, users } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import { type Role, rolesNeedingTotp } from '../../shared/roles.js';
import { likePatterns } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { assertPasswordPolicy } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { newTotpSecret, totpUri } from '../auth/totp.js';
import type { UserCreateBody, UserListQuery, UserUpdateBody } from './schema.js';

const userRow = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  orgName: orgs.name,
  jurisdictionCode: users.jurisdictionCode,
  sectionCode: users.sectionCode,
  phone: users.phone,
  email: users.email,
  active: users.active,
  totpEnabled: sql<boolean>`${users.totpSecret} IS NOT NULL`,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  version: users.version,
};

export async function listUsers(db: Db, q: UserListQuery) {
  const filters: (SQL | undefined)[] = [];
  if (q.q) {
    for (const pattern of likePatterns(q.q))
      filters.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)));
  }
  if (q.role) filters.push(eq(users.role, q.role));
  if (q.active) filters.push(eq(users.active, q.active === 'true'));
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    db
      .select(userRow)
      .from(users)
      .leftJoin(orgs, eq(orgs.id, users.orgId))
      .where(where)
      .orderBy(desc(users.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function getUser(db: DbOrTx, id: number) {
  const [row] = await db.select(userRow).from(users).leftJoin(orgs, eq(orgs.id, users.orgId)).where(eq(users.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Each role is bound to what scopes it: an applicant to its organisation, a liaison to its jurisdiction,
 * staff to a section. A binding the role does not use is cleared.
 */
async function checkBinding(
  db: DbOrTx,
  role: Role,
  b: { orgId?: number | null; jurisdictionCode?: string | null; sectionCode?: string | null },
) {
  const missing = (field: string) => AppError.invalid(`body.${field}`, 'role_needs');
  const unknown = (field: string) => AppError.invalid(`body.${field}`, 'user_unknown');
  if (role === 'applicant' && !b.orgId) throw missing('orgId');
  if (role === 'liaison' && !b.jurisdictionCode) throw missing('jurisdictionCode');
  if (role === 'staff' && !b.sectionCode) throw missing('sectionCode');
  if (b.orgId && !(await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, b.orgId))).length)
    throw unknown('orgId');
  if (
    b.jurisdictionCode &&
    !(await db.select().from(jurisdictions).where(eq(jurisdictions.code, b.jurisdictionCode))).length
  ) {
    throw unknown('jurisdictionCode');
  }
  if (b.sectionCode && !(await db.select().from(sections).where(eq(sections.code, b.sectionCode))).length)
    throw unknown('sectionCode');
  return {
    orgId: role === 'applicant' || role === 'expert' ? (b.orgId ?? null) : null,
    jurisdictionCode: role === 'liaison' || role === 'expert' ? (b.jurisdictionCode ?? null) : null,
    sectionCode: role === 'staff' ? (b.sectionCode ?? null) : null,
  };
}

/** Creates an account; admin and auditor get a TOTP secret, returned once for their authenticator. */
export async function createUser(tx: DbOrTx, actor: Actor, body: UserCreateBody) {
  await assertPasswordPolicy(body.password);
  const bindings = await checkBinding(tx, body.role, body);
  const totpSecret = rolesNeedingTotp.includes(body.role) ? newTotpSecret() : null;
  const [created] = await tx
    .insert(users)
    .values({
      username: body.username,
      displayName: body.displayName,
      role: body.role,
      phone: body.phone,
      email: body.email,
      ...bindings,
      passwordHash: await hashPassword(body.password),
      totpSecret,
    })
    .onConflictDoNothing({ target: users.username })
    .returning({ id: users.id });
  if (!created) throw new AppError('DUPLICATE_USERNAME');
  const view = await getUser(tx, created.id);
  await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: created.id, after: view });
  return { ...view, totpSecret, totpUri: totpSecret ? totpUri(totpSecret, body.username) : null };
}

export async function updateUser(db: Db, actor: Actor, id: number, body: UserUpdateBody) {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    const { version, ...changes } = body;
    if (version !== undefined && version !== before.version) throw new AppError('STALE_VERSION');
    const role = changes.role ?? before.role;
    const bindings = await checkBinding(tx, role, {
      orgId: changes.orgId !== undefined ? changes.orgId : before.orgId,
      jurisdictionCode: changes.jurisdictionCode !== undefined ? changes.jurisdictionCode : before.jurisdictionCode,
      sectionCode: changes.sectionCode !== undefined ? changes.sectionCode : before.sectionCode,
    });
    const gainsTotp = rolesNeedingTotp.includes(role) && !before.totpEnabled;
    await tx
      .update(users)
      .set({
        ...changes,
        ...bindings,
        ...(gainsTotp ? { totpSecret: newTotpSecret() } : {}),
        updatedAt: sql`now()`,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, id));
    const after = await getUser(tx, id);
    await recordAudit(tx, actor, { action: 'user.update', entityType: 'user', entityId: id, before, after });
    return after;
  });
}

export async function resetPassword(db: Db, actor: Actor, id: number, password: string) {
  await assertPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await getUser(tx, id);
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, id));
    // Whoever knew the old password is logged out with it.
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { action: 'user.password_reset', entityType: 'user', entityId: id });
    return getUser(tx, id);
  });
}

export async function unlockUser(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
    const after = await getUser(tx, id);
    await recordAudit(tx, actor, { action: 'user.unlock', entityType: 'user', entityId: id, before, after });
    return after;
  });
}

/** Issues a new TOTP secret (a lost phone); the old one stops working at once. */
export async function resetTotp(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const user = await getUser(tx, id);
    if (!rolesNeedingTotp.includes(user.role)) throw AppError.invalid('role', 'role_without_totp');
    const secret = newTotpSecret();
    await tx.update(users).set({ totpSecret: secret }).where(eq(users.id, id));
    await recordAudit(tx, actor, { action: 'user.totp_reset', entityType: 'user', entityId: id });
    return { totpSecret: secret, totpUri: totpUri(secret, user.username) };
  });
}

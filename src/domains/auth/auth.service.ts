import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginAttempts, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { rolesNeedingTotp } from '../../shared/roles.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { decoyPasswordHash, hashPassword, passwordPolicyProblem, verifyPassword } from './password.js';
import type { LoginBody } from './schema.js';
import { totpStep } from './totp.js';

export const maxFailedLogins = 5;
export const lockMinutes = 15;

/**
 * Checks a login in the order a user needs to learn why it failed: a locked account first, then the
 * address's rate, then the password, then the second factor. Returns the user to open a session for.
 */
export async function authenticate(
  db: Db,
  body: LoginBody,
  o: { ip: string; failuresPerAddress: number },
): Promise<SessionUser> {
  const [user] = await db.select().from(users).where(eq(users.username, body.username));
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60000);
    throw new AppError('ACCOUNT_LOCKED', {
      params: { minutes },
      details: { lockedUntil: user.lockedUntil.toISOString() },
    });
  }
  const [recent] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.ip, o.ip),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, sql`now() - interval '1 minute'`),
      ),
    );
  if ((recent?.n ?? 0) >= o.failuresPerAddress) throw new AppError('RATE_LIMITED');

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), body.password);
  if (!user || !passwordOk) {
    await recordFailure(db, { username: body.username, ip: o.ip, userId: user?.id });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (rolesNeedingTotp.includes(user.role) && user.totpSecret) {
    if (!body.totp) throw new AppError('TOTP_REQUIRED');
    const step = totpStep(user.totpSecret, body.totp);
    if (step === undefined) {
      await recordFailure(db, { username: body.username, ip: o.ip, userId: user.id });
      throw new AppError('INVALID_TOTP');
    }
    // A code works once: claiming its step is atomic, so two instances (or two requests) cannot both take it.
    const claimed = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    if (!claimed.length) {
      await recordFailure(db, { username: body.username, ip: o.ip, userId: user.id });
      throw new AppError('TOTP_REUSED');
    }
  }
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');

  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
      .where(eq(users.id, user.id));
    await tx.insert(loginAttempts).values({ username: body.username, ip: o.ip, success: true });
    await recordAudit(
      tx,
      { id: user.id, name: user.username, role: user.role, ip: o.ip },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      },
    );
  });
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgId: user.orgId,
    jurisdictionCode: user.jurisdictionCode,
    sectionCode: user.sectionCode,
  };
}

async function recordFailure(db: Db, o: { username: string; ip: string; userId: number | undefined }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username: o.username, ip: o.ip, success: false });
    if (o.userId === undefined) return;
    const [after] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, o.userId))
      .returning({ failedLogins: users.failedLogins });
    if ((after?.failedLogins ?? 0) >= maxFailedLogins) {
      await tx
        .update(users)
        .set({ failedLogins: 0, lockedUntil: sql`now() + make_interval(mins => ${lockMinutes})` })
        .where(eq(users.id, o.userId));
      await recordAudit(
        tx,
        { id: null, name: o.username, role: 'anonymous', ip: o.ip },
        {
          action: 'auth.lock',
          entityType: 'user',
          entityId: o.userId,
          after: { lockedForMinutes: lockMinutes },
        },
      );
    }
  });
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor & { id: number },
  o: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, o.currentPassword))) throw new AppError('INVALID_CREDENTIALS');
  await assertPasswordPolicy(o.newPassword);
  const passwordHash = await hashPassword(o.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: 'user.password_change', entityType: 'user', entityId: user.id });
  });
}

export async function assertPasswordPolicy(password: string): Promise<void> {
  const problem = passwordPolicyProblem(password);
  if (problem) throw new AppError('WEAK_PASSWORD', { details: [{ field: 'password', problem }] });
}

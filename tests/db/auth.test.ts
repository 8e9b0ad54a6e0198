import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authOptions } from '../../lib/auth/options';
import { clock } from '../../lib/clock';
import {
  changeOwnPassword,
  LOCK_MINUTES,
  MAX_FAILED_LOGINS,
  resolveSession,
  signOutSession,
  verifyLogin,
  type SignedInAccount,
} from '../../lib/data/auth-users';
import { resetPassword, setUserActive, updateUser } from '../../lib/data/admin-users';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-data';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

const T0 = new Date('2026-11-26T02:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function signIn(username: string, password = DEMO_PASSWORD, now = clock.now()): Promise<SignedInAccount> {
  const result = await verifyLogin(username, password, now);
  if (!result.ok) throw new Error(`${username} could not sign in: ${result.reason}`);
  return result.account;
}

describe('sign-in against the users table', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
  });
  afterAll(async () => db.drop());

  const actions = async (username: string) =>
    (
      await db.prisma.auditEvent.findMany({
        where: { user: { username } },
        select: { action: true },
        orderBy: { id: 'asc' },
      })
    ).map((e) => e.action);

  test.each(['admin', 'manager', 'leader', 'evaluator', 'manager-fuzhou'])(
    '%s signs in with the demo password, not asked to change it',
    async (username) => {
      const account = await signIn(username);
      expect(account.user.username).toBe(username);
      expect(account.mustChangePassword).toBe(false);
    },
  );

  test('the session carries role and unit', async () => {
    const account = await signIn('manager');
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } });
    expect(account.user).toMatchObject({ role: 'MANAGER', unitId: unit.id });
  });

  test('passwords are stored as bcrypt hashes, never in clear', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(user.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    expect(await verifyLogin('leader', 'nope')).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyLogin('no-such-user', 'nope')).toEqual({ ok: false, reason: 'INVALID' });
  });

  test(`${MAX_FAILED_LOGINS} failures lock the account for ${LOCK_MINUTES} minutes, audited, then it opens again`, async () => {
    for (let i = 1; i <= MAX_FAILED_LOGINS; i++)
      expect(await verifyLogin('manager-xiamen', 'bad', T0)).toEqual({ ok: false, reason: 'INVALID' });
    // Locked: the right password gets the very answer an unknown name gets.
    expect(await verifyLogin('manager-xiamen', DEMO_PASSWORD, minutes(1))).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyLogin('nobody-at-all', DEMO_PASSWORD, minutes(1))).toEqual({ ok: false, reason: 'INVALID' });
    expect((await verifyLogin('manager-xiamen', DEMO_PASSWORD, minutes(LOCK_MINUTES + 1))).ok).toBe(true);
    expect(await actions('manager-xiamen')).toEqual([
      ...Array(MAX_FAILED_LOGINS - 1).fill('LOGIN_FAILED'),
      'LOGIN_LOCKED',
      'LOGIN_REFUSED_LOCKED',
      'LOGIN',
    ]);
  });

  test('30 parallel wrong passwords: at most 5 are compared, and the right one is refused afterwards', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: 'manager-sanming' } });
    let compared = 0;
    // Counts the comparisons against the account's hash; the dummy comparison that keeps refusals as slow as a
    // real check is answered at once here, so a loaded test machine does not starve the connection pool.
    const countingCompare = async (password: string, hash: string) => {
      if (hash !== user.passwordHash) return false;
      compared++;
      return bcrypt.compare(password, hash);
    };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyLogin('manager-sanming', `wrong-${i}`, T0, countingCompare)),
    );
    expect(results.every((r) => !r.ok && r.reason === 'INVALID')).toBe(true);
    expect(compared).toBe(MAX_FAILED_LOGINS);
    expect(await verifyLogin('manager-sanming', DEMO_PASSWORD, minutes(2), countingCompare)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(compared).toBe(MAX_FAILED_LOGINS);
    const events = await actions('manager-sanming');
    expect(events.filter((a) => a === 'LOGIN_FAILED' || a === 'LOGIN_LOCKED')).toHaveLength(MAX_FAILED_LOGINS);
    expect(events.filter((a) => a === 'LOGIN_LOCKED')).toHaveLength(1);
    expect(events.filter((a) => a === 'LOGIN_REFUSED_LOCKED')).toHaveLength(26);
  });

  test('a disabled account cannot sign in and its open session ends', async () => {
    const account = await signIn('manager-nanping');
    await db.prisma.user.update({ where: { username: 'manager-nanping' }, data: { isActive: false } });
    expect(await verifyLogin('manager-nanping', DEMO_PASSWORD)).toEqual({ ok: false, reason: 'DISABLED' });
    expect(await verifyLogin('manager-nanping', 'wrong')).toEqual({ ok: false, reason: 'INVALID' });
    expect(await resolveSession(account.sid)).toBeNull();
  });
});

describe('sessions: idle and absolute limits, revocation on every instance', () => {
  let db: TestDatabase;
  let admin: SignedInAccount['user'];
  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
    admin = (await signIn('admin')).user;
  });
  afterAll(async () => db.drop());

  test('a session used within 30 minutes stays; 30 minutes without activity end it', async () => {
    const { sid } = await signIn('leader', DEMO_PASSWORD, T0);
    expect(await resolveSession(sid, minutes(29))).not.toBeNull();
    expect(await resolveSession(sid, minutes(58))).not.toBeNull();
    expect(await resolveSession(sid, minutes(88))).toBeNull();
    // and it stays ended, even if asked with an earlier clock
    expect(await resolveSession(sid, minutes(89))).toBeNull();
  });

  test('an active session ends 12 hours after sign-in', async () => {
    const { sid } = await signIn('evaluator', DEMO_PASSWORD, T0);
    for (let m = 20; m < 12 * 60; m += 20) expect(await resolveSession(sid, minutes(m))).not.toBeNull();
    expect(await resolveSession(sid, minutes(12 * 60))).toBeNull();
  });

  test('a token kept from before sign-out is refused afterwards, by the next-auth path too', async () => {
    const kept = await signIn('manager-fuzhou');
    const other = await signIn('manager-fuzhou');
    const jwt = authOptions.callbacks!.jwt!;
    const before = await jwt({ token: { sid: kept.sid } } as never);
    expect(before).toMatchObject({ account: { user: { username: 'manager-fuzhou' } } });
    await signOutSession(other.sid);
    expect(await resolveSession(kept.sid)).toBeNull();
    expect(await jwt({ token: { sid: kept.sid } } as never)).toEqual({ revoked: true });
    const session = await authOptions.callbacks!.session!({
      session: { expires: '' },
      token: { revoked: true },
    } as never);
    expect(session).toMatchObject({ account: null });
    expect(await db.prisma.auditEvent.count({ where: { action: 'LOGOUT', userId: kept.user.id } })).toBe(1);
  });

  test('a password reset, a role or unit change and disabling end the user’s sessions', async () => {
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '350200' } });
    const target = () => db.prisma.user.findUniqueOrThrow({ where: { username: 'manager-putian' } });

    let account = await signIn('manager-putian');
    await updateUser(admin, {
      id: account.user.id,
      version: (await target()).version,
      role: 'MANAGER',
      unitId: unit.id,
    });
    expect(await resolveSession(account.sid)).toBeNull();

    account = await signIn('manager-putian');
    await updateUser(admin, {
      id: account.user.id,
      version: (await target()).version,
      role: 'LEADER',
      unitId: unit.id,
    });
    expect(await resolveSession(account.sid)).toBeNull();

    account = await signIn('manager-putian');
    await setUserActive(admin, { id: account.user.id, version: (await target()).version, isActive: false });
    expect(await resolveSession(account.sid)).toBeNull();
    await setUserActive(admin, { id: account.user.id, version: (await target()).version, isActive: true });

    account = await signIn('manager-putian');
    await resetPassword(admin, { id: account.user.id, version: (await target()).version, password: 'Reset#2026x' });
    expect(await resolveSession(account.sid)).toBeNull();
  });

  test('after an admin reset the user must change the password before doing anything, then works normally', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: 'manager-ningde' } });
    await resetPassword(admin, { id: user.id, version: user.version, password: 'Temp#2026ab' });
    const account = await signIn('manager-ningde', 'Temp#2026ab');
    expect(account.mustChangePassword).toBe(true);
    const elsewhere = await signIn('manager-ningde', 'Temp#2026ab');

    expect(await changeOwnPassword(account, 'wrong-current', 'Fresh#2026cd')).toEqual({
      ok: false,
      field: 'currentPassword',
      problem: 'wrongCurrent',
    });
    expect(await changeOwnPassword(account, 'Temp#2026ab', 'short')).toMatchObject({ problem: 'tooShort' });
    expect(await changeOwnPassword(account, 'Temp#2026ab', 'Manager-Ningde1')).toMatchObject({
      problem: 'containsUsername',
    });
    expect(await changeOwnPassword(account, 'Temp#2026ab', 'Temp#2026ab')).toMatchObject({ problem: 'unchanged' });
    expect(await changeOwnPassword(account, 'Temp#2026ab', 'Fresh#2026cd')).toEqual({ ok: true });

    expect(await resolveSession(account.sid)).toMatchObject({ mustChangePassword: false });
    expect(await resolveSession(elsewhere.sid)).toBeNull();
    expect((await signIn('manager-ningde', 'Fresh#2026cd')).mustChangePassword).toBe(false);
    expect(await verifyLogin('manager-ningde', 'Temp#2026ab')).toEqual({ ok: false, reason: 'INVALID' });
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: String(user.id) },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['USER_PASSWORD_RESET', 'PASSWORD_CHANGE']));
  });

  test('a user created by an administrator must change the password at first sign-in', async () => {
    const { createUser } = await import('../../lib/data/admin-users');
    await createUser(admin, {
      username: 'new.leader',
      displayName: '新领导',
      role: 'LEADER',
      unitId: '',
      password: 'Start#2026x',
    });
    expect((await signIn('new.leader', 'Start#2026x')).mustChangePassword).toBe(true);
  });
});

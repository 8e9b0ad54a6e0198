import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getActiveSessionUser, LOCK_MINUTES, MAX_FAILED_LOGINS, verifyLogin } from '../../lib/data/auth-users';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-data';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

describe('sign-in against the users table', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
  });
  afterAll(async () => db.drop());

  test.each(['admin', 'manager', 'leader', 'evaluator', 'manager-fuzhou'])(
    '%s signs in with the demo password',
    async (username) => {
      const result = await verifyLogin(username, DEMO_PASSWORD);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.user.username).toBe(username);
    },
  );

  test('the session carries role and unit', async () => {
    const result = await verifyLogin('manager', DEMO_PASSWORD);
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } });
    expect(result).toMatchObject({ ok: true, user: { role: 'MANAGER', unitId: unit.id } });
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

  test(`${MAX_FAILED_LOGINS} failures lock the account for ${LOCK_MINUTES} minutes, then it opens again`, async () => {
    const now = new Date('2026-11-26T02:00:00Z');
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      expect(await verifyLogin('manager-xiamen', 'bad', now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyLogin('manager-xiamen', 'bad', now)).toEqual({ ok: false, reason: 'LOCKED' });
    expect(await verifyLogin('manager-xiamen', DEMO_PASSWORD, new Date(now.getTime() + 60_000))).toEqual({
      ok: false,
      reason: 'LOCKED',
    });
    const later = new Date(now.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect((await verifyLogin('manager-xiamen', DEMO_PASSWORD, later)).ok).toBe(true);
    const events = await db.prisma.auditEvent.findMany({
      where: { user: { username: 'manager-xiamen' } },
      select: { action: true },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual([
      ...Array(MAX_FAILED_LOGINS - 1).fill('LOGIN_FAILED'),
      'LOGIN_LOCKED',
      'LOGIN',
    ]);
  });

  test('a disabled account cannot sign in and its open session ends', async () => {
    const user = await db.prisma.user.update({ where: { username: 'manager-nanping' }, data: { isActive: false } });
    expect(await verifyLogin('manager-nanping', DEMO_PASSWORD)).toEqual({ ok: false, reason: 'DISABLED' });
    expect(await getActiveSessionUser(user.id)).toBeNull();
  });
});

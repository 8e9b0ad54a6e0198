// Issue 10 #13: wrong types posted to the entry action and an admin action come back as field errors in the
// reader's language (zh-CN here), never zod's English; nothing is stored.
import { readFileSync } from 'node:fs';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { storageStatePath, type RoleName } from './support/accounts';
import { callAction } from './support/actions';
import { testPrisma } from './support/db';

const prisma = testPrisma();
test.afterAll(async () => prisma.$disconnect());

const CJK = /[\u4e00-\u9fff]/;
const ZOD_ENGLISH = /invalid input|expected|received|unrecognized|too (big|small)/i;

const CASES: { role: RoleName; key: string; args: unknown[] }[] = [
  {
    role: 'MANAGER',
    key: 'lib/actions/entry.ts#saveMonthAction',
    args: [
      {
        unitCode: '103603',
        year: '二〇二六',
        month: {},
        version: 'v',
        intent: 1,
        rows: [{ indicatorId: 'I01', value: 12, numerator: true, deviation: { causes: 'STAFFING' } }],
        budget: { spent: 100, planned: [] },
      },
    ],
  },
  {
    role: 'ADMIN',
    key: 'lib/actions/admin-users.ts#createUserAction',
    args: [null, { username: 5, displayName: {}, role: 'KING', unitId: 'x', password: 12345678 }],
  },
];

test.describe('[INPUT-LANGUAGE]: wrong types get Chinese field errors', () => {
  for (const { role, key, args } of CASES) {
    test(`[INPUT-LANGUAGE]: ${key} as ${role}`, async ({ baseURL }) => {
      // the demo sessions' cookies plus the language cookie the language switch sets
      const state = JSON.parse(readFileSync(storageStatePath(role), 'utf8')) as { cookies: object[] };
      const cookie = { name: 'NEXT_LOCALE', value: 'zh-CN', domain: new URL(baseURL!).hostname, path: '/' };
      state.cookies.push({ ...cookie, expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' });
      const context = await playwrightRequest.newContext({ baseURL, storageState: state as never });
      const audits = await prisma.auditEvent.count();
      const { status, answer } = await callAction(context, baseURL!, key, args);
      expect(status).toBeLessThan(500);
      expect(answer?.ok).toBe(false);
      expect(answer!.message).toMatch(CJK);
      const messages = Object.values(answer!.fieldErrors ?? {}).flat();
      expect(messages.length).toBeGreaterThan(2);
      for (const text of messages) {
        expect(text).toMatch(CJK);
        expect(text).not.toMatch(ZOD_ENGLISH);
      }
      expect(await prisma.auditEvent.count()).toBe(audits);
      await context.dispose();
    });
  }
});

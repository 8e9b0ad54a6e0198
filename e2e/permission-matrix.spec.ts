// The permission matrix: every server action and route handler the build contains (read from Next's manifests, not
// a hand-kept list) is called anonymously and as each role, for the own unit and another, and must be refused exactly
// when the permission table says so — with nothing in the database changed by any of the calls.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { ROLE_PERMISSIONS, type Role } from '../lib/auth/permissions';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';
import { builtActions, manifest } from './support/actions';
import { ACTIONS, type Need, ROUTES, type Scope } from './support/permission-table';

const prisma = testPrisma();
test.afterAll(async () => prisma.$disconnect());

const ROOT = process.cwd();

const isStaticFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** Every route handler of the build with the methods its module exports: "POST /api/import". */
function builtRoutes(): string[] {
  const paths = Object.keys(manifest('app-paths-manifest.json'))
    .filter((p) => p.endsWith('/route'))
    // Next serves metadata files (app/favicon.ico, app/icon.svg) as routes of their own: static, no handler of ours
    .filter((p) => !isStaticFile(path.join(ROOT, 'app', p.slice(0, -'/route'.length))));
  return paths.flatMap((p) => {
    const route = p.slice(0, -'/route'.length);
    const source = readFileSync(path.join(ROOT, 'app', `${route}/route.ts`), 'utf8');
    const methods = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g))
      methods.add(m[1]);
    for (const m of source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
    return [...methods].map((m) => `${m} ${route}`);
  });
}

const CALLERS: (Role | 'ANONYMOUS')[] = ['ANONYMOUS', 'ADMIN', 'MANAGER', 'LEADER', 'EVALUATOR'];
const UNITS: Record<Scope, { code: string }> = { own: { code: '103603' }, other: { code: '350100' } };

function mayCall(caller: Role | 'ANONYMOUS', need: Need, unitScoped: boolean, scope: Scope): boolean {
  if (need === 'public') return true;
  if (need === 'apiToken' || caller === 'ANONYMOUS') return false;
  if (need === 'signedIn') return true;
  if (!ROLE_PERMISSIONS[caller].includes(need)) return false;
  return !(unitScoped && scope === 'other' && caller === 'MANAGER');
}

// every refusal the app gives, in Chinese (the demo sessions' language) or as admin message keys
const REFUSALS = [
  '您没有执行此操作的权限',
  '您只能填报本单位的数据',
  '您没有权限',
  '您没有导出报表的权限',
  '请先登录',
  '登录已失效',
  'errors.forbidden',
  'errors.signedOut',
];
const isRefusal = (status: number, location: string, message: string) =>
  [401, 403].includes(status) || location.includes('/login') || REFUSALS.some((r) => message.includes(r));

/** An action's answer inside the flight response: its { ok, message } (not the page's messages around it). */
const actionMessage = (body: string) => /"ok":false,"message":"([^"]*)"/.exec(body)?.[1] ?? '';
/** A route's answer: its JSON error, or nothing for a file. */
const routeMessage = (body: string) => {
  try {
    const json = JSON.parse(body) as { error?: string; message?: string };
    return `${json.error ?? ''} ${json.message ?? ''}`;
  } catch {
    return '';
  }
};

async function snapshot() {
  const [audits, reports, actuals, evidence, users, units, plans, tokens, unread, settings, robots, indicators] =
    await Promise.all([
      // report downloads are audited reads (EXPORT), not stored data
      prisma.auditEvent.count({ where: { action: { not: 'EXPORT' } } }),
      prisma.monthReport.aggregate({ _sum: { version: true }, _count: true }),
      prisma.monthlyActual.count(),
      prisma.evidenceFile.count(),
      prisma.user.aggregate({ _sum: { version: true }, _count: true }),
      prisma.unit.count(),
      prisma.plan.aggregate({ _sum: { version: true }, _count: true }),
      prisma.apiToken.count(),
      prisma.notification.count({ where: { readAt: null } }),
      prisma.notificationSetting.count(),
      prisma.unitWebhook.count(),
      prisma.indicator.count(),
    ]);
  return JSON.stringify({
    audits,
    reports,
    actuals,
    evidence,
    users,
    units,
    plans,
    tokens,
    unread,
    settings,
    robots,
    indicators,
  });
}

async function contextFor(caller: Role | 'ANONYMOUS', baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    storageState: caller === 'ANONYMOUS' ? undefined : storageStatePath(caller),
  });
}

test.describe('[MATRIX]: every action and route as every role', () => {
  test('[MATRIX]: the build has no action or route without an entry in the permission table', () => {
    const actions = builtActions().map((a) => a.key);
    const routes = builtRoutes();
    expect(actions.length).toBeGreaterThan(15);
    expect(routes.length).toBeGreaterThan(5);
    expect(actions.filter((k) => !(k in ACTIONS))).toEqual([]);
    expect(routes.filter((k) => !(k in ROUTES))).toEqual([]);
  });

  test('[MATRIX]: allowed ⇔ the permission table, nothing stored by any call, never a 500', async ({ baseURL }) => {
    test.setTimeout(600_000);
    const before = await snapshot();
    const mismatches: string[] = [];
    let calls = 0;
    for (const caller of CALLERS) {
      const api = await contextFor(caller, baseURL!);
      for (const { id, key, page } of builtActions()) {
        const entry = ACTIONS[key];
        for (const scope of entry.unitScoped ? (['own', 'other'] as const) : (['own'] as const)) {
          // a public action (the language switch) is called from the login page, which anyone may open
          const response = await api.post(entry.need === 'public' ? '/login' : page, {
            headers: {
              'Next-Action': id,
              'Content-Type': 'text/plain;charset=UTF-8',
              Accept: 'text/x-component',
              Origin: baseURL!,
            },
            data: JSON.stringify(entry.args(UNITS[scope])),
            maxRedirects: 0,
          });
          calls += 1;
          const body = await response.text();
          const where = response.headers()['x-action-redirect'] ?? response.headers()['location'] ?? '';
          const expected = !mayCall(caller, entry.need, entry.unitScoped, scope);
          const refused = entry.silent ? expected : isRefusal(response.status(), where, actionMessage(body));
          if (response.status() >= 500 || refused !== expected)
            mismatches.push(
              `${caller} ${key} (${scope}): ${response.status()} refused=${refused} ${body.slice(0, 200)}`,
            );
        }
      }
      for (const key of builtRoutes()) {
        const entry = ROUTES[key];
        const method = key.split(' ')[0];
        for (const scope of entry.unitScoped ? (['own', 'other'] as const) : (['own'] as const)) {
          const response = await api.fetch(entry.url(UNITS[scope]), {
            method,
            headers: { Origin: baseURL! },
            ...(entry.json ? { data: entry.json() } : {}),
            ...(entry.multipart ? { multipart: entry.multipart() } : {}),
            maxRedirects: 0,
          });
          calls += 1;
          const body = await response.text();
          const refused = isRefusal(response.status(), response.headers()['location'] ?? '', routeMessage(body));
          const expected = !mayCall(caller, entry.need, entry.unitScoped, scope);
          if (response.status() >= 500 || refused !== expected)
            mismatches.push(
              `${caller} ${key} (${scope}): ${response.status()} refused=${refused} ${body.slice(0, 200)}`,
            );
        }
      }
      await api.dispose();
    }
    console.log(`[MATRIX] ${calls} calls`);
    expect(mismatches).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});

import Ajv2020 from 'ajv/dist/2020';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getAdminOverview } from '../../lib/data/admin-overview';
import { listUsers, resetPassword, setUserActive, unlockUser, updateUser } from '../../lib/data/admin-users';
import { countApiCall, createApiToken, revokeApiToken } from '../../lib/data/api-tokens';
import { getEntryMonth } from '../../lib/data/entry';
import { getPlanPerformance } from '../../lib/data/performance';
import { AppError } from '../../lib/errors';
import { saveMonthSchema } from '../../lib/validation/entry';
import { fieldErrorsIn, textOf } from '../support/messages';
import { api, type ApiResponse } from './api-support';
import { monthSnapshot, sessionUser, octoberAsDraft } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';

let db: TestDatabase;
let admin: SessionUser;
let hotline: string, fuzhou: string, reader: string, revoked: string;
const OCT = { unitCode: '103603', year: 2026, month: 10 };

/** the month's stored figures and state, and the audit trail of writes (refused calls are audited, and should be) */
async function stored(month = 10) {
  const { audits: _all, ...figures } = await monthSnapshot(db, '103603', 2026, month);
  return { ...figures, saves: await db.prisma.auditEvent.count({ where: { action: { not: 'API_CALL' } } }) };
}
const version = async () => String((await getEntryMonth(admin, OCT)).version);
const stored103603 = async (code: string) =>
  (await getEntryMonth(admin, OCT)).rows.find((r) => r.indicator.code === code)!;

async function refusedUnchanged(call: () => Promise<ApiResponse>, status: number) {
  const before = await stored();
  const response = await call();
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(await stored()).toEqual(before);
  return response;
}

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  admin = await sessionUser(db, 'admin');
  const unit = (code: string) => db.prisma.unit.findUniqueOrThrow({ where: { code } }).then((u) => u.id);
  hotline = (await createApiToken(admin, { name: '话务平台', unitId: await unit('103603') })).token;
  fuzhou = (await createApiToken(admin, { name: '福州工单系统', unitId: await unit('350100') })).token;
  reader = (await createApiToken(admin, { name: '省数据中台', unitId: null })).token;
  const gone = await createApiToken(admin, { name: '旧系统', unitId: await unit('103603') });
  await revokeApiToken(admin, gone.id);
  revoked = gone.token;
  await octoberAsDraft(db);
});
afterAll(async () => db.drop());

describe('tokens', () => {
  test('only the hash of a token is stored, and the token is not guessable from it', async () => {
    const rows = await db.prisma.apiToken.findMany();
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect([hotline, fuzhou, reader, revoked]).not.toContain(row.tokenHash);
    }
  });

  test('no token, an unknown token and a revoked token are refused with 401', async () => {
    expect((await api.units()).status).toBe(401);
    expect((await api.units({ token: 'fj12345_nope' })).status).toBe(401);
    const gone = await api.units({ token: revoked, lang: 'en' });
    expect(gone.status).toBe(401);
    expect(gone.body.error!.message).toBe('This API token has been revoked.');
    expect((await api.units({ token: revoked })).body.error!.message).toBe('该 API 令牌已被吊销。');
  });

  test('every call is audited under the token’s name', async () => {
    const before = await db.prisma.auditEvent.count({ where: { action: 'API_CALL' } });
    await api.units({ token: hotline });
    const events = await db.prisma.auditEvent.findMany({
      where: { action: 'API_CALL' },
      orderBy: { id: 'desc' },
      include: { user: true },
    });
    expect(events.length).toBe(before + 1);
    expect(events[0].user!.displayName).toBe('API · 话务平台');
    expect(events[0].after).toMatchObject({ token: '话务平台', method: 'GET', path: '/api/v1/units', status: 200 });
  });

  test('a token’s service user is not a person: not listed in 用户管理, not counted, not changeable there', async () => {
    const service = await db.prisma.user.findFirstOrThrow({
      where: { apiToken: { name: '话务平台' } },
      select: { id: true, version: true, passwordHash: true, role: true, unitId: true, isActive: true },
    });
    const listed = await listUsers(admin);
    expect(listed.map((u) => u.id)).not.toContain(service.id);
    expect(listed.filter((u) => u.displayName.startsWith('API · '))).toEqual([]);
    const people = await db.prisma.user.count({ where: { apiToken: null } });
    expect(listed).toHaveLength(people);
    expect((await getAdminOverview(admin)).users.total).toBe(people);

    const ref = { id: service.id, version: service.version };
    const refusals = [
      () => updateUser(admin, { ...ref, role: 'ADMIN', unitId: '' }),
      () => resetPassword(admin, { ...ref, password: 'Takeover2026x' }),
      () => setUserActive(admin, { ...ref, isActive: false }),
      () => unlockUser(admin, ref),
    ];
    for (const call of refusals) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('NOT_FOUND');
    }
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: service.id } });
    expect(after).toMatchObject({ ...service, mustChangePassword: false });
    // the token still works through it
    expect((await api.units({ token: hotline })).status).toBe(200);
  });
});

describe('reads', () => {
  test('GET /units: a unit token sees its unit, an all-units token every unit', async () => {
    expect((await api.units({ token: hotline })).body.units).toEqual([
      { code: '103603', name: '福建省12345政务服务便民热线中心' },
    ]);
    const all = (await api.units({ token: reader })).body.units as { code: string }[];
    expect(all.map((u) => u.code)).toEqual(expect.arrayContaining(['103603', '350100', '350900']));
    expect(all).toHaveLength(10);
  });

  test('GET /plans/{year}: the plans the token may read, with indicators', async () => {
    const own = await api.plans('2026', { token: fuzhou });
    expect((own.body.plans as { unit: { code: string } }[]).map((p) => p.unit.code)).toEqual(['350100']);
    const all = await api.plans('2026', { token: reader });
    const hotlinePlan = (all.body.plans as { unit: { code: string }; indicators: { name: string }[] }[]).find(
      (p) => p.unit.code === '103603',
    )!;
    expect(hotlinePlan.indicators.map((i) => i.name)).toContain('话务接通率');
    expect((await api.plans('1999', { token: reader })).status).toBe(400);
  });

  test('GET performance: the engine’s figures; another unit’s token gets 403', async () => {
    const response = await api.performance('103603', '2026', '?asOf=9', { token: hotline });
    expect(response.status).toBe(200);
    const engine = (await getPlanPerformance(admin, { unitCode: '103603', year: 2026, asOf: 9 }))!;
    expect(response.body.total).toBe(engine.total);
    expect(response.body.grade).toBe(engine.grade);
    const items = response.body.indicators as { code: string; ytd: number; status: string; score: number }[];
    for (const i of engine.indicators) {
      const item = items.find((x) => x.code === i.code)!;
      expect(item).toMatchObject({ ytd: i.figures.ytdValue, status: i.figures.status, score: i.figures.score });
    }
    expect((await api.performance('103603', '2026', '', { token: fuzhou })).status).toBe(403);
    expect((await api.performance('103603', '2026', '', { token: reader })).status).toBe(200);
    expect((await api.performance('999999', '2026', '', { token: reader })).status).toBe(404);
    const bad = await api.performance('103603', '2026', '?asOf=13', { token: hotline, lang: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.fieldErrors.asOf).toBeDefined();
  });
});

describe('PUT actuals', () => {
  const put = (o: Parameters<typeof api.put>[3], month = '10') => api.put('103603', '2026', month, o);

  test('writes a draft through the entry form’s save: stored, versioned, audited under the token', async () => {
    const v = await version();
    const before = await stored103603('I02');
    const response = await put({
      token: hotline,
      ifMatch: `"${v}"`,
      body: { indicators: { I01: { value: '1,000,000' }, I02: { numerator: 900, denominator: '1000' } } },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({ state: 'DRAFT', version: Number(v) + 1 });
    expect(response.headers.get('etag')).toBe(`"${Number(v) + 1}"`);
    const after = await stored103603('I02');
    expect(after.current).toMatchObject({ numerator: '900', denominator: '1000', note: before.current.note });
    expect(after.deviation).toEqual(before.deviation);
    expect((await stored103603('I01')).current.value).toBe('1000000');
    const save = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'MONTH_SAVE' },
      orderBy: { id: 'desc' },
      include: { user: true },
    });
    expect(save.user!.displayName).toBe('API · 话务平台');
    expect((await db.prisma.monthReport.findFirstOrThrow({ where: { id: Number(save.entityId) } })).state).toBe(
      'DRAFT',
    );
  });

  test('the same bad inputs the entry form refuses → 400 with the form’s field messages, nothing stored', async () => {
    const v = await version();
    const month = await getEntryMonth(admin, OCT);
    const i02 = month.rows.find((r) => r.indicator.code === 'I02')!;
    // what the form's own schema says about numerator > denominator
    const formErrors = fieldErrorsIn(saveMonthSchema, {
      ...OCT,
      version: Number(v),
      intent: 'DRAFT',
      rows: [
        {
          indicatorId: i02.indicator.id,
          numeratorLabel: i02.indicator.numeratorLabel ?? '',
          denominatorLabel: i02.indicator.denominatorLabel ?? '',
          numerator: '1001',
          denominator: '1000',
        },
      ],
    });
    const formMessage = Object.values(formErrors)[0]?.[0] ?? null;
    const gt = await refusedUnchanged(
      () => put({ token: hotline, ifMatch: v, body: { indicators: { I02: { numerator: 1001, denominator: 1000 } } } }),
      400,
    );
    expect(gt.body.error!.fieldErrors['indicators.I02.numerator']).toEqual([formMessage]);

    const cases: [unknown, string][] = [
      [{ indicators: { I01: { value: -5 } } }, 'indicators.I01.value'],
      [{ indicators: { I01: { value: '一百' } } }, 'indicators.I01.value'],
      [{ indicators: { I01: { value: '1.234' } } }, 'indicators.I01.value'],
      [{ indicators: { I01: { value: '1e30' } } }, 'indicators.I01.value'],
      [{ indicators: { NOPE: { value: 1 } } }, 'indicators.NOPE'],
      [{ indicators: { I01: { numerator: 1 } } }, 'indicators.I01.numerator'],
      [{ indicators: { I01: { colour: 'red' } } }, 'indicators.I01'],
      [{ indicators: {}, spending: { spent: '-1' } }, 'spending.spent'],
    ];
    for (const [body, field] of cases) {
      const r = await refusedUnchanged(() => put({ token: hotline, ifMatch: v, body }), 400);
      expect(Object.keys(r.body.error!.fieldErrors), JSON.stringify(body)).toContain(field);
    }
    const english = await put({ token: hotline, ifMatch: v, lang: 'en', body: { indicators: { I01: { value: -5 } } } });
    expect(english.body.error!.message).toBe('The request is invalid: correct the marked fields.');
    expect(english.body.error!.fieldErrors['indicators.I01.value'][0]).toMatch(/cannot be negative/);
    expect(
      (await refusedUnchanged(() => put({ token: hotline, ifMatch: v, rawBody: '{oops' }), 400)).body.error!.code,
    ).toBe('INVALID');
  });

  test('stale If-Match → 412, missing → 428, nothing stored', async () => {
    const v = Number(await version());
    const body = { indicators: { I01: { value: 1 } } };
    const stale = await refusedUnchanged(() => put({ token: hotline, ifMatch: `"${v - 1}"`, body }), 412);
    expect(stale.headers.get('etag')).toBe(`"${v}"`);
    await refusedUnchanged(() => put({ token: hotline, body }), 428);
  });

  test('a locked month → 409; another unit’s token → 403; a read-only token → 403; nothing stored', async () => {
    const body = { indicators: { I01: { value: 1 } } };
    const september = await getEntryMonth(admin, { ...OCT, month: 9 });
    expect(september.report!.state).toBe('APPROVED');
    const locked = await put({ token: hotline, ifMatch: String(september.version), body }, '9');
    expect(locked.status).toBe(409);
    expect(locked.body.error!.message).toBe(textOf({ key: 'entry.validation.locked' }));
    const v = await version();
    await refusedUnchanged(() => put({ token: fuzhou, ifMatch: v, body }), 403);
    const ro = await refusedUnchanged(() => put({ token: reader, ifMatch: v, body, lang: 'en' }), 403);
    expect(ro.body.error!.message).toBe('This token is read-only and cannot write.');
  });
});

describe('rate limit', () => {
  test('counted per token and minute in the database; the next window starts afresh', async () => {
    const token = await db.prisma.apiToken.findFirstOrThrow({ where: { name: '福州工单系统' } });
    const t0 = new Date('2026-03-01T08:00:10Z');
    expect(await countApiCall(token.id, 'WRITE', 2, t0)).toEqual({ ok: true });
    expect(await countApiCall(token.id, 'WRITE', 2, t0)).toEqual({ ok: true });
    expect(await countApiCall(token.id, 'WRITE', 2, new Date('2026-03-01T08:00:45Z'))).toEqual({
      ok: false,
      retryAfter: 15,
    });
    expect(await countApiCall(token.id, 'READ', 2, t0)).toEqual({ ok: true });
    expect(await countApiCall(token.id, 'WRITE', 2, new Date('2026-03-01T08:01:00Z'))).toEqual({ ok: true });
  });

  test('past the limit → 429 with Retry-After and a message in the caller’s language', async () => {
    process.env.API_WRITES_PER_MINUTE = '2';
    try {
      const responses = [];
      // five calls cross at most one minute boundary, so one window holds at least three of them
      for (let i = 0; i < 5; i++) responses.push(await api.put('350100', '2026', '10', { token: fuzhou, lang: 'en' }));
      const limited = responses.find((r) => r.status === 429)!;
      expect(limited).toBeDefined();
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body.error!.message).toMatch(/^Too many requests: retry in \d+ seconds\.$/);
    } finally {
      delete process.env.API_WRITES_PER_MINUTE;
    }
  });
});

describe('OpenAPI', () => {
  test('is OpenAPI 3.1, lists every route, and its schemas compile and describe the real responses', async () => {
    const { status, body: doc } = await api.openApi();
    expect(status).toBe(200);
    expect(doc.openapi).toBe('3.1.0');
    const root = path.join(__dirname, '../../app/api/v1');
    const routes = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('route.ts') && !f.startsWith('openapi.json'))
      .map(
        (f) =>
          '/' +
          path
            .dirname(f)
            .replaceAll(path.sep, '/')
            .replace(/\[(\w+)\]/g, '{$1}'),
      );
    expect(Object.keys(doc.paths as object).sort()).toEqual(routes.sort());

    const ajv = new Ajv2020({ strict: false });
    const components = (doc.components as { schemas: Record<string, object> }).schemas;
    ajv.addSchema({ $id: 'doc', components: { schemas: components } });
    const validate = (name: string) => ajv.compile({ $ref: `doc#/components/schemas/${name}` });
    const check = (name: string, value: unknown) => {
      const v = validate(name);
      expect(v(value), JSON.stringify(v.errors)).toBe(true);
    };
    check('UnitList', (await api.units({ token: reader })).body);
    check('PlanList', (await api.plans('2026', { token: reader })).body);
    check('Performance', (await api.performance('103603', '2026', '', { token: reader })).body);
    check('Error', (await api.units()).body);
    check('MonthActuals', { indicators: { I01: { value: 1 }, I02: { numerator: '1', denominator: 2 } } });
    expect(validate('MonthActuals')({ indicators: { I01: { colour: 'red' } } })).toBe(false);
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>))
      for (const op of Object.values(ops)) expect(Object.keys(op.responses), p).toContain('200');
  });
});

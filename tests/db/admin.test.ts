import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { clock } from '../../lib/clock';
import { fieldTexts, textOf } from '../support/messages';
import {
  createUser,
  listUsers,
  resetPassword,
  setUserActive,
  unlockUser,
  updateUser,
} from '../../lib/data/admin-users';
import { createUnit, renameUnit } from '../../lib/data/admin-units';
import {
  adjustTarget,
  copyPlan,
  getPlanDetail,
  publishPlan,
  saveIndicator,
  updatePlanSettings,
} from '../../lib/data/admin-plans';
import { getAuditLog } from '../../lib/data/audit-log';
import { verifyLogin } from '../../lib/data/auth-users';
import { getPlanPerformance } from '../../lib/data/performance';
import { AppError, type Message } from '../../lib/errors';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

const zh = (message: Message) => textOf(message);

/** The AppError a call throws (the test fails when it does not throw one). */
async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('admin data layer', () => {
  let db: TestDatabase;
  let admin: SessionUser;
  let leader: SessionUser;
  let evaluator: SessionUser;
  let unit103603: number;
  const auditCount = (where: { action?: string } = {}) => db.prisma.auditEvent.count({ where });

  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
    const users = await db.prisma.user.findMany({ where: { username: { in: ['admin', 'leader', 'evaluator'] } } });
    const session = (name: string): SessionUser => {
      const u = users.find((x) => x.username === name)!;
      return { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
    };
    [admin, leader, evaluator] = [session('admin'), session('leader'), session('evaluator')];
    unit103603 = (await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } })).id;
  });
  afterAll(async () => db.drop());

  describe('users', () => {
    test('an admin creates a user, who can then sign in; the creation is audited', async () => {
      const before = await auditCount({ action: 'USER_CREATE' });
      const { id } = await createUser(admin, {
        username: 'wang.wu',
        displayName: '王五',
        role: 'MANAGER',
        unitId: String(unit103603),
        password: 'Hotline2026',
      });
      const stored = await db.prisma.user.findUniqueOrThrow({ where: { id } });
      expect(stored).toMatchObject({
        username: 'wang.wu',
        role: 'MANAGER',
        unitId: unit103603,
        isActive: true,
        version: 1,
      });
      expect(stored.passwordHash).toMatch(/^\$2[aby]\$10\$/);
      expect(await auditCount({ action: 'USER_CREATE' })).toBe(before + 1);
      const login = await verifyLogin('wang.wu', 'Hotline2026');
      expect(login.ok).toBe(true);
      expect((await listUsers(admin)).find((u) => u.username === 'wang.wu')).toMatchObject({
        displayName: '王五',
        unitName: '福建省12345政务服务便民热线中心',
      });
    });

    test.each([
      ['a duplicate username (any case)', { username: 'Manager' }, 'username', '该用户名已被使用，请换一个。'],
      [
        'a weak password',
        { password: 'abcdefgh' },
        'password',
        '密码至少8位，且须包含大写字母、小写字母、数字和符号中的至少3类。',
      ],
      ['a manager without a unit', { role: 'MANAGER', unitId: '' }, 'unitId', '热线管理员必须指定所属单位。'],
    ])('%s is refused with a Chinese field error, and nothing is stored', async (_name, change, field, message) => {
      const users = await db.prisma.user.count();
      const audits = await auditCount();
      const error = await refusal(
        createUser(admin, {
          username: 'zhao.liu',
          displayName: '赵六',
          role: 'LEADER',
          unitId: '',
          password: 'Hotline2026',
          ...(change as object),
        }),
      );
      expect(fieldTexts(error.fieldErrors)[field]).toEqual([message]);
      expect(await db.prisma.user.count()).toBe(users);
      expect(await auditCount()).toBe(audits);
    });

    test('a disabled user can no longer sign in; enabling lets them back', async () => {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { username: 'manager-fuzhou' } });
      const { version } = await setUserActive(admin, { id: user.id, version: user.version, isActive: false });
      expect(await verifyLogin('manager-fuzhou', 'Demo@2026')).toEqual({ ok: false, reason: 'DISABLED' });
      expect(
        await db.prisma.auditEvent.findFirst({ where: { action: 'USER_DISABLE', entityId: String(user.id) } }),
      ).toMatchObject({ userId: admin.id, unitId: user.unitId });
      await setUserActive(admin, { id: user.id, version, isActive: true });
      expect((await verifyLogin('manager-fuzhou', 'Demo@2026')).ok).toBe(true);
    });

    test('a reset password works, the old one no longer does, and a lock is lifted', async () => {
      const user = await db.prisma.user.update({
        where: { username: 'manager-xiamen' },
        data: { lockedUntil: new Date(clock.now().getTime() + 600_000) },
      });
      await resetPassword(admin, { id: user.id, version: user.version, password: 'NewPass2026' });
      expect((await verifyLogin('manager-xiamen', 'NewPass2026')).ok).toBe(true);
      expect(await verifyLogin('manager-xiamen', 'Demo@2026')).toEqual({ ok: false, reason: 'INVALID' });
      const audit = await db.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'USER_PASSWORD_RESET', entityId: String(user.id) },
      });
      expect(JSON.stringify(audit)).not.toContain('$2');
    });

    test('unlock clears the lock', async () => {
      const user = await db.prisma.user.update({
        where: { username: 'manager-putian' },
        data: { lockedUntil: new Date(clock.now().getTime() + 600_000), failedLogins: 0 },
      });
      expect(await verifyLogin('manager-putian', 'Demo@2026')).toEqual({ ok: false, reason: 'INVALID' });
      await unlockUser(admin, { id: user.id, version: user.version });
      expect((await verifyLogin('manager-putian', 'Demo@2026')).ok).toBe(true);
    });

    test('role and unit change; a stale version is refused naming who changed it, and nothing is overwritten', async () => {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { username: 'manager-sanming' } });
      await updateUser(admin, { id: user.id, version: user.version, role: 'EVALUATOR', unitId: '' });
      const error = await refusal(
        updateUser(admin, { id: user.id, version: user.version, role: 'LEADER', unitId: '' }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(textOf(error)).toMatch(/^数据已被系统管理员于.+修改，您的修改未保存/);
      expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
        role: 'EVALUATOR',
        unitId: null,
        version: user.version + 1,
      });
    });

    test('an admin can neither disable nor demote themselves', async () => {
      const me = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
      expect(zh(await refusal(setUserActive(admin, { id: me.id, version: me.version, isActive: false })))).toBe(
        '不能停用自己的账号。',
      );
      expect(
        (
          await refusal(updateUser(admin, { id: me.id, version: me.version, role: 'LEADER', unitId: '' }))
        ).fieldErrors.role?.map(zh),
      ).toEqual(['不能取消自己的系统管理员角色。']);
      expect(await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        isActive: true,
        role: 'ADMIN',
        version: me.version,
      });
    });

    test('a non-admin is refused every user write, and nothing changes', async () => {
      const target = await db.prisma.user.findUniqueOrThrow({ where: { username: 'manager-longyan' } });
      const users = await db.prisma.user.count();
      const audits = await auditCount();
      for (const actor of [leader, evaluator]) {
        expect(
          (
            await refusal(
              createUser(actor, {
                username: 'sneaky',
                displayName: 'x',
                role: 'ADMIN',
                unitId: '',
                password: 'Hotline2026',
              }),
            )
          ).code,
        ).toBe('FORBIDDEN');
        expect(
          (await refusal(setUserActive(actor, { id: target.id, version: target.version, isActive: false }))).code,
        ).toBe('FORBIDDEN');
        expect(
          (await refusal(resetPassword(actor, { id: target.id, version: target.version, password: 'Hotline2026' })))
            .code,
        ).toBe('FORBIDDEN');
        expect(
          (await refusal(updateUser(actor, { id: target.id, version: target.version, role: 'ADMIN', unitId: '' })))
            .code,
        ).toBe('FORBIDDEN');
      }
      expect(await db.prisma.user.count()).toBe(users);
      expect(await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe('units', () => {
    test('create and rename are audited; a duplicate code gets a Chinese field error', async () => {
      const { id } = await createUnit(admin, { code: '350999', name: '测试单位' });
      await renameUnit(admin, { id, name: '测试单位（更名）' });
      expect(await db.prisma.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({
        code: '350999',
        name: '测试单位（更名）',
      });
      expect(await db.prisma.auditEvent.count({ where: { entity: 'Unit', entityId: String(id) } })).toBe(2);
      const error = await refusal(createUnit(admin, { code: '103603', name: '重复' }));
      expect(fieldTexts(error.fieldErrors).code).toEqual(['单位编码 103603 已存在，请使用其他编码。']);
      expect((await refusal(createUnit(leader, { code: '350998', name: 'x' }))).code).toBe('FORBIDDEN');
    });
  });

  describe('plans and targets', () => {
    let draftId: number;

    test('a new year is a DRAFT copy of the last plan: indicators, weights, settings and budget, no actuals', async () => {
      const source = await db.prisma.plan.findFirstOrThrow({
        where: { unitId: unit103603, year: 2026 },
        include: { indicators: { orderBy: { sortOrder: 'asc' } } },
      });
      const { id, copiedFromYear } = await copyPlan(admin, { unitId: String(unit103603), year: '2027' });
      draftId = id;
      expect(copiedFromYear).toBe(2026);
      const copy = await db.prisma.plan.findUniqueOrThrow({
        where: { id },
        include: {
          indicators: { orderBy: { sortOrder: 'asc' }, include: { actuals: true, targetVersions: true } },
          budgetExecutions: true,
          monthReports: true,
        },
      });
      expect(copy).toMatchObject({ year: 2027, status: 'DRAFT', goal: source.goal, isDemo: false });
      expect(copy.budgetTotal.toString()).toBe(source.budgetTotal.toString());
      expect(copy.budgetWeight.toString()).toBe(source.budgetWeight.toString());
      const shape = (i: (typeof source.indicators)[number]) => [
        i.code,
        i.name,
        i.kind,
        i.comparator,
        i.target?.toString(),
        i.weight.toString(),
        i.isMonitoring,
        i.numeratorLabel,
      ];
      expect(copy.indicators.map(shape)).toEqual(source.indicators.map(shape));
      expect(copy.indicators.every((i) => i.actuals.length === 0 && i.targetVersions.length === 0)).toBe(true);
      expect(copy.budgetExecutions).toEqual([]);
      expect(copy.monthReports).toEqual([]);
      expect(await db.prisma.auditEvent.count({ where: { action: 'PLAN_CREATE', entityId: String(id) } })).toBe(1);
      expect(
        (await refusal(copyPlan(admin, { unitId: String(unit103603), year: '2027' }))).fieldErrors.year?.map(zh),
      ).toEqual(['该单位该年度已有绩效目标。']);
    });

    test('publish is refused while weights do not make 100, naming the sum; nothing changes and nothing is audited', async () => {
      const plan = (await getPlanDetail(admin, draftId))!;
      const i01 = plan.indicators.find((i) => i.code === 'I01')!;
      await saveIndicator(admin, {
        ...i01,
        planId: draftId,
        target: '1300',
        targetText: '',
        weight: '20',
        displayDivisor: String(i01.displayDivisor),
        isMonitoring: i01.isMonitoring ? 'on' : '',
      });
      const fresh = (await getPlanDetail(admin, draftId))!;
      const audits = await auditCount();
      const error = await refusal(publishPlan(admin, { id: draftId, version: fresh.version }));
      expect(textOf(error)).toBe('指标分值合计 95 分 + 预算执行率分值 10 分 = 105 分，须等于 100 分才能发布。');
      expect(await db.prisma.plan.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({
        status: 'DRAFT',
        version: fresh.version,
      });
      expect(await auditCount()).toBe(audits);

      await updatePlanSettings(admin, {
        id: draftId,
        version: fresh.version,
        goal: fresh.goal,
        basicExpense: '250',
        projectExpense: '12.345678',
        ...fresh.settings,
        budgetWeight: '5',
        dueDay: '10',
      });
      const ready = (await getPlanDetail(admin, draftId))!;
      expect(ready).toMatchObject({ budgetTotal: '262.345678', publishCheck: { ok: true } });
      expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: draftId } })).budgetTotal.toString()).toBe(
        '2623456.78',
      );
      expect(ready.indicators.find((i) => i.code === 'I01')).toMatchObject({
        target: '1300',
        targetText: '≥1300万件',
        weight: '20',
      });
      await publishPlan(admin, { id: draftId, version: ready.version });
      const published = await db.prisma.plan.findUniqueOrThrow({
        where: { id: draftId },
        include: { budgetExecutions: true },
      });
      expect(published.status).toBe('PUBLISHED');
      expect(published.budgetExecutions.reduce((s, b) => s + Math.round(Number(b.planned) * 100), 0)).toBe(262345678);
      expect(await auditCount({ action: 'PLAN_PUBLISH' })).toBe(1);
    });

    test('a stale plan version is refused and nothing is overwritten', async () => {
      const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2027, unitId: unit103603 } });
      const error = await refusal(copyPlan(admin, { unitId: String(unit103603), year: '2027' }));
      expect(error.code).toBe('CONFLICT');
      const draft = await copyPlan(admin, { unitId: String(unit103603), year: '2028' });
      const detail = (await getPlanDetail(admin, draft.id))!;
      const input = {
        id: draft.id,
        goal: '新目标',
        basicExpense: '1',
        projectExpense: '0',
        ...detail.settings,
        dueDay: '10',
      };
      await updatePlanSettings(admin, { ...input, version: detail.version });
      const stale = await refusal(
        updatePlanSettings(admin, { ...input, goal: '旧页面上的目标', version: detail.version }),
      );
      expect(textOf(stale)).toMatch(/^数据已被系统管理员于/);
      expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: draft.id } })).goal).toBe('新目标');
      expect(plan.status).toBe('PUBLISHED');
    });

    test('a target adjustment needs a reason and keeps the original and each adjusted target as versions', async () => {
      const indicator = await db.prisma.indicator.findFirstOrThrow({
        where: { code: 'I02', plan: { unitId: unit103603, year: 2026 } },
      });
      const noReason = await refusal(
        adjustTarget(admin, { id: indicator.id, version: indicator.version, target: '91', weight: '15', reason: ' ' }),
      );
      expect(fieldTexts(noReason.fieldErrors).reason).toEqual(['请填写调整原因（至少2个字）。']);
      expect(await db.prisma.targetVersion.count({ where: { indicatorId: indicator.id } })).toBe(0);

      await adjustTarget(admin, {
        id: indicator.id,
        version: indicator.version,
        target: '91',
        weight: '15',
        reason: '省局要求提高接通率',
      });
      await adjustTarget(admin, {
        id: indicator.id,
        version: indicator.version + 1,
        target: '92.5',
        weight: '15',
        reason: '再次提高',
      });
      const versions = await db.prisma.targetVersion.findMany({
        where: { indicatorId: indicator.id },
        orderBy: { versionNo: 'asc' },
      });
      expect(versions.map((v) => [v.versionNo, v.target?.toString(), v.targetText, v.reason, v.changedById])).toEqual([
        [1, '90', '≥90%', '原始目标', null],
        [2, '91', '≥91%', '省局要求提高接通率', admin.id],
        [3, '92.5', '≥92.5%', '再次提高', admin.id],
      ]);
      expect(await db.prisma.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({
        targetText: '≥92.5%',
        version: indicator.version + 2,
      });
      const audits = await db.prisma.auditEvent.findMany({
        where: { action: 'TARGET_ADJUST', entityId: String(indicator.id) },
        orderBy: { id: 'asc' },
      });
      expect(audits.map((a) => (a.after as { reason: string }).reason)).toEqual(['省局要求提高接通率', '再次提高']);

      const performance = await getPlanPerformance(leader, { unitCode: '103603', year: 2026 });
      expect(performance!.indicators.find((i) => i.code === 'I02')).toMatchObject({
        target: 92.5,
        originalTarget: { target: 90, targetText: '≥90%' },
      });

      const stale = await refusal(
        adjustTarget(admin, {
          id: indicator.id,
          version: indicator.version,
          target: '80',
          weight: '15',
          reason: '旧页面',
        }),
      );
      expect(stale.code).toBe('CONFLICT');
      expect(await db.prisma.targetVersion.count({ where: { indicatorId: indicator.id } })).toBe(3);
      expect(
        (
          await refusal(
            adjustTarget(leader, {
              id: indicator.id,
              version: indicator.version + 2,
              target: '80',
              weight: '15',
              reason: '越权',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    });

    test('a DRAFT plan is edited directly, not adjusted', async () => {
      const draft = await db.prisma.indicator.findFirstOrThrow({
        where: { code: 'I02', plan: { unitId: unit103603, year: 2028 } },
      });
      expect(
        zh(
          await refusal(
            adjustTarget(admin, { id: draft.id, version: draft.version, target: '91', weight: '15', reason: '草稿' }),
          ),
        ),
      ).toBe('只有已发布的绩效目标才需要目标调整；草稿可直接编辑。');
    });
  });

  describe('audit', () => {
    test('a write whose audit event fails is rolled back with it (one transaction)', async () => {
      await db.prisma.$executeRawUnsafe(`
        CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql;
      `);
      await db.prisma.$executeRawUnsafe(
        `CREATE TRIGGER refuse_user_create BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.action IN ('USER_CREATE', 'UNIT_RENAME')) EXECUTE FUNCTION refuse_audit()`,
      );
      try {
        await expect(
          createUser(admin, {
            username: 'ghost',
            displayName: '幽灵',
            role: 'LEADER',
            unitId: '',
            password: 'Hotline2026',
          }),
        ).rejects.toThrow(/audit refused/);
        expect(await db.prisma.user.findUnique({ where: { username: 'ghost' } })).toBeNull();
        await expect(renameUnit(admin, { id: unit103603, name: '改名' })).rejects.toThrow(/audit refused/);
        expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: unit103603 } })).name).toBe(
          '福建省12345政务服务便民热线中心',
        );
      } finally {
        await db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_user_create ON "AuditEvent"');
      }
    });

    test('the log filters by action, entity, user, unit and Shanghai day, newest first, 50 a page', async () => {
      await db.prisma.auditEvent.createMany({
        data: Array.from({ length: 60 }, (_, i) => ({
          action: 'TEST_FILLER',
          entity: 'Test',
          at: new Date(Date.UTC(2025, 0, 1, 0, i)),
        })),
      });
      const all = await getAuditLog(evaluator, { page: 1 });
      expect(all.rows.length).toBe(Math.min(50, all.total));
      expect(all.rows.map((r) => r.at)).toEqual([...all.rows.map((r) => r.at)].sort().reverse());
      const adjusts = await getAuditLog(admin, {
        action: 'TARGET_ADJUST',
        entity: 'Indicator',
        userId: admin.id,
        unitId: unit103603,
        page: 1,
      });
      expect(adjusts.total).toBe(2);
      expect(adjusts.rows[0].after).toMatchObject({ reason: '再次提高' });
      expect(adjusts.rows[0].unit).toMatchObject({ code: '103603' });
      // the day the adjustments were recorded (the database's clock), in Shanghai: whatever today's date is
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(adjusts.rows[0].at),
      );
      expect((await getAuditLog(admin, { action: 'TARGET_ADJUST', from: today, to: today, page: 1 })).total).toBe(2);
      expect((await getAuditLog(admin, { action: 'TARGET_ADJUST', to: '2020-01-01', page: 1 })).total).toBe(0);
      expect(all.total).toBeGreaterThan(60);
      const second = await getAuditLog(admin, { page: 2 });
      expect(second.rows.length).toBe(Math.min(50, all.total - 50));
      expect(new Set([...all.rows, ...second.rows].map((r) => r.id)).size).toBe(all.rows.length + second.rows.length);
      expect(second.rows[0].at <= all.rows[49].at).toBe(true);
      // a page past the end is the last page
      const beyond = await getAuditLog(admin, { action: 'TEST_FILLER', page: 99 });
      expect([beyond.page, beyond.pageCount, beyond.rows.length]).toEqual([2, 2, 10]);
      // 2025-01-01 00:00 UTC is 08:00 in Shanghai: the filler falls on 1 January Shanghai time, not on 31 December.
      expect(
        (await getAuditLog(admin, { action: 'TEST_FILLER', from: '2025-01-01', to: '2025-01-01', page: 1 })).total,
      ).toBe(60);
      expect((await getAuditLog(admin, { action: 'TEST_FILLER', to: '2024-12-31', page: 1 })).total).toBe(0);
      expect((await refusal(getAuditLog(leader, { page: 1 }))).code).toBe('FORBIDDEN');
    });

    test('the log names the user, unit or indicator an event is about, from what the page has at hand', async () => {
      const [created] = (await getAuditLog(admin, { action: 'USER_CREATE', entity: 'User', page: 1 })).rows;
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: Number(created.entityId) } });
      expect(created.entityName).toBe(user.displayName);
      const [unitEvent] = (await getAuditLog(admin, { action: 'UNIT_CREATE', page: 1 })).rows;
      // the unit's name now (it was renamed since)
      const unit = await db.prisma.unit.findUniqueOrThrow({ where: { id: Number(unitEvent.entityId) } });
      expect([unitEvent.entityName, unit.name]).toEqual(['测试单位（更名）', '测试单位（更名）']);
      const [adjusted] = (await getAuditLog(admin, { action: 'TARGET_ADJUST', page: 1 })).rows;
      const indicator = await db.prisma.indicator.findUniqueOrThrow({ where: { id: Number(adjusted.entityId) } });
      expect(adjusted.entityName).toBe(indicator.name);
      // a month's figure by the indicator its event records; an event that names nothing keeps its id alone
      await db.prisma.auditEvent.createMany({
        data: [
          { action: 'ACTUAL_SAVE', entity: 'MonthlyActual', entityId: '990001', after: { indicatorId: indicator.id } },
          { action: 'MONTH_SAVE', entity: 'MonthReport', entityId: '990002', after: { state: 'DRAFT' } },
        ],
      });
      const [saved] = (await getAuditLog(admin, { action: 'ACTUAL_SAVE', page: 1 })).rows;
      expect([saved.entityId, saved.entityName, saved.after]).toEqual([
        '990001',
        indicator.name,
        { indicatorId: indicator.id },
      ]);
      const [month] = (await getAuditLog(admin, { action: 'MONTH_SAVE', page: 1 })).rows;
      expect([month.entityId, month.entityName]).toEqual(['990002', null]);
    });

    test('the log counts only ten pages ahead of the page shown, and says "more than" past that', async () => {
      await db.prisma.auditEvent.createMany({
        data: Array.from({ length: 600 }, (_, i) => ({
          action: 'TEST_COUNTED',
          entity: 'Test',
          at: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
        })),
      });
      const first = await getAuditLog(admin, { action: 'TEST_COUNTED', page: 1 });
      expect([first.total, first.more, first.pageCount, first.rows.length]).toEqual([550, true, 11, 50]);
      // from page 2 on, the next ten pages reach past the end: the count is exact
      const second = await getAuditLog(admin, { action: 'TEST_COUNTED', page: 2 });
      expect([second.total, second.more, second.pageCount]).toEqual([600, false, 12]);
      expect(second.rows[0].at < first.rows[49].at).toBe(true);
      const beyond = await getAuditLog(admin, { action: 'TEST_COUNTED', page: 99 });
      expect([beyond.total, beyond.more, beyond.page, beyond.pageCount, beyond.rows.length]).toEqual([
        600,
        false,
        12,
        12,
        50,
      ]);
      expect(beyond.rows[49].at).toBe(new Date(Date.UTC(2024, 0, 1)).toISOString());
    });
  });
});

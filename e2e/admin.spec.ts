import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function fillNewUser(
  page: Page,
  user: { username: string; displayName: string; role: string; password: string },
) {
  const form = page.getByRole('form', { name: '新建用户' });
  await form.getByLabel('用户名').fill(user.username);
  await form.getByLabel('姓名').fill(user.displayName);
  await form.getByLabel('角色').selectOption(user.role);
  await form.getByLabel('初始密码').fill(user.password);
  await form.getByRole('button', { name: '新建用户' }).click();
  return form;
}

test.describe(() => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('[ADMIN]: the admin creates a user who then signs in', async ({ page, browser }) => {
    const username = `e2e-${suffix}`;
    await page.goto('/admin/users');
    const form = await fillNewUser(page, {
      username,
      displayName: '端到端测试员',
      role: 'LEADER',
      password: 'Welcome2026',
    });
    await expect(form.getByRole('status')).toHaveText('已保存。');
    await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText('端到端测试员');

    const context = await browser.newContext({
      baseURL: process.env.E2E_BASE_URL,
      storageState: { cookies: [], origins: [] },
    });
    try {
      const other = await context.newPage();
      await other.goto('/login');
      await other.getByLabel('用户名').fill(username);
      await other.getByLabel('密码').fill('Welcome2026');
      await other.getByRole('button', { name: '登录' }).click();
      // the administrator knows the initial password: the user must choose their own first
      await expect(other).toHaveURL(/\/password$/);
      await other.getByLabel('当前密码').fill('Welcome2026');
      await other.getByLabel('新密码', { exact: true }).fill('Mine#2026ok');
      await other.getByLabel('再次输入新密码').fill('Mine#2026ok');
      await other.getByRole('button', { name: '保存新密码' }).click();
      await expect(other.getByRole('status')).toContainText('密码已修改');
      await other.getByRole('link', { name: '返回系统' }).click();
      await expect(other).toHaveURL(/\/$/);
      await expect(other.getByTestId('current-user')).toHaveText('端到端测试员（领导）');
    } finally {
      await context.close();
    }
  });

  test('[ADMIN]: a duplicate username gets a Chinese field error and the form keeps what was typed', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    const form = await fillNewUser(page, {
      username: 'manager',
      displayName: '重复',
      role: 'LEADER',
      password: 'Welcome2026',
    });
    await expect(form.getByRole('alert')).toHaveText('未保存：请按提示修改标记的字段。');
    const field = form.getByLabel('用户名');
    await expect(field).toHaveAccessibleDescription('该用户名已被使用，请换一个。');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('manager');
    await expect(page.getByRole('row', { name: /重复/ })).toHaveCount(0);
  });

  test('[ADMIN]: the admin adjusts a published target with a reason, and the audit log shows it', async ({ page }) => {
    const prisma = testPrisma();
    let planId: number;
    try {
      const unit = await prisma.unit.create({ data: { code: `E2E-${suffix}`, name: `端到端测试单位${suffix}` } });
      const plan = await prisma.plan.create({
        data: {
          unitId: unit.id,
          year: 2099,
          goal: '测试',
          budgetTotal: 1_000_000,
          basicExpense: 1_000_000,
          projectExpense: 0,
          budgetWeight: 10,
          status: 'PUBLISHED',
          indicators: {
            create: {
              code: 'T01',
              level1: '产出指标',
              level2: '质量指标',
              name: '测试接通率',
              kind: 'RATIO',
              comparator: 'GTE',
              target: 90,
              targetText: '≥90%',
              displayUnit: '%',
              weight: 90,
              numeratorLabel: '接通量',
              denominatorLabel: '呼入量',
            },
          },
        },
      });
      planId = plan.id;
    } finally {
      await prisma.$disconnect();
    }

    await page.goto(`/admin/plans/${planId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('已发布');
    const row = page.getByRole('row', { name: /测试接通率/ });
    await row.locator('summary', { hasText: '目标调整' }).click();
    const form = row.getByRole('form', { name: '目标调整 测试接通率' });
    await form.getByLabel('指标值（%）').fill('92');
    await form.getByRole('button', { name: '目标调整' }).click();
    await expect(form.getByLabel('调整原因')).toHaveAccessibleDescription('请填写调整原因（至少2个字）。');

    await form.getByLabel('调整原因').fill('省局要求提高接通率');
    await form.getByRole('button', { name: '目标调整' }).click();
    await expect(form.getByRole('status')).toHaveText('目标已调整（第 2 版）。');
    await expect(row).toContainText('≥92%');
    const versions = row.getByRole('table', { name: /目标版本/ });
    await expect(versions.getByRole('row', { name: /原始目标/ })).toContainText('≥90%');
    await expect(versions.getByRole('row', { name: /省局要求提高接通率/ })).toContainText('≥92%');

    await page.goto('/admin/audit');
    await page.getByLabel('操作', { exact: true }).selectOption('TARGET_ADJUST');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(/action=TARGET_ADJUST/);
    const event = page.getByRole('row', { name: /测试接通率/ }).first();
    await expect(event).toContainText('目标调整');
    await expect(event).toContainText('系统管理员（admin）');
    await expect(event).toContainText('省局要求提高接通率');
    await expect(event).toContainText(`E2E-${suffix}`);
  });

  test('[ADMIN]: the audit log reads an event in words, and a figure stays on one line', async ({ page }) => {
    const prisma = testPrisma();
    try {
      const indicator = await prisma.indicator.findFirstOrThrow({
        where: { code: { not: '' }, plan: { year: 2026, unit: { code: '103603' } }, kind: 'RATIO' },
      });
      const analysis = `来电高峰集中，坐席排班不足 ${suffix}`;
      await prisma.auditEvent.create({
        data: {
          action: 'ACTUAL_SAVE',
          entity: 'MonthlyActual',
          entityId: '999999',
          before: { numerator: '950000', denominator: '1100000', deviation: null, note: null },
          after: {
            numerator: '960000',
            denominator: '1100000',
            note: null,
            deviation: {
              causes: ['STAFFING', 'HARDWARE'],
              analysis,
              measures: '增加高峰时段排班',
              likelihood: 'POSSIBLE',
            },
            indicatorId: indicator.id,
            month: 11,
          },
        },
      });
      await page.goto('/admin/audit?action=ACTUAL_SAVE');
      const event = page.getByRole('row', { name: new RegExp(suffix) }).first();
      await expect(event).toContainText(indicator.name);
      const change = event.locator('table.audit-change');
      for (const label of ['分子', '分母', '偏差说明', '指标编号', '月份'])
        await expect(change.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
      await expect(change).toContainText('偏差原因：人员保障、硬件条件保障');
      await expect(change).toContainText('完成目标可能性：有可能');
      await expect(change).not.toContainText(/numerator|indicatorId|STAFFING|POSSIBLE|\{"/);
      // every figure on one line: its text makes a single line box, never 95/00/00
      for (const figure of ['950,000', '960,000', '1,100,000']) {
        const cell = change.getByRole('cell', { name: figure, exact: true }).first();
        const lines = await cell.evaluate((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, figure).toBe(1);
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  test('[ADMIN]: the spending plan must add up to the budget; a balanced plan is saved', async ({ page }) => {
    const prisma = testPrisma();
    try {
      const unit = await prisma.unit.create({ data: { code: `B2E-${suffix}`, name: `预算计划测试单位${suffix}` } });
      const plan = await prisma.plan.create({
        data: {
          unitId: unit.id,
          year: 2098,
          goal: '测试',
          budgetTotal: 1_200_000,
          basicExpense: 1_200_000,
          projectExpense: 0,
        },
      });
      await page.goto(`/admin/plans/${plan.id}`);
      const form = page.getByRole('form', { name: '预算计划（分月计划支出）' });
      const balance = form.getByTestId('budget-plan-balance');
      await expect(balance).toContainText('预算总额 120.00万元 · 合计与预算总额一致。');
      await form.getByLabel('1月', { exact: true }).fill('100,100');
      await expect(balance).toContainText('相差 100.00 元');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form.getByRole('alert')).toContainText('相差 100.00 元');
      await form.getByLabel('2月', { exact: true }).fill('99900');
      await expect(balance).toContainText('合计与预算总额一致。');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
      const rows = await prisma.budgetExecution.findMany({ where: { planId: plan.id }, orderBy: { month: 'asc' } });
      expect(rows.map((r) => r.planned.toFixed(2))).toEqual([
        '100100.00',
        '99900.00',
        ...Array.from({ length: 10 }, () => '100000.00'),
      ]);
    } finally {
      await prisma.$disconnect();
    }
  });
});

test.describe(() => {
  test.use({ storageState: storageStatePath('LEADER') });

  test('[ADMIN]: a leader does not see the admin navigation and is refused the users page', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: '系统管理' })).toHaveCount(0);
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '您没有权限访问此页面。' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});

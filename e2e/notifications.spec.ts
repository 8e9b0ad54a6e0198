import { expect, test } from '@playwright/test';
import PgBoss from 'pg-boss';
import { pageAs } from './support/accounts';
import { reopenAsDraft, testPrisma } from './support/db';

const UNIT = '103603';
const UNIT_NAME = '福建省12345政务服务便民热线中心';
const prisma = testPrisma();

const userId = async (username: string) => (await prisma.user.findUniqueOrThrow({ where: { username } })).id;
const unreadOf = async (username: string) =>
  prisma.notification.count({ where: { userId: await userId(username), readAt: null } });

/** Fires the app's reminder job as its hourly schedule would: one job on the server's own pg-boss queue. */
async function runReminderJobOnServer() {
  const boss = new PgBoss({
    connectionString: process.env.DATABASE_URL!,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    expect(await boss.send('reminders', {})).toBeTruthy();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

// October 2026 of the centre as an open draft (the demo data has it submitted or, after entry.spec, approved): it
// is then overdue, and the manager's figures decide its status. Everything is put back afterwards.
async function octoberAsStored() {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: UNIT } } });
  const where = { planId_month: { planId: plan.id, month: 10 } };
  const { state, submittedAt, submittedById, reviewedAt, reviewedById, returnReason } =
    await prisma.monthReport.findUniqueOrThrow({ where });
  const { id, numerator, denominator } = await prisma.monthlyActual.findFirstOrThrow({
    where: { month: 10, indicator: { planId: plan.id, code: 'I02' } },
  });
  return {
    planId: plan.id,
    report: { where, data: { state, submittedAt, submittedById, reviewedAt, reviewedById, returnReason } },
    i02: { where: { id }, data: { numerator, denominator } },
  };
}
let saved: Awaited<ReturnType<typeof octoberAsStored>>;

test.beforeAll(async () => {
  saved = await octoberAsStored();
  await reopenAsDraft(prisma, saved.planId, 10);
});

test.afterAll(async () => {
  await prisma.monthlyActual.update(saved.i02);
  await prisma.monthReport.update({ ...saved.report, data: { ...saved.report.data, version: { increment: 1 } } });
  await prisma.$disconnect();
});

test.describe('[NOTIFICATIONS]: the bell, reminders and warnings', () => {
  test('a manager sees the bell count and the overdue reminder from the reminder job, and marks it read', async ({
    browser,
  }) => {
    const manager = await userId('manager');
    const isOctoberReminder = { userId: manager, kind: 'DUE', link: `/entry/2026/10?unit=${UNIT}` };
    // the server's own hourly slot (minute 5) may have run since October was reopened, whatever the time of the run:
    // the job below starts from no reminder
    await prisma.notification.deleteMany({ where: isOctoberReminder });
    expect(await prisma.notification.count({ where: isOctoberReminder })).toBe(0);
    await runReminderJobOnServer();
    await expect.poll(() => prisma.notification.count({ where: isOctoberReminder }), { timeout: 30_000 }).toBe(1);

    const unread = await unreadOf('manager');
    const page = await pageAs(browser, 'MANAGER');
    await page.goto('/');
    await expect(page.getByTestId('unread-count')).toHaveText(String(unread));
    await page.getByRole('link', { name: `${unread} 条未读通知` }).click();
    await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible();
    const item = page.getByRole('listitem', {
      name: new RegExp(`^逾期提醒：${UNIT_NAME} 2026年10月数据已逾期 \\d+ 天$`),
    });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('截止日期为 2026-11-10，至今尚未提交');
    await item.getByRole('button', { name: '标为已读' }).click();
    await expect(page.getByRole('link', { name: `${unread - 1} 条未读通知` })).toBeVisible();
    await expect(item.getByRole('button', { name: '标为已读' })).toHaveCount(0);
    expect(await unreadOf('manager')).toBe(unread - 1);
    await page.context().close();
  });

  test('a manager’s save turns 话务接通率 red; the leader opens the warning’s link and lands on the indicator', async ({
    browser,
  }) => {
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { code: 'I02', planId: saved.planId } });
    const warned = {
      kind: 'WARNING',
      user: { username: 'leader' },
      link: { startsWith: `/indicators/${indicator.id}` },
    };
    const warnedBefore = await prisma.notification.count({ where: warned });
    const manager = await pageAs(browser, 'MANAGER');
    await manager.goto(`/entry/2026/10?unit=${UNIT}`);
    await manager.getByLabel('接通量', { exact: true }).fill('0');
    await manager.getByLabel('呼入量', { exact: true }).fill('9,000,000');
    await manager.getByRole('button', { name: '保存草稿' }).click();
    await expect(manager.getByRole('main').getByRole('status')).toHaveText('草稿已保存。');
    await manager.context().close();
    // the warnings are worked out just after the save has answered
    await expect
      .poll(() => prisma.notification.count({ where: warned }), { timeout: 15_000 })
      .toBeGreaterThan(warnedBefore);

    const leader = await pageAs(browser, 'LEADER');
    await leader.goto('/notifications');
    const item = leader.getByRole('listitem', {
      name: new RegExp(`^预警：${UNIT_NAME} 话务接通率 累计状态由“(达标|预警)”变为“未达标”$`),
    });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('截至2026年10月累计完成');
    await expect(item).toContainText('目标 ≥90%');
    await item.getByRole('link', { name: '打开' }).click();
    await expect(leader).toHaveURL(new RegExp(`/indicators/${indicator.id}\\?asOf=10$`));
    await expect(leader.getByRole('heading', { level: 1, name: /话务接通率/ })).toBeVisible();
    await leader.context().close();
  });
});

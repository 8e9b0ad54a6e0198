// Issue 10 #3/#4: a save that fails keeps what was typed and says why; an over-long text marks its field.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { setDatabaseReachable, testPrisma } from './support/db';

const UNIT = '103603';
const ENTRY_PAGE = `/entry/2026/10?unit=${UNIT}`;
const prisma = testPrisma();

async function resetOctober() {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: UNIT } } });
  await prisma.deviationRecord.deleteMany({ where: { actual: { month: 10, indicator: { planId: plan.id } } } });
  await prisma.monthReport.update({
    where: { planId_month: { planId: plan.id, month: 10 } },
    data: { state: 'DRAFT', submittedAt: null, submittedById: null, reviewedAt: null, reviewedById: null },
  });
  return plan.id;
}

async function managerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath('MANAGER') });
  return context.newPage();
}

test.afterAll(async () => {
  await setDatabaseReachable(true);
  await prisma.$disconnect();
});

test.describe('[ENTRY-FAILURES]: failed saves keep the typing', () => {
  test('[ENTRY-FAILURES]: database unreachable → the form stays as typed, says so in Chinese, and 重试 saves it', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const page = await managerPage(browser);
    await page.goto(ENTRY_PAGE);
    const note = page.getByLabel('按时办理率备注（选填）');
    await note.fill('断网前填写的备注');
    await page.getByLabel('接通量', { exact: true }).fill('912,345');

    await setDatabaseReachable(false);
    try {
      await page.getByRole('button', { name: '保存草稿' }).click();
      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toContainText('暂时无法连接数据库，本次操作未完成，也没有保存任何内容。');
      await expect(alert).toContainText('您填写的内容仍保留在本页');
      await expect(note).toHaveValue('断网前填写的备注');
      await expect(page.getByLabel('接通量', { exact: true })).toHaveValue('912,345');
    } finally {
      await setDatabaseReachable(true);
    }

    await page.getByRole('main').getByRole('alert').getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('草稿已保存。');
    const stored = await prisma.monthlyActual.findFirstOrThrow({
      where: { month: 10, indicator: { planId, code: 'I03' } },
    });
    expect(stored.note).toBe('断网前填写的备注');
    await page.context().close();
  });

  test('[ENTRY-FAILURES]: an over-long deviation analysis is refused and its field is marked', async ({ browser }) => {
    await resetOctober();
    const page = await managerPage(browser);
    await page.goto(ENTRY_PAGE);
    await page.getByLabel('接通量', { exact: true }).fill('800,000');
    await page.getByLabel('呼入量', { exact: true }).fill('1,000,000');
    const row = page.getByRole('group', { name: '话务接通率' });
    const analysis = row.getByLabel('偏差原因分析');
    await analysis.fill('长'.repeat(2001));
    await row.getByLabel('改进措施').fill('措'.repeat(2001));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('未保存：请按提示修改标记的字段。');
    await expect(analysis).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByLabel('改进措施')).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByText('内容过长（最多 2000 个字）').first()).toBeVisible();
    await page.context().close();
  });
});

test.describe('[ENTRY-PLAUSIBLE]: figures beyond their plausible range', () => {
  test('[ENTRY-PLAUSIBLE]: a month’s spending over the year’s budget is refused on its field until confirmed', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const stored = await prisma.budgetExecution.findUniqueOrThrow({ where: { planId_month: { planId, month: 10 } } });
    const page = await managerPage(browser);
    try {
      await page.goto(ENTRY_PAGE);
      const spent = page.locator('#budget-spent');
      await spent.fill('999,999,999,999.99');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect(page.getByRole('main').getByRole('alert').first()).toHaveText(
        '标出的数值超出合理范围，未保存。请核对；确认无误请勾选“数值已核对，确认保存”后再保存。',
      );
      await expect(spent).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByTestId('submit-summary')).toContainText(
        '本月实际支出为 999,999,999,999.99 元，超过全年预算',
      );
      const stillStored = await prisma.budgetExecution.findUniqueOrThrow({ where: { id: stored.id } });
      expect(stillStored.spent?.toFixed()).toBe(stored.spent?.toFixed());

      await page.getByLabel('数值已核对，确认保存').check();
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect(page.getByRole('main').getByRole('status')).toHaveText('草稿已保存。');
      const saved = await prisma.budgetExecution.findUniqueOrThrow({ where: { id: stored.id } });
      expect(saved.spent?.toFixed()).toBe('999999999999.99');
    } finally {
      await prisma.budgetExecution.update({ where: { id: stored.id }, data: { spent: stored.spent } });
      await page.context().close();
    }
  });
});

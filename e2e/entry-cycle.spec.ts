// Issue 12: the submit summary (after a refusal and before submitting), 沿用上月说明, a month back on target, and the
// indicator page's two statuses.
import { expect, test } from '@playwright/test';
import { pageAs } from './support/accounts';
import { testPrisma } from './support/db';
import { CENTRE as UNIT, OCTOBER_ENTRY as ENTRY_PAGE, resetOctober as resetOctoberDraft } from './support/october';

const prisma = testPrisma();
const SEPTEMBER = {
  causes: ['STAFFING', 'FUNDING'],
  analysis: '9月话务高峰，坐席不足',
  measures: '增开夜间班次',
  likelihood: 'POSSIBLE',
} as const;

// October as a draft without records, September's I02 explained (for 沿用上月说明)
async function resetOctober() {
  const planId = await resetOctoberDraft(prisma);
  const september = await prisma.monthlyActual.findFirstOrThrow({
    where: { month: 9, indicator: { planId, code: 'I02' } },
  });
  await prisma.deviationRecord.upsert({
    where: { actualId: september.id },
    create: { actualId: september.id, ...SEPTEMBER, causes: [...SEPTEMBER.causes] },
    update: { ...SEPTEMBER, causes: [...SEPTEMBER.causes] },
  });
  return planId;
}

test.afterAll(async () => prisma.$disconnect());

test.describe('[ENTRY-CYCLE]: summary, carry-over, back on target', () => {
  test('[ENTRY-CYCLE]: a refused submission lists every missing item, the title counts them, a link focuses the field', async ({
    browser,
  }) => {
    await resetOctober();
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(ENTRY_PAGE);
    const i02 = page.getByRole('group', { name: '话务接通率' });
    await page.getByLabel('接通量', { exact: true }).fill('');
    await page.getByLabel('呼入量', { exact: true }).fill('1,000,000');

    await page.getByRole('button', { name: '提交前检查' }).click();
    const summary = page.getByTestId('submit-summary');
    await expect(summary.getByRole('heading')).toContainText('提交前检查：还有');
    await expect(summary.getByRole('link', { name: '话务接通率 · 接通量' })).toBeVisible();

    await page.getByRole('button', { name: '提交审核' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('未提交：本月还有指标未填写或偏差说明未完成。');
    const items = summary.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    await expect(page).toHaveTitle(new RegExp(`^${count}项待处理 · `));
    await expect(items.filter({ hasText: '话务接通率 · 接通量' })).toContainText('请填写接通量。');
    await summary.getByRole('link', { name: '话务接通率 · 接通量' }).click();
    await expect(page.getByLabel('接通量', { exact: true })).toBeFocused();

    // fixing the figure and checking again: the off-target record is now what is missing, its link focuses it
    await page.getByLabel('接通量', { exact: true }).fill('800,000');
    await page.getByRole('button', { name: '提交前检查' }).click();
    await summary.getByRole('link', { name: '话务接通率 · 偏差原因分析' }).click();
    await expect(i02.getByLabel('偏差原因分析')).toBeFocused();
    await page.context().close();
  });

  test('[ENTRY-CYCLE]: 沿用上月说明 fills this month’s record from September’s, saved as October’s own', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(ENTRY_PAGE);
    await page.getByLabel('接通量', { exact: true }).fill('800,000');
    await page.getByLabel('呼入量', { exact: true }).fill('1,000,000');
    const i02 = page.getByRole('group', { name: '话务接通率' });
    await i02.getByRole('button', { name: '沿用上月说明' }).click();
    await expect(i02.getByText('已沿用9月的说明，请按本月情况修改后再提交。')).toBeVisible();
    await expect(i02.getByLabel('偏差原因分析')).toHaveValue(SEPTEMBER.analysis);
    await expect(i02.getByLabel('改进措施')).toHaveValue(SEPTEMBER.measures);
    await expect(i02.getByLabel('人员保障')).toBeChecked();
    await expect(i02.getByLabel('经费保障')).toBeChecked();
    await expect(i02.getByLabel('完成目标可能性')).toHaveValue('POSSIBLE');
    await i02.getByLabel('偏差原因分析').fill('10月仍有话务高峰，坐席不足');
    await page.getByRole('button', { name: '保存草稿' }).click();
    // two live regions now: the carry-over note and the save confirmation
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '草稿已保存。' })).toBeVisible();
    const october = await prisma.monthlyActual.findFirstOrThrow({
      where: { month: 10, indicator: { planId, code: 'I02' } },
      include: { deviation: true },
    });
    expect(october.deviation).toMatchObject({ analysis: '10月仍有话务高峰，坐席不足', measures: SEPTEMBER.measures });
    await page.context().close();
  });

  test('[ENTRY-CYCLE]: back on target, the month asks for no record and shows none of September’s', async ({
    browser,
  }) => {
    await resetOctober();
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(ENTRY_PAGE);
    await page.getByLabel('接通量', { exact: true }).fill('990,000');
    await page.getByLabel('呼入量', { exact: true }).fill('1,000,000');
    const i02 = page.getByRole('group', { name: '话务接通率' });
    await expect(i02.getByText('99.00%')).toBeVisible();
    await expect(i02.getByLabel('偏差原因分析')).toHaveCount(0);
    await expect(i02.getByText(SEPTEMBER.analysis)).toHaveCount(0);
    await expect(i02.getByRole('button', { name: '沿用上月说明' })).toHaveCount(0);
    await page.context().close();
  });

  test('[ENTRY-CYCLE]: the indicator month table names 本月状态 and 累计状态', async ({ browser }) => {
    const page = await pageAs(browser, 'MANAGER');
    const indicator = await prisma.indicator.findFirstOrThrow({
      where: { code: 'I02', plan: { year: 2026, unit: { code: UNIT } } },
    });
    await page.goto(`/indicators/${indicator.id}?month=9`);
    const table = page.getByTestId('month-table');
    await expect(table.getByRole('columnheader', { name: '本月状态' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '累计状态' })).toBeVisible();
    await page.context().close();
  });
});

import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';

const prisma = testPrisma();
let indicatorId: number;

test.beforeAll(async () => {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: '103603' } } });
  const indicator = await prisma.indicator.create({
    data: {
      planId: plan.id,
      code: 'E2E-Q',
      level1: '效益指标',
      level2: '社会效益指标',
      name: '知识库按月更新',
      kind: 'QUALITATIVE',
      comparator: 'EQ',
      target: null,
      targetText: '按月更新',
      displayUnit: '',
      weight: 10,
      sortOrder: 98,
      actuals: { create: Array.from({ length: 10 }, (_, i) => ({ month: i + 1, rating: 'PARTIAL' as const })) },
    },
  });
  indicatorId = indicator.id;
});

// The indicator exists for this spec only, so the other specs see the demo plan as loaded.
test.afterAll(async () => {
  await prisma.indicator.delete({ where: { id: indicatorId } });
  await prisma.$disconnect();
});

test.describe('[SCORE]: the evaluator scores a qualitative indicator', () => {
  test.use({ storageState: storageStatePath('EVALUATOR') });

  test('[SCORE]: a score inside the band of 部分达成 is saved and becomes the indicator’s score', async ({ page }) => {
    await page.goto(`/indicators/${indicatorId}?asOf=10`);
    const form = page.getByRole('region', { name: '评价打分（定性指标）' });
    await expect(form).toContainText('当前评级“部分达成”的得分区间为 6–8 分');
    await form.getByLabel('评价得分').fill('７．５');
    await form.getByRole('button', { name: '保存得分' }).click();
    await expect(form.getByRole('status')).toHaveText('得分已保存。');
    expect(Number((await prisma.indicator.findUniqueOrThrow({ where: { id: indicatorId } })).evaluatorScore)).toBe(7.5);
    await page.reload();
    await expect(page.getByLabel('评价得分')).toHaveValue('7.5');
    await expect(page.getByText('7.50 / 10.00')).toBeVisible();
  });

  test('[SCORE]: a negative score is refused with a Chinese field message and nothing is stored', async ({ page }) => {
    const before = await prisma.indicator.findUniqueOrThrow({ where: { id: indicatorId } });
    await page.goto(`/indicators/${indicatorId}?asOf=10`);
    const form = page.getByRole('region', { name: '评价打分（定性指标）' });
    await form.getByLabel('评价得分').fill('-1');
    await form.getByRole('button', { name: '保存得分' }).click();
    await expect(form.getByText('得分不能为负数。')).toBeVisible();
    const after = await prisma.indicator.findUniqueOrThrow({ where: { id: indicatorId } });
    expect(after.version).toBe(before.version);
  });
});

test.describe('[SCORE]: other roles', () => {
  test.use({ storageState: storageStatePath('LEADER') });

  test('[SCORE]: a leader sees the indicator but no scoring form', async ({ page }) => {
    await page.goto(`/indicators/${indicatorId}?asOf=10`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('知识库按月更新');
    await expect(page.getByRole('region', { name: '评价打分（定性指标）' })).toHaveCount(0);
  });
});

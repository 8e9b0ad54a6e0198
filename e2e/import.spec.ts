import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';
import { clearNovember as clearNovemberOf } from './support/november';

const UNIT = '103603';
const UNIT_NAME = '福建省12345政务服务便民热线中心';
const prisma = testPrisma();

const clearNovember = () => clearNovemberOf(prisma);

const novemberOf = async (planId: number) => ({
  actuals: await prisma.monthlyActual.findMany({
    where: { month: 11, indicator: { planId } },
    include: { indicator: { select: { code: true } } },
  }),
  report: await prisma.monthReport.findUnique({ where: { planId_month: { planId, month: 11 } } }),
  budget: await prisma.budgetExecution.findUnique({ where: { planId_month: { planId, month: 11 } } }),
});

const FILLED: Record<string, string> = {
  I01: '"1,050,000",,',
  I02: ',"940,000","1,000,000"',
  I03: ',97000,100000',
  I05: ',880000,1000000',
  I06: ',96000,100000',
  M01: ',91000,100000',
  M02: ',78000,91000',
  BUDGET: '"190,000.50",,',
};

/** the template's November rows with figures typed in (数值, 分子, 分母 are the 6th to 8th columns) */
function fillNovember(template: string, figures = FILLED): string {
  return template
    .split('\r\n')
    .map((line) => {
      const cells = line.split(',');
      if (cells[0] !== UNIT || cells[2] !== '11' || !(cells[3] in figures)) return line;
      return [...cells.slice(0, 5), figures[cells[3]], '', ''].join(',');
    })
    .join('\r\n');
}

test.use({ storageState: storageStatePath('MANAGER') });
test.afterAll(async () => prisma.$disconnect());

test.describe('[IMPORT]: bulk import of monthly actuals', () => {
  test('[IMPORT]: the manager downloads the template, uploads a filled CSV and sees the summary', async ({ page }) => {
    const planId = await clearNovember();
    await page.goto('/entry');
    await page.getByRole('link', { name: '批量导入（Excel / CSV）' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('批量导入');
    await expect(page.getByLabel('单位')).toHaveValue(UNIT_NAME);
    await page.getByLabel('年度').selectOption('2026');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV 模板（.csv）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`导入模板_${UNIT_NAME}_2026年.csv`);
    const template = (await readFile((await download.path())!)).toString('utf8');
    expect(template.startsWith('\uFEFF单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注')).toBe(true);

    const filled = fillNovember(template.slice(1));
    await page
      .getByLabel(/选择文件/)
      .setInputFiles({ name: '十一月.csv', mimeType: 'text/csv', buffer: Buffer.from(filled, 'utf8') });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('导入成功：共 8 行数据已保存为草稿');
    const row = page.getByRole('row', { name: new RegExp(`${UNIT_NAME} 2026年11月`) });
    await expect(row.getByRole('cell').first()).toHaveText('8');
    await expect(row.getByRole('link')).toHaveAttribute('href', `/entry/2026/11?unit=${UNIT}`);

    const stored = await novemberOf(planId);
    expect(stored.report?.state).toBe('DRAFT');
    expect(stored.actuals.find((a) => a.indicator.code === 'I01')?.value?.toString()).toBe('1050000');
    expect(stored.actuals.find((a) => a.indicator.code === 'I02')?.numerator?.toString()).toBe('940000');
    expect(stored.budget?.spent?.toString()).toBe('190000.5');

    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${UNIT_NAME} 2026年11月`);
    await expect(page.getByLabel('接通量', { exact: true })).toHaveValue('940000');
  });

  test('[IMPORT]: a file with a bad row shows the line-numbered reason in Chinese and nothing is stored', async ({
    page,
  }) => {
    const planId = await clearNovember();
    const before = await novemberOf(planId);
    const csv = [
      '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注',
      `${UNIT},2026,11,I01,受理群众诉求数量,"1,050,000",,,,`,
      `${UNIT},2026,11,I02,话务接通率,,"2,000,000","1,000,000",,`,
      `${UNIT},2026,11,I03,按时办理率,,97000,100000,,`,
    ].join('\r\n');
    await page.goto('/entry/import');
    await page
      .getByLabel(/选择文件/)
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText('未导入：文件中有 1 行有误，所有数据均未导入。');
    await expect(alert.getByRole('listitem')).toHaveText(['第 3 行：分子（接通量）不能大于分母（呼入量）。']);
    expect(await novemberOf(planId)).toEqual(before);
  });

  test('[IMPORT]: a figure beyond its plausible range is refused by line until the manager ticks the confirmation', async ({
    page,
  }) => {
    const planId = await clearNovember();
    const before = await novemberOf(planId);
    const csv = ['单位编码,年度,月份,指标编码,数值', `${UNIT},2026,11,BUDGET,"3,000,000,000"`].join('\r\n');
    const upload = async () => {
      await page
        .getByLabel(/选择文件/)
        .setInputFiles({ name: 'spending.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByRole('button', { name: '导入', exact: true }).click();
    };
    await page.goto('/entry/import');
    await upload();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert.getByRole('listitem')).toHaveText([
      /^第 2 行：数值（本月实际支出）为 3,000,000,000 元，超过全年预算 [\d,.]+ 元，请核对。$/,
    ]);
    await expect(alert).toContainText('确认无误请勾选“超出合理范围的数值已核对”后重新导入');
    expect(await novemberOf(planId)).toEqual(before);

    await page.getByLabel('超出合理范围的数值已核对').check();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect(alert).toHaveCount(0);
    await expect.poll(async () => (await novemberOf(planId)).budget?.spent?.toFixed()).toBe('3000000000');
    await clearNovember();
  });
});

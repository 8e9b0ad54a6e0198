import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { formatFraction, formatIndicatorValue, formatPercent, formatScore } from '../lib/format';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';
import { engineFigures } from './support/engine';

const domain = JSON.parse(readFileSync('lib/i18n/messages/zh-CN/domain.json', 'utf8')) as {
  status: Record<string, string>;
};
const SCORED = ['受理群众诉求数量', '话务接通率', '按时办理率', '成本控制率', '即时解答率', '群众满意率'];
mkdirSync('e2e/screenshots', { recursive: true });

const tile = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

async function expectTilesMatchEngine(page: Page, asOf: number) {
  const reference = await engineFigures('103603', 2026, asOf);
  await expect(page.getByTestId('scored-tiles').getByRole('article')).toHaveCount(6);
  for (const indicator of reference.indicators.filter((i) => !i.isMonitoring)) {
    const card = tile(page, indicator.name);
    const f = indicator.figures;
    await expect(card.getByTestId('tile-ytd')).toHaveText(formatIndicatorValue(f.ytdValue, indicator));
    await expect(card.locator('.badge[data-status]')).toHaveText(new RegExp(domain.status[f.status]));
    if (indicator.kind === 'RATIO')
      await expect(card.getByTestId('tile-fraction')).toHaveText(formatFraction(f.ytdNumerator, f.ytdDenominator));
    if (indicator.kind === 'COUNT') await expect(card.getByTestId('tile-pace')).toHaveText(formatPercent(f.pace));
  }
  await expect(page.getByTestId('score-total')).toHaveText(formatScore(reference.total));
  await expect(page.getByTestId('cost-control-rate')).toHaveText(formatPercent(reference.budget!.costControlRate));
  return reference;
}

test.describe('[DASHBOARD]: leader', () => {
  test.use({ storageState: storageStatePath('LEADER') });

  test('shows the six indicators of unit 103603 with the engine’s figures for October 2026', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '驾驶舱' })).toBeVisible();
    await expect(page.getByTestId('dashboard-subtitle')).toContainText(
      '福建省12345政务服务便民热线中心 · 2026年 · 截至10月',
    );
    await expect(page.getByTestId('scored-tiles').getByRole('heading', { level: 3 })).toHaveText(SCORED);
    await expectTilesMatchEngine(page, 10);
    await expect(page.getByRole('heading', { name: /监测指标/ })).toBeVisible();
    await expect(page.getByTestId('monitoring-tiles').getByRole('article')).toHaveCount(2);
    await expect(page.getByTestId('score-panel')).toContainText('预计');
    await expect(tile(page, '话务接通率').locator('[data-testid=sparkline] polyline')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/dashboard.png', fullPage: true });
  });

  test('the 待办事项 counts the overdue months of every unit and links to 填报进度', async ({ page }) => {
    await page.goto('/');
    const due = page.getByTestId('due-summary');
    await expect(due).toContainText(/\d+个月份待审核/);
    await expect(due).toContainText(/\d+个月份逾期未报送/);
    await due.getByRole('link', { name: '查看填报进度' }).click();
    await expect(page).toHaveURL(/\/progress\?year=2026$/);
  });

  test('switching the as-of month changes the figures and the address', async ({ page }) => {
    await page.goto('/');
    const october = await tile(page, '受理群众诉求数量').getByTestId('tile-ytd').textContent();
    await page.getByLabel('截至月份').selectOption('6');
    await page.getByRole('button', { name: '查看' }).click();
    await expect(page).toHaveURL(/month=6/);
    await expect(page.getByTestId('dashboard-subtitle')).toContainText('截至6月');
    await expectTilesMatchEngine(page, 6);
    await expect(tile(page, '受理群众诉求数量').getByTestId('tile-ytd')).not.toHaveText(october!);
  });

  test('all units: a ranking table sorted by clicking a column header (a link), with each unit’s status', async ({
    page,
  }) => {
    await page.goto('/?unit=all&year=2026');
    const table = page.getByTestId('comparison-table');
    await expect(table.locator('tbody tr')).toHaveCount(10);
    const column = table.getByRole('link', { name: /话务接通率/ });
    const rates = async () => {
      const index = await table
        .locator('thead th')
        .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes('话务接通率')));
      return table
        .locator(`tbody tr td:nth-child(${index + 1}) > div:first-child`)
        .allTextContents()
        .then((t) => t.map((x) => Number(x.replace('%', ''))));
    };
    await column.click();
    await expect(table.locator('thead th[aria-sort=descending]')).toContainText('话务接通率');
    const desc = await rates();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await column.click();
    await expect(table.locator('thead th[aria-sort=ascending]')).toContainText('话务接通率');
    const asc = await rates();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await expect(table.locator('tbody tr[data-unit="350900"]')).toContainText(domain.status.OVERDUE);
    await expect(page.getByTestId('attention')).toContainText('宁德市');
  });

  test('the indicator page draws the target line, and its table holds the same numbers', async ({ page }) => {
    await page.goto('/');
    await tile(page, '话务接通率').getByRole('link', { name: '话务接通率' }).click();
    await expect(page).toHaveURL(/\/indicators\/\d+\?asOf=10/);
    const chart = page.getByTestId('monthly-chart');
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(1);
    await expect(chart).toContainText('目标 90.00%');
    await expect(chart.locator('.recharts-reference-area')).toHaveCount(1);
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(10);
    const reference = (await engineFigures('103603', 2026, 10)).indicators.find((i) => i.code === 'I02')!;
    await page.getByRole('region', { name: '月度完成值' }).getByText('以表格查看图表数据').click();
    const rows = page.getByTestId('monthly-chart-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    for (const m of reference.figures.monthly) {
      const cells = rows.nth(m.month - 1).locator('td');
      await expect(cells.nth(0)).toHaveText(formatPercent(m.value));
      await expect(cells.nth(1)).toHaveText(formatFraction(m.numerator, m.denominator));
      await expect(cells.nth(2)).toHaveText(formatPercent(m.cumulative));
    }
    await expect(page.getByTestId('month-table').locator('tbody tr')).toHaveCount(10);
    await expect(page.getByTestId('indicator-ytd')).toHaveText(formatPercent(reference.figures.ytdValue));
    await page.screenshot({ path: 'e2e/screenshots/indicator.png', fullPage: true });
  });

  test('a COUNT indicator draws the cumulative line against the pace line, the target and the projection', async ({
    page,
  }) => {
    await page.goto('/');
    await tile(page, '受理群众诉求数量').getByRole('link').click();
    const chart = page.getByTestId('cumulative-chart');
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(1);
    await expect(chart).toContainText('目标 1,250.00万件');
    await expect(chart.locator('.recharts-line')).toHaveCount(5);
    await expect(chart.locator('.recharts-area.warning-band')).toHaveCount(1);
    await expect(page.getByText('浅黄色区域为预警区间（累计完成为序时进度的 95%–100%）。')).toBeVisible();
    await page.getByText('以表格查看图表数据').first().click();
    const table = page.getByTestId('cumulative-chart-table');
    const december = table.locator('tbody tr').nth(11).locator('td');
    const reference = (await engineFigures('103603', 2026, 10)).indicators.find((i) => i.code === 'I01')!;
    await expect(december.nth(2)).toHaveText(formatIndicatorValue(reference.figures.projection, reference));
    // October's band: 95%–100% of the 序时 expected running total, the last two columns
    const october = table.locator('tbody tr').nth(9).locator('td');
    const expected = reference.figures.monthly[9].expected!;
    await expect(october.nth(7)).toHaveText(formatIndicatorValue(expected * 0.95, reference));
    await expect(october.nth(8)).toHaveText(formatIndicatorValue(expected, reference));
    await page.screenshot({ path: 'e2e/screenshots/indicator-count.png', fullPage: true });
  });

  test('every projected figure says 预计 before the year is complete; a complete year names its actuals', async ({
    page,
  }) => {
    await page.goto('/?unit=103603&year=2026&month=10');
    const budget = page.getByTestId('budget-panel');
    await expect(budget.getByTestId('budget-score-label')).toHaveText('预算执行得分（预计）');
    await expect(budget).toContainText('全年预计支出');
    // the to-date figures beside them are named as such
    await expect(budget).toContainText('1–10月预算执行率');
    await expect(budget).toContainText('1–10月支出');
    await expect(page.getByTestId('score-panel').locator('.badge-projection')).toHaveText('预计');
    const labels = page.getByTestId('scored-tiles').getByTestId('tile-projection-label');
    await expect(labels).toHaveCount(6);
    for (const label of await labels.all()) await expect(label).toHaveText('全年预计');

    await page.goto('/?unit=103603&year=2025&month=12');
    await expect(budget.getByTestId('budget-score-label')).toHaveText('预算执行得分');
    await expect(budget).not.toContainText('预计');
    await expect(page.getByTestId('score-panel').locator('.badge-projection')).toHaveText('全年实际');
    for (const label of await labels.all()) await expect(label).toHaveText('全年实际');

    await page.goto('/?unit=all&year=2026&month=10');
    await expect(page.getByTestId('comparison-table').locator('thead')).toContainText('预计得分');
  });

  test('the English switch translates the dashboard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Budget execution' })).toBeVisible();
    await expect(page.getByTestId('score-panel')).toContainText('Projection');
    await page.getByRole('button', { name: /中文/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '驾驶舱' })).toBeVisible();
  });

  test('a phone-sized screen has no horizontal page scroll', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, shot] of [
      ['/', 'dashboard-phone'],
      ['/?unit=all', 'dashboard-all-phone'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      await page.screenshot({ path: `e2e/screenshots/${shot}.png`, fullPage: true });
    }
    await page.goto('/');
    await tile(page, '话务接通率').getByRole('link').click();
    await expect(page.getByTestId('monthly-chart').locator('.recharts-reference-line')).toHaveCount(1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/indicator-phone.png', fullPage: true });
  });
});

test.describe('[DASHBOARD]: manager', () => {
  test.use({ storageState: storageStatePath('MANAGER') });

  test('is fixed to their own unit and gets a 404 for another unit’s indicator', async ({ page }) => {
    await page.goto('/?unit=350100');
    await expect(page.getByTestId('dashboard-subtitle')).toContainText('福建省12345政务服务便民热线中心');
    await expect(page.getByLabel('单位')).toHaveCount(0);
    const prisma = testPrisma();
    const other = await prisma.indicator.findFirstOrThrow({
      where: { code: 'I02', plan: { year: 2026, unit: { code: '350100' } } },
    });
    await prisma.$disconnect();
    const response = await page.goto(`/indicators/${other.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('未找到所请求的内容。')).toBeVisible();
  });
});

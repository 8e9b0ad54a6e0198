import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { formatIndicatorValue, formatPercent } from '../lib/format';
import { storageStatePath } from './support/accounts';
import { engineFigures } from './support/engine';

const tile = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test.describe('[FORECAST]: leader', () => {
  test.use({ storageState: storageStatePath('LEADER') });

  test('the dashboard tile shows the forecast, its 80% interval and the probability of meeting the target', async ({
    page,
  }) => {
    const reference = (await engineFigures('103603', 2026, 10)).indicators.find((i) => i.code === 'I01')!;
    const f = reference.figures.forecast!;
    await page.goto('/');
    const volume = tile(page, '受理群众诉求数量');
    await expect(volume.getByTestId('tile-forecast')).toHaveText(formatIndicatorValue(f.value, reference));
    await expect(volume.getByTestId('tile-forecast-interval')).toHaveText(
      `${formatIndicatorValue(f.low, reference)} – ${formatIndicatorValue(f.high, reference)}`,
    );
    await expect(volume.getByTestId('tile-probability')).toHaveText(formatPercent(f.probability! * 100, 'zh-CN', 0));
  });

  test('the cumulative chart draws the forecast to December with its band; the data table carries it', async ({
    page,
  }) => {
    const reference = (await engineFigures('103603', 2026, 10)).indicators.find((i) => i.code === 'I01')!;
    const f = reference.figures.forecast!;
    await page.goto('/');
    await tile(page, '受理群众诉求数量').getByRole('link').click();
    const chart = page.getByTestId('cumulative-chart');
    await expect(chart.locator('.recharts-area.forecast-band')).toHaveCount(1);
    await expect(page.getByTestId('forecast-summary').first()).toContainText(
      `全年预测 ${formatIndicatorValue(f.value, reference)}（80%区间 ${formatIndicatorValue(f.low, reference)} 至 ${formatIndicatorValue(f.high, reference)}），完成目标概率 ${formatPercent(f.probability! * 100, 'zh-CN', 0)}`,
    );
    await page.getByText('以表格查看图表数据').first().click();
    const december = page.getByTestId('cumulative-chart-table').locator('tbody tr').nth(11).locator('td');
    await expect(december.nth(3)).toHaveText(formatIndicatorValue(f.value, reference));
    await expect(december.nth(4)).toHaveText(formatIndicatorValue(f.low, reference));
    await expect(december.nth(5)).toHaveText(formatIndicatorValue(f.high, reference));
    await page.screenshot({ path: 'e2e/screenshots/indicator-forecast.png', fullPage: true });
  });

  test('a rate indicator has its forecast chart with band and table', async ({ page }) => {
    const reference = (await engineFigures('103603', 2026, 10)).indicators.find((i) => i.code === 'I02')!;
    const f = reference.figures.forecast!;
    await page.goto('/');
    await tile(page, '话务接通率').getByRole('link').click();
    await expect(page.getByTestId('rate-forecast-chart').locator('.recharts-area')).toHaveCount(1);
    await page.getByText('以表格查看图表数据').nth(1).click();
    const december = page.getByTestId('rate-forecast-table').locator('tbody tr').nth(11).locator('td');
    await expect(december.nth(1)).toHaveText(formatPercent(f.value));
    await expect(december.nth(2)).toHaveText(formatPercent(f.low));
    await expect(december.nth(3)).toHaveText(formatPercent(f.high));
  });
});

test.describe('[FORECAST]: evaluator', () => {
  test.use({ storageState: storageStatePath('EVALUATOR') });

  test('downloads the 绩效自评报告 (Word) from the reports page', async ({ page }) => {
    await page.goto('/reports');
    await page.getByLabel('单位').selectOption('103603');
    await page.getByLabel('年度').selectOption('2026');
    await page.getByLabel('截至月份').selectOption('10');
    await page.getByRole('button', { name: '更新下载链接' }).click();
    await expect(page).toHaveURL(/month=10/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载绩效自评报告（Word）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('绩效自评报告_福建省12345政务服务便民热线中心_2026年1–10月.docx');
    const text = (await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) })).value;
    expect(text).toContain('福建省12345政务服务便民热线中心2026年度绩效自评报告');
    for (const heading of ['一、基本情况', '二、绩效目标完成情况', '五、自评得分及等级', '六、下一步工作'])
      expect(text).toContain(heading);
  });
});

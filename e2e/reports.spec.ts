import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';
import { pdfText } from './support/pdf-text';

const FORMATS = ['xlsx', 'csv', 'pdf'] as const;
const REPORTS = [
  { kind: 'monitoring', name: '绩效运行监控表' },
  { kind: 'self-evaluation', name: '绩效自评表' },
  { kind: 'monthly', name: '月度明细' },
] as const;
const INDICATORS = ['受理群众诉求数量', '话务接通率', '按时办理率', '成本控制率', '即时解答率', '群众满意率'];

async function chooseOptions(page: Page, format: string) {
  await page.goto('/reports');
  await page.getByLabel('单位').selectOption('103603');
  await page.getByLabel('年度').selectOption('2026');
  await page.getByLabel('截至月份').selectOption('10');
  await page.getByLabel('格式').selectOption(format);
  await page.getByRole('button', { name: '更新下载链接' }).click();
  await expect(page).toHaveURL(new RegExp(`format=${format}`));
}

test.describe('[REPORTS]: evaluator', () => {
  test.use({ storageState: storageStatePath('EVALUATOR') });

  test('the help text sits with the controls it explains', async ({ page }) => {
    await page.goto('/reports');
    await expect(page.getByLabel('截至月份')).toHaveAccessibleDescription(
      /每张报表覆盖1月至截至月份.*“最新月份（自动）”/,
    );
    await expect(page.getByLabel('数据范围')).toHaveAccessibleDescription(/“仅含已审核月份”.*“含未审核月份”/);
    await expect(page.getByLabel('格式')).toHaveAccessibleDescription(/PDF 另含各指标图表/);
    for (const option of ['最新月份（自动）', '仅含已审核月份', '含未审核月份'])
      await expect(page.locator('option', { hasText: option })).toHaveCount(1);
  });

  for (const format of FORMATS) {
    test(`downloads each report as ${format} from the reports page`, async ({ page }) => {
      await chooseOptions(page, format);
      for (const report of REPORTS) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: `下载${report.name}（${format.toUpperCase()}）` }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(
          `${report.name}_福建省12345政务服务便民热线中心_2026年1–10月.${format}`,
        );
        const bytes = readFileSync((await download.path())!);
        if (format === 'xlsx') {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
          expect(workbook.worksheets.map((w) => w.name)).toEqual([report.name]);
        } else if (format === 'csv') {
          expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          expect(bytes.toString('utf8')).toContain('话务接通率');
        } else {
          const text = (await pdfText(bytes)).join('\n');
          expect(text).toContain('福建省12345政务服务便民热线中心');
          for (const name of INDICATORS) expect(text).toContain(name);
        }
      }
      if (format !== 'csv') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: `下载全部报表（${format.toUpperCase()}，一个文件）` }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`绩效报表_福建省12345政务服务便民热线中心_2026年1–10月.${format}`);
      }
    });
  }

  test('the print page renders all three reports with repeated table headers', async ({ page }) => {
    test.slow(); // three reports of ten months rendered for print: over a minute on a busy machine
    await chooseOptions(page, 'pdf');
    await page.goto((await page.getByRole('link', { name: '打开可打印页面' }).getAttribute('href'))!);
    // approved-only (the default): an October not yet approved (other specs move it) is left out, and the title says so
    const prisma = testPrisma();
    const october = await prisma.monthReport.findFirstOrThrow({
      where: { month: 10, plan: { year: 2026, unit: { code: '103603' } } },
    });
    await prisma.$disconnect();
    const months = october.state === 'APPROVED' ? '1–10月' : '1–9月';
    await expect(page.getByRole('heading', { name: `2026年${months}绩效运行监控表` })).toBeVisible();
    await expect(page.getByRole('heading', { name: /2026年度绩效自评表/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /月度明细/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '偏差原因分析' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: '话务接通率' }).first()).toBeVisible();
    await expect(page.getByText('数据范围：仅含已审核月份').first()).toBeVisible();
    await expect(page.getByRole('img', { name: '指标完成进度' })).toBeVisible();
    expect(await page.locator('table.report-table thead').count()).toBeGreaterThanOrEqual(6);
    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      preferCSSPageSize: true,
      path: test.info().outputPath('print.pdf'),
    });
    const pages = await pdfText(pdf);
    // (the browser's system font turns 民 into the radical ⺠, which NFKC does not fold back)
    expect(pages.join('\n')).toMatch(
      /福建省12345政务服务便.热线中心（103603）|福建省12345政务服务便.热线中心\(103603\)/,
    );
    for (const name of INDICATORS) expect(pages.join('\n')).toContain(name);
    // the monthly detail runs over several pages, each starting with its header row again
    expect(pages.filter((text) => text.includes('单位编码 单位名称 三级指标')).length).toBeGreaterThan(1);
  });

  test('bad parameters get 400 with a message in Chinese, or English with the en cookie', async ({
    page,
    context,
    baseURL,
  }) => {
    const response = await page.request.get('/api/reports/monitoring?unit=103603&year=abc');
    expect(response.status()).toBe(400);
    expect((await response.json()).message).toContain('年度（year）');
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);
    const english = await page.request.get('/api/reports/all?unit=all&year=2026&format=csv');
    expect(english.status()).toBe(400);
    expect((await english.json()).message).toContain('xlsx or pdf');
  });
});

test.describe('[REPORTS]: other roles', () => {
  test.describe('manager', () => {
    test.use({ storageState: storageStatePath('MANAGER') });
    test('gets 403 from the API, for their own unit and another', async ({ request }) => {
      for (const unit of ['103603', '350100']) {
        const response = await request.get(`/api/reports/monitoring?unit=${unit}&year=2026&month=10`);
        expect(response.status()).toBe(403);
        expect((await response.json()).message).toBe('您没有导出报表的权限。');
      }
    });
  });

  test('an anonymous request gets 401', async ({ request }) => {
    const response = await request.get('/api/reports/monitoring?unit=103603&year=2026', { maxRedirects: 0 });
    expect(response.status()).toBe(401);
  });
});

// Layout defects found by exploratory QA (28 Nov 2026): pages wider than a 390px phone, headings of the entry grid
// running into each other in English, errors spilling into the next cell, the progress grid squeezing its unit names,
// the import page cutting the unit off, and /favicon.ico answering 404. Nothing here writes to the database: the one
// save it clicks is refused.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { type RoleName, storageStatePath } from './support/accounts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
/** November 2026 of the centre: open for entry, with deviation records open on its off-target indicators. */
const ENTRY_PAGE = '/entry/2026/11?unit=103603';

async function pageAs(browser: Browser, role: RoleName, viewport: typeof PHONE, locale = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role), viewport });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: test.info().project.use.baseURL! }]);
  return context.newPage();
}

/** How far the page scrolls sideways (0 when it fits the window). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The box the text of an element takes on screen (wider than the element when it overflows). */
const textBoxes = (elements: Locator) =>
  elements.evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return {
        text: element.textContent ?? '',
        left: Math.min(text.left, box.left),
        right: Math.max(text.right, box.right),
        top: Math.min(text.top, box.top),
        bottom: Math.max(text.bottom, box.bottom),
      };
    }),
  );

test.describe('[LAYOUT]: pages fit their window and their cells', () => {
  test('[LAYOUT]: at 390px the entry page (deviation records open) and the reports page do not scroll sideways', async ({
    browser,
  }) => {
    const manager = await pageAs(browser, 'MANAGER', PHONE);
    await manager.goto(ENTRY_PAGE);
    const deviation = manager.locator('[data-deviation]').first();
    await expect(deviation).toBeVisible();
    expect(await sidewaysOverflow(manager)).toBeLessThanOrEqual(0);
    // the deviation record is in view and usable without scrolling the grid: its fields lie inside the window
    const fields = await deviation
      .locator('textarea, select, input')
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(fields.length).toBeGreaterThan(3);
    for (const [left, right] of fields) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(PHONE.width);
    }
    await manager.context().close();

    const admin = await pageAs(browser, 'ADMIN', PHONE);
    await admin.goto('/reports');
    await expect(admin.locator('#report-unit')).toBeVisible();
    expect(await sidewaysOverflow(admin)).toBeLessThanOrEqual(0);
    await admin.context().close();
  });

  test('[LAYOUT]: in English the entry grid’s column headings stay in their own columns', async ({ browser }) => {
    const page = await pageAs(browser, 'MANAGER', DESKTOP, 'en');
    await page.goto(ENTRY_PAGE);
    await expect(page.locator('.entry-grid-head')).toContainText('Same month last year');
    const headings = await textBoxes(page.locator('.entry-grid-head > span'));
    expect(headings).toHaveLength(8);
    for (let i = 1; i < headings.length; i++) {
      const [before, after] = [headings[i - 1], headings[i]];
      expect(before.right, `"${before.text}" runs into "${after.text}"`).toBeLessThanOrEqual(after.left);
    }
    await page.context().close();
  });

  test('[LAYOUT]: a long field error wraps inside its cell of the entry grid', async ({ browser }) => {
    const page = await pageAs(browser, 'MANAGER', DESKTOP);
    await page.goto(ENTRY_PAGE);
    const numerator = page.locator('.entry-grid input[id$="-numerator"]').first();
    await numerator.fill('99999999999999999999');
    await page.getByRole('button', { name: '保存草稿' }).click();
    const cell = numerator.locator('..');
    await expect(cell.locator('.field-error')).toContainText('9999999999999999');
    const [error] = await textBoxes(cell.locator('.field-error'));
    const cellBox = (await cell.boundingBox())!;
    expect(error.right).toBeLessThanOrEqual(cellBox.x + cellBox.width + 0.5);
    await page.context().close();
  });

  test('[LAYOUT]: at 1366px the progress grid gives unit names room and month headings one line', async ({
    browser,
  }) => {
    const page = await pageAs(browser, 'LEADER', DESKTOP);
    await page.goto('/progress');
    const unitCells = page.locator('table.data tbody th[scope="row"]');
    await expect(unitCells.first()).toBeVisible();
    for (const box of await unitCells.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width))) {
      expect(box).toBeGreaterThanOrEqual(160);
    }
    const headings = page.locator('table.data thead th');
    const heights = await headings.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(2); // 12月 does not wrap onto a second line
    await page.context().close();
  });

  test('[LAYOUT]: the import page shows the manager’s whole unit name', async ({ browser }) => {
    const page = await pageAs(browser, 'MANAGER', DESKTOP);
    await page.goto('/entry/import');
    const unit = page.locator('#template-unit');
    await expect(unit).toHaveValue('福建省12345政务服务便民热线中心');
    const { scrollWidth, clientWidth } = await unit.evaluate((input) => ({
      scrollWidth: input.scrollWidth,
      clientWidth: input.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.context().close();
  });

  test('[LAYOUT]: the app has an icon, and /favicon.ico answers', async ({ browser, request }) => {
    const page = await pageAs(browser, 'MANAGER', DESKTOP);
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toContain('image/');
    await page.goto('/');
    const link = page.locator('link[rel="icon"][type="image/svg+xml"]');
    await expect(link).toHaveCount(1);
    const icon = await request.get((await link.getAttribute('href'))!);
    expect(icon.status()).toBe(200);
    expect(await icon.text()).toContain('12345');
    await page.context().close();
  });
});

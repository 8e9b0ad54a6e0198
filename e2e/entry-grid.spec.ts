// Issue 12: the monthly entry page as a grid filled from the keyboard (Tab / Enter) and by pasting a column from a
// spreadsheet; the seed plan's month fits in about two screen heights at 1366×768. Works on November 2026, which the
// demo leaves empty (import.spec clears it the same way).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';
import { clearNovember as clearNovemberOf } from './support/november';

const UNIT = '103603';
const ENTRY_PAGE = `/entry/2026/11?unit=${UNIT}`;
const VIEWPORT = { width: 1366, height: 768 };
const prisma = testPrisma();

const clearNovember = () => clearNovemberOf(prisma);

/** The plan's indicators in page order, with the kind of cells their line has. */
async function indicatorsOf(planId: number) {
  return prisma.indicator.findMany({
    where: { planId },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, code: true, kind: true, isBudgetDerived: true },
  });
}

async function novemberActuals(planId: number) {
  const rows = await prisma.monthlyActual.findMany({
    where: { month: 11, indicator: { planId } },
    include: { indicator: { select: { code: true } } },
  });
  return Object.fromEntries(
    rows.map((r) => [r.indicator.code, { value: r.value?.toString(), numerator: r.numerator?.toString() }]),
  );
}

async function managerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath('MANAGER'), viewport: VIEWPORT });
  return context.newPage();
}

const saveDraft = async (page: Page) => {
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '草稿已保存。' })).toBeVisible();
};

test.beforeEach(async () => {
  await clearNovember();
});

test.afterAll(async () => {
  await clearNovember();
  await prisma.$disconnect();
});

test.describe('[ENTRY-GRID]: the month as a keyboard grid', () => {
  test('[ENTRY-GRID]: Enter goes down a column, Shift+Enter up, Tab along a line; what was typed is saved', async ({
    browser,
  }) => {
    test.slow(); // some sixty keystrokes, each waiting for the engine's live figures
    const planId = await clearNovember();
    const indicators = await indicatorsOf(planId);
    const typed = indicators.filter((i) => !i.isBudgetDerived && i.kind !== 'QUALITATIVE');
    const page = await managerPage(browser);
    await page.goto(ENTRY_PAGE);
    const focused = (id: string) => expect(page.locator(`#${id}`)).toBeFocused();

    // column a, top to bottom with Enter: spending, then each line's value or numerator (a derived line has none)
    await page.locator('#budget-spent').focus();
    await page.keyboard.type('180,000.50');
    for (const [n, indicator] of typed.entries()) {
      await page.keyboard.press('Enter');
      const field = indicator.kind === 'COUNT' ? 'value' : 'numerator';
      await focused(`r${indicator.id}-${field}`);
      await page.keyboard.type(indicator.kind === 'COUNT' ? '１，２３４，５６７' : `${990 + n}`);
    }
    // Tab to the last line's denominator, then up column b with Shift+Enter (a COUNT line has no cell there)
    const ratios = typed.filter((i) => i.kind === 'RATIO');
    await page.keyboard.press('Tab');
    await focused(`r${ratios.at(-1)!.id}-denominator`);
    await page.keyboard.type('1000');
    for (const indicator of ratios.slice(0, -1).reverse()) {
      await page.keyboard.press('Shift+Enter');
      await focused(`r${indicator.id}-denominator`);
      await page.keyboard.type('1,000');
    }
    // the spending line takes only the actual spending (the planned amount comes from the plan): Shift+Enter up
    // column a from the first line reaches it
    const first0 = typed[0];
    await page.locator(`#r${first0.id}-${first0.kind === 'COUNT' ? 'value' : 'numerator'}`).focus();
    await page.keyboard.press('Shift+Enter');
    await focused('budget-spent');
    // Tab: from the spending line's last cell to the first line's first cell, then its note
    const first = first0;
    await page.keyboard.press('Tab');
    await focused(`r${first.id}-${first.kind === 'COUNT' ? 'value' : 'numerator'}`);
    if (first.kind === 'RATIO') await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await focused(`r${first.id}-note`);
    await page.keyboard.type('键盘录入');
    await page.keyboard.press('Enter');
    await focused(`r${indicators[indicators.indexOf(first) + 1].id}-note`);

    await saveDraft(page);
    const saved = await novemberActuals(planId);
    for (const [n, indicator] of typed.entries())
      expect(indicator.kind === 'COUNT' ? saved[indicator.code].value : saved[indicator.code].numerator).toBe(
        indicator.kind === 'COUNT' ? '1234567' : `${990 + n}`,
      );
    const budget = await prisma.budgetExecution.findUniqueOrThrow({ where: { planId_month: { planId, month: 11 } } });
    expect(budget.spent?.toString()).toBe('180000.5');

    await page.reload();
    await expect(page.locator(`#r${first.id}-note`)).toHaveValue('键盘录入');
    await expect(page.locator('#budget-spent')).toHaveValue('180000.5');
    for (const indicator of ratios) await expect(page.locator(`#r${indicator.id}-denominator`)).toHaveValue('1000');
  });

  test('[ENTRY-GRID]: a column pasted from Excel fills the rows below; the month fits in two screens', async ({
    browser,
  }) => {
    test.slow();
    const planId = await clearNovember();
    const ratios = (await indicatorsOf(planId)).filter((i) => i.kind === 'RATIO' && !i.isBudgetDerived);
    const page = await managerPage(browser);
    await page.goto(ENTRY_PAGE);
    // what Excel puts on the clipboard for a copied column: CRLF line ends, thousands separators, and here full-width
    const numerators = ratios.map((_, n) => (n % 2 ? `${93 + n},000` : `９${n}，０００`));
    const paste = (id: string, lines: string[]) =>
      page.locator(`#${id}`).evaluate(
        (cell, text) => {
          const clipboardData = new DataTransfer();
          clipboardData.setData('text/plain', text);
          cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
        },
        `${lines.join('\r\n')}\r\n`,
      );
    await paste(`r${ratios[0].id}-numerator`, numerators);
    await paste(
      `r${ratios[0].id}-denominator`,
      ratios.map(() => '100,000'),
    );
    for (const [n, indicator] of ratios.entries()) {
      await expect(page.locator(`#r${indicator.id}-numerator`)).toHaveValue(numerators[n]);
      await expect(page.locator(`#r${indicator.id}-denominator`)).toHaveValue('100,000');
    }
    // the engine's month rate of the first pasted line, live
    await expect(page.getByTestId(`r${ratios[0].id}-month`)).toHaveText(/90\.00%/);

    await saveDraft(page);
    const saved = await novemberActuals(planId);
    const expected = (n: number) => (n % 2 ? `${93 + n}000` : `9${n}000`);
    ratios.forEach((indicator, n) => expect(saved[indicator.code].numerator).toBe(expected(n)));

    await page.reload();
    for (const [n, indicator] of ratios.entries()) {
      await expect(page.locator(`#r${indicator.id}-numerator`)).toHaveValue(expected(n));
      await expect(page.locator(`#r${indicator.id}-denominator`)).toHaveValue('100000');
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    test.info().annotations.push({ type: 'scrollHeight', description: `${height}px at 1366×768` });
    console.log(`[ENTRY-GRID] November 2026 filled by paste: scrollHeight ${height}px at 1366×768`);
    expect(height).toBeLessThanOrEqual(2.2 * VIEWPORT.height);
  });
});

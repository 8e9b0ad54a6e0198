import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

test.describe('[A11Y]: dashboard and indicator pages', () => {
  test.use({ storageState: storageStatePath('LEADER') });

  test('the dashboard has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('scored-tiles')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the all-units comparison has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/?unit=all');
    await expect(page.getByTestId('comparison-table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the indicator page has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('article', { name: '话务接通率' }).getByRole('link').click();
    await expect(page.getByTestId('monthly-chart').locator('.recharts-reference-line')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

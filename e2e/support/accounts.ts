import type { Browser, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@2026';
export const ROLE_ACCOUNTS = { ADMIN: 'admin', MANAGER: 'manager', LEADER: 'leader', EVALUATOR: 'evaluator' } as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const storageStatePath = (role: RoleName) => `e2e/.auth/${role.toLowerCase()}.json`;

/** A page in a context of its own, signed in as the role's demo account (close it with `page.context().close()`). */
export async function pageAs(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return context.newPage();
}

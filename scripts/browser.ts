// The Chromium the browser tests drive: Playwright's own when installed or installable, else the system's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT } from './paths';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const INSTALL_HINT =
  'The browser tests need Chromium: install it with `apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu, as root), or `npx playwright install chromium` where the network allows.';

function playwrightsOwn(): string | null {
  try {
    const executable = chromium.executablePath();
    return existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

export function provideChromium(): string | null {
  const given = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : null;
  const own = playwrightsOwn();
  if (own) return own;
  // fails fast where the download site cannot be reached; then the system's browser serves
  spawnSync(path.join(ROOT, 'node_modules', '.bin', 'playwright'), ['install', 'chromium'], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 120_000,
  });
  return playwrightsOwn() ?? SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null;
}

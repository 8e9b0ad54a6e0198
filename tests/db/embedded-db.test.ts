import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveDataDir } from '../../scripts/embedded-db';

const isRoot = process.getuid?.() === 0;

describe('where the embedded database keeps its data', () => {
  test('a folder the postgres OS user can reach is used as it is', () => {
    const open = mkdtempSync(path.join(os.tmpdir(), 'open-'));
    chmodSync(open, 0o755);
    expect(resolveDataDir(path.join(open, 'pg'))).toBe(path.join(open, 'pg'));
  });

  test('as root, a data folder inside a private folder falls back to the system temp folder, the same one each time', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'private-home-'));
    mkdirSync(path.join(home, 'project'));
    chmodSync(home, 0o700);
    const preferred = path.join(home, 'project', '.data', 'pg');
    const resolved = resolveDataDir(preferred);
    if (isRoot) {
      expect(path.dirname(resolved)).toBe(os.tmpdir());
      expect(resolved).toMatch(/fj12345-pg-[0-9a-f]{10}$/);
      expect(resolveDataDir(preferred)).toBe(resolved);
    } else {
      // PostgreSQL runs as the current user, who owns the folder: no fallback is needed.
      expect(resolved).toBe(preferred);
    }
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { zipBomb, zipOfManyEntries } from '@/tests/fixtures/zip-bomb';
import { readImportFile } from './read';
import { sniffFile } from './sniff';
import { checkZipBounds, ZIP_LIMITS } from './zip-bounds';

const MiB = 1024 * 1024;

describe('ZIP bounds before ExcelJS inflates a workbook', () => {
  test('a 600 KB file that inflates to 600 MiB is refused without the memory growing by 100 MB', async () => {
    const bomb = await zipBomb(600 * MiB);
    expect(bomb.byteLength).toBeLessThan(2 * MiB);
    expect(sniffFile('bomb.xlsx', bomb)).toEqual({ ok: true, kind: 'xlsx' });
    const before = process.memoryUsage().rss;
    const result = await readImportFile('xlsx', bomb);
    const growth = process.memoryUsage().rss - before;
    expect(result).toEqual({ ok: false, problem: 'INFLATES_TOO_LARGE' });
    expect(growth).toBeLessThan(100 * MiB);
  }, 30_000);

  test('a bomb whose directory understates its size is caught while streaming, not trusted', async () => {
    const liar = await zipBomb(ZIP_LIMITS.totalBytes + 8 * MiB, 1000);
    expect(await checkZipBounds(liar)).toEqual({ ok: false, problem: 'TOO_LARGE' });
    expect(await readImportFile('xlsx', liar)).toEqual({ ok: false, problem: 'INFLATES_TOO_LARGE' });
  }, 30_000);

  test('more entries than a workbook ever has are refused from the directory', async () => {
    expect(await checkZipBounds(zipOfManyEntries(ZIP_LIMITS.entries + 1))).toEqual({ ok: false, problem: 'TOO_LARGE' });
    expect(await checkZipBounds(zipOfManyEntries(10))).toEqual({ ok: true });
  });

  test('a truncated archive is unreadable, not a crash', async () => {
    const bomb = await zipBomb(MiB);
    expect(await checkZipBounds(bomb.subarray(0, bomb.length - 30))).toEqual({ ok: false, problem: 'UNREADABLE' });
  });

  test('an ordinary workbook passes and is read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['单位编码', '年度', '月份', '指标编码', '数值', '分子', '分母', '评级', '备注']);
    for (let i = 0; i < 200; i++) sheet.addRow(['103603', 2026, 1 + (i % 12), `I${i}`, i, '', '', '', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await checkZipBounds(bytes)).toEqual({ ok: true });
    const read = await readImportFile('xlsx', bytes);
    expect(read.ok).toBe(true);
  }, 20_000);
});

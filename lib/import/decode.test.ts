import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeCsv } from './decode';
import { csvRows, readImportFile } from './read';
import { sniffFile } from './sniff';

const TEXT =
  '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注\r\n103603,2026,11,I01,受理群众诉求数量,"1,234,567",,,,话务高峰\r\n';

describe('decodeCsv', () => {
  test('UTF-8 without BOM', () => {
    expect(decodeCsv(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });
  test('UTF-8 with BOM: the BOM is dropped', () => {
    expect(decodeCsv(Buffer.from(`\uFEFF${TEXT}`, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });
  test('GB18030 (Excel on Chinese Windows) is recognised and decoded', () => {
    const bytes = iconv.encode(TEXT, 'gb18030');
    expect(Buffer.from(bytes).equals(Buffer.from(TEXT, 'utf8'))).toBe(false);
    expect(decodeCsv(bytes)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });
  test('GB18030 four-byte characters (㐀, 𠀀) survive', () => {
    const text = '备注\r\n㐀𠀀龘\r\n';
    expect(decodeCsv(iconv.encode(text, 'gb18030')).text).toBe(text);
  });
  test('plain ASCII is UTF-8', () => {
    expect(decodeCsv(Buffer.from('unitCode,year\r\n', 'ascii')).encoding).toBe('utf-8');
  });
});

describe('reading a CSV file', () => {
  test('the same records from UTF-8, UTF-8 with BOM and GB18030', async () => {
    const utf8 = await readImportFile('csv', Buffer.from(TEXT, 'utf8'));
    const bom = await readImportFile('csv', Buffer.from(`\uFEFF${TEXT}`, 'utf8'));
    const gb = await readImportFile('csv', iconv.encode(TEXT, 'gb18030'));
    expect(utf8).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      records: [{ line: 2, unitCode: '103603', value: '1,234,567', note: '话务高峰' }],
    });
    expect(bom).toEqual({ ...utf8, encoding: 'utf-8-bom' });
    expect(gb).toEqual({ ...utf8, encoding: 'gb18030' });
  });

  test('line numbers are physical lines: a quoted cell over two lines and an empty line move the next record down', () => {
    const rows = csvRows('a,b\n1,"x\ny"\n\n3,4\n');
    expect(Array.isArray(rows) && rows.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  test('an unclosed quote is reported with its line', async () => {
    expect(
      await readImportFile('csv', Buffer.from('unitCode,year,month,indicatorCode\n103603,2026,1,"I01\n', 'utf8')),
    ).toMatchObject({ ok: false, problem: 'CSV_MALFORMED' });
  });

  test("headers that are not the template's are refused", async () => {
    expect(await readImportFile('csv', Buffer.from('a,b,c\n1,2,3\n', 'utf8'))).toMatchObject({
      ok: false,
      problem: 'HEADERS',
      header: { missing: ['unitCode', 'year', 'month', 'indicatorCode'] },
    });
  });
});

describe('sniffFile: the content decides, the extension must agree', () => {
  const xlsxLike = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.from('....[Content_Types].xml....xl/workbook.xml', 'latin1'),
  ]);
  test.each([
    ['data.csv', Buffer.from(TEXT), { ok: true, kind: 'csv' }],
    ['数据.CSV', iconv.encode(TEXT, 'gb18030'), { ok: true, kind: 'csv' }],
    ['data.xlsx', xlsxLike, { ok: true, kind: 'xlsx' }],
    ['data.csv', xlsxLike, { ok: false, problem: 'MISMATCH', ext: 'csv' }],
    ['data.xlsx', Buffer.from(TEXT), { ok: false, problem: 'MISMATCH', ext: 'xlsx' }],
    ['data.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), { ok: false, problem: 'MISMATCH', ext: 'csv' }],
    [
      'data.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      { ok: false, problem: 'XLS', ext: 'xls' },
    ],
    ['data.pdf', Buffer.from('%PDF-1.7'), { ok: false, problem: 'TYPE', ext: 'pdf' }],
    ['empty.csv', Buffer.alloc(0), { ok: false, problem: 'EMPTY', ext: 'csv' }],
  ])('%s', (name, bytes, expected) => {
    expect(sniffFile(name, bytes)).toEqual(expected);
  });
});

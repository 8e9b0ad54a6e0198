// The bad-input corpus: numbers, texts, files and ids as a clumsy user or an attacker sends them — through the entry
// action, the import, the API routes and URL parameters. Every case gets an answer in the user's language (Chinese
// for these sessions), never a 500, and nothing is stored.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipBomb } from '../tests/fixtures/zip-bomb';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';

const prisma = testPrisma();
test.afterAll(async () => prisma.$disconnect());
test.use({ storageState: storageStatePath('ADMIN') });

const CJK = /[\u4e00-\u9fff]/;
const BAD_IDS = [
  '2147483648',
  '99999999999999999999',
  '-1',
  '0',
  '1.5',
  '1e309',
  'abc',
  '%00',
  '%F0%9F%98%80',
  '%27%3B--',
  '%20',
  'NaN',
];
const HEADER = '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8');
const row = (cells: Partial<Record<'year' | 'month' | 'code' | 'value' | 'num' | 'den' | 'rating' | 'note', string>>) =>
  [
    '103603',
    cells.year ?? '2026',
    cells.month ?? '11',
    cells.code ?? 'I01',
    '',
    cells.value ?? '',
    cells.num ?? '',
    cells.den ?? '',
    cells.rating ?? '',
    cells.note ?? '',
  ].join(',');

async function snapshot() {
  const [audits, reports, actuals, evidence, budget] = await Promise.all([
    prisma.auditEvent.count(),
    prisma.monthReport.aggregate({ _sum: { version: true } }),
    prisma.monthlyActual.count(),
    prisma.evidenceFile.count(),
    prisma.budgetExecution.findMany({ select: { spent: true }, orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ audits, reports, actuals, evidence, budget });
}

type Tally = { tried: number; refusedCleanly: number; errors500: number; failures: string[] };

test('[CORPUS]: 200+ bad inputs: a Chinese message, never a 500, nothing stored', async ({ request, baseURL }) => {
  test.setTimeout(900_000);
  const before = await snapshot();
  const tally: Tally = { tried: 0, refusedCleanly: 0, errors500: 0, failures: [] };
  const record = (name: string, status: number, clean: boolean, detail: string) => {
    tally.tried += 1;
    if (status >= 500) tally.errors500 += 1;
    if (clean && status < 500) tally.refusedCleanly += 1;
    else tally.failures.push(`${name}: ${status} ${detail.slice(0, 160)}`);
  };

  // URL parameters of pages: 404 with the Chinese not-found page, or the page with the value ignored; never a 500
  const pages = [
    (x: string) => `/indicators/${x}`,
    (x: string) => `/admin/plans/${x}`,
    (x: string) => `/entry/${x}/10`,
    (x: string) => `/entry/2026/${x}`,
    (x: string) => `/progress?year=${x}`,
    (x: string) => `/admin/plans?year=${x}`,
    (x: string) => `/admin/audit?userId=${x}&unitId=${x}&page=${x}`,
    (x: string) => `/?year=${x}&month=${x}&unit=${x}`,
    (x: string) => `/reports?year=${x}&month=${x}`,
  ];
  for (const page of pages)
    for (const x of BAD_IDS) {
      const response = await request.get(page(x), { maxRedirects: 0 });
      const body = await response.text();
      const clean =
        response.status() === 200 ||
        (response.status() === 404 && body.includes('未找到所请求的内容')) ||
        (response.status() === 400 && body.includes('无效字符'));
      record(`GET ${page(x)}`, response.status(), clean, body);
    }

  // API routes: 400/404 with a Chinese message
  // a blank query value is the same as none (the default applies), so it is not among the API cases
  const BAD = BAD_IDS.filter((x) => x !== '%20');
  const apis = [
    ...BAD.map((x) => `/api/evidence/${x}`),
    ...BAD.map((x) => `/api/reports/monitoring?unit=103603&year=${x}&format=csv`),
    ...BAD.map((x) => `/api/reports/monthly?unit=103603&year=2026&month=${x}&format=csv`),
    ...BAD.map((x) => `/api/reports/monitoring?unit=${x}&year=2026&format=csv`),
    ...BAD.map((x) => `/api/reports/monitoring?unit=103603&year=2026&format=${x}`),
    ...BAD.map((x) => `/api/import/template?unit=103603&year=${x}&format=csv`),
    ...BAD.map((x) => `/api/import/template?unit=${x}&year=2026&format=csv`),
    ...BAD.map((x) => `/api/reports/${x}?unit=103603&year=2026`),
  ];
  for (const url of apis) {
    const response = await request.get(url, { maxRedirects: 0 });
    const body = await response.text();
    const clean =
      [400, 404].includes(response.status()) && CJK.test((JSON.parse(body) as { message?: string }).message ?? '');
    record(`GET ${url}`, response.status(), clean, body);
  }

  // the import: files that are not what they claim, malformed, too big, and rows with bad figures or texts
  const files: [string, Buffer][] = [
    ['empty.csv', Buffer.alloc(0)],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])],
    ['binary.csv', Buffer.from([0x00, 0x01, 0x02, 0xff])],
    ['text.xlsx', Buffer.from('not a zip', 'utf8')],
    ['virus.exe', Buffer.from('MZ', 'utf8')],
    ['noext', Buffer.from('a,b', 'utf8')],
    ['bomb.xlsx', await zipBomb(600 * 1024 * 1024)],
    ['truncated.xlsx', (await zipBomb(1024 * 1024)).subarray(0, 300)],
    ['headers.csv', Buffer.from('a,b,c\r\n1,2,3', 'utf8')],
    ['only-header.csv', csv()],
    ['quotes.csv', csv('103603,2026,11,I01,"unclosed,1,,,,')],
    ['too-many.csv', csv(...Array.from({ length: 5001 }, () => row({ value: '1' })))],
    ['nul-note.csv', csv(row({ value: '1', note: 'a\u0000b' }))],
    ...(
      [
        ['abc'],
        ['-5'],
        ['1e400'],
        ['99999999999999999999999'],
        ['1.23456789'],
        ['１２三'],
        ['1,2,3'],
        ['=1+1'],
        ['NaN'],
        ['Infinity'],
      ] as const
    ).map(([v], i): [string, Buffer] => [`value-${i}.csv`, csv(row({ value: `"${v}"` }))]),
    ['ratio.csv', csv(row({ code: 'I02', num: '2000', den: '1000' }))],
    ['year.csv', csv(row({ year: '99999999999', value: '1' }))],
    ['month.csv', csv(row({ month: '13', value: '1' }))],
    ['code.csv', csv(row({ code: 'NOPE', value: '1' }))],
    ['rating.csv', csv(row({ code: 'I01', rating: '很好' }))],
    ['long-note.csv', csv(row({ value: '1', note: '长'.repeat(3000) }))],
    ['duplicate.csv', csv(row({ value: '1' }), row({ value: '2' }))],
    ['future.csv', csv(row({ year: '2100', value: '1' }))],
    ['budget.csv', csv(row({ code: 'BUDGET', value: '-1' }))],
  ];
  for (const [name, buffer] of files) {
    const response = await request.post('/api/import', {
      headers: { Origin: baseURL! },
      multipart: { file: { name, mimeType: 'application/octet-stream', buffer } },
    });
    const body = await response.text();
    const json = JSON.parse(body) as { ok: boolean; message?: string };
    record(`import ${name}`, response.status(), !json.ok && CJK.test(json.message ?? ''), body);
  }
  const tooBig = await request.post('/api/import', {
    headers: { Origin: baseURL! },
    multipart: { file: { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(3 * 1024 * 1024, 0x31) } },
  });
  record('import 3 MB', tooBig.status(), CJK.test((await tooBig.json()).message ?? ''), '');

  // the entry action, called as the form calls it, with what the form would never send
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const saveId = Object.entries(manifest.node).find(([, a]) => a.exportedName === 'saveMonthAction')![0];
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: '103603' } } });
  const indicator = await prisma.indicator.findFirstOrThrow({ where: { planId: plan.id, code: 'I01' } });
  const base = { unitCode: '103603', year: 2026, month: 11, version: 0, intent: 'DRAFT', budget: null };
  const goodRow = {
    indicatorId: indicator.id,
    label: 'I01',
    value: '',
    numerator: '',
    denominator: '',
    rating: '',
    note: '',
  };
  const payloads: [string, unknown][] = [
    ...[
      'abc',
      '-1',
      '1e400',
      '99999999999999999999999',
      '1.234567',
      'NaN',
      '0x10',
      '１２三',
      '1 000 000 000 000 000 000',
      '∞',
    ].map((v): [string, unknown] => [`value ${v}`, { ...base, rows: [{ ...goodRow, value: v }] }]),
    ['NUL in note', { ...base, rows: [{ ...goodRow, value: '1', note: 'a\u0000b' }] }],
    ['lone surrogate in note', { ...base, rows: [{ ...goodRow, value: '1', note: 'a\ud800b' }] }],
    ['note too long', { ...base, rows: [{ ...goodRow, value: '1', note: '长'.repeat(2001) }] }],
    ['id beyond int4', { ...base, rows: [{ ...goodRow, indicatorId: 2_147_483_648 }] }],
    ['negative id', { ...base, rows: [{ ...goodRow, indicatorId: -1 }] }],
    ['version beyond int4', { ...base, version: 2_147_483_648, rows: [] }],
    ['year 99999', { ...base, year: 99999, rows: [] }],
    ['month 13', { ...base, month: 13, rows: [] }],
    ['month 0', { ...base, month: 0, rows: [] }],
    ['unknown intent', { ...base, intent: 'APPROVE', rows: [] }],
    ['rows not a list', { ...base, rows: 'all' }],
    ['no payload', null],
    ['a string', 'hello'],
    ['unit code too long', { ...base, unitCode: 'x'.repeat(100), rows: [] }],
    ['unknown unit', { ...base, unitCode: 'NOPE', rows: [] }],
    ['spent negative', { ...base, rows: [], budget: { spent: '-1', planned: '' } }],
    ['spent not a number', { ...base, rows: [], budget: { spent: '一百', planned: '' } }],
    ['rating unknown', { ...base, rows: [{ ...goodRow, rating: 'SUPERB' }] }],
    [
      'deviation cause unknown',
      { ...base, rows: [{ ...goodRow, deviation: { causes: ['X'], analysis: '', measures: '', likelihood: '' } }] },
    ],
    [
      'deviation NUL',
      { ...base, rows: [{ ...goodRow, deviation: { causes: [], analysis: '\u0000', measures: '', likelihood: '' } }] },
    ],
  ];
  for (const [name, payload] of payloads) {
    const response = await request.post('/login', {
      headers: {
        'Next-Action': saveId,
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        Origin: baseURL!,
      },
      data: JSON.stringify([payload]),
    });
    const body = await response.text();
    const message = /"message":"([^"]*)"/.exec(body)?.[1] ?? '';
    record(`saveMonthAction ${name}`, response.status(), body.includes('"ok":false') && CJK.test(message), body);
  }

  console.log(
    `[CORPUS] tried ${tally.tried}, refused cleanly ${tally.refusedCleanly}, 500s ${tally.errors500}, failures ${tally.failures.length}`,
  );
  expect(tally.failures).toEqual([]);
  expect(tally.tried).toBeGreaterThanOrEqual(200);
  const after = await snapshot();
  console.log(`[CORPUS] stored wrongly: ${after === before ? 0 : 'changed'}`);
  expect(after).toBe(before);
});

// Operations, against the production build: two instances behind nginx on one database; one killed mid-run; the
// database cut for 20 seconds; a decompression bomb and a 50 MB file against a running instance's memory.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { zipBomb } from '../fixtures/zip-bomb';
import pg from 'pg';
import { isHealthy, rssOf, signIn, signOut, startCluster } from './cluster';

let cluster: Awaited<ReturnType<typeof startCluster>>;
const PASSWORD = 'Demo@2026';
const TEMPLATE = '/api/import/template?unit=103603&year=2026&format=csv';

before(
  async () => {
    cluster = await startCluster();
  },
  { timeout: 900_000 },
);
after(async () => cluster?.stop());

const get = (url: string, cookie: string) => fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' });
const upload = (url: string, cookie: string, name: string, bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${url}/api/import`, { method: 'POST', headers: { Cookie: cookie, Origin: url }, body: form });
};

test('memory: a 600 MiB decompression bomb and a 50 MB file keep the instance under 100 MB of growth', async () => {
  const [a] = cluster.instances;
  const cookie = (await signIn(a.url, 'manager', PASSWORD))!;
  assert.ok(cookie, 'the manager signs in');
  const bomb = await zipBomb(600 * 1024 * 1024);
  // the import's code loaded once before the baseline: what is measured is the files, not the first use
  assert.ok((await upload(a.url, cookie, 'warm-up.csv', Buffer.from('x\r\n'))).status >= 400);
  const baseline = rssOf(a.process.pid!);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(a.process.pid!))), 50);
  try {
    const answers = await Promise.all([1, 2, 3, 4].map(() => upload(a.url, cookie, 'bomb.xlsx', bomb)));
    for (const answer of answers) {
      assert.equal(answer.status, 422);
      assert.match(((await answer.json()) as { message: string }).message, /解压后过大/);
    }
    const big = await upload(a.url, cookie, 'big.csv', Buffer.alloc(50 * 1024 * 1024, 0x31));
    assert.equal(big.status, 413);
  } finally {
    clearInterval(sampler);
  }
  const growth = peak - baseline;
  console.log(
    `[ops] RSS baseline ${(baseline / 2 ** 20).toFixed(0)} MB, peak growth ${(growth / 2 ** 20).toFixed(0)} MB`,
  );
  assert.ok(growth < 100 * 1024 * 1024, `RSS grew by ${(growth / 2 ** 20).toFixed(0)} MB`);
});

test('lock-out holds across instances: five wrong passwords on alternating instances lock the account on both', async () => {
  const [a, b] = cluster.instances;
  for (let i = 0; i < 5; i++)
    assert.equal(await signIn((i % 2 ? b : a).url, 'manager-ningde', 'wrong-password-1'), null);
  assert.equal(await signIn(b.url, 'manager-ningde', PASSWORD), null, 'locked on B');
  assert.equal(await signIn(a.url, 'manager-ningde', PASSWORD), null, 'locked on A');
});

test('the database cut for 20 s: health 503, writes refused and nothing half-stored, recovery without a restart', async () => {
  const [, b] = cluster.instances;
  const cookie = (await signIn(b.url, 'manager', PASSWORD))!;
  const before = await cluster.prisma.auditEvent.count();
  const csv = Buffer.from(
    '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注\r\n103603,2026,11,I01,受理群众诉求数量,1050000,,,,\r\n',
    'utf8',
  );
  cluster.relay.cut();
  const cutAt = Date.now();
  try {
    const health = await fetch(`${b.url}/api/health`);
    assert.equal(health.status, 503);
    const write = await upload(b.url, cookie, 'outage.csv', csv);
    assert.ok(write.status >= 400, `the import during the outage answers ${write.status}`);
    const page = await get(`${b.url}/`, cookie);
    assert.notEqual(page.status, 200);
    console.log(`[ops] during the outage: page ${page.status}, import ${write.status}`);
    await new Promise((r) => setTimeout(r, Math.max(0, 20_000 - (Date.now() - cutAt))));
  } finally {
    cluster.relay.restore();
  }
  const deadline = Date.now() + 30_000;
  while (!(await isHealthy(b.url)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  assert.equal(await isHealthy(b.url), true, 'healthy again without a restart');
  assert.equal((await get(`${b.url}${TEMPLATE}`, cookie)).status, 200);
  assert.equal(await cluster.prisma.auditEvent.count(), before, 'nothing was written during the outage');
});

test('sign-out on one instance ends the session on the other', async () => {
  const [a, b] = cluster.instances;
  const cookie = (await signIn(a.url, 'leader', PASSWORD))!;
  assert.ok(cookie);
  assert.equal((await get(`${b.url}/api/reports/monitoring?unit=103603&year=2026&format=csv`, cookie)).status, 403);
  assert.equal((await get(`${b.url}/`, cookie)).status, 200, 'the session works on B');
  assert.equal(await signOut(a.url, cookie), 200);
  const after = await get(`${b.url}/`, cookie);
  assert.ok(
    [302, 307].includes(after.status) && after.headers.get('location')?.includes('/login'),
    'B sends the kept cookie to sign in',
  );
});

/** The month's stored figures, for comparing before and after. */
const monthRows = async (month: number) =>
  cluster.prisma.monthlyActual.findMany({
    where: { month, indicator: { plan: { year: 2026, unit: { code: '103603' } } } },
    orderBy: { indicatorId: 'asc' },
    select: { indicatorId: true, value: true, numerator: true, denominator: true, version: true },
  });

/** An import of month 11 of unit 103603: every count and ratio indicator of its 2026 plan. */
async function monthElevenCsv(): Promise<{ csv: Buffer; rows: number }> {
  const indicators = await cluster.prisma.indicator.findMany({
    where: { plan: { year: 2026, unit: { code: '103603' } }, kind: { in: ['COUNT', 'RATIO'] } },
    orderBy: { code: 'asc' },
  });
  const lines = indicators.map((i, n) =>
    i.kind === 'COUNT'
      ? `103603,2026,11,${i.code},${i.name},${1000 + n},,,,`
      : `103603,2026,11,${i.code},${i.name},,${90 + n},100,,`,
  );
  return {
    csv: Buffer.from(
      `单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注\r\n${lines.join('\r\n')}\r\n`,
      'utf8',
    ),
    rows: lines.length,
  };
}

test('the server killed (SIGKILL) in the middle of an import: after the restart the month holds none of it, then all of it', async () => {
  const [a] = cluster.instances;
  const cookie = (await signIn(a.url, 'manager', PASSWORD))!;
  const { csv, rows } = await monthElevenCsv();
  assert.ok(rows >= 3, `the import writes ${rows} figures`);
  const before = await monthRows(11);
  assert.deepEqual(before, [], 'the demo data has no November');
  const reportsBefore = await cluster.prisma.monthReport.count({ where: { month: 11 } });
  const auditsBefore = await cluster.prisma.auditEvent.count({ where: { action: { not: 'LOGIN' } } });

  // the import's transaction writes the month and its first figure, then waits for its first audit row: kill it there
  const holder = new pg.Client({ connectionString: cluster.directUrl });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE "AuditEvent" IN SHARE ROW EXCLUSIVE MODE');
  const answer = upload(a.url, cookie, 'month-11.csv', csv).then(
    (r) => r.status,
    () => 'connection lost',
  );
  const midImport = async () =>
    (
      await holder.query(
        `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         WHERE c.relname = 'MonthlyActual' AND l.mode = 'RowExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid()
           AND l.pid IN (SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock')`,
      )
    ).rows[0].n > 0;
  const deadline = Date.now() + 60_000;
  while (!(await midImport())) {
    assert.ok(Date.now() < deadline, 'the import reached its first figure');
    await new Promise((r) => setTimeout(r, 200));
  }
  a.process.kill('SIGKILL');
  assert.equal(await answer, 'connection lost');
  await holder.query('COMMIT');
  await holder.end();

  await cluster.restart(a);
  assert.deepEqual(await monthRows(11), [], 'none of the import is stored');
  assert.equal(await cluster.prisma.monthReport.count({ where: { month: 11 } }), reportsBefore);
  assert.equal(await cluster.prisma.auditEvent.count({ where: { action: { not: 'LOGIN' } } }), auditsBefore);

  const again = await upload(a.url, (await signIn(a.url, 'manager', PASSWORD))!, 'month-11.csv', csv);
  assert.equal(again.status, 200, await again.clone().text());
  assert.equal((await monthRows(11)).length, rows, 'all of it');
});

test('two instances behind nginx: one killed mid-run, the session continues on the other', async () => {
  const cookie = (await signIn(cluster.publicUrl, 'manager', PASSWORD))!;
  assert.ok(cookie);
  const [, b] = cluster.instances;
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    if (i === 10) b.process.kill('SIGKILL');
    statuses.push((await get(`${cluster.publicUrl}${TEMPLATE}`, cookie)).status);
  }
  assert.deepEqual(
    statuses.filter((s) => s !== 200),
    [],
  );
});

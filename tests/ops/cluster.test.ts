// Operations, against the production build: two instances behind nginx on one database; one killed mid-run; the
// database cut for 20 seconds; a decompression bomb and a 50 MB file against a running instance's memory.
// Every test leaves the cluster whole (database reachable, both instances running, no lock held), so each one stands
// on its own; the cluster runs at the demo data's "today" (APP_NOW), never at the machine's date.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import pg from 'pg';
import { zipBomb } from '../fixtures/zip-bomb';
import { isHealthy, rssOf, signIn, signOut, startCluster } from './cluster';

let cluster: Awaited<ReturnType<typeof startCluster>>;
const PASSWORD = 'Demo@2026';
const UNIT = '103603';
const TEMPLATE = `/api/import/template?unit=${UNIT}&year=2026&format=csv`;
const TEST_TIMEOUT = { timeout: 300_000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

before(
  async () => {
    cluster = await startCluster();
  },
  { timeout: 900_000 },
);
afterEach(async () => cluster?.makeWhole(), { timeout: 300_000 });
after(async () => cluster?.stop(), { timeout: 120_000 });

const get = (url: string, cookie: string) => fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' });
const upload = (url: string, cookie: string, name: string, bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${url}/api/import`, { method: 'POST', headers: { Cookie: cookie, Origin: url }, body: form });
};
const signedIn = async (url: string, username: string) => {
  const cookie = await signIn(url, username, PASSWORD);
  assert.ok(cookie, `${username} signs in on ${url}`);
  return cookie;
};

test(
  'memory: a 600 MiB decompression bomb and a 50 MB file keep the instance under 100 MB of growth',
  TEST_TIMEOUT,
  async () => {
    const [a] = cluster.instances;
    const cookie = await signedIn(a.url, 'manager');
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
  },
);

test(
  'lock-out holds across instances: five wrong passwords on alternating instances lock the account on both',
  TEST_TIMEOUT,
  async () => {
    const [a, b] = cluster.instances;
    await signOut(a.url, await signedIn(a.url, 'manager-ningde')); // the account works before
    for (let i = 0; i < 5; i++)
      assert.equal(await signIn((i % 2 ? b : a).url, 'manager-ningde', 'wrong-password-1'), null);
    assert.equal(await signIn(b.url, 'manager-ningde', PASSWORD), null, 'locked on B');
    assert.equal(await signIn(a.url, 'manager-ningde', PASSWORD), null, 'locked on A');
  },
);

/** The month's stored figures, for comparing before and after. */
const monthRows = async (month: number) =>
  cluster.prisma.monthlyActual.findMany({
    where: { month, indicator: { plan: { year: 2026, unit: { code: UNIT } } } },
    orderBy: { indicatorId: 'asc' },
    select: { indicatorId: true, value: true, numerator: true, denominator: true, version: true },
  });
const monthSpending = (month: number) =>
  cluster.prisma.budgetExecution.findMany({ where: { month, plan: { year: 2026, unit: { code: UNIT } } } });
/** Audit events of data (sign-ins and sign-outs aside). */
const writtenEvents = () => cluster.prisma.auditEvent.count({ where: { entity: { not: 'User' } } });

test(
  'the database cut for 20 s: health 503, writes refused and nothing half-stored, recovery without a restart',
  TEST_TIMEOUT,
  async () => {
    const [, b] = cluster.instances;
    const cookie = await signedIn(b.url, 'manager');
    const eventsBefore = await writtenEvents();
    const rowsBefore = await monthRows(11);
    const csv = Buffer.from(
      `单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注\r\n${UNIT},2026,11,I01,受理群众诉求数量,1050000,,,,\r\n`,
      'utf8',
    );
    const pid = b.process.pid;
    cluster.relay.cut();
    const cutAt = Date.now();
    try {
      const health = await fetch(`${b.url}/api/health`);
      assert.equal(health.status, 503);
      const write = await upload(b.url, cookie, 'outage.csv', csv);
      const { message } = (await write.json()) as { message: string };
      assert.ok(write.status >= 400 && write.status !== 500, `the import during the outage answers ${write.status}`);
      assert.match(message, /暂时无法连接数据库/, 'the import says so in Chinese');
      const page = await get(`${b.url}/`, cookie);
      assert.notEqual(page.status, 200);
      const html = await page.text();
      assert.ok(html.includes('暂时无法连接数据库'), 'the page says the database is unreachable, in Chinese');
      console.log(
        `[ops] during the outage: health 503, page ${page.status} (outage text in its HTML: ${html.includes('暂时无法连接数据库')}), import ${write.status} «${message}»`,
      );
      await sleep(Math.max(0, 20_000 - (Date.now() - cutAt)));
      assert.equal((await fetch(`${b.url}/api/health`)).status, 503, 'still 503 after 20 s');
    } finally {
      cluster.relay.restore();
    }
    const deadline = Date.now() + 30_000;
    while (!(await isHealthy(b.url)) && Date.now() < deadline) await sleep(500);
    assert.equal(await isHealthy(b.url), true, 'healthy again without a restart');
    assert.equal(b.process.pid, pid, 'the same process');
    assert.equal((await get(`${b.url}${TEMPLATE}`, cookie)).status, 200, 'the kept session works again');
    assert.equal(await writtenEvents(), eventsBefore, 'nothing was written during the outage');
    assert.deepEqual(await monthRows(11), rowsBefore, 'no figure was written during the outage');
  },
);

test('sign-out on one instance ends the session on the other', TEST_TIMEOUT, async () => {
  const [a, b] = cluster.instances;
  const cookie = await signedIn(a.url, 'leader');
  assert.equal((await get(`${b.url}/api/reports/monitoring?unit=${UNIT}&year=2026&format=csv`, cookie)).status, 403);
  assert.equal((await get(`${b.url}/`, cookie)).status, 200, 'the session works on B');
  assert.equal(await signOut(a.url, cookie), 200);
  const after = await get(`${b.url}/`, cookie);
  assert.ok(
    [302, 307].includes(after.status) && after.headers.get('location')?.includes('/login'),
    `B sends the kept cookie to sign in (answered ${after.status})`,
  );
});

/**
 * An import of month 11 (not in the demo data, started at the cluster's clock): every typed count and ratio indicator
 * of the unit's 2026 plan and the month's spending, each at its October figure (plausible by construction).
 */
async function monthElevenCsv(): Promise<{ csv: Buffer; figures: number; spent: string }> {
  const october = await cluster.prisma.monthlyActual.findMany({
    where: {
      month: 10,
      indicator: {
        plan: { year: 2026, unit: { code: UNIT } },
        kind: { in: ['COUNT', 'RATIO'] },
        isBudgetDerived: false,
      },
    },
    include: { indicator: true },
    orderBy: { indicator: { code: 'asc' } },
  });
  const lines = october.map(({ indicator: i, value, numerator, denominator }) =>
    i.kind === 'COUNT'
      ? `${UNIT},2026,11,${i.code},${i.name},${value},,,,`
      : `${UNIT},2026,11,${i.code},${i.name},,${numerator},${denominator},,`,
  );
  const [spending] = await monthSpending(10);
  const spent = spending.spent!.toString();
  lines.push(`${UNIT},2026,11,BUDGET,本月支出,${spent},,,,`);
  const header = '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注';
  return { csv: Buffer.from(`${header}\r\n${lines.join('\r\n')}\r\n`, 'utf8'), figures: october.length, spent };
}

/** Backends other than `client`'s holding a row-write lock on MonthlyActual: an import's open transaction. */
const openImports = async (client: pg.Client, waiting: boolean) =>
  Number(
    (
      await client.query(
        `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE c.relname = 'MonthlyActual' AND l.mode = 'RowExclusiveLock' AND l.granted
           AND l.pid <> pg_backend_pid() AND (NOT $1 OR a.wait_event_type = 'Lock')`,
        [waiting],
      )
    ).rows[0].n,
  );

test(
  'the server killed (SIGKILL) in the middle of an import: none of it is stored, and importing again stores all of it',
  TEST_TIMEOUT,
  async () => {
    const [a] = cluster.instances;
    const cookie = await signedIn(a.url, 'manager');
    const { csv, figures, spent } = await monthElevenCsv();
    assert.ok(figures >= 5, `the import writes ${figures} figures`);
    assert.deepEqual(await monthRows(11), [], 'the demo data has no November');
    const spendingBefore = await monthSpending(11);
    const reportsBefore = await cluster.prisma.monthReport.findMany({ where: { month: 11 } });
    const eventsBefore = await writtenEvents();

    // Deterministically mid-transaction: the audit table is locked, so the import's one transaction writes the month
    // report and its first figure, then waits at its first audit row. The server is killed while it waits there.
    const holder = new pg.Client({ connectionString: cluster.directUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE "AuditEvent" IN SHARE ROW EXCLUSIVE MODE');
      let answered: string | null = null;
      const answer = upload(a.url, cookie, 'month-11.csv', csv).then(
        async (r) => (answered = `HTTP ${r.status} ${await r.text()}`),
        () => (answered = 'connection lost'),
      );
      const deadline = Date.now() + 60_000;
      while ((await openImports(holder, true)) === 0) {
        assert.equal(answered, null, 'the import answered before it reached its first figure');
        assert.ok(Date.now() < deadline, 'the import reached its first figure within 60 s');
        await sleep(100);
      }
      await cluster.kill(a);
      assert.equal(await answer, 'connection lost');
    } finally {
      await holder.query('COMMIT').catch(() => undefined);
    }
    try {
      // the killed server's transaction ends when PostgreSQL sees its connection gone: wait for that, then look
      const deadline = Date.now() + 30_000;
      while ((await openImports(holder, false)) > 0) {
        assert.ok(Date.now() < deadline, 'the killed import transaction ended within 30 s');
        await sleep(200);
      }
    } finally {
      await holder.end();
    }
    assert.deepEqual(await monthRows(11), [], 'none of the figures is stored');
    assert.deepEqual(await monthSpending(11), spendingBefore, 'the spending is unchanged');
    assert.deepEqual(await cluster.prisma.monthReport.findMany({ where: { month: 11 } }), reportsBefore);
    assert.equal(await writtenEvents(), eventsBefore, 'no audit event');

    await cluster.restart(a);
    const again = await upload(a.url, await signedIn(a.url, 'manager'), 'month-11.csv', csv);
    assert.equal(again.status, 200, await again.clone().text());
    assert.equal((await monthRows(11)).length, figures, 'all of the figures');
    assert.equal((await monthSpending(11))[0]?.spent?.toString(), spent, 'and the spending');
    assert.equal(
      await writtenEvents(),
      eventsBefore + figures + 3,
      'audited: every figure, the spending, the month, the file',
    );
  },
);

test(
  'two instances behind nginx: one killed mid-run, the session continues on the other; sign-out holds on both',
  TEST_TIMEOUT,
  async () => {
    const cookie = await signedIn(cluster.publicUrl, 'manager');
    const [a, b] = cluster.instances;
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      if (i === 10) await cluster.kill(b);
      statuses.push((await get(`${cluster.publicUrl}${TEMPLATE}`, cookie)).status);
    }
    assert.deepEqual(
      statuses.filter((s) => s !== 200),
      [],
      'every request of the session answered 200',
    );
    await cluster.restart(b);
    assert.equal((await get(`${b.url}${TEMPLATE}`, cookie)).status, 200, 'the session works on the restarted B');
    assert.equal(await signOut(cluster.publicUrl, cookie), 200);
    for (const instance of [a, b])
      assert.equal((await get(`${instance.url}${TEMPLATE}`, cookie)).status, 401, `signed out on ${instance.url}`);
  },
);

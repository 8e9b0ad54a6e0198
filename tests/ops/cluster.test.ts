// Operations, against the production build: two instances behind nginx on one database; one killed mid-run; the
// database cut for 20 seconds; a decompression bomb and a 50 MB file against a running instance's memory.
// Every test leaves the cluster whole (database reachable, both instances running, no lock held), so each one stands
// on its own; the cluster runs at the demo data's "today" (APP_NOW), never at the machine's date.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import pg from 'pg';
import { zipBomb } from '../fixtures/zip-bomb';
import { TEST_NOW } from '../support/test-now';
import {
  connectionsTo,
  isHealthy,
  processTree,
  proxiedRequests,
  rssOf,
  signIn,
  signInAttempt,
  signOut,
  startCluster,
} from './cluster';

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
const upload = (url: string, cookie: string, name: string, bytes: Buffer, signal?: AbortSignal) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${url}/api/import`, { method: 'POST', headers: { Cookie: cookie, Origin: url }, body: form, signal });
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

test(
  'lock-out under a parallel burst across both instances: 30 wrong passwords, at most 5 evaluated, then locked',
  TEST_TIMEOUT,
  async () => {
    const [a, b] = cluster.instances;
    const username = 'manager-xiamen';
    const user = await cluster.prisma.user.findUniqueOrThrow({ where: { username } });
    assert.equal(user.failedLogins, 0, 'the account starts with no failed guess');
    const since = await cluster.prisma.auditEvent.aggregate({ _max: { id: true } });
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInAttempt((i % 2 ? b : a).url, username, `wrong-password-${i}`)),
    );
    assert.deepEqual(
      attempts.filter((attempt) => attempt.cookie !== null),
      [],
      'no wrong password signs in',
    );
    const events = await cluster.prisma.auditEvent.groupBy({
      by: ['action'],
      where: { entityId: String(user.id), entity: 'User', id: { gt: since._max.id ?? 0 } },
      _count: { _all: true },
    });
    const count = (action: string) => events.find((e) => e.action === action)?._count._all ?? 0;
    const evaluated = count('LOGIN_FAILED') + count('LOGIN_LOCKED');
    console.log(
      `[ops] 30 parallel wrong passwords (15 at A, 15 at B): ${evaluated} evaluated (${count('LOGIN_FAILED')} failed + ${count('LOGIN_LOCKED')} locking), ${count('LOGIN_REFUSED_LOCKED')} refused as locked`,
    );
    assert.equal(evaluated, 5, 'exactly five guesses were compared with the password');
    assert.equal(count('LOGIN_LOCKED'), 1, 'the fifth locked the account');
    assert.equal(count('LOGIN_REFUSED_LOCKED'), 25, 'the other 25 were refused unread');
    const locked = await cluster.prisma.user.findUniqueOrThrow({ where: { username } });
    assert.equal(
      locked.lockedUntil?.toISOString(),
      new Date(TEST_NOW.getTime() + 15 * 60_000).toISOString(),
      "locked for 15 minutes from the instances' clock",
    );

    // while locked, the right password is refused on both instances, with the very answer an unknown name gets
    const unknown = await signInAttempt(a.url, 'no-such-user', PASSWORD);
    assert.equal(unknown.cookie, null);
    console.log(
      `[ops] while locked, the right password and an unknown name both get ${JSON.stringify(unknown.answer)}`,
    );
    for (const instance of [a, b]) {
      const right = await signInAttempt(instance.url, username, PASSWORD);
      assert.equal(right.cookie, null, `the right password is refused while locked on ${instance.url}`);
      assert.deepEqual(right.answer, unknown.answer, 'the same answer as for an unknown account');
    }
    assert.deepEqual(unknown.answer.error, 'INVALID');
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

/** A killed server's import transaction ends once PostgreSQL sees its connection gone: waits for that, 30 s at most. */
async function killedImportsEnded(client: pg.Client) {
  const deadline = Date.now() + 30_000;
  while ((await openImports(client, false)) > 0) {
    assert.ok(Date.now() < deadline, 'the killed import transaction ended within 30 s');
    await sleep(200);
  }
}

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
      await killedImportsEnded(holder); // then look
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

type Get = { path: string; status: number; at: number; error?: string };
type Save = { file: string; value: number; startedAt: number; ms: number; status: number | null; body: string };
const IMPORT_HEADER = '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注';

/** Every audit event of the given saves' files since `sinceId`, by file name. */
async function eventsByFile(sinceId: number) {
  const events = await cluster.prisma.auditEvent.findMany({
    where: { id: { gt: sinceId }, action: { in: ['IMPORT', 'ACTUAL_SAVE', 'MONTH_SAVE'] } },
    orderBy: { id: 'asc' },
  });
  const byFile = new Map<string, { action: string; after: Record<string, unknown> }[]>();
  for (const e of events) {
    const after = (e.after ?? {}) as Record<string, unknown>;
    const file = String(after.fileName);
    byFile.set(file, [...(byFile.get(file) ?? []), { action: e.action, after }]);
  }
  return byFile;
}

test(
  'an instance SIGKILLed while signed-in pages and saves stream through nginx: GETs retried to success, no save half-written',
  TEST_TIMEOUT,
  async () => {
    const [, b] = cluster.instances;
    const cookie = await signedIn(cluster.publicUrl, 'manager');
    // saves: month 11 of the unit's first typed count indicator, a new value each time (its October figure + n)
    const october = await cluster.prisma.monthlyActual.findFirstOrThrow({
      where: {
        month: 10,
        indicator: { plan: { year: 2026, unit: { code: UNIT } }, kind: 'COUNT', isBudgetDerived: false },
      },
      include: { indicator: true },
      orderBy: { indicator: { code: 'asc' } },
    });
    const { indicator } = october;
    const csvOf = (value: number) =>
      Buffer.from(`${IMPORT_HEADER}\r\n${UNIT},2026,11,${indicator.code},${indicator.name},${value},,,,\r\n`, 'utf8');
    const figure = () => cluster.prisma.monthlyActual.findFirst({ where: { month: 11, indicatorId: indicator.id } });
    const monthReport = () => cluster.prisma.monthReport.findFirst({ where: { month: 11, planId: indicator.planId } });
    const figureBefore = await figure();
    const reportBefore = await monthReport();
    const sinceId = (await cluster.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const pages = ['/', '/progress?year=2026', '/entry/2026/11'];

    // each page rendered once on each instance first, so that the stream is of warm pages
    await Promise.all(
      cluster.instances.flatMap((instance) =>
        pages.map(async (path) => (await get(`${instance.url}${path}`, cookie)).arrayBuffer()),
      ),
    );

    const loggedBefore = proxiedRequests(cluster.accessLog).length;
    let isStopping = false;
    const gets: Get[] = [];
    const saves: Save[] = [];
    const browse = async (worker: number) => {
      for (let i = worker; !isStopping; i++) {
        const path = pages[i % pages.length];
        try {
          const response = await fetch(`${cluster.publicUrl}${path}`, {
            headers: { Cookie: cookie },
            redirect: 'manual',
            signal: AbortSignal.timeout(30_000),
          });
          await response.arrayBuffer(); // the whole page, not only its head
          gets.push({ path, status: response.status, at: Date.now() });
        } catch (error) {
          gets.push({ path, status: 0, at: Date.now(), error: String(error) });
        }
      }
    };
    const save = async () => {
      for (let n = 1; !isStopping; n++) {
        const value = Number(october.value) + n;
        const file = `stream-${n}.csv`;
        const startedAt = Date.now();
        let status: number | null = null;
        let body = '';
        try {
          const response = await upload(cluster.publicUrl, cookie, file, csvOf(value), AbortSignal.timeout(30_000));
          status = response.status;
          body = await response.text();
        } catch (error) {
          body = String(error);
        }
        saves.push({ file, value, startedAt, ms: Date.now() - startedAt, status, body });
      }
    };
    const workers = [browse(0), browse(1), browse(2), browse(3), save()];
    let openAtKill = 0;
    let killedAt = 0;
    try {
      await sleep(1_500);
      // kill B while nginx has requests open to it: at least two, or one after 15 s of waiting for two
      const nginx = processTree(cluster.nginxPid); // its master and worker
      const waitUntil = Date.now() + 15_000;
      while ((openAtKill = connectionsTo(b.port, nginx)) < (Date.now() < waitUntil ? 2 : 1)) {
        assert.ok(Date.now() < waitUntil + 15_000, 'nginx had a request open to B within 30 s');
        await sleep(2);
      }
      killedAt = Date.now();
      await cluster.kill(b);
      // go on for 4 s, and until a save begun after the kill has answered (30 s at most: a loaded machine is slow)
      const goOnUntil = Date.now() + 30_000;
      await sleep(4_000);
      while (!saves.some((s) => s.startedAt > killedAt) && Date.now() < goOnUntil) await sleep(100);
    } finally {
      isStopping = true;
      await Promise.all(workers);
    }

    // what nginx did: the requests that B took and that ended on A
    const bAddress = `127.0.0.1:${b.port}`;
    const proxied = proxiedRequests(cluster.accessLog).slice(loggedBefore);
    const retried = proxied.filter((r) => r.upstreams.length > 1 && r.upstreams[0] === bAddress);
    const failedSaves = saves.filter((s) => s.status !== 200);
    console.log(
      `[ops] kill in flight: ${openAtKill} connection(s) open to B at the kill; ${gets.length} page GETs ` +
        `(${gets.filter((g) => g.status === 200).length} answered 200, ${gets.filter((g) => g.at > killedAt).length} after the kill), ` +
        `${retried.filter((r) => r.method === 'GET').length} retried by nginx from B to A ` +
        `(${retried.map((r) => `${r.uri} ${r.statuses.join('→')}`).join(', ') || 'none'}); ` +
        `${saves.length} saves: ${saves.length - failedSaves.length} answered 200, failed: ` +
        `${failedSaves.map((s) => `${s.file} ${s.status ?? 'no answer'} in ${s.ms} ms`).join(', ') || 'none'}`,
    );

    assert.deepEqual(
      gets.filter((g) => g.status !== 200),
      [],
      'every page GET answered 200 in full (nginx retried on A what B had not answered)',
    );
    assert.ok(
      retried.length + failedSaves.length > 0,
      'B was killed with a request in flight (a GET retried on A, or a save that failed)',
    );
    assert.ok(
      gets.some((g) => g.at > killedAt + 1_000),
      'the session goes on browsing on A after the kill',
    );
    assert.ok(
      saves.some((s) => s.startedAt > killedAt && s.status === 200),
      'and goes on saving on A after the kill',
    );
    for (const failed of failedSaves) {
      // nginx answers for the lost instance at once; the import page shows its own message for an answer that is
      // not the app's JSON (import.failed), or the app's message when it is
      assert.ok(failed.status !== null && failed.status >= 500, `${failed.file}: an HTTP error, not a lost request`);
      assert.ok(failed.ms < 10_000, `${failed.file}: answered in ${failed.ms} ms, not a hang`);
    }

    const db = new pg.Client({ connectionString: cluster.directUrl });
    await db.connect();
    try {
      await killedImportsEnded(db);
    } finally {
      await db.end();
    }
    // each save stored whole (its figure, its month and its file audited) or not at all; every 200 stored
    const byFile = await eventsByFile(sinceId);
    assert.deepEqual(
      [...byFile.keys()].filter((file) => !saves.some((s) => s.file === file)),
      [],
      'no audit event of anything but these saves',
    );
    const stored = saves.filter((s) => byFile.has(s.file));
    for (const s of saves) {
      const events = byFile.get(s.file) ?? [];
      if (s.status === 200) assert.equal(events.length, 3, `${s.file} answered 200 and is stored`);
      if (events.length === 0) continue;
      assert.deepEqual(events.map((e) => e.action).sort(), ['ACTUAL_SAVE', 'IMPORT', 'MONTH_SAVE'], s.file);
      const figureEvent = events.find((e) => e.action === 'ACTUAL_SAVE')!;
      assert.equal(Number(figureEvent.after.value), s.value, `${s.file} audited with its own value`);
    }
    const figureAfter = await figure();
    const reportAfter = await monthReport();
    assert.equal(Number(figureAfter?.value), stored.at(-1)?.value, 'the figure holds the last stored save');
    assert.equal(figureAfter!.version, (figureBefore?.version ?? 0) + stored.length, 'one version per stored save');
    assert.equal(reportAfter!.version, (reportBefore?.version ?? 0) + stored.length, 'the month too');
    console.log(
      `[ops] saves stored: ${stored.length} of ${saves.length} (failed but stored: ${failedSaves.filter((s) => byFile.has(s.file)).length}); figure version ${figureBefore?.version ?? 0}→${figureAfter!.version}`,
    );
  },
);

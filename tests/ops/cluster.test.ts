// Operations, against the production build: two instances behind nginx on one database; one killed mid-run; the
// database cut for 20 seconds; a decompression bomb and a 50 MB file against a running instance's memory.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { zipBomb } from '../fixtures/zip-bomb';
import { isHealthy, rssOf, signIn, startCluster } from './cluster';

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

test('two instances behind nginx: one killed mid-run, the session continues on the other', async () => {
  const cookie = (await signIn(cluster.publicUrl, 'manager', PASSWORD))!;
  assert.ok(cookie);
  const [a] = cluster.instances;
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    if (i === 10) a.process.kill('SIGKILL');
    statuses.push((await get(`${cluster.publicUrl}${TEMPLATE}`, cookie)).status);
  }
  assert.deepEqual(
    statuses.filter((s) => s !== 200),
    [],
  );
});

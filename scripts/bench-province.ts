// `npm run bench` (or `npx tsx scripts/bench-province.ts [--keep] [--runs=N] [--hash] [--no-build] [--only=a,b]`):
// the province benchmark of issue 13.
// Generates 100 units × 10 years with a million audit events into a database of its own, starts the production build
// against it, and times every page and export against a trivial signed-in page (a leader's 403), requested in turn with
// it: p50 / p95 / ratio, HTML size, the server's peak RSS; then 50 leaders on the dashboard (autocannon) and 20
// managers saving at once, each beside the baseline page under the same load. Prints a table and writes
// bench-results/province-<commit>.json.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale } from './build-if-stale';
import { freePort } from './embedded-db';
import { ROOT } from './paths';
import { provideProvinceDatabase } from './bench/database';
import { PROVINCE, managerName, provinceHash } from './bench/province';
import { editableUnits, rssSampler, signIn, type Session } from './bench/http';
import {
  BASELINE_URL,
  concurrentBaseline,
  concurrentSaves,
  loadOn,
  measurePages,
  type PageResult,
} from './bench/measure';
import { firstLoadJs } from './bench/first-load';

const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const runs = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
// --only=a,b: only the pages whose label holds one of these (and the baseline); no concurrency, no file written
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const PASSWORD = 'Demo@2026';

async function waitForHealth(url: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer on ${url}`);
}

// autocannon stops its clients after 10 s, but the server still renders the requests they left open (50 dashboards,
// a few seconds of work): the next figure waits for that backlog, and for the deferred work of the saves before it
const settle = () => new Promise((resolve) => setTimeout(resolve, 8_000));

function printTable(rows: PageResult[]) {
  console.log(
    `\n${'page / download'.padEnd(46)}${'cold ms'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}` +
      `${'base ms'.padStart(9)}${'ratio'.padStart(8)}` +
      `${'KB'.padStart(9)}${'RSS peak MB'.padStart(13)}  target`,
  );
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(46)}${r.coldMs.toFixed(0).padStart(9)}${r.p50.toFixed(0).padStart(9)}${r.p95.toFixed(0).padStart(9)}` +
        `${r.baselineP50.toFixed(0).padStart(9)}${(r.ratio.toFixed(1) + '×').padStart(8)}${(r.bytes / 1024).toFixed(0).padStart(9)}` +
        `${r.rssPeakMb.toFixed(0).padStart(13)}  ${r.target ?? ''} ${r.met === undefined ? '' : r.met ? 'met' : 'MISSED'}`,
    );
  }
}

async function main() {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  const hashStart = Date.now();
  const contentHash = argv.includes('--hash') ? provinceHash(PROVINCE) : null;
  if (contentHash)
    console.log(`[bench] content hash ${contentHash} (${((Date.now() - hashStart) / 1000).toFixed(1)} s)`);
  const db = await provideProvinceDatabase(PROVINCE, keep);
  // --no-build serves the build already in .next (how the 'before' figures were taken while sources changed)
  if (!argv.includes('--no-build')) buildIfStale();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NEXTAUTH_SECRET: 'province-bench-secret',
        NEXTAUTH_URL: baseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const rss = rssSampler(server.pid!);
  try {
    await waitForHealth(baseUrl);
    const as = async (username: string): Promise<Session> => signIn(baseUrl, username, PASSWORD);
    const sessions = {
      leader: await as('leader'),
      admin: await as('admin'),
      evaluator: await as('evaluator'),
      manager: await as(managerName(5)),
    };
    // --skip-pages: only the concurrency figures and the first-load JS
    const pages = argv.includes('--skip-pages')
      ? []
      : await measurePages({ baseUrl, db: db.url, sessions, runs, rss, only });
    console.log(JSON.stringify(pages));
    if (only) {
      printTable(pages);
      return;
    }
    const managers: Session[] = [];
    for (const unit of await editableUnits(db.url)) managers.push(await as(managerName(unit)));
    await settle();
    const loadBaseline = await loadOn(baseUrl, sessions.leader, BASELINE_URL);
    console.log('[bench] baseline page load', JSON.stringify(loadBaseline));
    await settle();
    const load = await loadOn(baseUrl, sessions.leader, '/');
    console.log('[bench] dashboard load', JSON.stringify(load));
    await settle();
    const savesBaseline = await concurrentBaseline(baseUrl, managers);
    console.log('[bench] baseline page, 20 at once', JSON.stringify(savesBaseline));
    await settle();
    const saves = await concurrentSaves({ baseUrl, db: db.url, managers });
    console.log('[bench] saves', JSON.stringify(saves));
    const dashboardHtml = await fetch(`${baseUrl}/`, { headers: { Cookie: sessions.leader.cookie } }).then((r) =>
      r.text(),
    );
    const js = firstLoadJs(dashboardHtml);
    printTable(pages);
    console.log(
      `\n50 leaders on the dashboard (autocannon, ${load.seconds} s): p50 ${load.p50} ms, p99 ${load.p99} ms, ` +
        `${load.requests} requests, ${load.errors} errors, ${load.non2xx} non-2xx — target p99 < 500 ms, no error: ` +
        `${load.p99 < 500 && load.errors + load.non2xx === 0 ? 'met' : 'MISSED'}`,
    );
    console.log(
      `   the baseline page under the same load: p50 ${loadBaseline.p50} ms, p99 ${loadBaseline.p99} ms, ` +
        `${loadBaseline.requests} requests — the dashboard's p99 is ${(load.p99 / loadBaseline.p99).toFixed(1)}× its p99`,
    );
    console.log(
      `20 managers saving at once: ${saves.count} saves, p50 ${saves.p50.toFixed(0)} ms, p95 ${saves.p95.toFixed(0)} ms, ` +
        `${saves.failures} failures — target p95 < 200 ms: ${saves.p95 < 200 && saves.failures === 0 ? 'met' : 'MISSED'}`,
    );
    console.log(
      `   the baseline page, 20 at once, 5 each: p50 ${savesBaseline.p50.toFixed(0)} ms, p95 ${savesBaseline.p95.toFixed(0)} ms ` +
        `— the saves' p95 is ${(saves.p95 / savesBaseline.p95).toFixed(1)}× its p95`,
    );
    console.log(
      `驾驶舱 first-load JS: ${js.gzipKb.toFixed(0)} KB gzip (${js.rawKb.toFixed(0)} KB raw, ${js.files} files)`,
    );
    console.log(`server peak RSS over the run: ${rss.overall().toFixed(0)} MB`);
    const result = {
      commit,
      at: new Date().toISOString(),
      config: PROVINCE,
      contentHash,
      loadSeconds: db.loadSeconds,
      runs,
      pages,
      dashboardLoad: load,
      baselineLoad: loadBaseline,
      saves,
      savesBaseline,
      firstLoadJs: js,
      serverPeakRssMb: rss.overall(),
    };
    mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    const file = path.join(ROOT, 'bench-results', `province-${commit}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`\nwritten to ${path.relative(ROOT, file)}`);
  } finally {
    rss.stop();
    process.kill(-server.pid!, 'SIGTERM');
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

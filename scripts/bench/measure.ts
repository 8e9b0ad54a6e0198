// What the province benchmark measures: every page and export against the baseline page in the same run, the
// dashboard under 50 concurrent leaders, and 20 managers saving their months at once.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { percentile, timedGet, type Session, type rssSampler } from './http';
import { actionId } from './first-load';

/** The trivial signed-in page every figure is compared with: the 403 page a leader (or a manager) gets for /admin. */
export const BASELINE_URL = '/admin';

type Sessions = { leader: Session; admin: Session; evaluator: Session; manager: Session };
export type PageResult = {
  label: string;
  url: string;
  /** a request with no plan summary stored (every figure computed by the engine), after a warm-up request */
  coldMs: number;
  p50: number;
  p95: number;
  /** p50 of the baseline page requested in turn with this page: a slower spell of the machine moves both alike */
  baselineP50: number;
  ratio: number;
  bytes: number;
  rssPeakMb: number;
  rssGrowthMb: number;
  target?: string;
  met?: boolean;
};
type Page = {
  label: string;
  url: string;
  as: keyof Sessions;
  runs?: number;
  /** p50 at most this many times the baseline's */
  maxRatio?: number;
  maxMs?: number;
  maxKb?: number;
  maxRssGrowthMb?: number;
};

// every stored plan summary thrown away, so the next request computes its figures afresh
async function clearSummaries(db: string) {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    await client.query('DELETE FROM "PlanSummary"');
  } finally {
    await client.end();
  }
}

async function ids(db: string) {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const indicator = await client.query(
      `SELECT i.id FROM "Indicator" i JOIN "Plan" p ON p.id = i."planId" JOIN "Unit" u ON u.id = p."unitId"
       WHERE u.code = 'P0005' AND p.year = 2026 AND i.code = 'I02'`,
    );
    return { indicatorId: indicator.rows[0].id as number };
  } finally {
    await client.end();
  }
}

export async function measurePages(options: {
  baseUrl: string;
  db: string;
  sessions: Sessions;
  runs: number;
  rss: ReturnType<typeof rssSampler>;
  /** parts of labels: only those pages (and the baseline) are measured */
  only?: string[];
}): Promise<PageResult[]> {
  const { indicatorId } = await ids(options.db);
  const exportRuns = Math.max(3, Math.ceil(options.runs / 3));
  const pages: Page[] = [
    { label: 'baseline: leader 403 (/admin)', url: BASELINE_URL, as: 'leader' },
    { label: '驾驶舱, one unit', url: '/?unit=P0005&year=2026', as: 'leader', maxRatio: 2 },
    { label: '驾驶舱, all units', url: '/?unit=all&year=2026', as: 'leader', maxRatio: 4, maxKb: 300 },
    { label: 'indicator page', url: `/indicators/${indicatorId}`, as: 'leader', maxRatio: 2 },
    { label: 'entry page (manager, 2026-10)', url: '/entry/2026/10', as: 'manager', maxRatio: 2 },
    { label: 'review queue', url: '/review', as: 'leader', maxRatio: 2 },
    { label: '填报进度', url: '/progress?year=2026', as: 'leader', maxRatio: 2 },
    { label: 'audit log, one unit, page 3', url: '/admin/audit?unitId=7&page=3', as: 'admin', maxRatio: 2 },
    {
      label: 'audit log, one action, page 200',
      url: '/admin/audit?action=MONTH_SUBMIT&page=200',
      as: 'admin',
      maxRatio: 2,
    },
    {
      label: 'all three reports, all units, 2025, XLSX',
      url: '/api/reports/all?unit=all&year=2025&format=xlsx',
      as: 'evaluator',
      runs: exportRuns,
      maxMs: 2000,
    },
    {
      label: 'all three reports, all units, 2025, PDF',
      url: '/api/reports/all?unit=all&year=2025&format=pdf',
      as: 'evaluator',
      runs: exportRuns,
      maxMs: 5000,
    },
    {
      label: '月度明细, all units, 2025, XLSX',
      url: '/api/reports/monthly?unit=all&year=2025&format=xlsx',
      as: 'evaluator',
      runs: exportRuns,
    },
    {
      label: '月度明细, all units, 2017–2026, XLSX',
      url: '/api/reports/monthly?unit=all&fromYear=2017&year=2026&format=xlsx',
      as: 'evaluator',
      runs: exportRuns,
      maxMs: 10_000,
      maxRssGrowthMb: 300,
    },
  ];
  const results: PageResult[] = [];
  const only = options.only;
  const baselinePage = pages[0];
  const chosen = only ? pages.filter((p) => p === baselinePage || only.some((o) => p.label.includes(o))) : pages;
  // the server's code warmed up (JIT) on every page first: otherwise the pages measured first, the baseline among them,
  // run slower than the rest and every ratio is off
  for (let round = 0; round < 3; round++)
    for (const page of chosen.filter((p) => !p.runs))
      await timedGet(options.baseUrl, options.sessions[page.as], page.url);
  for (const page of chosen) {
    const session = options.sessions[page.as];
    const runs = page.runs ?? options.runs;
    const warm = await timedGet(options.baseUrl, session, page.url);
    await clearSummaries(options.db);
    const cold = await timedGet(options.baseUrl, session, page.url);
    const times: number[] = [];
    const baselineTimes: number[] = [];
    let bytes = warm.bytes;
    let status = warm.status;
    const rssBefore = options.rss.reset();
    for (let i = 0; i < runs; i++) {
      if (page !== baselinePage)
        baselineTimes.push((await timedGet(options.baseUrl, options.sessions[baselinePage.as], baselinePage.url)).ms);
      const r = await timedGet(options.baseUrl, session, page.url);
      times.push(r.ms);
      bytes = r.bytes;
      status = r.status;
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const baselineP50 =
      page === baselinePage
        ? p50
        : percentile(
            baselineTimes.sort((a, b) => a - b),
            50,
          );
    const ratio = p50 / baselineP50;
    const rssPeakMb = options.rss.peak();
    const rssGrowthMb = rssPeakMb - rssBefore;
    const checks: [string, boolean][] = [];
    if (page.maxRatio) checks.push([`p50 ≤ ${page.maxRatio}×`, ratio <= page.maxRatio]);
    if (page.maxMs) checks.push([`p50 < ${page.maxMs / 1000} s`, p50 < page.maxMs]);
    if (page.maxKb) checks.push([`≤ ${page.maxKb} KB`, bytes <= page.maxKb * 1024]);
    if (page.maxRssGrowthMb)
      checks.push([`RSS +${rssGrowthMb.toFixed(0)} < ${page.maxRssGrowthMb} MB`, rssGrowthMb < page.maxRssGrowthMb]);
    const expected = page.url.startsWith('/admin') && page.as === 'leader' ? 403 : 200;
    if (status !== expected) checks.push([`HTTP ${status}`, false]);
    results.push({
      label: page.label,
      url: page.url,
      coldMs: cold.ms,
      p50,
      p95: percentile(times, 95),
      baselineP50,
      ratio,
      bytes,
      rssPeakMb,
      rssGrowthMb,
      ...(checks.length ? { target: checks.map(([t]) => t).join(', '), met: checks.every(([, ok]) => ok) } : {}),
    });
    console.log(`[bench] ${page.label}: p50 ${p50.toFixed(0)} ms (HTTP ${status})`);
  }
  return results;
}

export type LoadResult = {
  seconds: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
};

/**
 * `connections` clients requesting `url` back to back for 10 seconds: 50 leaders on the dashboard, and the same load
 * on the baseline page, which shows what the server does under it for the least work a signed-in page can be.
 */
export async function loadOn(baseUrl: string, session: Session, url: string, connections = 50): Promise<LoadResult> {
  const seconds = 10;
  const result = await autocannon({
    url: `${baseUrl}${url}`,
    connections,
    duration: seconds,
    headers: { cookie: session.cookie },
  });
  return {
    seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * The baseline of the concurrent saves: the same managers requesting the baseline page in the same pattern (all at
 * once, each five times in a row), so the saves' p95 can be read against the least a request costs under that load.
 */
export async function concurrentBaseline(baseUrl: string, managers: Session[]) {
  const times: number[] = [];
  let unexpected = 0;
  await Promise.all(
    managers.map(async (m) => {
      for (let i = 0; i < 5; i++) {
        const r = await timedGet(baseUrl, m, BASELINE_URL);
        times.push(r.ms);
        if (r.status !== 403) unexpected += 1;
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), unexpected };
}

export type SaveResult = { count: number; p50: number; p95: number; failures: number };

/**
 * 20 managers of different units saving their October draft at once, each five times in a row: the save is a server
 * action, posted the way the entry form posts it; the version of the month comes from the database between saves.
 */
export async function concurrentSaves(options: {
  baseUrl: string;
  db: string;
  managers: Session[];
}): Promise<SaveResult> {
  const id = actionId('saveMonthAction');
  const client = new pg.Client({ connectionString: options.db });
  await client.connect();
  const times: number[] = [];
  let failures = 0;
  const { rows: started } = await client.query<{ at: Date }>('SELECT clock_timestamp() AS at');
  try {
    const months = await Promise.all(
      options.managers.map(async (m) => {
        const unitCode = `P${m.username.slice(-3).padStart(4, '0')}`;
        const { rows } = await client.query(
          `SELECT r.id AS "reportId", i.id AS "indicatorId", a.value::text AS value
           FROM "Plan" p JOIN "Unit" u ON u.id = p."unitId"
           JOIN "MonthReport" r ON r."planId" = p.id AND r.month = 10
           JOIN "Indicator" i ON i."planId" = p.id AND i.code = 'I01'
           JOIN "MonthlyActual" a ON a."indicatorId" = i.id AND a.month = 10
           WHERE u.code = $1 AND p.year = 2026`,
          [unitCode],
        );
        return { session: m, unitCode, ...rows[0] } as {
          session: Session;
          unitCode: string;
          reportId: number;
          indicatorId: number;
          value: string;
        };
      }),
    );
    await Promise.all(
      months.map(async (m) => {
        for (let i = 0; i < 5; i++) {
          const { rows } = await client.query('SELECT version FROM "MonthReport" WHERE id = $1', [m.reportId]);
          const body = JSON.stringify([
            {
              unitCode: m.unitCode,
              year: 2026,
              month: 10,
              version: rows[0].version,
              intent: 'DRAFT',
              budget: null,
              rows: [{ indicatorId: m.indicatorId, value: String(Math.round(Number(m.value)) + i + 1) }],
            },
          ]);
          const start = performance.now();
          const response = await fetch(`${options.baseUrl}/entry/2026/10`, {
            method: 'POST',
            headers: {
              Cookie: m.session.cookie,
              'Next-Action': id,
              'Content-Type': 'text/plain;charset=UTF-8',
              Accept: 'text/x-component',
            },
            body,
          });
          const text = await response.text();
          times.push(performance.now() - start);
          if (!response.ok || !text.includes('"ok":true')) failures += 1;
        }
      }),
    );
  } finally {
    // the saves' audit events go again, so a kept database shows the next run's pages (a month's history, the audit
    // log) as generated; the figures saved stay, a few units off
    await client.query('DELETE FROM "AuditEvent" WHERE at >= $1', [started[0].at]);
    await client.end();
  }
  times.sort((a, b) => a - b);
  return { count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), failures };
}

// HTTP helpers of the province benchmark: signing in through next-auth's credentials flow, timed requests, and the
// resident memory of the server's process tree.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export type Session = { username: string; cookie: string };

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/** Signs in as a user through the login form's endpoint and returns the session cookie. */
export async function signIn(baseUrl: string, username: string, password: string, attempt = 1): Promise<Session> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiesOf(csrfResponse) },
    body: new URLSearchParams({ username, password, csrfToken, json: 'true' }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('next-auth.session-token='));
  if (!session) {
    // a sign-in can time out on a machine this busy; three tries before giving up
    if (attempt < 3) return signIn(baseUrl, username, password, attempt + 1);
    throw new Error(`Sign-in as ${username} failed (${response.status}): ${await response.text()}`);
  }
  return { username, cookie: session };
}

export type Timed = { ms: number; status: number; bytes: number };

export async function timedGet(baseUrl: string, session: Session, url: string): Promise<Timed> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}${url}`, { headers: { Cookie: session.cookie }, redirect: 'manual' });
  const body = new Uint8Array(await response.arrayBuffer());
  return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  let kb = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      kb += match ? Number(match[1]) : 0;
    } catch {
      continue;
    }
    queue.push(...childrenOf(current));
  }
  return kb / 1024;
}

/** Samples the tree's RSS every 50 ms; peak() since the last reset(). */
export function rssSampler(pid: number) {
  let peak = 0;
  let overall = 0;
  const timer = setInterval(() => {
    const now = treeRssMb(pid);
    peak = Math.max(peak, now);
    overall = Math.max(overall, now);
  }, 50);
  return {
    reset: () => {
      peak = treeRssMb(pid);
      return peak;
    },
    peak: () => peak,
    overall: () => overall,
    stop: () => clearInterval(timer),
  };
}

/** The numbers of 20 units whose latest month (2026-10) a manager may still save: a draft or a returned month. */
export async function editableUnits(db: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string }>(
      `SELECT u.code FROM "MonthReport" r JOIN "Plan" p ON p.id = r."planId" JOIN "Unit" u ON u.id = p."unitId"
       WHERE p.year = 2026 AND r.month = 10 AND r.state IN ('DRAFT', 'RETURNED') ORDER BY u.code LIMIT 20`,
    );
    return rows.map((r) => Number(r.code.slice(1)));
  } finally {
    await client.end();
  }
}

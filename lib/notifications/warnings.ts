import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { applyImport, checkImport, type ImportFile, type ImportSummary } from '@/lib/data/import';
import { type Message, notify, recipientsOf } from '@/lib/data/notifications';
import { getPlanPerformance, type PlanPerformance } from '@/lib/data/performance';
import { reviewMonth } from '@/lib/data/review';
import { effectiveComparator, meetsTarget } from '@/lib/domain';
import type { Review } from '@/lib/validation/entry';
import { isWorse } from './rules';

export type WatchedMonth = { unitCode: string; year: number; month: number };

// The warnings read every unit's figures on behalf of the system, not of the person whose write raised them.
const SYSTEM_READER: SessionUser = { id: 0, username: 'system', name: 'system', role: 'LEADER', unitId: null };

// Statuses and projections only: without the month-by-month series a plan computes in about two thirds of the time,
// and the summary it stores is the one the all-units 驾驶舱 reads for that month.
const snapshot = (key: WatchedMonth, approvedOnly: boolean) =>
  getPlanPerformance(SYSTEM_READER, {
    unitCode: key.unitCode,
    year: key.year,
    asOf: key.month,
    approvedOnly,
    withMonthly: false,
  });

type Indicator = PlanPerformance['indicators'][number];

/** 全年预计完成值 short of the target (COUNT and RATIO indicators with a target and a projection) */
const isProjectedBelow = (i: Indicator) =>
  i.target !== null &&
  i.figures.projection !== null &&
  !meetsTarget(effectiveComparator(i.comparator, i.target), i.figures.projection, i.target);

/**
 * The warnings one change raises: an indicator whose cumulative status got worse, or whose projection fell short.
 * `change` names the write (the month's version after it), so each change is told once, however often it is seen.
 */
export function warningsBetween(before: PlanPerformance | null, after: PlanPerformance, change: string) {
  const changes: {
    indicator: Indicator;
    text: 'warningStatus' | 'warningProjection';
    from: Indicator['figures']['status'];
  }[] = [];
  for (const indicator of after.indicators) {
    const previous = before?.indicators.find((i) => i.id === indicator.id);
    const from = previous?.figures.status ?? 'NO_DATA';
    if (isWorse(from, indicator.figures.status)) changes.push({ indicator, text: 'warningStatus', from });
    else if (isProjectedBelow(indicator) && !(previous && isProjectedBelow(previous)))
      changes.push({ indicator, text: 'warningProjection', from });
  }
  return changes.map(({ indicator: i, text, from }) => ({
    indicatorId: i.id,
    dedupeKey: `warn:${i.id}:${after.asOf}:${text}:${change}`,
    params: {
      text,
      unit: after.unit.name,
      unitCode: after.unit.code,
      year: after.year,
      month: after.asOf,
      indicator: i.name,
      from,
      to: i.figures.status,
      ytd: i.figures.ytdValue,
      projection: i.figures.projection,
      target: i.targetText,
      display: { kind: i.kind, displayDivisor: i.displayDivisor, displayUnit: i.displayUnit },
    },
    link: `/indicators/${i.id}?asOf=${after.asOf}`,
  }));
}

/** Every write of a month (save, import, API write, review) bumps its version: that names the change. */
async function changeOf(key: WatchedMonth, now: Date) {
  const report = await prisma.monthReport.findFirst({
    where: { month: key.month, plan: { year: key.year, unit: { code: key.unitCode } } },
    select: { id: true, version: true },
  });
  return report ? `r${report.id}v${report.version}` : `t${now.getTime()}`;
}

/**
 * Runs a write (a save, an import, an API write, an approval) and then tells the unit's managers and the leaders,
 * once per change, about every indicator it made worse; the scheduled sender delivers the e-mails and robot
 * messages. A failure to warn is logged and never undoes the write. With `defer` (Next's `after`), the figures after
 * the write are computed once the answer has gone out, so the writer does not wait for them.
 */
export async function withWarnings<T>(
  months: WatchedMonth[],
  write: () => Promise<T>,
  options: { approvedOnly?: boolean; now?: Date; defer?: (task: () => Promise<void>) => void } = {},
): Promise<T> {
  const approvedOnly = options.approvedOnly ?? false;
  const before = await Promise.all(months.map((m) => snapshot(m, approvedOnly).catch(() => null)));
  const result = await write();
  const tell = () => tellWarnings(months, before, approvedOnly, options.now);
  if (options.defer) options.defer(tell);
  else await tell();
  return result;
}

async function tellWarnings(
  months: WatchedMonth[],
  before: (PlanPerformance | null)[],
  approvedOnly: boolean,
  at: Date | undefined,
) {
  try {
    const now = at ?? clock.now();
    const messages: Message[] = [];
    for (const [index, key] of months.entries()) {
      const after = await snapshot(key, approvedOnly);
      if (!after) continue;
      const warnings = warningsBetween(before[index], after, await changeOf(key, now));
      if (warnings.length === 0) continue;
      const recipients = await recipientsOf({ managersOf: after.unit.id, leaders: true });
      for (const w of warnings)
        messages.push({ kind: 'WARNING', unitId: after.unit.id, recipients, toRobots: true, ...w });
    }
    await notify(messages);
  } catch (error) {
    console.error('[notifications] warnings', error);
  }
}

/**
 * An import with its warnings: the file is checked first, so the months it touches are known before it is applied,
 * then applied inside withWarnings like any other write (the upload route's action runs exactly this).
 */
export async function importWithWarnings(
  user: SessionUser,
  file: ImportFile,
  options: { now?: Date } = {},
): Promise<ImportSummary> {
  const checked = await checkImport(user, file, options);
  const months = new Map(
    checked.changes.map((c) => [
      `${c.plan.unitCode}:${c.plan.year}:${c.month}`,
      { unitCode: c.plan.unitCode, year: c.plan.year, month: c.month },
    ]),
  );
  return withWarnings([...months.values()], () => applyImport(user, checked), { now: options.now });
}

/**
 * A leader's decision on a submitted month with its warnings: an approval adds the month to the approved figures,
 * which may turn them worse (compared on approved figures only, before and after); a return tells nobody.
 */
export async function reviewWithWarnings(user: SessionUser, input: Review) {
  return withWarnings(input.decision === 'APPROVE' ? [input] : [], () => reviewMonth(user, input), {
    approvedOnly: true,
  });
}

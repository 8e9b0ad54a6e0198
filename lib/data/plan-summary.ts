import 'server-only';
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';

// Stored engine results per plan and view (issue 13). A summary is used only while three things still hold:
// - its unit's data version is the one it was computed at: triggers bump the version in the same transaction as every
//   change to what the figures are computed from (migration 20261127214600_plan_summary);
// - it was computed by the same code: a production build carries the fingerprint of lib/ (next.config.mjs); any other
//   process (a dev server, a test, a script) has one of its own and never reuses another's summaries;
// - the version is read before the data it is computed from, so a summary stored under version v holds at least
//   everything committed up to v, and one holding later data is never used, since any later write moved the version
//   past v.

const ENGINE = process.env.ENGINE_FINGERPRINT ?? `process-${randomUUID()}`;

export type SummaryKey = { planId: number; unitId: number };

async function storedSummaries<T>(planIds: number[], variant: string): Promise<Map<number, T>> {
  // one statement: the summary and the unit's current version from one snapshot
  const rows = await prisma.$queryRaw<{ planId: number; figures: string }[]>`
    SELECT s."planId", s.figures
    FROM "PlanSummary" s
    JOIN "UnitDataVersion" v ON v."unitId" = s."unitId" AND v."version" = s."dataVersion"
    WHERE s."planId" = ANY(${planIds}::int[]) AND s.variant = ${variant} AND s.engine = ${ENGINE}`;
  return new Map(rows.map((r) => [r.planId, JSON.parse(r.figures) as T]));
}

async function dataVersions(unitIds: number[]): Promise<Map<number, string>> {
  const rows = await prisma.$queryRaw<{ unitId: number; version: string }[]>`
    SELECT "unitId", "version"::text AS version FROM "UnitDataVersion" WHERE "unitId" = ANY(${unitIds}::int[])`;
  return new Map(rows.map((r) => [r.unitId, r.version]));
}

async function store<T>(keys: SummaryKey[], variant: string, versions: Map<number, string>, fresh: Map<number, T>) {
  const rows = keys.filter((k) => fresh.has(k.planId) && versions.has(k.unitId));
  if (rows.length === 0) return;
  await prisma.$executeRaw`
    INSERT INTO "PlanSummary" ("planId", variant, "unitId", "dataVersion", engine, figures)
    SELECT r."planId", ${variant}, r."unitId", r.version::bigint, ${ENGINE}, r.figures
    FROM unnest(
      ${rows.map((k) => k.planId)}::int[],
      ${rows.map((k) => k.unitId)}::int[],
      ${rows.map((k) => versions.get(k.unitId)!)}::text[],
      ${rows.map((k) => JSON.stringify(fresh.get(k.planId)))}::text[]
    ) AS r("planId", "unitId", version, figures)
    ON CONFLICT ("planId", variant) DO UPDATE
      SET "dataVersion" = EXCLUDED."dataVersion", engine = EXCLUDED.engine, figures = EXCLUDED.figures,
          "computedAt" = CURRENT_TIMESTAMP
      WHERE "PlanSummary"."dataVersion" <= EXCLUDED."dataVersion" OR "PlanSummary".engine <> EXCLUDED.engine`;
}

// Computations running in this process, by view, plan and data version: a reader that needs a summary another
// request is computing waits for that one instead of computing it again (after a deploy or a write, every leader
// opening the dashboard at once would otherwise compute the same plans side by side).
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Each plan's result for one view: the stored summary where it is still current, else `compute`d for the rest (in
 * one call) and stored for the next reader. A failed store costs only speed: the computed result is returned anyway.
 */
export async function throughSummaries<T>(
  keys: SummaryKey[],
  variant: string,
  compute: (keys: SummaryKey[]) => Promise<Map<number, T>>,
): Promise<Map<number, T>> {
  if (keys.length === 0) return new Map();
  const found = await storedSummaries<T>(
    keys.map((k) => k.planId),
    variant,
  );
  const missing = keys.filter((k) => !found.has(k.planId));
  if (missing.length === 0) return found;
  const versions = await dataVersions([...new Set(missing.map((k) => k.unitId))]);
  // the same version read first: another request's result for it holds at least what ours would
  const flightOf = (k: SummaryKey) => `${variant}|${k.planId}|${versions.get(k.unitId)}`;
  const joined = missing.filter((k) => inFlight.has(flightOf(k)));
  const mine = missing.filter((k) => !inFlight.has(flightOf(k)));
  const computing = mine.length > 0 ? computeAndStore(mine, variant, versions, compute) : null;
  for (const k of mine) {
    const flight = flightOf(k);
    const result = computing!.then((fresh) => fresh.get(k.planId));
    inFlight.set(flight, result);
    const forget = () => {
      if (inFlight.get(flight) === result) inFlight.delete(flight);
    };
    result.then(forget, forget);
  }
  const theirs = await Promise.all(joined.map((k) => inFlight.get(flightOf(k)) as Promise<T | undefined>));
  const fresh = computing ? await computing : new Map<number, T>();
  joined.forEach((k, i) => {
    if (theirs[i] !== undefined) fresh.set(k.planId, theirs[i]);
  });
  return new Map([...found, ...fresh]);
}

async function computeAndStore<T>(
  keys: SummaryKey[],
  variant: string,
  versions: Map<number, string>,
  compute: (keys: SummaryKey[]) => Promise<Map<number, T>>,
): Promise<Map<number, T>> {
  const fresh = await compute(keys);
  await store(keys, variant, versions, fresh).catch((error: unknown) =>
    console.error('[plan-summary] could not store summaries', error),
  );
  return fresh;
}

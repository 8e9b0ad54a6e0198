import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/data/admin-common';
import { recordAudit } from '@/lib/data/audit';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { shanghaiDayStart, type AuditFilter } from '@/lib/validation/admin-audit';

export const AUDIT_PAGE_SIZE = 50;

/** The log's one order, for the pages and the export alike: newest first, ties by id. */
const NEWEST_FIRST = [{ at: 'desc' }, { id: 'desc' }] satisfies Prisma.AuditEventOrderByWithRelationInput[];

const EVENT_FIELDS = {
  id: true,
  at: true,
  action: true,
  entity: true,
  entityId: true,
  unitId: true,
  before: true,
  after: true,
  userId: true,
} as const;

export type AuditRow = {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** what the entity is called, where the page has it at hand (a user's or unit's name, an indicator's, a file's) */
  entityName: string | null;
  user: { username: string; displayName: string } | null;
  unit: { code: string; name: string } | null;
  before: unknown;
  after: unknown;
};

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = shanghaiDayStart(filter.from);
  if (filter.to) at.lt = new Date(shanghaiDayStart(filter.to).getTime() + 24 * 3600_000);
  return {
    userId: filter.userId,
    action: filter.action,
    entity: filter.entity,
    unitId: filter.unitId,
    ...(filter.from || filter.to ? { at } : {}),
  };
}

/**
 * How far ahead of the requested page the log is counted. Counting a whole filter reads every matching index entry
 * (a common action holds 120,000 events at province scale: 35 ms), while the pager needs only the pages around the
 * one shown; past this the total is "more than".
 */
export const AUDIT_PAGES_COUNTED_AHEAD = 10;

type PageEvent = {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: number | null;
  userId: number | null;
  before: unknown;
  after: unknown;
  /** the indicator the event is about (an indicator's own events, a month's figure by its payload), when it exists */
  indicatorName: string | null;
};

/** A page's events by id, newest first, with the name of the indicator each is about joined in the same statement. */
function eventsWithIndicator(ids: number[]): Promise<PageEvent[]> {
  return prisma.$queryRaw<PageEvent[]>`
    SELECT e.id, e.at, e.action, e.entity, e."entityId", e."unitId", e."userId", e.before, e.after,
           i.name AS "indicatorName"
    FROM "AuditEvent" e
    LEFT JOIN "Indicator" i ON i.id = CASE
      WHEN e.entity = 'Indicator' AND e."entityId" ~ '^[0-9]{1,9}$' THEN e."entityId"::int
      WHEN e.entity = 'MonthlyActual' AND COALESCE(e.after->>'indicatorId', e.before->>'indicatorId') ~ '^[0-9]{1,9}$'
        THEN COALESCE(e.after->>'indicatorId', e.before->>'indicatorId')::int
    END
    WHERE e.id = ANY(${ids}::int[])
    ORDER BY e.at DESC, e.id DESC`;
}

/** Newest first, 50 a page (offset: the log is browsed page by page, rarely deep). */
async function pageOfEvents(where: Prisma.AuditEventWhereInput, requestedPage: number) {
  // a page's ids first: the rows skipped over are read from an index alone, not fetched whole and thrown away
  const idsOf = (page: number) =>
    prisma.auditEvent.findMany({
      where,
      orderBy: NEWEST_FIRST,
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true },
    });
  const countedUpTo = (requestedPage + AUDIT_PAGES_COUNTED_AHEAD) * AUDIT_PAGE_SIZE;
  // the count and the requested page side by side (two connections); a page past the end is read again, clamped.
  // The count runs in the page's order, so that it reads the same index as the page.
  const [counted, requested] = await Promise.all([
    prisma.auditEvent.count({ where, orderBy: NEWEST_FIRST, take: countedUpTo + 1 }),
    idsOf(requestedPage),
  ]);
  const more = counted > countedUpTo;
  const total = Math.min(counted, countedUpTo);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const ids = (page === requestedPage ? requested : await idsOf(page)).map((e) => e.id);
  const events = ids.length === 0 ? [] : await eventsWithIndicator(ids);
  return { events, total, more, page, pageCount };
}

type Payload = Record<string, unknown>;
const payloadOf = (value: unknown): Payload =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Payload) : {};
const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const idOf = (value: unknown): number | null => {
  const id = Number(value);
  return value != null && value !== '' && Number.isSafeInteger(id) ? id : null;
};
type Names = { users: Map<number, { displayName: string }>; units: Map<number, { name: string }> };

/** What an event's entity is called, from what the page has at hand; null when nothing names it. */
function entityNameOf(e: PageEvent, names: Names): string | null {
  const id = idOf(e.entityId);
  const [after, before] = [payloadOf(e.after), payloadOf(e.before)];
  const recorded = (key: string) => textOf(after[key]) ?? textOf(before[key]);
  if (e.entity === 'User') return id === null ? null : (names.users.get(id)?.displayName ?? null);
  if (e.entity === 'Unit') return id === null ? null : (names.units.get(id)?.name ?? null);
  if (e.entity === 'EvidenceFile' || e.entity === 'Import') return recorded('fileName');
  if (e.entity === 'ApiToken') return recorded('name') ?? recorded('token');
  // a deleted indicator keeps the name its events recorded
  return e.indicatorName ?? (e.entity === 'Indicator' ? recorded('name') : null);
}

/**
 * The log's page under a filter, with what the filters offer: every user and unit, which also name the page's rows
 * (one read of each for both); the indicators the page's events are about are named by the page's own statement.
 */
export async function getAuditLog(actor: SessionUser, filter: AuditFilter) {
  assertCan(actor, 'audit.view');
  const [options, { events, ...paging }] = await Promise.all([
    listAuditFilterOptions(),
    pageOfEvents(whereOf(filter), filter.page),
  ]);
  const users = new Map(options.users.map((u) => [u.id, u]));
  const units = new Map(options.units.map((u) => [u.id, u]));
  const rows: AuditRow[] = events.map((e) => {
    const user = e.userId === null ? undefined : users.get(e.userId);
    const unit = e.unitId === null ? undefined : units.get(e.unitId);
    return {
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      entityName: entityNameOf(e, { users, units }),
      user: user ? { username: user.username, displayName: user.displayName } : null,
      unit: unit ? { code: unit.code, name: unit.name } : null,
      before: e.before,
      after: e.after,
    };
  });
  return { options, rows, ...paging };
}

/**
 * The distinct actions or entities of the log, in order: a loose index scan (one index probe per distinct value, on
 * the column's leading index) instead of grouping a million rows.
 */
async function distinctValues(column: 'action' | 'entity'): Promise<string[]> {
  const rows =
    column === 'action'
      ? await prisma.$queryRaw<{ v: string | null }[]>`
          WITH RECURSIVE d AS (
            SELECT MIN(action) AS v FROM "AuditEvent"
            UNION ALL SELECT (SELECT MIN(action) FROM "AuditEvent" WHERE action > d.v) FROM d WHERE d.v IS NOT NULL
          ) SELECT v FROM d WHERE v IS NOT NULL`
      : await prisma.$queryRaw<{ v: string | null }[]>`
          WITH RECURSIVE d AS (
            SELECT MIN(entity) AS v FROM "AuditEvent"
            UNION ALL SELECT (SELECT MIN(entity) FROM "AuditEvent" WHERE entity > d.v) FROM d WHERE d.v IS NOT NULL
          ) SELECT v FROM d WHERE v IS NOT NULL`;
  return rows.map((r) => r.v!);
}

/** What the filters offer: every user and unit, and the actions and entities that occur. */
async function listAuditFilterOptions() {
  const [users, actions, entities, units] = await Promise.all([
    prisma.user.findMany({ orderBy: { username: 'asc' }, select: { id: true, username: true, displayName: true } }),
    distinctValues('action'),
    distinctValues('entity'),
    prisma.unit.findMany({
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true, code: true, name: true },
    }),
  ]);
  return { users, actions, entities, units };
}

export type AuditExportRow = Omit<AuditRow, 'at' | 'entityName'> & { at: Date };

/**
 * Every event of the filter, newest first, in batches read by keyset (at, id) so that memory holds one batch however
 * long the log; events recorded after the export began are left out, so the file is one consistent cut.
 */
export async function* auditEventBatches(
  actor: SessionUser,
  filter: AuditFilter,
  batchSize = 2000,
): AsyncGenerator<AuditExportRow[]> {
  assertCan(actor, 'audit.view');
  const where = whereOf(filter);
  const newest = await prisma.auditEvent.aggregate({ where, _max: { id: true } });
  if (newest._max.id === null) return;
  const units = new Map(
    (await prisma.unit.findMany({ select: { id: true, code: true, name: true } })).map((u) => [u.id, u]),
  );
  let after: { at: Date; id: number } | null = null;
  while (true) {
    const keyset: Prisma.AuditEventWhereInput = after
      ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] }
      : {};
    const events = await prisma.auditEvent.findMany({
      where: { AND: [where, { id: { lte: newest._max.id } }, keyset] },
      orderBy: NEWEST_FIRST,
      take: batchSize,
      select: { ...EVENT_FIELDS, userId: false, user: { select: { username: true, displayName: true } } },
    });
    if (events.length === 0) return;
    yield events.map(({ unitId, ...e }) => {
      const unit = unitId === null ? undefined : units.get(unitId);
      return { ...e, unit: unit ? { code: unit.code, name: unit.name } : null };
    });
    const last = events[events.length - 1];
    after = { at: last.at, id: last.id };
    if (events.length < batchSize) return;
  }
}

/** The export of the log is itself an audited read (action EXPORT on the audit log). */
export async function recordAuditExport(
  actor: SessionUser,
  event: { format: string; filter: Omit<AuditFilter, 'page'>; rows: number; bytes: number },
): Promise<void> {
  // a busy machine can take more than Prisma's default 2 s to start it; the file is written already, so wait
  await prisma.$transaction(
    (tx) =>
      recordAudit(tx, {
        userId: actor.id,
        action: 'EXPORT',
        entity: 'AuditLog',
        after: JSON.parse(JSON.stringify(event)) as Prisma.InputJsonValue,
      }),
    { maxWait: 15_000 },
  );
}

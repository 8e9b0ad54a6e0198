import 'server-only';
import type { AuditCode } from '@/lib/audit-vocabulary';
import { clock } from '@/lib/clock';
import { createHash, randomBytes } from 'node:crypto';
import { can, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import { AppError } from '@/lib/errors';

const TOKEN_PREFIX = 'fj12345_';
// A service account can never sign in: no bcrypt hash matches this.
const NO_PASSWORD = '!api-token';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export type ApiCaller = {
  tokenId: number;
  tokenName: string;
  /** the unit the token writes for; null for an all-units read-only token */
  unitId: number | null;
  isReadOnly: boolean;
  /** the token's service user: every write and audit event goes through it */
  user: SessionUser;
};

export type ApiTokenRow = {
  id: number;
  name: string;
  unitCode: string | null;
  unitName: string | null;
  tokenPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

function assertAdmin(user: SessionUser) {
  if (!can(user, 'users.manage')) throw new AppError('FORBIDDEN', 'common.errors.forbidden');
}

/**
 * Creates a token for one unit (writes that unit's months) or for all units (read-only), with a service user named
 * after it. The token itself is returned once and only its SHA-256 is stored.
 */
export async function createApiToken(admin: SessionUser, input: { name: string; unitId: number | null }) {
  assertAdmin(admin);
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const created = await prisma.$transaction(async (tx) => {
    const unit = input.unitId === null ? null : await tx.unit.findUnique({ where: { id: input.unitId } });
    if (input.unitId !== null && !unit) throw new AppError('NOT_FOUND', 'admin.errors.notFound');
    const user = await tx.user.create({
      data: {
        username: `api-${randomBytes(6).toString('hex')}`,
        displayName: `API · ${input.name}`.slice(0, 100),
        passwordHash: NO_PASSWORD,
        role: unit ? 'MANAGER' : 'EVALUATOR',
        unitId: unit?.id ?? null,
      },
    });
    const row = await tx.apiToken.create({
      data: {
        name: input.name,
        unitId: unit?.id ?? null,
        userId: user.id,
        tokenHash: hashToken(token),
        tokenPrefix: token.slice(0, 14),
        createdById: admin.id,
      },
    });
    await recordAudit(tx, {
      userId: admin.id,
      unitId: unit?.id ?? null,
      action: 'API_TOKEN_CREATE',
      entity: 'ApiToken',
      entityId: row.id,
      after: { name: row.name, unitCode: unit?.code ?? null, tokenPrefix: row.tokenPrefix },
    });
    return row;
  });
  return { id: created.id, token };
}

/** Revokes a token at once; its service user is disabled with it. */
export async function revokeApiToken(admin: SessionUser, id: number, now = clock.now()) {
  assertAdmin(admin);
  await prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id } });
    if (!row) throw new AppError('NOT_FOUND', 'admin.errors.notFound');
    if (row.revokedAt) return;
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { isActive: false, version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: admin.id,
      unitId: row.unitId,
      action: 'API_TOKEN_REVOKE',
      entity: 'ApiToken',
      entityId: id,
      before: { name: row.name, revokedAt: null },
      after: { name: row.name, revokedAt: now.toISOString() },
    });
  });
}

export async function listApiTokens(admin: SessionUser): Promise<ApiTokenRow[]> {
  assertAdmin(admin);
  const rows = await prisma.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    include: { unit: { select: { code: true, name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unitCode: r.unit?.code ?? null,
    unitName: r.unit?.name ?? null,
    tokenPrefix: r.tokenPrefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

export type TokenCheck = { ok: true; caller: ApiCaller } | { ok: false; reason: 'MISSING' | 'UNKNOWN' | 'REVOKED' };

/** The caller behind `Authorization: Bearer <token>`. */
export async function authenticateApiToken(header: string | null, now = clock.now()): Promise<TokenCheck> {
  const token = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!token) return { ok: false, reason: 'MISSING' };
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, username: true, displayName: true, role: true, unitId: true } } },
  });
  if (!row) return { ok: false, reason: 'UNKNOWN' };
  if (row.revokedAt) return { ok: false, reason: 'REVOKED' };
  await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const u = row.user;
  return {
    ok: true,
    caller: {
      tokenId: row.id,
      tokenName: row.name,
      unitId: row.unitId,
      isReadOnly: row.unitId === null,
      user: { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId },
    },
  };
}

/** One audit event per API call, under the token's service user (its name is the token's). */
export async function auditApiCall(
  caller: ApiCaller,
  call: { method: string; path: string; status: number },
  now = clock.now(),
) {
  await prisma.auditEvent.create({
    data: {
      at: now,
      userId: caller.user.id,
      unitId: caller.unitId,
      ...({ action: 'API_CALL', entity: 'ApiToken' } satisfies AuditCode),
      entityId: String(caller.tokenId),
      after: { token: caller.tokenName, ...call },
    },
  });
}

/**
 * Counts a call in the token's window of the minute (one row per token, kind and minute, so every instance counts
 * the same calls); returns the seconds to wait when the limit is passed.
 */
export async function countApiCall(
  tokenId: number,
  kind: 'READ' | 'WRITE',
  limit: number,
  now = clock.now(),
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "kind", "windowStart", "count") VALUES (${tokenId}, ${kind}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "kind", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  if (row.count <= limit) return { ok: true };
  return { ok: false, retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000)) };
}

/** Drops rate windows older than an hour (run by the scheduled housekeeping). */
export async function pruneApiRateWindows(now = clock.now()) {
  await prisma.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 3_600_000) } } });
}

import 'server-only';
import type { z, ZodType } from 'zod';
import type { AuditAction, AuditEntity } from '@/lib/audit-vocabulary';
import type { Tx } from '@/lib/db';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { fieldErrorsOf, parseInput as parseWithKeys } from '@/lib/validation/issues';

/** Every admin data function checks who is asking, whatever the caller already checked. */
export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) throw new AppError('FORBIDDEN', 'common.errors.forbidden');
}

/** Parses again at the data boundary, so a caller that skipped the form cannot store what the form would refuse. */
export function parseInput<S extends ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = parseWithKeys(schema, input);
  if (parsed.success) return parsed.data;
  throw new AppError('INVALID', 'common.errors.invalid', {}, fieldErrorsOf(parsed.error));
}

export const notFound = () => new AppError('NOT_FOUND', 'admin.errors.notFound');

export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

const LOGIN_ACTIONS: AuditAction[] = ['LOGIN', 'LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGIN_REFUSED_LOCKED', 'LOGOUT'];

/** "数据已被{user}于{at}修改…": names the last editor of the record from the audit trail when there is one. */
export async function staleError(tx: Tx, entity: AuditEntity, entityId: number): Promise<AppError> {
  const last = await tx.auditEvent.findFirst({
    where: { entity, entityId: String(entityId), action: { notIn: LOGIN_ACTIONS } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { at: true, user: { select: { displayName: true } } },
  });
  return last?.user
    ? new AppError('CONFLICT', 'admin.errors.stale', { user: last.user.displayName, at: last.at })
    : new AppError('CONFLICT', 'admin.errors.staleUnknown');
}

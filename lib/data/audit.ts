import type { AuditCode } from '@/lib/audit-vocabulary';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/** An event to record: its action and entity come from the audit vocabulary, so the log can label every one. */
export type AuditInput = AuditCode & {
  userId: number | null;
  entityId?: string | number | null;
  unitId?: number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Records an audit event inside the caller's transaction, so the write and its trace commit together. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      userId: event.userId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId == null ? null : String(event.entityId),
      unitId: event.unitId ?? null,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}

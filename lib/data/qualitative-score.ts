import 'server-only';
import { canSeeUnit, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import { assertCan } from '@/lib/data/month-reports';
import { AppError, message } from '@/lib/errors';

export type QualitativeScoreInput = { indicatorId: number; version: number; score: number | null };

/**
 * A QUALITATIVE indicator's score as the evaluator set it, with the version a change must carry; null if not visible.
 */
export async function getQualitativeScore(user: SessionUser, indicatorId: number) {
  const indicator = await prisma.indicator.findUnique({
    where: { id: indicatorId },
    select: { kind: true, weight: true, evaluatorScore: true, version: true, plan: { select: { unitId: true } } },
  });
  if (!indicator || indicator.kind !== 'QUALITATIVE' || !canSeeUnit(user, indicator.plan.unitId)) return null;
  return {
    score: indicator.evaluatorScore === null ? null : Number(indicator.evaluatorScore),
    weight: Number(indicator.weight),
    version: indicator.version,
  };
}

/**
 * The evaluator's pick inside a QUALITATIVE rating's band (docs/RULES.md, “The numbers”); the engine keeps it inside
 * the band of the rating of the moment. Refused for a stale version, a non-qualitative indicator or a score outside
 * 0..weight.
 */
export async function setQualitativeScore(user: SessionUser, input: QualitativeScoreInput) {
  assertCan(user, 'scores.qualitative');
  return prisma.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({
      where: { id: input.indicatorId },
      select: {
        id: true,
        kind: true,
        weight: true,
        evaluatorScore: true,
        version: true,
        updatedAt: true,
        plan: { select: { unitId: true } },
      },
    });
    if (!indicator || !canSeeUnit(user, indicator.plan.unitId))
      throw new AppError('NOT_FOUND', 'entry.validation.noPlan');
    if (indicator.kind !== 'QUALITATIVE') throw new AppError('INVALID', 'entry.validation.notQualitative');
    if (input.score !== null && (input.score < 0 || input.score > Number(indicator.weight))) {
      throw new AppError(
        'INVALID',
        'common.errors.invalid',
        {},
        {
          score: [message('entry.validation.scoreRange', { max: Number(indicator.weight) })],
        },
      );
    }
    const updated = await tx.indicator.updateMany({
      where: { id: indicator.id, version: input.version },
      data: { evaluatorScore: input.score, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const last = await tx.auditEvent.findFirst({
        where: { entity: 'Indicator', entityId: String(indicator.id) },
        orderBy: { id: 'desc' },
        select: { at: true, user: { select: { displayName: true } } },
      });
      throw new AppError('CONFLICT', 'common.conflict', {
        user: last?.user?.displayName ?? message('entry.validation.unknownUser'),
        at: last?.at ?? indicator.updatedAt,
      });
    }
    await recordAudit(tx, {
      userId: user.id,
      unitId: indicator.plan.unitId,
      action: 'QUALITATIVE_SCORE',
      entity: 'Indicator',
      entityId: indicator.id,
      before: { evaluatorScore: indicator.evaluatorScore === null ? null : Number(indicator.evaluatorScore) },
      after: { evaluatorScore: input.score },
    });
    return { version: input.version + 1 };
  });
}

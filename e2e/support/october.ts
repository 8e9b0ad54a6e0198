// The month the entry specs work on: the centre's October 2026 (the demo data has it submitted and explained).
import { reopenAsDraft, type testPrisma } from './db';
import { CENTRE } from './november';

export { CENTRE };
export const OCTOBER_ENTRY = `/entry/2026/10?unit=${CENTRE}`;

/**
 * October 2026 of the centre back to an editable draft with a new version (open forms become stale), without its
 * deviation records (by default) or its evidence files, as the spec asks; returns the plan's id.
 */
export async function resetOctober(
  prisma: ReturnType<typeof testPrisma>,
  remove: { deviations?: boolean; evidence?: boolean } = { deviations: true },
): Promise<number> {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: CENTRE } } });
  const ofOctober = { actual: { month: 10, indicator: { planId: plan.id } } };
  if (remove.deviations) await prisma.deviationRecord.deleteMany({ where: ofOctober });
  if (remove.evidence) await prisma.evidenceFile.deleteMany({ where: ofOctober });
  await reopenAsDraft(prisma, plan.id, 10);
  return plan.id;
}

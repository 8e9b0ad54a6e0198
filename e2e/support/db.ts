// Specs that need their own data write it straight into the test database the server uses.
import { createPrismaClient } from '../../lib/db-client';

export function testPrisma() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is set by scripts/e2e.ts');
  return createPrismaClient(url);
}

/** A month back to an editable draft, as if never submitted or reviewed (specs that enter figures start from here). */
export async function reopenAsDraft(prisma: ReturnType<typeof testPrisma>, planId: number, month: number) {
  await prisma.monthReport.update({
    where: { planId_month: { planId, month } },
    data: {
      state: 'DRAFT',
      submittedAt: null,
      submittedById: null,
      reviewedAt: null,
      reviewedById: null,
      returnReason: null,
      version: { increment: 1 },
    },
  });
}

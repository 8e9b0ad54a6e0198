import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/data/admin-common';
import type { SessionUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { loadSeedPlan, SeedPlanConflict, type SeedPlanResult } from '@/prisma/seed/load-plan';

/** 系统管理: loads the center's 2026 单位整体绩效目标表 (the same loader as `npm run plan:load-seed`). */
export async function loadOfficialPlan(actor: SessionUser): Promise<SeedPlanResult> {
  assertCan(actor, 'plans.manage');
  try {
    return await loadSeedPlan(prisma, actor.id);
  } catch (error) {
    if (error instanceof SeedPlanConflict) throw new AppError('CONFLICT', 'admin.plans.seedConflict');
    throw error;
  }
}

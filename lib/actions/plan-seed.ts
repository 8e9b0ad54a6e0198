'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/actions/admin-action';
import { loadOfficialPlan } from '@/lib/data/plan-seed';

export const loadOfficialPlanAction = adminAction('plans.manage', z.object({}), async (user) => {
  const result = await loadOfficialPlan(user);
  revalidatePath('/admin', 'layout');
  return result;
});

'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/admin-action';
import { saveBudgetPlan } from '@/lib/data/budget-plan';
import { budgetPlanSchema } from '@/lib/validation/budget-plan';

// The planned amounts feed the entry page, the dashboard and the reports: a change refreshes them all.
export const saveBudgetPlanAction = adminAction('plans.manage', budgetPlanSchema, async (user, input) => {
  await saveBudgetPlan(user, input);
  revalidatePath('/', 'layout');
});

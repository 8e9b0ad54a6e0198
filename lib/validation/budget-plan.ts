import { z } from 'zod';
import { requiredDecimal, requiredId } from '@/lib/validation/admin-numbers';
import { dbId } from './ids';

/** A month's planned spending in 元, to the 分 (the budget itself is at most 1 万亿 元: 100,000,000 万元). */
const monthAmount = requiredDecimal({ places: 2, max: 1_000_000_000_000 });

/** The plan settings' 预算计划: the twelve monthly planned amounts (index 0 = January) at the plan's version. */
export const budgetPlanSchema = z.object({
  id: requiredId,
  version: z.coerce.number().pipe(dbId),
  planned: z.array(monthAmount).length(12),
});

export type BudgetPlanInput = z.input<typeof budgetPlanSchema>;

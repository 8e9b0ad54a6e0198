'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/admin-action';
import {
  adjustTarget,
  copyPlan,
  deleteIndicator,
  publishPlan,
  saveIndicator,
  updatePlanSettings,
} from '@/lib/data/admin-plans';
import {
  adjustTargetSchema,
  copyPlanSchema,
  indicatorRefSchema,
  indicatorSchema,
  planSettingsSchema,
  publishPlanSchema,
} from '@/lib/validation/admin-plans';

// Plans feed every screen (dashboard, entry, reports), so a change refreshes them all.
const done = <T>(result: T) => {
  revalidatePath('/', 'layout');
  return result;
};

export const copyPlanAction = adminAction('plans.manage', copyPlanSchema, async (user, input) =>
  done(await copyPlan(user, input)),
);
export const updatePlanSettingsAction = adminAction('plans.manage', planSettingsSchema, async (user, input) =>
  done(await updatePlanSettings(user, input)),
);
export const saveIndicatorAction = adminAction('plans.manage', indicatorSchema, async (user, input) =>
  done(await saveIndicator(user, input)),
);
export const deleteIndicatorAction = adminAction('plans.manage', indicatorRefSchema, async (user, input) =>
  done(await deleteIndicator(user, input)),
);
export const publishPlanAction = adminAction('plans.manage', publishPlanSchema, async (user, input) =>
  done(await publishPlan(user, input)),
);
export const adjustTargetAction = adminAction('plans.manage', adjustTargetSchema, async (user, input) =>
  done(await adjustTarget(user, input)),
);

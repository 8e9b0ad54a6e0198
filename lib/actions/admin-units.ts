'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/admin-action';
import { createUnit, renameUnit } from '@/lib/data/admin-units';
import { createUnitSchema, renameUnitSchema } from '@/lib/validation/admin-units';

export const createUnitAction = adminAction('units.manage', createUnitSchema, async (user, input) => {
  const result = await createUnit(user, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const renameUnitAction = adminAction('units.manage', renameUnitSchema, async (user, input) => {
  await renameUnit(user, input);
  revalidatePath('/admin', 'layout');
  return null;
});

'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/admin-action';
import { createApiToken, revokeApiToken } from '@/lib/data/api-tokens';
import { createApiTokenSchema, revokeApiTokenSchema } from '@/lib/validation/api-tokens';

/** Returns the token itself: the only time it is shown. */
export const createApiTokenAction = adminAction('users.manage', createApiTokenSchema, async (user, input) => {
  const result = await createApiToken(user, input);
  revalidatePath('/admin/api');
  return result;
});

export const revokeApiTokenAction = adminAction('users.manage', revokeApiTokenSchema, async (user, input) => {
  await revokeApiToken(user, input.id);
  revalidatePath('/admin/api');
  return null;
});

'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/admin-action';
import { createUser, resetPassword, setUserActive, unlockUser, updateUser } from '@/lib/data/admin-users';
import {
  createUserSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  unlockUserSchema,
  updateUserSchema,
} from '@/lib/validation/admin-users';

const done = <T>(result: T) => {
  revalidatePath('/admin', 'layout');
  return result;
};

export const createUserAction = adminAction('users.manage', createUserSchema, async (user, input) =>
  done(await createUser(user, input)),
);
export const updateUserAction = adminAction('users.manage', updateUserSchema, async (user, input) =>
  done(await updateUser(user, input)),
);
export const setUserActiveAction = adminAction('users.manage', setUserActiveSchema, async (user, input) =>
  done(await setUserActive(user, input)),
);
export const resetPasswordAction = adminAction('users.manage', resetPasswordSchema, async (user, input) =>
  done(await resetPassword(user, input)),
);
export const unlockUserAction = adminAction('users.manage', unlockUserSchema, async (user, input) =>
  done(await unlockUser(user, input)),
);

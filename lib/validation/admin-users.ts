import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';
import { adminMessage as m } from '@/lib/validation/admin-messages';
import { optionalId, requiredId } from '@/lib/validation/admin-numbers';
import { passwordProblem } from '@/lib/auth/password-policy';
import { dbId } from './ids';
import { isStorableText } from './text';

/** The policy's length and character-class rules (the user-name rule needs the name: see passwordHasUsername). */
export function isStrongPassword(password: string): boolean {
  return passwordProblem(password, '') === null;
}

export const passwordSchema = z
  .string({ error: m('errors.required') })
  .min(1, m('errors.required'))
  .max(100, m('errors.tooLong', { max: 100 }))
  .refine(isStrongPassword, m('errors.passwordWeak'));

const roleSchema = z.enum(ROLES, { error: m('errors.roleInvalid') });
const version = z.coerce.number().pipe(dbId);

// A hotline manager enters their own unit's figures, so they need one.
function requireManagerUnit(value: { role: string; unitId: number | null }, ctx: z.RefinementCtx) {
  if (value.role === 'MANAGER' && value.unitId === null)
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: m('errors.managerNeedsUnit') });
}

export const createUserSchema = z
  .object({
    username: z
      .string({ error: m('errors.required') })
      .trim()
      .min(1, m('errors.required'))
      .max(64, m('errors.tooLong', { max: 64 }))
      .pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, m('errors.usernameChars'))),
    displayName: z
      .string({ error: m('errors.required') })
      .trim()
      .min(1, m('errors.required'))
      .max(100, m('errors.tooLong', { max: 100 }))
      .refine(isStorableText, m('errors.unstorableText')),
    role: roleSchema,
    unitId: optionalId,
    password: passwordSchema,
  })
  .superRefine(requireManagerUnit)
  .superRefine((value, ctx) => {
    if (passwordProblem(value.password, value.username) === 'containsUsername')
      ctx.addIssue({ code: 'custom', path: ['password'], message: m('errors.passwordHasUsername') });
  });

export const updateUserSchema = z
  .object({ id: requiredId, version, role: roleSchema, unitId: optionalId })
  .superRefine(requireManagerUnit);

export const setUserActiveSchema = z.object({
  id: requiredId,
  version,
  isActive: z.preprocess((v) => v === true || v === 'true', z.boolean()),
});
export const resetPasswordSchema = z.object({ id: requiredId, version, password: passwordSchema });
export const unlockUserSchema = z.object({ id: requiredId, version });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type SetUserActiveInput = z.input<typeof setUserActiveSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
export type UnlockUserInput = z.input<typeof unlockUserSchema>;

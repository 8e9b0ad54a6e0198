import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';
import { problem } from '@/lib/validation/issues';
import { optionalId, requiredId } from '@/lib/validation/admin-numbers';
import { PASSWORD_MAX_LENGTH, PASSWORD_RULE, passwordProblem } from '@/lib/auth/password-policy';
import { dbId } from './ids';
import { isStorableText } from './text';

/** The policy's length and character-class rules (the user-name rule needs the name: see passwordHasUsername). */
export function isStrongPassword(password: string): boolean {
  return passwordProblem(password, '') === null;
}

export const passwordSchema = z
  .string({ error: 'admin.errors.required' })
  .min(1, 'admin.errors.required')
  .max(PASSWORD_MAX_LENGTH, 'admin.errors.tooLong')
  .refine(isStrongPassword, problem('admin.errors.passwordWeak', PASSWORD_RULE));

const roleSchema = z.enum(ROLES, { error: 'admin.errors.roleInvalid' });
const version = z.coerce.number().pipe(dbId);

// A hotline manager enters their own unit's figures, so they need one.
function requireManagerUnit(value: { role: string; unitId: number | null }, ctx: z.RefinementCtx) {
  if (value.role === 'MANAGER' && value.unitId === null)
    ctx.addIssue({ code: 'custom', path: ['unitId'], ...problem('admin.errors.managerNeedsUnit') });
}

export const createUserSchema = z
  .object({
    username: z
      .string({ error: 'admin.errors.required' })
      .trim()
      .min(1, 'admin.errors.required')
      .max(64, 'admin.errors.tooLong')
      .pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, 'admin.errors.usernameChars')),
    displayName: z
      .string({ error: 'admin.errors.required' })
      .trim()
      .min(1, 'admin.errors.required')
      .max(100, 'admin.errors.tooLong')
      .refine(isStorableText, 'admin.errors.unstorableText'),
    role: roleSchema,
    unitId: optionalId,
    password: passwordSchema,
  })
  .superRefine(requireManagerUnit)
  .superRefine((value, ctx) => {
    if (passwordProblem(value.password, value.username) === 'containsUsername')
      ctx.addIssue({ code: 'custom', path: ['password'], ...problem('admin.errors.passwordHasUsername') });
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

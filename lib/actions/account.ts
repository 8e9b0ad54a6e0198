'use server';

import { getTranslations } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/authorised-action';
import { PASSWORD_RULE } from '@/lib/auth/password-policy';
import { getSignedInAccount } from '@/lib/auth/session';
import { changeOwnPassword } from '@/lib/data/auth-users';

const schema = z.object({
  currentPassword: z.string().max(200),
  newPassword: z.string().max(200),
  confirmPassword: z.string().max(200),
});

/** The signed-in user changes their own password (also the forced change after an administrator set it). */
export async function changePasswordAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const t = await getTranslations('auth.passwordChange.errors');
  const account = await getSignedInAccount();
  if (!account) return { ok: false, message: t('signedOut'), fieldErrors: {} };
  if (!(form instanceof FormData)) return { ok: false, message: t('checkFields'), fieldErrors: {} };
  const parsed = schema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return { ok: false, message: t('checkFields'), fieldErrors: {} };
  const input = parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const key of ['currentPassword', 'newPassword', 'confirmPassword'] as const)
    if (!input[key]) fieldErrors[key] = [t('required')];
  if (!fieldErrors.confirmPassword && input.newPassword !== input.confirmPassword)
    fieldErrors.confirmPassword = [t('mismatch')];
  if (Object.keys(fieldErrors).length) return { ok: false, message: t('checkFields'), fieldErrors };
  try {
    const result = await changeOwnPassword(account, input.currentPassword, input.newPassword);
    if (!result.ok)
      return {
        ok: false,
        message: t('checkFields'),
        fieldErrors: { [result.field]: [t(result.problem, PASSWORD_RULE)] },
      };
    return { ok: true, data: null };
  } catch (error) {
    unstable_rethrow(error);
    console.error('[action] password change', error);
    return { ok: false, message: t('unexpected'), fieldErrors: {} };
  }
}

import 'server-only';
import type { z, ZodType } from 'zod';
import { runAuthorised, type ActionResult } from '@/lib/actions/authorised-action';
import type { Permission, SessionUser } from '@/lib/auth/permissions';
import { adminMessage } from '@/lib/validation/admin-messages';

export type { ActionResult };

function formToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    out[key] = key in out ? ([] as unknown[]).concat(out[key], value) : value;
  }
  return out;
}

const ADMIN_MESSAGES = {
  signedOut: adminMessage('errors.signedOut'),
  forbidden: adminMessage('errors.forbidden'),
  invalid: adminMessage('errors.checkFields'),
  unexpected: adminMessage('errors.unexpected'),
};

/**
 * The admin area's writes through the shared runAuthorised, as form actions (useActionState); their messages
 * are `admin` message keys that the forms translate.
 */
export function adminAction<S extends ZodType, T>(
  permission: Permission,
  schema: S,
  fn: (user: SessionUser, input: z.output<S>) => Promise<T>,
): (prevState: ActionResult<T> | null, input: FormData | z.input<S>) => Promise<ActionResult<T>> {
  return async (_prevState, input) =>
    runAuthorised(permission, schema, input instanceof FormData ? formToObject(input) : input, fn, ADMIN_MESSAGES);
}

import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z, ZodType } from 'zod';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { adminMessage } from '@/lib/validation/admin-messages';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** zod issues → { "field.path": [messages] } */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return out;
}

function formToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    out[key] = key in out ? ([] as unknown[]).concat(out[key], value) : value;
  }
  return out;
}

/**
 * The write path of the admin area: session → permission → zod → call, as the shared `authorisedAction` does
 * (same signature and result, so it can replace this one). Messages are `admin` message keys the form translates.
 */
export function adminAction<S extends ZodType, T>(
  permission: Permission,
  schema: S,
  fn: (user: SessionUser, input: z.output<S>) => Promise<T>,
): (prevState: ActionResult<T> | null, input: FormData | z.input<S>) => Promise<ActionResult<T>> {
  return async (_prevState, input) => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: adminMessage('errors.signedOut'), fieldErrors: {} };
    if (!can(user, permission)) return { ok: false, message: adminMessage('errors.forbidden'), fieldErrors: {} };
    const parsed = schema.safeParse(input instanceof FormData ? formToObject(input) : input);
    if (!parsed.success) return { ok: false, message: adminMessage('errors.checkFields'), fieldErrors: toFieldErrors(parsed.error) };
    try {
      return { ok: true, data: await fn(user, parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      console.error('admin action failed', error);
      return { ok: false, message: adminMessage('errors.unexpected'), fieldErrors: {} };
    }
  };
}

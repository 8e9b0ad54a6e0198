import 'server-only';
import type { z, ZodType } from 'zod';
import { authorisedAction, type ActionResult } from '@/lib/actions/authorised-action';
import type { Permission, SessionUser } from '@/lib/auth/permissions';

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

/** The admin area's writes through the one action core, as form actions (useActionState). */
export function adminAction<S extends ZodType, T>(
  permission: Permission,
  schema: S,
  fn: (user: SessionUser, input: z.output<S>) => Promise<T>,
): (prevState: ActionResult<T> | null, input: FormData | z.input<S>) => Promise<ActionResult<T>> {
  const action = authorisedAction(permission, schema, fn);
  return async (_prevState, input) => action(input instanceof FormData ? formToObject(input) : input);
}

import { z } from 'zod';
import { adminMessage as m } from '@/lib/validation/admin-messages';
import { optionalId, requiredId } from '@/lib/validation/admin-numbers';

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: m('errors.required') })
    .trim()
    .min(1, m('errors.required'))
    .max(100, m('errors.tooLong', { max: 100 })),
  /** empty: every unit, read-only */
  unitId: optionalId,
});

export const revokeApiTokenSchema = z.object({ id: requiredId });

import { z } from 'zod';
import { optionalId, requiredId } from '@/lib/validation/admin-numbers';

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: 'admin.errors.required' })
    .trim()
    .min(1, 'admin.errors.required')
    .max(100, 'admin.errors.tooLong'),
  /** empty: every unit, read-only */
  unitId: optionalId,
});

export const revokeApiTokenSchema = z.object({ id: requiredId });

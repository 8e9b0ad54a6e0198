import { z } from 'zod';
import { requiredId } from '@/lib/validation/admin-numbers';
import { isStorableText } from './text';

const name = z
  .string({ error: 'admin.errors.required' })
  .trim()
  .min(1, 'admin.errors.required')
  .max(200, 'admin.errors.tooLong')
  .refine(isStorableText, 'admin.errors.unstorableText');

export const createUnitSchema = z.object({
  code: z
    .string({ error: 'admin.errors.required' })
    .trim()
    .min(1, 'admin.errors.required')
    .max(32, 'admin.errors.tooLong')
    .pipe(z.string().regex(/^[A-Za-z0-9-]+$/, 'admin.errors.unitCodeChars')),
  name,
});

export const renameUnitSchema = z.object({ id: requiredId, name });

export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type RenameUnitInput = z.input<typeof renameUnitSchema>;

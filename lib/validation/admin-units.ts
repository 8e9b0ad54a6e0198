import { z } from 'zod';
import { adminMessage as m } from '@/lib/validation/admin-messages';
import { requiredId } from '@/lib/validation/admin-numbers';
import { isStorableText } from './text';

const name = z
  .string({ error: m('errors.required') })
  .trim()
  .min(1, m('errors.required'))
  .max(200, m('errors.tooLong', { max: 200 }))
  .refine(isStorableText, m('errors.unstorableText'));

export const createUnitSchema = z.object({
  code: z
    .string({ error: m('errors.required') })
    .trim()
    .min(1, m('errors.required'))
    .max(32, m('errors.tooLong', { max: 32 }))
    .pipe(z.string().regex(/^[A-Za-z0-9-]+$/, m('errors.unitCodeChars'))),
  name,
});

export const renameUnitSchema = z.object({ id: requiredId, name });

export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type RenameUnitInput = z.input<typeof renameUnitSchema>;

import 'server-only';
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '@/lib/data/import';
import { importWithWarnings } from '@/lib/notifications/warnings';
import { problem } from '@/lib/validation/issues';
import { authorisedAction } from './authorised-action';

const schema = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, problem('import.errors.fileTooLarge', { max: '2 MB' })),
  confirmImplausible: z.boolean().default(false),
});

/**
 * The upload's write, through the one action core (session → actuals.import → zod → import). Called by the
 * POST /api/import route handler: a route, not a server action, so a 2 MB file needs no change to Next's action body
 * limit.
 */
export const importFileAction = authorisedAction('actuals.import', schema, (user, input) =>
  importWithWarnings(user, input),
);

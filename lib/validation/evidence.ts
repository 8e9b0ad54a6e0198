import { z } from 'zod';
import { dbId, dbVersion } from './ids';

const id = z.coerce.number().pipe(dbId);
const version = z.coerce.number().pipe(dbVersion);

/**
 * The upload form's fields (FormData: strings and a File); the file's type and size are checked by
 * lib/domain/evidence-file.
 */
export const evidenceUploadSchema = z.object({
  unitCode: z.string().trim().min(1).max(32),
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
  indicatorId: id,
  version,
  file: z.instanceof(File, { message: 'evidence.errors.noFile' }),
});

export const evidenceRemoveSchema = z.object({ id, version });

/** The FormData of an upload as a plain object for the schema. */
export const uploadFields = (form: FormData) =>
  Object.fromEntries(
    ['unitCode', 'year', 'month', 'indicatorId', 'version', 'file'].map((k) => [k, form.get(k) ?? undefined]),
  );

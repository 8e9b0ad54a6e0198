'use server';

import { revalidatePath } from 'next/cache';
import { checkEvidenceSize } from '@/lib/domain/evidence-file';
import { createEvidence, deleteEvidence } from '@/lib/data/evidence';
import { AppError } from '@/lib/errors';
import { evidenceRemoveSchema, evidenceUploadSchema, uploadFields } from '@/lib/validation/evidence';
import { authorisedAction } from './authorised-action';

const refresh = () => {
  revalidatePath('/entry', 'layout');
  revalidatePath('/indicators', 'layout');
};

const upload = authorisedAction('actuals.edit', evidenceUploadSchema, async (user, { file, ...key }) => {
  // refused from the declared size before the bytes are read (the body limit in next.config.mjs is a little above 10
  // MiB)
  const size = checkEvidenceSize(file.size);
  if (!size.ok) throw new AppError('INVALID', `evidence.errors.${size.refusal}`, { name: file.name });
  const result = await createEvidence(user, {
    ...key,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  refresh();
  return result;
});

const remove = authorisedAction('actuals.edit', evidenceRemoveSchema, async (user, input) => {
  const result = await deleteEvidence(user, input);
  refresh();
  return result;
});

/** Attaches a file to an indicator's month (FormData: unitCode, year, month, indicatorId, version, file). */
export async function uploadEvidenceAction(form: FormData) {
  // anything else than a form (a forged call) goes to the schema as it is and is refused there, not crashed on
  return upload(form instanceof FormData ? uploadFields(form) : form);
}

/** Removes an evidence file ({ id, version }: the month's version as the form holds it). */
export async function removeEvidenceAction(input: unknown) {
  return remove(input);
}

'use server';

import { revalidatePath } from 'next/cache';
import { authorisedAction } from '@/lib/actions/authorised-action';
import { setQualitativeScore } from '@/lib/data/qualitative-score';
import { qualitativeScoreSchema } from '@/lib/validation/qualitative-score';

const save = authorisedAction('scores.qualitative', qualitativeScoreSchema, async (user, input) => {
  const result = await setQualitativeScore(user, input);
  revalidatePath(`/indicators/${input.indicatorId}`);
  return result;
});

export async function saveQualitativeScore(raw: unknown) {
  return save(raw);
}

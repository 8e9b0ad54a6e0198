'use server';

import { revalidatePath } from 'next/cache';
import { saveMonth } from '@/lib/data/entry-save';
import { reviewMonth } from '@/lib/data/review';
import { reviewWithWarnings, withWarnings } from '@/lib/notifications/warnings';
import { reviewSchema, saveMonthSchema } from '@/lib/validation/entry';
import { authorisedAction } from './authorised-action';

const refresh = () => {
  revalidatePath('/entry', 'layout');
  revalidatePath('/review');
  revalidatePath('/progress');
};

const save = authorisedAction('actuals.edit', saveMonthSchema, async (user, input) => {
  const result = await withWarnings([input], () => saveMonth(user, input));
  refresh();
  return result;
});

const decide = authorisedAction('months.review', reviewSchema, async (user, input) => {
  const decision = input.decision === 'REOPEN' ? 'RETURN' : input.decision;
  const result = await reviewWithWarnings(user, { ...input, decision });
  refresh();
  return result;
});

const reopen = authorisedAction('months.reopen', reviewSchema, async (user, input) => {
  const result = await reviewMonth(user, { ...input, decision: 'REOPEN' });
  refresh();
  return result;
});

/** Saves a month as a draft or submits it (the form sends its rows as typed; the schema normalises them). */
export async function saveMonthAction(input: unknown) {
  return save(input);
}

/** Approves or returns a submitted month (leaders). */
export async function reviewMonthAction(input: unknown) {
  return decide(input);
}

/** Reopens an approved month with a reason (admins). */
export async function reopenMonthAction(input: unknown) {
  return reopen(input);
}

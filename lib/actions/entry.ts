'use server';

import { after } from 'next/server';
import { saveMonth } from '@/lib/data/entry-save';
import { reviewMonth } from '@/lib/data/review';
import { reviewWithWarnings, withWarnings } from '@/lib/notifications/warnings';
import { reviewSchema, saveMonthSchema } from '@/lib/validation/entry';
import { authorisedAction } from './authorised-action';

// No revalidatePath here: it would render the whole page again into the action's answer, and the form and the review
// card call router.refresh() on success anyway, which renders it once and empties the client's router cache.
const save = authorisedAction('actuals.edit', saveMonthSchema, (user, input) =>
  withWarnings([input], () => saveMonth(user, input), { defer: after }),
);

const decide = authorisedAction('months.review', reviewSchema, (user, input) => {
  const decision = input.decision === 'REOPEN' ? 'RETURN' : input.decision;
  return reviewWithWarnings(user, { ...input, decision });
});

const reopen = authorisedAction('months.reopen', reviewSchema, (user, input) =>
  reviewMonth(user, { ...input, decision: 'REOPEN' }),
);

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

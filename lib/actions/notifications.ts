'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, authorisedAction } from '@/lib/actions/authorised-action';
import { markNotificationsRead, saveNotificationSettings } from '@/lib/data/notifications';
import { notificationIdSchema, notificationSettingsSchema } from '@/lib/validation/notifications';

// anything but a form (a hand-made call) is left to the schema to refuse
const fields = (data: FormData) =>
  data instanceof FormData ? Object.fromEntries([...data.entries()].filter(([k]) => !k.startsWith('$ACTION'))) : data;

const markRead = authorisedAction('dashboard.view', notificationIdSchema, (user, input) =>
  markNotificationsRead(user, input.id),
);
const saveSettings = authorisedAction('dashboard.view', notificationSettingsSchema, async (user, input) => {
  await saveNotificationSettings(user, input);
  return null;
});

/** Marks one of the signed-in user's notifications (id) or all of them (id = ALL) as read. */
export async function markReadAction(data: FormData): Promise<void> {
  await markRead(fields(data));
  revalidatePath('/', 'layout');
}

export async function saveNotificationSettingsAction(
  _previous: ActionResult<null> | null,
  data: FormData,
): Promise<ActionResult<null>> {
  const result = await saveSettings(fields(data));
  revalidatePath('/notifications');
  return result;
}

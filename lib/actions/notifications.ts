'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { type ActionResult, runAuthorised } from '@/lib/actions/authorised-action';
import { markNotificationsRead, saveNotificationSettings } from '@/lib/data/notifications';
import { toLocale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en/notifications.json';
import zh from '@/lib/i18n/messages/zh-CN/notifications.json';
import enCommon from '@/lib/i18n/messages/en/common.json';
import zhCommon from '@/lib/i18n/messages/zh-CN/common.json';
import { notificationIdSchema, notificationSettingsSchema } from '@/lib/validation/notifications';
import { validationTranslator } from '@/lib/validation/messages';

async function messages() {
  const locale = toLocale(await getLocale());
  const t = validationTranslator(locale);
  const texts = { 'zh-CN': { n: zh, c: zhCommon }, en: { n: en, c: enCommon } }[locale];
  return {
    page: texts.n.page,
    refusal: {
      signedOut: t('forbidden'),
      forbidden: t('forbidden'),
      invalid: t('formInvalid'),
      unexpected: texts.c.errorGeneric,
    },
  };
}

// anything but a form (a hand-made call) is left to the schema to refuse
const fields = (data: FormData) =>
  data instanceof FormData ? Object.fromEntries([...data.entries()].filter(([k]) => !k.startsWith('$ACTION'))) : data;

/** Marks one of the signed-in user's notifications (id) or all of them (id = ALL) as read. */
export async function markReadAction(data: FormData): Promise<void> {
  const { refusal } = await messages();
  await runAuthorised(
    'dashboard.view',
    notificationIdSchema,
    fields(data),
    (user, input) => markNotificationsRead(user, input.id),
    refusal,
  );
  revalidatePath('/', 'layout');
}

export async function saveNotificationSettingsAction(
  _previous: ActionResult<null> | null,
  data: FormData,
): Promise<ActionResult<null>> {
  const { page, refusal } = await messages();
  const result = await runAuthorised(
    'dashboard.view',
    notificationSettingsSchema({ emailInvalid: page.emailInvalid }),
    fields(data),
    async (user, input) => {
      await saveNotificationSettings(user, input);
      return null;
    },
    refusal,
  );
  revalidatePath('/notifications');
  return result;
}

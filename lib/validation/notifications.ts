import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';
import { KINDS, USER_CHANNELS } from '@/lib/notifications/rules';

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

/** The settings form: e-mail address (empty: none), language, and a checkbox `KIND.CHANNEL` per kind and channel. */
export const notificationSettingsSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(200)
      .refine((s) => s === '' || z.email().safeParse(s).success, 'notifications.page.emailInvalid'),
    locale: z.enum(LOCALES),
    ...Object.fromEntries(KINDS.flatMap((k) => USER_CHANNELS.map((c) => [`${k}.${c}`, checkbox]))),
  })
  .transform((input) => {
    const values = input as Record<string, unknown>;
    return {
      email: input.email,
      locale: input.locale,
      channels: Object.fromEntries(
        KINDS.map((k) => [k, Object.fromEntries(USER_CHANNELS.map((c) => [c, values[`${k}.${c}`] === true]))]),
      ) as Record<(typeof KINDS)[number], Record<(typeof USER_CHANNELS)[number], boolean>>,
    };
  });

export const notificationIdSchema = z.object({
  id: z.union([z.literal('ALL'), z.coerce.number().int().positive()]),
});

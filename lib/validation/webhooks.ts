import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';
import { requiredId } from '@/lib/validation/admin-numbers';

const webhookUrl = z
  .string()
  .trim()
  .max(500, 'admin.errors.tooLong')
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'admin.errors.urlInvalid');

/** A unit's robots and the language its group is written to; an empty address removes that robot. */
export const unitWebhooksSchema = z.object({
  unitId: requiredId,
  WECOM: webhookUrl.default(''),
  DINGTALK: webhookUrl.default(''),
  secret: z.string().trim().max(200, 'admin.errors.tooLong').default(''),
  locale: z.enum(LOCALES).default('zh-CN'),
});
export type UnitWebhooksInput = z.output<typeof unitWebhooksSchema>;

import 'server-only';
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '@/lib/data/import';
import type { Locale } from '@/lib/i18n/config';
import enCommon from '@/lib/i18n/messages/en/common.json';
import zhCommon from '@/lib/i18n/messages/zh-CN/common.json';
import { importTranslator } from '@/lib/import/messages';
import { importWithWarnings } from '@/lib/notifications/warnings';
import { validationTranslator } from '@/lib/validation/messages';
import { runAuthorised } from './authorised-action';

const schema = (locale: Locale) =>
  z.object({
    fileName: z.string().trim().min(1).max(255),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IMPORT_BYTES, {
      message: importTranslator(locale).error('fileTooLarge', { max: '2 MB' }),
    }),
  });

/**
 * The upload's write, through the one action core (session → actuals.import → zod → import). Called by the
 * POST /api/import route handler: a route, not a server action, so a 2 MB file needs no change to Next's action body
 * limit.
 */
export async function importFileAction(raw: { fileName: string; bytes: Uint8Array }, locale: Locale) {
  const t = validationTranslator(locale);
  const messages = {
    signedOut: t('forbidden'),
    forbidden: t('forbidden'),
    invalid: t('formInvalid'),
    unexpected: (locale === 'en' ? enCommon : zhCommon).errorGeneric,
  };
  return runAuthorised(
    'actuals.import',
    schema(locale),
    raw,
    (user, input) => importWithWarnings(user, input, { locale }),
    messages,
  );
}

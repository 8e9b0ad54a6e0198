'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { toLocale } from './config';
import { type TranslateKey, type Translator, translatorOver } from './message-text';

/** The server's message translation in a client component (for checks run before sending, like 提交前检查). */
export function useMessageTranslator(): Translator {
  const locale = toLocale(useLocale());
  const t = useTranslations();
  return useMemo(() => translatorOver(locale, t as unknown as TranslateKey), [locale, t]);
}

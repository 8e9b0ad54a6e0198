'use client';

import { useTranslations } from 'next-intl';
import { RETRY_SECONDS, type ErrorRecoveryTexts } from './error-recovery';

/** The error page's texts from the page's own messages (inside the root layout, where next-intl is provided). */
export function useErrorRecoveryTexts(): ErrorRecoveryTexts {
  const t = useTranslations('common');
  return {
    title: t('outage.title'),
    body: t('outage.body', { seconds: RETRY_SECONDS }),
    countdown: (seconds) => t('outage.countdown', { seconds }),
    checking: t('outage.checking'),
    genericTitle: t('errorTitle'),
    generic: t('errorGeneric'),
    retry: t('retry'),
  };
}

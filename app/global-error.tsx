'use client';

import { useSyncExternalStore } from 'react';
import { ErrorRecovery, type ErrorRecoveryTexts, RETRY_SECONDS } from '@/components/ui/error-recovery';
import { DEFAULT_LOCALE, type Locale, localeOf } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en/common.json';
import zh from '@/lib/i18n/messages/zh-CN/common.json';
import './globals.css';

const fill = (text: string, seconds: number) => text.replace('{seconds}', String(seconds));

const textsOf = (locale: Locale): ErrorRecoveryTexts => {
  const m = locale === 'en' ? en : zh;
  return {
    title: m.outage.title,
    body: fill(m.outage.body, RETRY_SECONDS),
    countdown: (seconds) => fill(m.outage.countdown, seconds),
    checking: m.outage.checking,
    genericTitle: m.errorTitle,
    generic: m.errorGeneric,
    retry: m.retry,
  };
};

const noSubscription = () => () => {};
const browserLocale = () => localeOf(document.cookie, navigator.languages ?? [navigator.language]);

// Replaces the root layout when that fails, so there is no next-intl here: the language comes from the cookie or the
// browser's languages.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => DEFAULT_LOCALE);
  const texts = textsOf(locale);
  return (
    <html lang={locale}>
      <body>
        <main className="content">
          <ErrorRecovery texts={texts} retry={retry} digest={error.digest} />
        </main>
      </body>
    </html>
  );
}

'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocale } from '@/lib/actions/locale';

export function LanguageSwitch() {
  const t = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const next = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="btn-link small"
      lang={next}
      disabled={isPending}
      aria-label={`${t('language')}: ${next === 'en' ? t('switchToEnglish') : t('switchToChinese')}`}
      onClick={() =>
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        })
      }
    >
      {next === 'en' ? t('switchToEnglish') : t('switchToChinese')}
    </button>
  );
}

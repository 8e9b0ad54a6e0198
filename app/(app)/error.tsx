'use client';

import { useTranslations } from 'next-intl';

export default function AppSegmentError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <div className="panel" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorGeneric')}</p>
      {error.digest && <p className="muted small">{error.digest}</p>}
      <button className="btn" type="button" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  );
}

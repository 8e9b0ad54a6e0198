'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { EVIDENCE_ACCEPT } from '@/lib/domain/evidence-file';

type Props = {
  id: string;
  indicatorName: string;
  isPending: boolean;
  onUpload: (file: File | undefined, clear: () => void) => void;
};

/** The file picker and its button (no <form>: the row sits inside the month's form). */
export function EvidenceUpload({ id, indicatorName, isPending, onUpload }: Props) {
  const t = useTranslations('evidence');
  const input = useRef<HTMLInputElement>(null);
  const clear = () => {
    if (input.current) input.current.value = '';
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-evidence`}>{t('choose', { indicator: indicatorName })}</label>
      <div className="row">
        <input
          ref={input}
          id={`${id}-evidence`}
          type="file"
          accept={EVIDENCE_ACCEPT}
          disabled={isPending}
          aria-describedby={`${id}-evidence-hint`}
        />
        <button
          type="button"
          className="btn btn-secondary"
          disabled={isPending}
          onClick={() => onUpload(input.current?.files?.[0], clear)}
        >
          {isPending ? t('uploading') : t('upload')}
        </button>
      </div>
      <p id={`${id}-evidence-hint`} className="small muted">
        {t('hint')}
      </p>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { saveQualitativeScore } from '@/lib/actions/qualitative-score';

type Props = {
  indicatorId: number;
  version: number;
  score: number | null;
  weight: number;
  band: { min: number; max: number } | null;
  ratingLabel: string | null;
};

/** The evaluator's score of a QUALITATIVE indicator, inside the band of its rating (docs/RULES.md, “The numbers”). */
export function QualitativeScoreForm({
  indicatorId,
  version: initialVersion,
  score,
  weight,
  band,
  ratingLabel,
}: Props) {
  const t = useTranslations('indicator.qualitativeScore');
  const [version, setVersion] = useState(initialVersion);
  const [value, setValue] = useState(score === null ? '' : String(score));
  const [result, setResult] = useState<{ ok: boolean; message: string; fieldError?: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      const answer = await saveQualitativeScore({ indicatorId, version, score: value });
      if (answer.ok) {
        setVersion(answer.data.version);
        setResult({ ok: true, message: t('saved') });
      } else setResult({ ok: false, message: answer.message, fieldError: answer.fieldErrors.score?.join(' ') });
    });
  return (
    <section className="panel no-print" aria-labelledby="qualitative-score-title">
      <h2 id="qualitative-score-title">{t('title')}</h2>
      <p className="small muted">
        {band && ratingLabel
          ? t('band', { rating: ratingLabel, min: band.min, max: band.max, weight })
          : t('noRating', { weight })}
      </p>
      {result && (
        <p className={result.ok ? 'form-ok' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="qualitative-score">{t('label')}</label>
          <input
            id="qualitative-score"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={result?.fieldError ? true : undefined}
            aria-describedby={result?.fieldError ? 'qualitative-score-error' : undefined}
          />
          {result?.fieldError && (
            <p className="field-error" id="qualitative-score-error">
              {result.fieldError}
            </p>
          )}
        </div>
        <button type="button" className="btn" onClick={submit} disabled={isPending}>
          {t('save')}
        </button>
      </div>
    </section>
  );
}

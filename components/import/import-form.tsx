'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/authorised-action';
import type { ImportSummary } from '@/lib/data/import';
import { ImportResult } from './import-result';
import { ConfirmImplausible } from '@/components/entry/confirm-implausible';
import { CONFIRM_IMPLAUSIBLE } from '@/lib/validation/month-figures';

const MAX_BYTES = 2 * 1024 * 1024;

/** Upload: the server checks every row and applies all or none; bad rows come back by line number. */
export function ImportForm() {
  const t = useTranslations('import');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ActionResult<ImportSummary> | null>(null);
  const [isConfirmed, setConfirmed] = useState(false);
  const [isPending, startTransition] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return setResult({ ok: false, message: t('noFile'), fieldErrors: {} });
    startTransition(async () => {
      const body = new FormData();
      body.append('file', file);
      if (isConfirmed) body.append(CONFIRM_IMPLAUSIBLE, 'on');
      const response = await fetch('/api/import', { method: 'POST', body }).catch(() => null);
      const json = (await response?.json().catch(() => null)) as ActionResult<ImportSummary> | null;
      setResult(json ?? { ok: false, message: t('failed'), fieldErrors: {} });
      if (json?.ok) setConfirmed(false);
    });
  };

  const lines =
    result && !result.ok
      ? Object.entries(result.fieldErrors)
          .filter(([line]) => /^\d+$/.test(line))
          .sort(([a], [b]) => Number(a) - Number(b))
      : [];
  const confirmErrors = result && !result.ok ? result.fieldErrors[CONFIRM_IMPLAUSIBLE] : undefined;
  return (
    <>
      <form className="panel" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
        <h2 id={`${id}-title`}>{t('uploadTitle')}</h2>
        <p className="muted small">{t('uploadHint')}</p>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('file', { size: `${MAX_BYTES / 1024 / 1024} MB` })}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setResult(null);
                setConfirmed(false);
              }}
            />
          </div>
          <ConfirmImplausible
            namespace="import"
            errors={confirmErrors}
            isChecked={isConfirmed}
            onChange={setConfirmed}
          />
          <button type="submit" className="btn" disabled={isPending}>
            {isPending ? t('uploading') : t('upload')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result && !result.ok && (
          <div className="form-error" role="alert">
            <p>{result.message}</p>
            {lines.length > 0 && (
              <>
                <p>{t('errorsTitle', { count: lines.length })}</p>
                <ul>
                  {lines.map(([line, reasons]) => (
                    <li key={line}>
                      {t('lineLabel', { line })}：{reasons.join(' ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {confirmErrors && <p>{confirmErrors.join(' ')}</p>}
          </div>
        )}
        {result?.ok && <ImportResult summary={result.data} />}
      </div>
    </>
  );
}

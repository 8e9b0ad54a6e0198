'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { reopenMonthAction, reviewMonthAction } from '@/lib/actions/entry';
import type { ActionResult } from '@/lib/actions/authorised-action';
import { TextField } from '@/components/entry/text-field';
import { useReviewOutcome } from './review-outcome';

type Props = {
  unitCode: string;
  year: number;
  month: number;
  version: number;
  mode: 'review' | 'reopen';
  /** false for the person who submitted the month (four eyes): the button stays, disabled, with the reason */
  mayApprove?: boolean;
  /**
   * false once the month has moved on (approved, reopened): only the confirmation stays, until the page is left, so
   * the person who acted sees what happened after the page refreshes
   */
  isOpen?: boolean;
};

/** Approve or return (with a required reason) a submitted month; or reopen an approved one (admins). */
export function ReviewActions({ unitCode, year, month, version, mode, mayApprove = true, isOpen = true }: Props) {
  const t = useTranslations('review');
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<(ActionResult<unknown> & { done?: string }) | null>(null);
  const [isPending, startTransition] = useTransition();
  const pageOutcome = useReviewOutcome();
  const id = `reason-${unitCode}-${year}-${month}`;

  const act = (decision: 'APPROVE' | 'RETURN' | 'REOPEN') =>
    startTransition(async () => {
      const input = { unitCode, year, month, version, decision, reason };
      const response = decision === 'REOPEN' ? await reopenMonthAction(input) : await reviewMonthAction(input);
      const done = decision === 'APPROVE' ? t('approved') : decision === 'RETURN' ? t('returned') : t('reopened');
      if (response.ok && pageOutcome) {
        pageOutcome({ text: done });
        setResult(null);
      } else setResult({ ...response, done });
      if (response.ok) router.refresh();
    });

  const errors = result && !result.ok ? result.fieldErrors.reason : undefined;
  const outcome = result && (
    <div className={result.ok ? 'form-ok' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
      {result.ok ? result.done : result.message}
    </div>
  );
  if (!isOpen) return outcome;
  return (
    <div>
      {outcome}
      <TextField
        id={id}
        label={mode === 'reopen' ? t('reopenReason') : t('reason')}
        value={reason}
        errors={errors}
        isMultiline
        onChange={setReason}
      />
      {mode === 'review' && !mayApprove && (
        <p id={`${id}-four-eyes`} className="small muted">
          {t('ownSubmission')}
        </p>
      )}
      <div className="row">
        {mode === 'review' ? (
          <>
            <button
              type="button"
              className="btn"
              disabled={isPending || !mayApprove}
              aria-describedby={mayApprove ? undefined : `${id}-four-eyes`}
              onClick={() => act('APPROVE')}
            >
              {t('approve')}
            </button>
            <button type="button" className="btn btn-secondary" disabled={isPending} onClick={() => act('RETURN')}>
              {t('return')}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-secondary" disabled={isPending} onClick={() => act('REOPEN')}>
            {t('reopen')}
          </button>
        )}
      </div>
    </div>
  );
}

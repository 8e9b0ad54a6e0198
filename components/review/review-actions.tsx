'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
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
  const reasonRefusal = (isReturn: boolean, isEmpty: boolean) =>
    isReturn ? t(isEmpty ? 'notReturned' : 'notReturnedCheck') : t(isEmpty ? 'notReopened' : 'notReopenedCheck');

  const act = (decision: 'APPROVE' | 'RETURN' | 'REOPEN') =>
    startTransition(async () => {
      const input = { unitCode, year, month, version, decision, reason };
      const response = decision === 'REOPEN' ? await reopenMonthAction(input) : await reviewMonthAction(input);
      const done = decision === 'APPROVE' ? t('approved') : decision === 'RETURN' ? t('returned') : t('reopened');
      if (response.ok && pageOutcome) {
        pageOutcome({ text: done });
        setResult(null);
      } else if (!response.ok && response.fieldErrors.reason && decision !== 'APPROVE')
        // the one thing to fix is the reason: say what did not happen, not the save form's generic "not saved"
        setResult({ ...response, message: reasonRefusal(decision === 'RETURN', reason.trim() === '') });
      else setResult({ ...response, done });
      if (response.ok) router.refresh();
    });

  const errors = result && !result.ok ? result.fieldErrors.reason : undefined;
  // on a long review page the card may be far from the top: the reason field comes into view, with the message
  useEffect(() => {
    if (errors) document.getElementById(id)?.focus();
  }, [errors, id]);
  const outcome = result && (
    <div className={result.ok ? 'form-ok' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
      {result.ok ? result.done : result.message}
    </div>
  );
  if (!isOpen) return outcome;
  return (
    <div>
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
      {outcome}
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

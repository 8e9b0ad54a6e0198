'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import { saveMonthAction } from '@/lib/actions/entry';
import type { ActionResult } from '@/lib/actions/authorised-action';
import type { EntryMonth } from '@/lib/data/entry';
import type { EvidenceItem } from '@/lib/data/evidence';
import { EvidenceSection } from '@/components/evidence/evidence-section';
import { entryFigures, previousFigures } from '@/lib/domain';
import { useMessageTranslator } from '@/lib/i18n/use-message-translator';
import { hasDeviationContent, saveMonthSchema, submissionErrors } from '@/lib/validation/entry';
import { fieldErrorsOf, parseInput } from '@/lib/validation/issues';
import { typedFigures, typedMoney } from '@/lib/entry/typed-figures';
import { entryPayload } from './entry-payload';
import { type PackedEntryMonth, unpackEntryMonth } from '@/lib/entry/transport';
import { SubmitSummary, useSummaryItems } from './submit-summary';
import { usePageTitleCount } from './use-page-title-count';
import type { RowState } from './entry-row';
import { EntryGrid } from './entry-grid';
import { withCells } from './grid-cells';
import { ConfirmImplausible } from './confirm-implausible';
import { CONFIRM_IMPLAUSIBLE } from '@/lib/validation/month-figures';

const initialRows = (month: EntryMonth): Record<number, RowState> =>
  Object.fromEntries(
    month.rows.map((r) => [
      r.indicator.id,
      { ...r.current, deviation: r.deviation ?? { causes: [], analysis: '', measures: '', likelihood: '' } },
    ]),
  );

/** The month's entry form: figures typed, rates and statuses computed live by the domain engine, saved or submitted. */
export function EntryForm({
  month: packed,
  evidence = {},
}: {
  month: PackedEntryMonth;
  evidence?: Record<number, EvidenceItem[]>;
}) {
  const month = useMemo(() => unpackEntryMonth(packed), [packed]);
  const t = useTranslations('entry');
  const messages = useMessageTranslator();
  const router = useRouter();
  const [rows, setRows] = useState(() => initialRows(month));
  const [budget, setBudget] = useState({ spent: month.budget.spent, planned: month.budget.planned });
  const [version, setVersion] = useState(month.version);
  const [isConfirmed, setConfirmed] = useState(false);
  const [result, setResult] = useState<(ActionResult<{ state: string; version: number }> & { intent?: string }) | null>(
    null,
  );
  const [isPending, startTransition] = useTransition();
  const isReadOnly = !month.canEdit;
  const budgetNow = { spent: typedMoney(budget.spent), planned: typedMoney(budget.planned) };
  const [check, setCheck] = useState<Record<string, string[]> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : (check ?? {});
  const summary = useSummaryItems(month, errors);
  usePageTitleCount(summary.length, t('titleCount', { count: summary.length }));
  const m = month.month;

  const figures = month.rows.map((r) => {
    const s = rows[r.indicator.id];
    const current = typedFigures(s);
    const figuresOf = (withForecast: boolean) =>
      entryFigures({
        indicator: r.indicator,
        month: m,
        months: r.months,
        lastYear: r.lastYear,
        priorYears: r.priorYears,
        current,
        thresholds: month.thresholds,
        budget: { total: month.budget.total, months: month.budget.months, current: budgetNow },
        withForecast,
      });
    // the forecast only suggests a deviation record's likelihood: rows without one are evaluated without it
    const lean = figuresOf(false);
    return lean.needsDeviation || hasDeviationContent(s.deviation) ? figuresOf(true) : lean;
  });

  const previousOf = (r: EntryMonth['rows'][number]) =>
    previousFigures({ indicator: r.indicator, month: m, months: r.months, lastYear: r.lastYear, budget: month.budget });

  const payload = (intent: 'DRAFT' | 'SUBMIT') => ({
    ...entryPayload(month, rows, figures, budget, version, intent),
    confirmImplausible: isConfirmed,
  });

  // 提交前检查: the same schema and submission rules the server applies, run on what is typed now
  const checkBeforeSubmit = () => {
    const parsed = parseInput(saveMonthSchema, payload('SUBMIT'));
    const needsDeviation = new Set(month.rows.filter((_, i) => figures[i].needsDeviation).map((r) => r.indicator.id));
    setResult(null);
    setCheck(
      messages.fieldErrors(
        parsed.success
          ? submissionErrors(
              month.rows.map((r) => r.indicator),
              parsed.data,
              needsDeviation,
            )
          : fieldErrorsOf(parsed.error),
      ),
    );
  };

  const save = (intent: 'DRAFT' | 'SUBMIT') =>
    startTransition(async () => {
      let response: ActionResult<{ state: string; version: number }>;
      try {
        response = await saveMonthAction(payload(intent));
      } catch {
        // the server did not answer (network, server down): the form keeps what was typed
        response = { ok: false, message: t('saveUnreachable'), fieldErrors: {} };
      }
      setResult({ ...response, intent });
      setCheck(null);
      if (response.ok) {
        setConfirmed(false);
        setVersion(response.data.version);
        router.refresh();
      }
    });

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      {result && (
        <div className={result.ok ? 'form-ok' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
          {result.ok ? t(result.intent === 'SUBMIT' ? 'submitted' : 'saved') : result.message}
          {!result.ok && Object.keys(result.fieldErrors).length === 0 && (
            <>
              {' '}
              {t('keptAsTyped')}{' '}
              <button
                type="button"
                className="btn btn-secondary"
                disabled={isPending}
                onClick={() => save(result.intent === 'SUBMIT' ? 'SUBMIT' : 'DRAFT')}
              >
                {t('retry')}
              </button>
            </>
          )}
        </div>
      )}
      {summary.length > 0 && (
        <SubmitSummary heading={t(check ? 'checkFound' : 'summaryTitle', { count: summary.length })} items={summary} />
      )}
      {check && summary.length === 0 && (
        <p className="form-ok" role="status">
          {t('checkPassed')}
        </p>
      )}
      <EntryGrid
        month={month}
        rows={rows}
        figures={figures}
        previousOf={previousOf}
        errors={errors}
        isReadOnly={isReadOnly}
        budget={budget}
        onBudget={setBudget}
        onRow={(id, state) => setRows((all) => ({ ...all, [id]: state }))}
        onCells={(cells) => {
          const filled = withCells(rows, budget, cells);
          setRows(filled.rows);
          setBudget(filled.budget);
        }}
        evidenceOf={(r) => (
          <EvidenceSection
            id={`r${r.indicator.id}`}
            indicator={r.indicator}
            month={{ unitCode: month.unit.code, year: month.year, month: m }}
            files={evidence[r.indicator.id] ?? []}
            canEdit={!isReadOnly}
            version={version}
            onVersion={setVersion}
          />
        )}
      />
      {!isReadOnly && (
        <ConfirmImplausible
          namespace="entry"
          errors={errors[CONFIRM_IMPLAUSIBLE]}
          isChecked={isConfirmed}
          onChange={setConfirmed}
        />
      )}
      {!isReadOnly && (
        <div className="row">
          <button type="button" className="btn btn-secondary" disabled={isPending} onClick={() => save('DRAFT')}>
            {isPending ? t('saving') : t('saveDraft')}
          </button>
          {month.canSubmit && (
            <button type="button" className="btn btn-secondary" disabled={isPending} onClick={checkBeforeSubmit}>
              {t('checkBeforeSubmit')}
            </button>
          )}
          {month.canSubmit && (
            <button type="button" className="btn" disabled={isPending} onClick={() => save('SUBMIT')}>
              {t('submit')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

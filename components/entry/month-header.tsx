import { getLocale, getTranslations } from 'next-intl/server';
import { ReviewActions } from '@/components/review/review-actions';
import { can, type SessionUser } from '@/lib/auth/permissions';
import type { EntryMonth } from '@/lib/data/entry';
import { formatInstant } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { MonthStateBadge } from '@/components/ui/status-badge';

/** The month's title, state (icon + word), due date, reasons and who changed it last; the admin's reopen form. */
export async function MonthHeader({ month, user }: { month: EntryMonth; user: SessionUser }) {
  const [t, td, locale] = await Promise.all([getTranslations('entry'), getTranslations('domain'), getLocale()]);
  const at = (iso: string) => formatInstant(iso, toLocale(locale));
  const report = month.report;
  const state = report?.state ?? 'MISSING';
  return (
    <section className="panel" aria-labelledby="month-title">
      <h1 id="month-title">{t('monthTitle', { unit: month.unit.name, year: month.year, month: month.month })}</h1>
      <p className="row">
        <MonthStateBadge state={state} />
        {month.isOverdue && <MonthStateBadge state="OVERDUE" />}
        <span className="small">{t('dueAt', { at: at(month.dueAt) })}</span>
      </p>
      {report?.returnReason && state !== 'APPROVED' && (
        <p className="form-error">
          {report.reviewedAt && `${t('returnedBy', { user: report.reviewedBy ?? '—', at: at(report.reviewedAt) })} `}
          {t('returnReason', { reason: report.returnReason })}
        </p>
      )}
      {report?.reopenReason && state === 'DRAFT' && (
        <p className="small">{t('reopenReason', { reason: report.reopenReason })}</p>
      )}
      {report && (
        <p className="small muted">
          {t('lastChange', { user: report.updatedBy ?? '—', at: at(report.updatedAt) })}
          {report.submittedAt &&
            ` · ${t('submittedBy', { user: report.submittedBy ?? '—', at: at(report.submittedAt) })}`}
          {report.reviewedAt && ` · ${t('reviewedBy', { user: report.reviewedBy ?? '—', at: at(report.reviewedAt) })}`}
        </p>
      )}
      {!month.isStarted && <p className="form-error">{t('notStarted')}</p>}
      {month.isStarted && !month.canEdit && (
        <p className="small" role="note">
          {t('readOnly', { state: td(`monthState.${state}`) })}
        </p>
      )}
      {/* kept mounted while the month moves on, so the confirmation outlives the refresh */}
      {report && can(user, 'months.review') && (
        <ReviewActions
          unitCode={month.unit.code}
          year={month.year}
          month={month.month}
          version={month.version}
          mode="review"
          isOpen={state === 'SUBMITTED'}
        />
      )}
      {report && can(user, 'months.reopen') && (
        <ReviewActions
          unitCode={month.unit.code}
          year={month.year}
          month={month.month}
          version={month.version}
          mode="reopen"
          isOpen={state === 'APPROVED'}
        />
      )}
    </section>
  );
}

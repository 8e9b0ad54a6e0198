import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { PlanPerformance } from '@/lib/data/performance';
import { formatDate, formatIndicatorValue, type FormatLocale } from '@/lib/format';
import { joinList } from '@/lib/i18n/message-text';
import { StatusBadge } from '@/components/ui/status-badge';

// With several units the list is long: each deviation record folds away.
const Collapsible = ({
  isCollapsed,
  summary,
  children,
}: {
  isCollapsed: boolean;
  summary: string;
  children: React.ReactNode;
}) =>
  isCollapsed ? (
    <details>
      <summary>{summary}</summary>
      {children}
    </details>
  ) : (
    <>{children}</>
  );

/** How many entries of each list the all-units view shows; the rest are counted, and open per unit. */
const ALL_UNITS_LIMIT = 20;

/**
 * 需关注: red and yellow indicators with their latest deviation record, and overdue months, for one or several units
 * (with several, the first ALL_UNITS_LIMIT of each list and how many more there are).
 */
export async function AttentionList({ plans, showUnit }: { plans: PlanPerformance[]; showUnit: boolean }) {
  const [t, td, locale] = await Promise.all([
    getTranslations('dashboard.attention'),
    getTranslations('domain'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const limit = showUnit ? ALL_UNITS_LIMIT : Infinity;
  const allFlagged = plans.flatMap((plan) =>
    plan.indicators
      .filter((i) => i.figures.status === 'RED' || i.figures.status === 'YELLOW')
      .map((indicator) => ({ plan, indicator })),
  );
  const allOverdue = plans.flatMap((plan) => plan.months.filter((m) => m.isOverdue).map((month) => ({ plan, month })));
  const [flagged, overdue] = [allFlagged.slice(0, limit), allOverdue.slice(0, limit)];
  const more = (count: number) => count > limit && <p className="small muted">{t('more', { count: count - limit })}</p>;
  const prefix = (plan: PlanPerformance) => (showUnit ? `${plan.unit.name} · ` : '');
  return (
    <section className="panel" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title">{t('title')}</h2>
      {flagged.length === 0 && overdue.length === 0 && <p className="muted">{t('none')}</p>}
      {overdue.length > 0 && (
        <>
          <h3>{t('overdue')}</h3>
          <ul className="attention-list">
            {overdue.map(({ plan, month }) => (
              <li key={`${plan.unit.code}-${month.month}`}>
                <StatusBadge status="OVERDUE" label={td('status.OVERDUE')} /> {prefix(plan)}
                {t('overdueItem', { month: month.month, due: formatDate(month.dueDate, locale) })} ·{' '}
                {td(`monthState.${month.state}`)}
              </li>
            ))}
          </ul>
          {more(allOverdue.length)}
        </>
      )}
      {flagged.length > 0 && (
        <>
          <h3>{t('indicators')}</h3>
          <ul className="attention-list">
            {flagged.map(({ plan, indicator }) => {
              const record = indicator.deviations.at(-1);
              return (
                <li key={`${plan.unit.code}-${indicator.id}`}>
                  <div className="row">
                    <StatusBadge status={indicator.figures.status} label={td(`status.${indicator.figures.status}`)} />
                    <Link href={`/indicators/${indicator.id}?asOf=${plan.asOf}`}>
                      {prefix(plan)}
                      {indicator.name}
                    </Link>
                    <span className="small muted">
                      {formatIndicatorValue(indicator.figures.ytdValue, indicator, locale)} / {indicator.targetText}
                    </span>
                  </div>
                  {record ? (
                    <Collapsible isCollapsed={showUnit} summary={t('deviationOf', { month: record.month })}>
                      <dl className="deviation small">
                        <dt>
                          {t('deviationOf', { month: record.month })} · {t('causes')}
                        </dt>
                        <dd>
                          {joinList(
                            record.causes.map((c) => td(`cause.${c}`)),
                            locale,
                          ) || '—'}
                        </dd>
                        <dt>{t('analysis')}</dt>
                        <dd>{record.analysis}</dd>
                        <dt>{t('measures')}</dt>
                        <dd>{record.measures}</dd>
                        <dt>{t('likelihood')}</dt>
                        <dd>{td(`likelihood.${record.likelihood}`)}</dd>
                      </dl>
                    </Collapsible>
                  ) : (
                    <p className="small muted">{t('noDeviation')}</p>
                  )}
                </li>
              );
            })}
          </ul>
          {more(allFlagged.length)}
        </>
      )}
    </section>
  );
}

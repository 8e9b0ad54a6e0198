import { getLocale, getTranslations } from 'next-intl/server';
import type { BudgetFigures } from '@/lib/domain';
import { formatPercent, formatScore, formatWanYuan, type FormatLocale } from '@/lib/format';
import { StatusBadge } from '@/components/ui/status-badge';

const Bar = ({
  label,
  value,
  locale,
  className,
}: {
  label: string;
  value: number | null;
  locale: FormatLocale;
  className: string;
}) => (
  <div className="meter-row">
    <span className="meter-label">{label}</span>
    <span className="meter" aria-hidden="true">
      <span className={className} style={{ width: `${Math.min(100, Math.max(0, value ?? 0))}%` }} />
    </span>
    <span className="num">{formatPercent(value, locale)}</span>
  </div>
);

/** 预算执行率 against 序时进度, and 成本控制率; the projected spend and score say 预计 until the year is complete. */
export async function BudgetPanel({
  budget,
  weight,
  asOf,
}: {
  budget: BudgetFigures | null;
  weight: number;
  asOf: number;
}) {
  const [t, td, locale] = await Promise.all([
    getTranslations('dashboard.budget'),
    getTranslations('domain'),
    getLocale() as Promise<FormatLocale>,
  ]);
  return (
    <section className="panel" aria-labelledby="budget-title" data-testid="budget-panel">
      <div className="tile-head">
        <h2 id="budget-title">{t('title')}</h2>
        {budget && <StatusBadge status={budget.status} label={td(`status.${budget.status}`)} />}
      </div>
      {!budget ? (
        <p className="muted">{t('noBudget')}</p>
      ) : (
        <>
          <Bar
            label={t('executionRate', { month: asOf })}
            value={budget.executionRate}
            locale={locale}
            className="meter-fill"
          />
          <Bar
            label={t('timeProgress')}
            value={budget.timeProgress}
            locale={locale}
            className="meter-fill meter-time"
          />
          <dl className="tile-facts small">
            <dt>{t('costControlRate')}</dt>
            <dd data-testid="cost-control-rate">{formatPercent(budget.costControlRate, locale)}</dd>
            <dt>{t('spent', { month: asOf })}</dt>
            <dd>{formatWanYuan(budget.spentToDate, locale)}</dd>
            <dt>{t('budget')}</dt>
            <dd>{formatWanYuan(budget.budget, locale)}</dd>
            <dt>{t(budget.isProjected ? 'projectedSpend' : 'spentFullYear')}</dt>
            <dd>{formatWanYuan(budget.projectedSpend, locale)}</dd>
            <dt data-testid="budget-score-label">{t(budget.isProjected ? 'scoreProjected' : 'score')}</dt>
            <dd>
              {formatScore(budget.score, locale)} / {formatScore(weight, locale)}
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}

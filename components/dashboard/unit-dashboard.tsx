import { getTranslations } from 'next-intl/server';
import type { PlanPerformance } from '@/lib/data/performance';
import { AttentionList } from './attention-list';
import { BudgetPanel } from './budget-panel';
import { IndicatorTile } from './indicator-tile';
import { ScorePanel } from './score-panel';

/** One unit: scored indicator tiles, monitoring indicators apart, budget, projected score, what needs attention. */
export async function UnitDashboard({ plan }: { plan: PlanPerformance }) {
  const t = await getTranslations('dashboard');
  const scored = plan.indicators.filter((i) => !i.isMonitoring);
  const monitoring = plan.indicators.filter((i) => i.isMonitoring);
  return (
    <>
      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('indicators')}</h2>
        <div className="grid tiles" data-testid="scored-tiles">
          {scored.map((i) => (
            <IndicatorTile key={i.id} indicator={i} asOf={plan.asOf} />
          ))}
        </div>
      </section>
      <div className="grid two-up">
        <BudgetPanel budget={plan.budget} weight={plan.budgetWeight} asOf={plan.asOf} />
        <ScorePanel plan={plan} />
      </div>
      <AttentionList plans={[plan]} showUnit={false} />
      {monitoring.length > 0 && (
        <section aria-labelledby="monitoring-title" className="monitoring">
          <h2 id="monitoring-title">
            {t('monitoring')} <span className="small muted">{t('monitoringHint')}</span>
          </h2>
          <div className="grid tiles" data-testid="monitoring-tiles">
            {monitoring.map((i) => (
              <IndicatorTile key={i.id} indicator={i} asOf={plan.asOf} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}

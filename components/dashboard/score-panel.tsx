import { getLocale, getTranslations } from 'next-intl/server';
import type { PlanPerformance } from '@/lib/data/performance';
import { formatScore, type FormatLocale } from '@/lib/format';
import { labelled, withNote } from '@/lib/i18n/message-text';

/** The self-evaluation total and grade; 预计 until the year is complete. */
export async function ScorePanel({ plan }: { plan: PlanPerformance }) {
  const [t, td, locale] = await Promise.all([
    getTranslations('dashboard.score'),
    getTranslations('domain'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const kind = plan.isProjected ? t('projected') : t('final');
  const scored = plan.indicators.filter((i) => !i.isMonitoring);
  return (
    <section className="panel" aria-labelledby="score-title" data-testid="score-panel">
      <div className="tile-head">
        <h2 id="score-title">{t('title')}</h2>
        <span className="badge badge-projection">{kind}</span>
      </div>
      <div className="score-line">
        <span className="tile-value" data-testid="score-total">
          {formatScore(plan.total, locale)}
        </span>
        <span className="muted"> / {formatScore(plan.maxTotal, locale)}</span>
        <span className="grade" data-testid="score-grade">
          {labelled(t('grade'), plan.grade ? withNote(td(`grade.${plan.grade}`), kind, locale) : '—', locale)}
        </span>
      </div>
      {plan.isProjected && <p className="small muted">{t('projectedHint')}</p>}
      <details>
        <summary>{t('item')}</summary>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('item')}</th>
                <th scope="col" className="num">
                  {t('weight')}
                </th>
                <th scope="col" className="num">
                  {withNote(t('itemScore'), kind, locale)}
                </th>
              </tr>
            </thead>
            <tbody>
              {scored.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.name}</th>
                  <td className="num">{formatScore(i.weight, locale)}</td>
                  <td className="num">{formatScore(i.figures.score, locale)}</td>
                </tr>
              ))}
              {plan.budget && (
                <tr>
                  <th scope="row">{t('budgetItem')}</th>
                  <td className="num">{formatScore(plan.budgetWeight, locale)}</td>
                  <td className="num">{formatScore(plan.budget.score, locale)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

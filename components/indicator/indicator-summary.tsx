import { getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/ui/status-badge';
import type { IndicatorPerformance } from '@/lib/data/performance';
import {
  formatChange,
  formatCount,
  formatFraction,
  formatIndicatorValue,
  formatPercent,
  formatScore,
  type FormatLocale,
} from '@/lib/format';

/** The indicator's year-to-date figures, target (original and adjusted), projection, likelihood and score. */
export async function IndicatorSummary({ indicator, asOf }: { indicator: IndicatorPerformance; asOf: number }) {
  const [t, td, locale] = await Promise.all([
    getTranslations('indicator'),
    getTranslations('domain'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const f = indicator.figures;
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const kind = f.isProjected ? t('projected') : t('final');
  return (
    <section className="panel" aria-labelledby="summary-title" data-testid="indicator-summary">
      <div className="tile-head">
        <h2 id="summary-title">{t('summary')}</h2>
        <StatusBadge status={f.status} label={td(`status.${f.status}`)} />
      </div>
      <dl className="facts">
        {indicator.originalTarget ? (
          <>
            <dt>{t('originalTarget')}</dt>
            <dd>
              <s>{indicator.originalTarget.targetText}</s>
            </dd>
            <dt>{t('adjustedTarget')}</dt>
            <dd>{indicator.targetText}</dd>
          </>
        ) : (
          <>
            <dt>{t('target')}</dt>
            <dd>{indicator.targetText}</dd>
          </>
        )}
        <dt>{t('ytd', { month: asOf })}</dt>
        <dd className="strong" data-testid="indicator-ytd">
          {indicator.kind === 'QUALITATIVE' ? (f.ytdRating ? td(`rating.${f.ytdRating}`) : '—') : value(f.ytdValue)}
        </dd>
        {indicator.kind === 'RATIO' && (
          <>
            <dt>{t('fraction')}</dt>
            <dd>{formatFraction(f.ytdNumerator, f.ytdDenominator, locale)}</dd>
          </>
        )}
        {indicator.kind === 'COUNT' && (
          <>
            <dt>{t('expected')}</dt>
            <dd>{formatCount(f.expected, indicator.displayDivisor, indicator.displayUnit, locale)}</dd>
            <dt>{t('pace')}</dt>
            <dd>
              {formatPercent(f.pace, locale)}
              {f.targetMayBeTooLow && ` · ${td('targetMayBeTooLow')}`}
            </dd>
          </>
        )}
        {indicator.kind !== 'QUALITATIVE' && (
          <>
            <dt>{t('projection')}</dt>
            <dd>{value(f.projection)}</dd>
          </>
        )}
        <dt>{t('likelihood')}</dt>
        <dd>{f.likelihood ? td(`likelihood.${f.likelihood}`) : '—'}</dd>
        <dt>{t('yoy')}</dt>
        <dd>{indicator.kind === 'COUNT' ? formatChange(f.yoy, '%', locale) : formatChange(f.yoyPp, 'pp', locale)}</dd>
        {!indicator.isMonitoring && (
          <>
            <dt>{t('score', { kind })}</dt>
            <dd>
              {formatScore(f.score, locale)} / {formatScore(indicator.weight, locale)}
            </dd>
          </>
        )}
      </dl>
      {indicator.numeratorLabel && indicator.denominatorLabel && (
        <p className="small muted">
          {t('formula', { numerator: indicator.numeratorLabel, denominator: indicator.denominatorLabel })}
        </p>
      )}
    </section>
  );
}

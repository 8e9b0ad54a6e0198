import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';

/** The month's planned spending, from the plan's 预算计划 (set in plan settings, not here: the grid's help says so). */
export function PlannedSpending({ planned }: { planned: string }) {
  const t = useTranslations('entry');
  const locale = toLocale(useLocale());
  return (
    <div className="field">
      <span id="budget-planned-label" style={{ fontWeight: 600 }}>
        {t('planned')}
      </span>
      <span id="budget-planned" className="num" style={{ textAlign: 'left' }}>
        {planned === '' ? '—' : formatNumber(Number(planned), locale, 2)}
      </span>
    </div>
  );
}

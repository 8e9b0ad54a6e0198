import { getLocale, getTranslations } from 'next-intl/server';
import { AdjustTargetForm, DraftIndicatorActions } from '@/components/admin/indicator-actions';
import type { AdminIndicator, AdminPlanDetail } from '@/lib/data/admin-plans';
import { formatInstant } from '@/lib/format';

async function TargetVersions({ indicator }: { indicator: AdminIndicator }) {
  const [t, locale] = await Promise.all([getTranslations('admin'), getLocale()]);
  if (indicator.versions.length === 0) return null;
  return (
    <table className="data small" style={{ marginTop: '.5rem' }}>
      <caption>{`${t('plans.versions')}：${indicator.name}`}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.versionNo')}</th>
          <th scope="col">{t('plans.target')}</th>
          <th scope="col">{t('plans.weight')}</th>
          <th scope="col">{t('plans.reason')}</th>
          <th scope="col">{t('plans.changedAt')}</th>
          <th scope="col">{t('plans.changedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {indicator.versions.map((v) => (
          <tr key={v.versionNo}>
            <td>{v.versionNo === 1 ? t('plans.original') : v.versionNo}</td>
            <td>{v.targetText}</td>
            <td className="num">{v.weight}</td>
            <td>{v.reason}</td>
            <td>{formatInstant(v.changedAt, locale === 'en' ? 'en' : 'zh-CN')}</td>
            <td>{v.changedBy ?? t('common.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function IndicatorsTable({ plan }: { plan: AdminPlanDetail }) {
  const [t, td] = await Promise.all([getTranslations('admin'), getTranslations('domain')]);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{t('plans.indicatorList')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.code')}</th>
            <th scope="col">{t('plans.level1')}</th>
            <th scope="col">{t('plans.level2')}</th>
            <th scope="col">{t('plans.name')}</th>
            <th scope="col">{t('plans.kind')}</th>
            <th scope="col">{t('plans.target')}</th>
            <th scope="col" className="num">
              {t('plans.weight')}
            </th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.indicators.map((indicator) => (
            <tr key={indicator.id} data-code={indicator.code}>
              <td>{indicator.code}</td>
              <td>{indicator.level1}</td>
              <td>{indicator.level2}</td>
              <th scope="row">
                {indicator.name}
                {indicator.isMonitoring && (
                  <span className="badge status-NO_DATA" style={{ marginLeft: '.35rem' }}>
                    {t('plans.monitoring')}
                  </span>
                )}
                {indicator.isBudgetDerived && <div className="muted small">{t('plans.budgetDerived')}</div>}
              </th>
              <td>{td(`kind.${indicator.kind}`)}</td>
              <td>
                {indicator.targetText}
                {indicator.versions.length > 0 && (
                  <div className="muted small">{`${t('plans.original')}：${indicator.versions[0].targetText}`}</div>
                )}
              </td>
              <td className="num">{indicator.weight}</td>
              <td>
                {plan.status === 'DRAFT' ? (
                  <DraftIndicatorActions planId={plan.id} indicator={indicator} />
                ) : (
                  <AdjustTargetForm indicator={indicator} />
                )}
                <TargetVersions indicator={indicator} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

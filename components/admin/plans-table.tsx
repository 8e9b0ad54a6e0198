import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AdminPlanRow } from '@/lib/data/admin-plans';

export async function PlansTable({ plans }: { plans: AdminPlanRow[] }) {
  const t = await getTranslations('admin');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{t('plans.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.year')}</th>
            <th scope="col">{t('plans.unit')}</th>
            <th scope="col">{t('plans.status')}</th>
            <th scope="col" className="num">
              {t('plans.indicators')}
            </th>
            <th scope="col" className="num">
              {t('plans.weights')}
            </th>
            <th scope="col" className="num">
              {t('plans.budget')}
            </th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => {
            return (
              <tr key={plan.id}>
                <td>{plan.year}</td>
                <th scope="row">{`${plan.unitCode} ${plan.unitName}`}</th>
                <td>
                  <span className={`badge ${plan.status === 'PUBLISHED' ? 'status-GREEN' : 'status-NO_DATA'}`}>
                    {t(`plans.${plan.status}`)}
                  </span>
                </td>
                <td className="num">{plan.indicatorCount}</td>
                <td className="num">
                  {t('plans.weightsValue', {
                    indicators: plan.weightSum,
                    budget: plan.budgetWeight,
                    total: plan.weightTotal.total,
                  })}
                  {!plan.weightTotal.isHundred && <span className="field-error"> ⚠</span>}
                </td>
                <td className="num">{plan.budgetTotalWan}</td>
                <td>
                  <Link
                    href={`/admin/plans/${plan.id}`}
                    aria-label={`${t('plans.open')} ${plan.year} ${plan.unitName}`}
                  >
                    {t('plans.open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

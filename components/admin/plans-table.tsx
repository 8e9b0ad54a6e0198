import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AdminPlanRow } from '@/lib/data/admin-plans';
import { DataTable } from '@/components/ui/data-table';

export async function PlansTable({ plans }: { plans: AdminPlanRow[] }) {
  const t = await getTranslations('admin');
  return (
    <DataTable
      caption={t('plans.list')}
      columns={[
        { label: t('plans.year') },
        { label: t('plans.unit') },
        { label: t('plans.status') },
        { label: t('plans.indicators'), isNumber: true },
        { label: t('plans.weights'), isNumber: true },
        { label: t('plans.budget'), isNumber: true },
        { label: t('common.actions') },
      ]}
    >
      {plans.map((plan) => (
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
            <Link href={`/admin/plans/${plan.id}`} aria-label={`${t('plans.open')} ${plan.year} ${plan.unitName}`}>
              {t('plans.open')}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

import { getTranslations } from 'next-intl/server';
import { UnitCreateForm, UnitRenameForm } from '@/components/admin/unit-forms';
import { requirePermission } from '@/lib/auth/session';
import { listUnits } from '@/lib/data/admin-units';
import { DataTable } from '@/components/ui/data-table';

export default async function AdminUnitsPage() {
  const user = await requirePermission('units.manage');
  const [t, units] = await Promise.all([getTranslations('admin'), listUnits(user)]);
  return (
    <>
      <h1>{t('units.title')}</h1>
      <UnitCreateForm />
      <DataTable
        caption={t('units.list')}
        columns={[
          { label: t('units.code') },
          { label: t('units.name') },
          { label: t('units.users'), isNumber: true },
          { label: t('units.plans'), isNumber: true },
          { label: t('common.actions') },
        ]}
      >
        {units.map((unit) => (
          <tr key={unit.id}>
            <th scope="row">{unit.code}</th>
            <td>
              {unit.name}
              {unit.isDemo && (
                <span className="badge badge-demo" style={{ marginLeft: '.5rem' }}>
                  {t('units.demo')}
                </span>
              )}
            </td>
            <td className="num">{unit.userCount}</td>
            <td className="num">{unit.planCount}</td>
            <td>
              <UnitRenameForm unit={unit} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

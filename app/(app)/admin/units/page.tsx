import { getTranslations } from 'next-intl/server';
import { UnitCreateForm, UnitRenameForm } from '@/components/admin/unit-forms';
import { requirePermission } from '@/lib/auth/session';
import { listUnits } from '@/lib/data/admin-units';

export default async function AdminUnitsPage() {
  const user = await requirePermission('units.manage');
  const [t, units] = await Promise.all([getTranslations('admin'), listUnits(user)]);
  return (
    <>
      <h1>{t('units.title')}</h1>
      <UnitCreateForm />
      <div className="table-wrap">
        <table className="data">
          <caption>{t('units.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('units.code')}</th>
              <th scope="col">{t('units.name')}</th>
              <th scope="col" className="num">
                {t('units.users')}
              </th>
              <th scope="col" className="num">
                {t('units.plans')}
              </th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </>
  );
}

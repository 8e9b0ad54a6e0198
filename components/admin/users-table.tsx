import { getLocale, getTranslations } from 'next-intl/server';
import { UserRowActions } from '@/components/admin/user-row-actions';
import type { UnitOption } from '@/components/admin/user-selects';
import type { AdminUserRow } from '@/lib/data/admin-users';
import { formatInstant } from '@/lib/format';
import { DataTable } from '@/components/ui/data-table';

export async function UsersTable({
  users,
  units,
  currentUserId,
}: {
  users: AdminUserRow[];
  units: UnitOption[];
  currentUserId: number;
}) {
  const [t, td, locale] = await Promise.all([getTranslations('admin'), getTranslations('domain'), getLocale()]);
  return (
    <DataTable
      caption={t('users.list')}
      columns={[
        { label: t('users.username') },
        { label: t('users.displayName') },
        { label: t('users.role') },
        { label: t('users.unit') },
        { label: t('users.active') },
        { label: t('users.lastLogin') },
        { label: t('common.actions') },
      ]}
    >
      {users.map((user) => (
        <tr key={user.id} data-username={user.username}>
          <th scope="row">
            {user.username}
            {user.id === currentUserId && <span className="muted small"> {t('users.you')}</span>}
          </th>
          <td>{user.displayName}</td>
          <td>{td(`role.${user.role}`)}</td>
          <td>{user.unitName ?? t('common.none')}</td>
          <td>
            <span className={`badge ${user.isActive ? 'status-GREEN' : 'status-NO_DATA'}`}>
              {t(user.isActive ? 'users.isActive' : 'users.isDisabled')}
            </span>
            {user.isLocked && (
              <span className="badge status-RED">
                <span aria-hidden="true">✕</span> {t('users.isLocked')}
              </span>
            )}
          </td>
          <td>
            {user.lastLoginAt ? formatInstant(user.lastLoginAt, locale === 'en' ? 'en' : 'zh-CN') : t('users.never')}
          </td>
          <td>
            <UserRowActions user={user} units={units} isSelf={user.id === currentUserId} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

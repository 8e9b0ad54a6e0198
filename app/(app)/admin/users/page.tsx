import { getTranslations } from 'next-intl/server';
import { UserCreateForm } from '@/components/admin/user-create-form';
import { UsersTable } from '@/components/admin/users-table';
import { requirePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/data/admin-users';
import { listUnitOptions } from '@/lib/data/admin-units';

export default async function AdminUsersPage() {
  const user = await requirePermission('users.manage');
  const [t, users, units] = await Promise.all([getTranslations('admin'), listUsers(user), listUnitOptions(user)]);
  return (
    <>
      <h1>{t('users.title')}</h1>
      <UserCreateForm units={units} />
      <UsersTable users={users} units={units} currentUserId={user.id} />
    </>
  );
}

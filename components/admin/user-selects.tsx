'use client';

import { useTranslations } from 'next-intl';
import { ROLES } from '@/lib/auth/permissions';

export type UnitOption = { id: number; code: string; name: string };

export function RoleSelect({ id, defaultValue }: { id: string; defaultValue: string }) {
  const td = useTranslations('domain');
  return (
    <select id={id} name="role" defaultValue={defaultValue}>
      {ROLES.map((role) => (
        <option key={role} value={role}>{td(`role.${role}`)}</option>
      ))}
    </select>
  );
}

export function UnitSelect({ id, units, defaultValue }: { id: string; units: UnitOption[]; defaultValue: number | null }) {
  const t = useTranslations('admin');
  return (
    <select id={id} name="unitId" defaultValue={defaultValue ?? ''}>
      <option value="">{t('users.noUnit')}</option>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>{`${unit.code} ${unit.name}`}</option>
      ))}
    </select>
  );
}

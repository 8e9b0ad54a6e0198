'use client';

import { useTranslations } from 'next-intl';
import { ROLES } from '@/lib/auth/permissions';

export type UnitOption = { id: number; code: string; name: string };

type Aria = { 'aria-invalid'?: boolean; 'aria-describedby'?: string };

export function RoleSelect({ id, defaultValue, ...aria }: { id: string; defaultValue: string } & Aria) {
  const td = useTranslations('domain');
  return (
    <select id={id} name="role" defaultValue={defaultValue} {...aria}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {td(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}

export function UnitSelect({
  id,
  units,
  defaultValue,
  ...aria
}: { id: string; units: UnitOption[]; defaultValue: number | null } & Aria) {
  const t = useTranslations('admin');
  return (
    <select id={id} name="unitId" defaultValue={defaultValue ?? ''} {...aria}>
      <option value="">{t('users.noUnit')}</option>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>{`${unit.code} ${unit.name}`}</option>
      ))}
    </select>
  );
}

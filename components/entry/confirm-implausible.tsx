'use client';

import { useTranslations } from 'next-intl';

/**
 * Shown once the server has refused figures beyond their plausible range (or while ticked): ticking it keeps them on
 * the next save.
 */
export function ConfirmImplausible({
  namespace,
  errors,
  isChecked,
  onChange,
}: {
  namespace: 'entry' | 'import';
  errors: string[] | undefined;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
}) {
  const t = useTranslations(namespace);
  if (!errors && !isChecked) return null;
  return (
    <div className="field">
      <label>
        <input
          id={`${namespace}-confirm-implausible`}
          type="checkbox"
          name="confirmImplausible"
          checked={isChecked}
          aria-invalid={!!errors && !isChecked}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {t('confirmImplausibleLabel')}
      </label>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton } from '@/components/admin/form-parts';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { createUnitAction, renameUnitAction } from '@/lib/actions/admin-units';

export function UnitCreateForm() {
  const t = useTranslations('admin');
  const { state, isPending, formRef, onSubmit, errorOf } = useAdminForm(createUnitAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="panel" aria-labelledby="unit-create-title">
      <h2 id="unit-create-title">{t('units.create')}</h2>
      <FormMessage state={state} okText={t('common.saved')} />
      <div className="grid">
        <Field id="unit-code" name="code" label={t('units.code')} error={errorOf('code')} autoComplete="off" />
        <Field id="unit-name" name="name" label={t('units.name')} error={errorOf('name')} autoComplete="off" />
      </div>
      <SubmitButton isPending={isPending} label={t('units.create')} pendingLabel={t('common.saving')} />
    </form>
  );
}

export function UnitRenameForm({ unit }: { unit: { id: number; code: string; name: string } }) {
  const t = useTranslations('admin');
  const { state, isPending, onSubmit, errorOf } = useAdminForm(renameUnitAction);
  return (
    <details>
      <summary>{t('units.rename')}</summary>
      <form onSubmit={onSubmit} noValidate>
        <FormMessage state={state} okText={t('units.renamed')} />
        <input type="hidden" name="id" value={unit.id} />
        <Field
          id={`unit-name-${unit.id}`}
          name="name"
          label={t('units.name')}
          defaultValue={unit.name}
          error={errorOf('name')}
        />
        <SubmitButton isPending={isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
      </form>
    </details>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getAuditLabels, inActionOrder, inEntityOrder } from '@/components/admin/audit-labels';
import { toLocale } from '@/lib/i18n/config';
import { withNote } from '@/lib/i18n/message-text';
import type { AuditFilter } from '@/lib/validation/admin-audit';

type Options = {
  users: { id: number; username: string; displayName: string }[];
  actions: string[];
  entities: string[];
  units: { id: number; code: string; name: string }[];
};

/** A plain GET form: the filters live in the address, so a filtered view can be bookmarked and shared. */
export async function AuditFilters({ filter, options }: { filter: AuditFilter; options: Options }) {
  const [t, label, locale] = await Promise.all([getTranslations('admin'), getAuditLabels(), getLocale()]);
  const withCode = (text: string, code: string) => (text === code ? code : withNote(text, code, toLocale(locale)));
  const select = (
    name: string,
    current: string | number | undefined,
    items: { value: string | number; label: string }[],
  ) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>
        {t(`audit.${name === 'userId' ? 'user' : name === 'unitId' ? 'unit' : name}` as 'audit.user')}
      </label>
      <select id={`audit-${name}`} name={name} defaultValue={current ?? ''}>
        <option value="">{t('audit.any')}</option>
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="panel" aria-label={t('audit.filters')}>
      <div className="grid">
        {select(
          'userId',
          filter.userId,
          options.users.map((u) => ({ value: u.id, label: withNote(u.displayName, u.username, toLocale(locale)) })),
        )}
        {select(
          'action',
          filter.action,
          inActionOrder(options.actions).map((a) => ({ value: a, label: withCode(label.action(a), a) })),
        )}
        {select(
          'entity',
          filter.entity,
          inEntityOrder(options.entities).map((e) => ({ value: e, label: withCode(label.entity(e), e) })),
        )}
        {select(
          'unitId',
          filter.unitId,
          options.units.map((u) => ({ value: u.id, label: `${u.code} ${u.name}` })),
        )}
        <div className="field">
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to} />
        </div>
      </div>
      <div className="row">
        <button className="btn" type="submit">
          {t('audit.apply')}
        </button>
        <Link href="/admin/audit">{t('audit.reset')}</Link>
        <span className="muted small">{t('audit.timeZone')}</span>
      </div>
    </form>
  );
}

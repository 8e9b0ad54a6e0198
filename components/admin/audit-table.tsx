import { getLocale, getTranslations } from 'next-intl/server';
import { AuditChange } from '@/components/admin/audit-change';
import { getAuditLabels, getAuditReader } from '@/components/admin/audit-labels';
import { Pager } from '@/components/ui/pager';
import type { AuditRow } from '@/lib/data/audit-log';
import { formatInstant } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { withNote } from '@/lib/i18n/message-text';
import type { AuditFilter } from '@/lib/validation/admin-audit';
import './audit-log.css';

function pageHref(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page }))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return `/admin/audit?${params.toString()}`;
}

export async function AuditTable(props: {
  rows: AuditRow[];
  total: number;
  /** more events than `total` match: the count stopped a few pages after this one */
  more: boolean;
  page: number;
  pageCount: number;
  filter: AuditFilter;
  /** every user and unit (the filters' lists), naming the ids an event records */
  options: { users: { id: number; displayName: string }[]; units: { id: number; code: string; name: string }[] };
}) {
  const names = {
    users: new Map(props.options.users.map((u) => [u.id, u.displayName])),
    units: new Map(props.options.units.map((u) => [u.id, `${u.code} ${u.name}`])),
  };
  const [t, locale, label, read] = await Promise.all([
    getTranslations('admin'),
    getLocale(),
    getAuditLabels(),
    getAuditReader(names),
  ]);
  const summary = props.more
    ? t('audit.totalMore', { total: props.total, page: props.page })
    : t('audit.total', { total: props.total, page: props.page, pageCount: props.pageCount });
  const changeLabels = {
    field: t('audit.field'),
    before: t('audit.before'),
    after: t('audit.after'),
    details: (fields: string) => t('audit.detailsOf', { fields }),
  };
  const pager = (
    <Pager
      page={props.page}
      pageCount={props.pageCount}
      summary={summary}
      hrefFor={(page) => pageHref(props.filter, page)}
      always
    />
  );
  if (props.rows.length === 0) return <p className="panel">{t('audit.empty')}</p>;
  return (
    <>
      {pager}
      <div className="table-wrap">
        <table className="data audit-log">
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.user')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.entity')}</th>
              <th scope="col">{t('audit.unit')}</th>
              <th scope="col">{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.id}>
                <td className="at">{formatInstant(row.at, toLocale(locale))}</td>
                <td>
                  {row.user ? withNote(row.user.displayName, row.user.username, toLocale(locale)) : t('audit.system')}
                </td>
                <td>
                  {label.action(row.action)}
                  <div className="muted small">{row.action}</div>
                </td>
                <td>
                  {label.entity(row.entity)}
                  {row.entityName && <div data-testid="audit-entity-name">{row.entityName}</div>}
                  {row.entityId && <span className="muted small"> #{row.entityId}</span>}
                </td>
                <td>{row.unit ? `${row.unit.code} ${row.unit.name}` : '—'}</td>
                <td>
                  <AuditChange before={row.before} after={row.after} labels={changeLabels} read={read} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
    </>
  );
}

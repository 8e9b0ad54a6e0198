import { getTranslations } from 'next-intl/server';
import type { AuditFilter } from '@/lib/validation/admin-audit';

function exportHref(filter: AuditFilter, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filter))
    if (key !== 'page' && value !== undefined && value !== '') params.set(key, String(value));
  return `/api/audit/export?${params.toString()}`;
}

/** Downloads of every event the filters select (not just the page shown), for keeping the log. */
export async function AuditExportLinks({ filter }: { filter: AuditFilter }) {
  const t = await getTranslations('admin.audit');
  return (
    <nav className="row" aria-label={t('export')}>
      <a href={exportHref(filter, 'csv')} download>
        {t('exportCsv')}
      </a>
      <a href={exportHref(filter, 'xlsx')} download>
        {t('exportXlsx')}
      </a>
      <span className="muted small">{t('exportHint')}</span>
    </nav>
  );
}

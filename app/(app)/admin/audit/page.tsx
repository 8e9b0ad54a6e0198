import { getTranslations } from 'next-intl/server';
import { AuditExportLinks } from '@/components/admin/audit-export-links';
import { AuditFilters } from '@/components/admin/audit-filters';
import { AuditTable } from '@/components/admin/audit-table';
import { requirePermission } from '@/lib/auth/session';
import { getAuditLog } from '@/lib/data/audit-log';
import { auditFilterSchema } from '@/lib/validation/admin-audit';

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission('audit.view');
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, { options, ...page }] = await Promise.all([getTranslations('admin'), getAuditLog(user, filter)]);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <AuditFilters filter={filter} options={options} />
      <AuditExportLinks filter={filter} />
      <AuditTable {...page} filter={filter} options={options} />
    </>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApiTokenCreateForm, ApiTokenRevokeForm } from '@/components/admin/api-token-forms';
import { requirePermission } from '@/lib/auth/session';
import { listUnitOptions } from '@/lib/data/admin-units';
import { listApiTokens } from '@/lib/data/api-tokens';
import { formatInstant } from '@/lib/format';
import { DataTable } from '@/components/ui/data-table';

export default async function AdminApiTokensPage() {
  const user = await requirePermission('users.manage');
  const [t, locale, tokens, units] = await Promise.all([
    getTranslations('api.admin'),
    getLocale(),
    listApiTokens(user),
    listUnitOptions(user),
  ]);
  const at = (iso: string | null) => (iso ? formatInstant(iso, locale === 'en' ? 'en' : 'zh-CN') : t('never'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <Link href="/api-docs">{t('docsLink')}</Link>
      </p>
      <ApiTokenCreateForm units={units} />
      <DataTable
        caption={t('title')}
        columns={[
          { label: t('name') },
          { label: t('scope') },
          { label: t('prefix') },
          { label: t('createdAt') },
          { label: t('lastUsedAt') },
          { label: t('status') },
        ]}
      >
        {tokens.length === 0 && (
          <tr>
            <td colSpan={6}>{t('none')}</td>
          </tr>
        )}
        {tokens.map((token) => (
          <tr key={token.id}>
            <th scope="row">{token.name}</th>
            <td>{token.unitCode ? `${token.unitCode} ${token.unitName}` : t('allUnitsReadOnly')}</td>
            <td>
              <code>{token.tokenPrefix}…</code>
            </td>
            <td>{at(token.createdAt)}</td>
            <td>{at(token.lastUsedAt)}</td>
            <td>
              {token.revokedAt ? t('revoked', { at: at(token.revokedAt) }) : t('active')}
              {!token.revokedAt && <ApiTokenRevokeForm token={token} />}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { getAdminOverview } from '@/lib/data/admin-overview';

export default async function AdminOverviewPage() {
  const user = await requirePermission('users.manage');
  const [t, overview] = await Promise.all([getTranslations('admin'), getAdminOverview(user)]);
  const cards = [
    {
      href: '/admin/users',
      title: t('overview.users'),
      value: overview.users.total,
      detail: t('overview.usersDetail', overview.users),
    },
    { href: '/admin/units', title: t('overview.units'), value: overview.units, detail: null },
    {
      href: '/admin/plans',
      title: t('overview.plans'),
      value: overview.plans.draft + overview.plans.published,
      detail: t('overview.plansDetail', overview.plans),
    },
    { href: '/admin/audit', title: t('overview.audit'), value: overview.auditLast7Days, detail: null },
  ];
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="grid">
        {cards.map((card) => (
          <section key={card.href} className="panel" aria-label={card.title}>
            <h2 style={{ marginTop: 0 }}>{card.title}</h2>
            <p
              style={{ fontSize: '2rem', margin: '.25rem 0' }}
              className="num"
              data-testid={`count-${card.href.split('/').pop()}`}
            >
              {card.value}
            </p>
            {card.detail && <p className="muted small">{card.detail}</p>}
            <Link href={card.href}>{t('overview.open')}</Link>
          </section>
        ))}
      </div>
    </>
  );
}

import { getTranslations } from 'next-intl/server';
import { UnitWebhookForm } from '@/components/admin/webhook-form';
import { requirePermission } from '@/lib/auth/session';
import { listUnitWebhooks } from '@/lib/data/webhooks';

export default async function AdminWebhooksPage() {
  const user = await requirePermission('units.manage');
  const [t, units] = await Promise.all([getTranslations('notifications.webhooks'), listUnitWebhooks(user)]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {units.map((unit) => (
        <UnitWebhookForm key={unit.id} unit={unit} />
      ))}
    </>
  );
}

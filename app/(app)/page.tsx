import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';

export default async function HomePage() {
  await requirePermission('dashboard.view');
  const t = await getTranslations('nav');
  return <h1>{t('dashboard')}</h1>;
}

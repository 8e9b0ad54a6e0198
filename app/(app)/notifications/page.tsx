import { getLocale, getTranslations } from 'next-intl/server';
import { NotificationList } from '@/components/notifications/notification-list';
import { NotificationSettingsForm } from '@/components/notifications/settings-form';
import { requireUser } from '@/lib/auth/session';
import { getNotificationSettings, listNotifications } from '@/lib/data/notifications';
import { toLocale } from '@/lib/i18n/config';

export default async function NotificationsPage() {
  const user = await requireUser();
  const locale = toLocale(await getLocale());
  const [t, items, settings] = await Promise.all([
    getTranslations('notifications.page'),
    listNotifications(user, locale),
    getNotificationSettings(user),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <NotificationList items={items} />
      <NotificationSettingsForm settings={settings} />
    </>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/permissions';
import { countUnread } from '@/lib/data/notifications';

/** The bell in the top bar: a link to the notifications with the unread count, said in words for screen readers. */
export async function NotificationBell({ user }: { user: SessionUser }) {
  const [t, unread] = await Promise.all([getTranslations('notifications.bell'), countUnread(user)]);
  return (
    <Link href="/notifications" className="btn btn-secondary" aria-label={t('unread', { count: unread })}>
      {t('label')}
      {unread > 0 && (
        <span className="badge" data-testid="unread-count" style={{ marginLeft: '.35rem' }}>
          {unread}
        </span>
      )}
    </Link>
  );
}

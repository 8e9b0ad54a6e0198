import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { markReadAction } from '@/lib/actions/notifications';
import type { NotificationItem } from '@/lib/data/notifications';
import { formatInstant } from '@/lib/format';

export async function NotificationList({ items }: { items: NotificationItem[] }) {
  const [t, tk, locale] = await Promise.all([
    getTranslations('notifications.page'),
    getTranslations('notifications.kinds'),
    getLocale(),
  ]);
  if (items.length === 0) return <p>{t('none')}</p>;
  return (
    <>
      {items.some((n) => !n.isRead) && (
        <form action={markReadAction}>
          <input type="hidden" name="id" value="ALL" />
          <button className="btn btn-secondary" type="submit">
            {t('markAllRead')}
          </button>
        </form>
      )}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {items.map((n) => (
          <li key={n.id} className="panel" aria-label={n.title}>
            <p className="small muted">
              {tk(n.kind as 'DUE')} · {formatInstant(n.createdAt, locale === 'en' ? 'en' : 'zh-CN')} ·{' '}
              {n.isRead ? t('read') : <strong>{t('unread')}</strong>}
            </p>
            <h2 style={{ fontSize: '1rem' }}>{n.title}</h2>
            <p>{n.body}</p>
            <div className="row" style={{ gap: '.5rem' }}>
              <Link className="btn" href={n.link}>
                {t('open')}
              </Link>
              {!n.isRead && (
                <form action={markReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button className="btn btn-secondary" type="submit">
                    {t('markRead')}
                  </button>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

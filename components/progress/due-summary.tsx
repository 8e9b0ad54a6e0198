import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MonthStateBadge } from '@/components/ui/status-badge';
import type { SessionUser } from '@/lib/auth/permissions';
import { listDueItems } from '@/lib/data/progress';

/** What is due or overdue for a manager's unit, or waiting for a leader's review (for the home page). */
export async function DueSummary({ user }: { user: SessionUser }) {
  const [items, t, format] = await Promise.all([listDueItems(user), getTranslations('entry'), getFormatter()]);
  return (
    <section className="panel" aria-labelledby="due-title">
      <h2 id="due-title">{t('progress.dueTitle')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('progress.dueNothing')}</p>
      ) : (
        <ul>
          {items.map((item) => {
            const href = item.kind === 'REVIEW' ? '/review' : `/entry/${item.year}/${item.month}?unit=${item.unitCode}`;
            const due = format.dateTime(new Date(item.dueAt), { dateStyle: 'medium' });
            return (
              <li key={`${item.kind}-${item.unitCode}-${item.year}-${item.month}`} className="row">
                <MonthStateBadge
                  state={item.kind === 'REVIEW' ? 'SUBMITTED' : item.isOverdue ? 'OVERDUE' : 'MISSING'}
                />
                <span>
                  {item.kind === 'REVIEW'
                    ? t('progress.reviewItem', { unit: item.unitName, year: item.year, month: item.month })
                    : t('progress.dueItem', { unit: item.unitName, year: item.year, month: item.month, due })}
                </span>
                <Link href={href}>{item.kind === 'REVIEW' ? t('progress.openReview') : t('progress.openEntry')}</Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

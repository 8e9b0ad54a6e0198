import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MonthStateBadge } from '@/components/ui/status-badge';
import type { SessionUser } from '@/lib/auth/permissions';
import { summariseDueItems } from '@/lib/data/progress';

const BADGE = { REVIEW: 'SUBMITTED', RETURNED: 'RETURNED', OVERDUE: 'OVERDUE', DUE: 'MISSING' } as const;
const TEXT = { REVIEW: 'reviewCount', RETURNED: 'returnedCount', OVERDUE: 'overdueCount', DUE: 'dueCount' } as const;
const ACTION_TEXT = { review: 'openReview', entry: 'openEntry', progress: 'openProgress' } as const;

/** 待办事项 on the home page, one line per kind (months waiting for review, overdue, due) with a link to act on it. */
export async function DueSummary({ user }: { user: SessionUser }) {
  const [counts, t] = await Promise.all([summariseDueItems(user), getTranslations('entry')]);
  return (
    <section className="panel" aria-labelledby="due-title" data-testid="due-summary">
      <h2 id="due-title">{t('progress.dueTitle')}</h2>
      {counts.length === 0 ? (
        <p className="muted">{t('progress.dueNothing')}</p>
      ) : (
        <ul>
          {counts.map((c) => (
            <li key={c.kind} className="row">
              <MonthStateBadge state={BADGE[c.kind]} />
              <span>{t(`progress.${TEXT[c.kind]}`, { count: c.count })}</span>
              <Link href={c.href}>{t(`progress.${ACTION_TEXT[c.action]}`)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

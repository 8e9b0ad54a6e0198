import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReviewCard } from '@/components/review/review-card';
import { requirePermission } from '@/lib/auth/session';
import { listReviewQueue } from '@/lib/data/review';

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission('months.review');
  const requested = Number((await searchParams).page);
  const [queue, t] = await Promise.all([
    listReviewQueue(user, Number.isInteger(requested) ? requested : 1),
    getTranslations('review'),
  ]);
  const summary = t('pages', { total: queue.total, page: queue.page, pageCount: queue.pageCount });
  const pager = queue.pageCount > 1 && (
    <nav className="row" aria-label={summary} data-testid="review-pager">
      <span>{summary}</span>
      {queue.page > 1 && <Link href={`/review?page=${queue.page - 1}`}>{t('prev')}</Link>}
      {queue.page < queue.pageCount && <Link href={`/review?page=${queue.page + 1}`}>{t('next')}</Link>}
    </nav>
  );
  return (
    <>
      <h1>{t('title')}</h1>
      {queue.items.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          {pager}
          {queue.items.map((item) => (
            <ReviewCard key={`${item.unit.code}-${item.year}-${item.month}`} item={item} />
          ))}
          {pager}
        </>
      )}
    </>
  );
}

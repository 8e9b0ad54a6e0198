import { getTranslations } from 'next-intl/server';
import { ReviewCard } from '@/components/review/review-card';
import { ReviewOutcome } from '@/components/review/review-outcome';
import { Pager } from '@/components/ui/pager';
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
  const pager = (
    <Pager
      page={queue.page}
      pageCount={queue.pageCount}
      summary={summary}
      hrefFor={(page) => `/review?page=${page}`}
      testId="review-pager"
    />
  );
  return (
    <ReviewOutcome>
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
    </ReviewOutcome>
  );
}

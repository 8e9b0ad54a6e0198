import { getTranslations } from 'next-intl/server';
import { ReviewCard } from '@/components/review/review-card';
import { requirePermission } from '@/lib/auth/session';
import { listReviewQueue } from '@/lib/data/review';

export default async function ReviewPage() {
  const user = await requirePermission('months.review');
  const [queue, t] = await Promise.all([listReviewQueue(user), getTranslations('review')]);
  return (
    <>
      <h1>{t('title')}</h1>
      {queue.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        queue.map((item) => <ReviewCard key={`${item.unit.code}-${item.year}-${item.month}`} item={item} />)
      )}
    </>
  );
}

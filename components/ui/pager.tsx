import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * "page p of n" with previous / next links (and, when `numbered`, a link to every page); nothing when everything fits
 * on one page, unless `always`.
 */
export async function Pager({
  page,
  pageCount,
  summary,
  hrefFor,
  testId,
  always = false,
  numbered = false,
}: {
  page: number;
  pageCount: number;
  /** what the pages hold, e.g. "100 units, page 2 of 5" */
  summary: string;
  hrefFor: (page: number) => string;
  testId?: string;
  /** show the summary even on a single page (where it is the only place the total is said) */
  always?: boolean;
  /** the page numbers between previous and next, the current one marked */
  numbered?: boolean;
}) {
  if (pageCount <= 1 && !always) return null;
  const t = await getTranslations('common.pager');
  return (
    <nav className="row" aria-label={summary} data-testid={testId}>
      <span>{summary}</span>
      {page > 1 && <Link href={hrefFor(page - 1)}>{t('prev')}</Link>}
      {numbered &&
        Array.from({ length: pageCount }, (_, i) => i + 1).map((n) =>
          n === page ? (
            <span key={n} aria-current="page">
              {n}
            </span>
          ) : (
            <Link key={n} href={hrefFor(n)}>
              {n}
            </Link>
          ),
        )}
      {page < pageCount && <Link href={hrefFor(page + 1)}>{t('next')}</Link>}
    </nav>
  );
}

import { clock } from '@/lib/clock';
import { getTranslations } from 'next-intl/server';
import { ProgressGrid } from '@/components/progress/progress-grid';
import { Pager } from '@/components/ui/pager';
import { requirePermission } from '@/lib/auth/session';
import { shanghaiYearMonth } from '@/lib/domain';
import { getProgressGrid } from '@/lib/data/progress';
import { parseYear } from '@/lib/validation/ids';

type Search = Promise<{ year?: string; page?: string }>;

export default async function ProgressPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission('actuals.view');
  const thisYear = shanghaiYearMonth(clock.now()).year;
  const search = await searchParams;
  const year = parseYear(search.year) ?? thisYear;
  const requested = Number(search.page);
  const [grid, t, tc] = await Promise.all([
    getProgressGrid(user, year, clock.now(), Number.isSafeInteger(requested) ? requested : 1),
    getTranslations('entry'),
    getTranslations('common'),
  ]);
  return (
    <>
      <h1>{t('progress.title')}</h1>
      <form method="get" className="row" action="/progress">
        <div className="field">
          <label htmlFor="progress-year">{t('progress.year')}</label>
          <select id="progress-year" name="year" defaultValue={year}>
            {[thisYear, thisYear - 1].map((y) => (
              <option key={y} value={y}>
                {tc('yearLabel', { year: y })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-secondary">
          {t('progress.show')}
        </button>
      </form>
      <ProgressGrid rows={grid.rows} year={year} />
      <Pager
        page={grid.page}
        pageCount={grid.pageCount}
        summary={t('progress.pages', { total: grid.total, page: grid.page, pageCount: grid.pageCount })}
        hrefFor={(page) => `/progress?year=${year}&page=${page}`}
        testId="progress-pager"
      />
    </>
  );
}

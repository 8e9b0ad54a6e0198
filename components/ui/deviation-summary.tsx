import { getLocale, getTranslations } from 'next-intl/server';
import type { Cause, Likelihood } from '@/lib/domain/types';

type Record = { causes: readonly string[]; analysis: string; measures: string; likelihood: string };

/** A month's deviation record inside a table cell: causes · likelihood, then the analysis, then the measures. */
export async function DeviationSummary({ record }: { record: Record }) {
  const [td, te, locale] = await Promise.all([getTranslations('domain'), getTranslations('entry'), getLocale()]);
  const causes = record.causes.map((c) => td(`cause.${c as Cause}`)).join(locale === 'en' ? ', ' : '、');
  return (
    <>
      <div>
        {causes} · {td(`likelihood.${record.likelihood as Likelihood}`)}
      </div>
      <div>{record.analysis}</div>
      <div className="muted">
        {te('measures')}: {record.measures}
      </div>
    </>
  );
}

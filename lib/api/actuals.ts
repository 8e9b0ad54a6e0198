import 'server-only';
import { getEntryMonth, type EntryMonth } from '@/lib/data/entry';
import { saveMonth } from '@/lib/data/entry-save';
import { isSubmittedState } from '@/lib/domain';
import { isAppError } from '@/lib/errors';
import { withWarnings } from '@/lib/notifications/warnings';
import { type SaveMonthInput, saveMonthSchema } from '@/lib/validation/entry';
import { translator } from '@/lib/i18n/translate';
import { parseInput } from '@/lib/validation/issues';
import { type ApiContext, apiJson, apiRefusal, issuesByPath } from './handler';
import type { ApiTranslate } from './messages';
import { type PutActualsBody, putActualsBody, unitYearMonthParams } from './schemas';

const FIELDS_OF_KIND = { COUNT: ['value'], RATIO: ['numerator', 'denominator'], QUALITATIVE: ['rating'] } as const;
const asText = (v: number | string | undefined) => (v === undefined ? '' : String(v));

/** `"3"`, `W/"3"` or `3` → 3; null when absent, NaN when unreadable */
function ifMatchVersion(header: string | null): number | null {
  if (header === null) return null;
  const match = header.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  return match ? Number(match[1]) : Number.NaN;
}

/** The body as the entry form would send it: typed figures by indicator id; notes and deviation records kept. */
function formInput(month: EntryMonth, body: PutActualsBody, version: number, t: ApiTranslate) {
  const errors: Record<string, string[]> = {};
  const codes: string[] = [];
  const rows: SaveMonthInput['rows'] = [];
  for (const [code, figures] of Object.entries(body.indicators)) {
    const row = month.rows.find((r) => r.indicator.code === code);
    const at = `indicators.${code}`;
    if (!row) {
      errors[at] = [t('unknownIndicator', { code, year: month.year })];
      continue;
    }
    const { kind, isBudgetDerived } = row.indicator;
    if (
      isBudgetDerived &&
      (figures.value ?? figures.numerator ?? figures.denominator ?? figures.rating) !== undefined
    ) {
      errors[at] = [t('derivedIndicator', { code })];
      continue;
    }
    const allowed: readonly string[] = FIELDS_OF_KIND[kind];
    for (const field of ['value', 'numerator', 'denominator', 'rating'] as const) {
      if (figures[field] !== undefined && !allowed.includes(field) && !isBudgetDerived)
        (errors[`${at}.${field}`] ??= []).push(t('notForKind', { code, field, expected: allowed.join(', ') }));
    }
    codes.push(code);
    rows.push({
      indicatorId: row.indicator.id,
      label: row.indicator.name,
      numeratorLabel: row.indicator.numeratorLabel ?? '',
      denominatorLabel: row.indicator.denominatorLabel ?? '',
      value: asText(figures.value),
      numerator: asText(figures.numerator),
      denominator: asText(figures.denominator),
      rating: figures.rating ?? '',
      note: figures.note ?? row.current.note,
      deviation: row.deviation && {
        causes: row.deviation.causes as never,
        analysis: row.deviation.analysis,
        measures: row.deviation.measures,
        likelihood: row.deviation.likelihood as never,
      },
    });
  }
  const budget = body.spending
    ? {
        spent: asText(body.spending.spent),
        planned: body.spending.planned === undefined ? month.budget.planned : asText(body.spending.planned),
      }
    : null;
  const input = {
    unitCode: month.unit.code,
    year: month.year,
    month: month.month,
    version,
    intent: 'DRAFT' as const,
    confirmImplausible: body.confirmImplausible ?? false,
    rows,
    budget,
  };
  return { input, codes, errors };
}

/** `rows.1.numerator` → `indicators.I02.numerator`, `budget.spent` → `spending.spent` */
const apiPath = (path: string, codes: string[]) =>
  path.replace(/^rows\.(\d+)/, (_, i: string) => `indicators.${codes[Number(i)]}`).replace(/^budget\./, 'spending.');

/**
 * PUT …/months/{month}/actuals: the month's figures as a draft, through the entry form's schema and the data layer's
 * save (same validation, same version check, same audit), never submitted.
 */
export async function putActuals(ctx: ApiContext, raw: unknown) {
  const { t, locale, caller, request } = ctx;
  const params = parseInput(unitYearMonthParams, raw);
  if (!params.success) return apiRefusal(400, 'INVALID', t('invalidPath'), issuesByPath(params.error, locale));
  const version = ifMatchVersion(request.headers.get('if-match'));
  if (version === null) return apiRefusal(428, 'PRECONDITION_REQUIRED', t('ifMatchRequired'));
  if (Number.isNaN(version))
    return apiRefusal(400, 'INVALID', t('ifMatchRequired'), { 'If-Match': [t('ifMatchRequired')] });
  const json = await request.json().catch(() => undefined);
  if (json === undefined) return apiRefusal(400, 'INVALID', t('invalidJson'));
  const body = parseInput(putActualsBody, json);
  if (!body.success) return apiRefusal(400, 'INVALID', t('invalid'), issuesByPath(body.error, locale));

  const key = { unitCode: params.data.code, year: params.data.year, month: params.data.month };
  const month = await getEntryMonth(caller.user, key);
  const v = translator(locale);
  const state = month.report?.state;
  if (isSubmittedState(state))
    return apiRefusal(
      409,
      'CONFLICT',
      v.text({ key: state === 'APPROVED' ? 'entry.validation.locked' : 'entry.validation.awaitingReview' }),
    );
  if (month.version !== version)
    return apiRefusal(
      412,
      'PRECONDITION_FAILED',
      t('stale', { version: month.version }),
      {},
      {
        ETag: `"${month.version}"`,
      },
    );

  const { input, codes, errors } = formInput(month, body.data, version, t);
  const parsed = parseInput(saveMonthSchema, input);
  for (const [path, messages] of Object.entries(parsed.success ? {} : issuesByPath(parsed.error, locale)))
    (errors[apiPath(path, codes)] ??= []).push(...messages);
  if (!parsed.success || Object.keys(errors).length > 0) return apiRefusal(400, 'INVALID', t('invalid'), errors);

  try {
    const saved = await withWarnings([key], () => saveMonth(caller.user, parsed.data));
    return apiJson(saved, 200, { ETag: `"${saved.version}"` });
  } catch (error) {
    if (!isAppError(error)) throw error;
    // another writer got there between our check and the save: the version no longer matches, or the month locked
    if (error.code === 'CONFLICT') return apiRefusal(412, 'PRECONDITION_FAILED', v.text(error));
    if (error.key === 'entry.validation.locked' || error.key === 'entry.validation.awaitingReview')
      return apiRefusal(409, 'CONFLICT', v.text(error));
    const fieldErrors = Object.fromEntries(
      Object.entries(v.fieldErrors(error.fieldErrors)).map(([p, m]) => [apiPath(p, codes), m]),
    );
    return apiRefusal(
      error.code === 'FORBIDDEN' ? 403 : 400,
      error.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'INVALID',
      v.text(error),
      fieldErrors,
    );
  }
}

// Display formatting shared by pages, charts and reports. Rates are percents (90 = 90%), money in 元.
export type FormatLocale = 'zh-CN' | 'en';

// One formatter per locale and precision, made once: constructing an Intl.NumberFormat costs far more than formatting
// with it, and a province's report formats hundreds of thousands of figures.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function once<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

const fixed = (locale: FormatLocale, digits: number): Intl.NumberFormat =>
  once(
    `number|${locale}|${digits}`,
    () =>
      new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );

const upTo = (locale: FormatLocale, digits: number): Intl.NumberFormat =>
  once(
    `upTo|${locale}|${digits}`,
    () => new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits }),
  );

/** At most `digits` decimals, none shown when they are zeros: 1234.5 → "1,234.5". */
export function formatNumberUpTo(value: number, locale: FormatLocale, digits: number): string {
  return upTo(locale, digits).format(value);
}

export function formatNumber(value: number | null | undefined, locale: FormatLocale = 'zh-CN', digits = 0): string {
  return value == null ? '—' : fixed(locale, digits).format(value);
}

export function formatPercent(value: number | null | undefined, locale: FormatLocale = 'zh-CN', digits = 2): string {
  return value == null ? '—' : `${fixed(locale, digits).format(value)}%`;
}

/** A count in its display unit, e.g. 10423379 件 with divisor 10000 → "1,042.34万件". */
export function formatCount(
  value: number | null | undefined,
  divisor: number,
  unit: string,
  locale: FormatLocale = 'zh-CN',
): string {
  if (value == null) return '—';
  const digits = divisor === 1 ? 0 : 2;
  return `${fixed(locale, digits).format(value / divisor)}${unit}`;
}

/** 元 → "245.78万元". */
export function formatWanYuan(yuan: number | null | undefined, locale: FormatLocale = 'zh-CN'): string {
  return yuan == null ? '—' : `${fixed(locale, 2).format(yuan / 10_000)}${locale === 'en' ? ' 万元' : '万元'}`;
}

export function formatScore(value: number | null | undefined, locale: FormatLocale = 'zh-CN'): string {
  return value == null ? '—' : fixed(locale, 2).format(value);
}

/** A signed change: "+1.23%" or "−0.50pp". */
export function formatChange(
  value: number | null | undefined,
  suffix: '%' | 'pp',
  locale: FormatLocale = 'zh-CN',
): string {
  if (value == null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const unit = suffix === 'pp' ? (locale === 'en' ? ' pp' : '个百分点') : '%';
  return `${sign}${fixed(locale, 2).format(Math.abs(value))}${unit}`;
}

/** An indicator's actual in its display unit: counts divided, rates as percent. */
export function formatIndicatorValue(
  value: number | null | undefined,
  indicator: { kind: string; displayDivisor: number; displayUnit: string },
  locale: FormatLocale = 'zh-CN',
): string {
  if (indicator.kind === 'COUNT') return formatCount(value, indicator.displayDivisor, indicator.displayUnit, locale);
  if (indicator.kind === 'RATIO') return formatPercent(value, locale);
  return value == null ? '—' : String(value);
}

/** "n / N" beside a rate. */
export function formatFraction(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  locale: FormatLocale = 'zh-CN',
): string {
  if (numerator == null || denominator == null) return '—';
  return `${formatNumber(numerator, locale, Number.isInteger(numerator) ? 0 : 2)} / ${formatNumber(denominator, locale, Number.isInteger(denominator) ? 0 : 2)}`;
}

// Asia/Shanghai, in one unambiguous style per locale: 2026年11月28日 19:36:03 / 28 Nov 2026, 19:36:03 (the month in
// words, so no reader takes 07/02 for 2 July or 7 February)
const shanghai = (locale: FormatLocale, withTime: boolean): Intl.DateTimeFormat =>
  once(
    `shanghai|${locale}|${withTime}`,
    () =>
      new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
        timeZone: 'Asia/Shanghai',
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'medium' } : {}),
      }),
  );

/** An instant (ISO text or Date) in Asia/Shanghai to the second: every "when" the app shows goes through here. */
export function formatInstant(instant: string | Date | null | undefined, locale: FormatLocale = 'zh-CN'): string {
  if (!instant) return '—';
  return shanghai(locale, true).format(typeof instant === 'string' ? new Date(instant) : instant);
}

const shanghaiDay = (locale: FormatLocale): Intl.DateTimeFormat =>
  once(`day|${locale}`, () =>
    locale === 'en'
      ? shanghai('en', false)
      : new Intl.DateTimeFormat('zh-CN', {
          timeZone: 'Asia/Shanghai',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }),
  );

/** A calendar day in Asia/Shanghai: 2026/11/11, 11 Nov 2026. */
export function formatDate(iso: string | Date | null | undefined, locale: FormatLocale = 'zh-CN'): string {
  if (!iso) return '—';
  return shanghaiDay(locale).format(typeof iso === 'string' ? new Date(iso) : iso);
}

/**
 * An exact decimal text with thousands separators, every digit kept ("9999999999999999.99" →
 * "9,999,999,999,999,999.99"), or rounded half up to `digits`: Intl formats a decimal string exactly, a JS number
 * only to 17 digits.
 */
export function formatDecimalText(text: string, locale: FormatLocale = 'zh-CN', digits?: number): string {
  const places = digits ?? (text.split('.')[1] ?? '').length;
  // Intl.NumberFormat v3 reads a string as an exact decimal; TypeScript's lib still types format() for numbers only
  return fixed(locale, places).format(text as unknown as number);
}

/**
 * A figure as typed (digits and one point) with thousands separators for reading, every digit kept: "204000.5" →
 * "204,000.5". Anything else (a half-typed or refused text) is shown as it is.
 */
export function formatTypedNumber(text: string, locale: FormatLocale = 'zh-CN'): string {
  return /^\d+(\.\d+)?$/.test(text) ? formatDecimalText(text, locale) : text;
}

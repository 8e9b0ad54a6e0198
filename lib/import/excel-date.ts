// A date cell as the spreadsheet shows it: its number format applied to the date ExcelJS read (ExcelJS keeps the date
// and the format apart and has no formatter), so a refusal quotes "2026年11月" or "11/1/26", never an ISO timestamp.

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FALLBACK_DATE = 'yyyy-mm-dd';
const FALLBACK_DATE_TIME = 'yyyy-mm-dd hh:mm:ss';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// one date/time code of a format, e.g. "yyyy", "mm", "d"; `isMinute` says whether an m-run means minutes here
function codeText(code: string, date: Date, isMinute: boolean, isTwelveHour: boolean): string {
  const c = code.toLowerCase();
  const hours = date.getUTCHours();
  if (c[0] === 'y') return c.length <= 2 ? pad(date.getUTCFullYear() % 100) : String(date.getUTCFullYear());
  if (c[0] === 'd') {
    if (c.length === 1) return String(date.getUTCDate());
    if (c.length === 2) return pad(date.getUTCDate());
    return (c.length === 3 ? DAY_NAMES : DAY_FULL)[date.getUTCDay()];
  }
  if (c[0] === 'h') {
    const h = isTwelveHour ? hours % 12 || 12 : hours;
    return c.length === 1 ? String(h) : pad(h);
  }
  if (c[0] === 's') return c.length === 1 ? String(date.getUTCSeconds()) : pad(date.getUTCSeconds());
  if (isMinute) return c.length === 1 ? String(date.getUTCMinutes()) : pad(date.getUTCMinutes());
  const m = date.getUTCMonth();
  if (c.length === 1) return String(m + 1);
  if (c.length === 2) return pad(m + 1);
  if (c.length === 5) return MONTH_NAMES[m][0];
  return (c.length === 3 ? MONTH_NAMES : MONTH_FULL)[m];
}

type Token = { code: string } | { literal: string };

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < format.length;) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      tokens.push({ literal: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ literal: format[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      i = Math.max(format.indexOf(']', i), i) + 1; // [$-804], [Red]: locale and colour, nothing shown
    } else if (ch === '_' || ch === '*') {
      i += 2; // padding
    } else if (/^(am\/pm|a\/p)/i.test(format.slice(i))) {
      const isLong = /^am\/pm/i.test(format.slice(i));
      tokens.push({ code: isLong ? 'AM/PM' : 'A/P' });
      i += isLong ? 5 : 3;
    } else if (/[ymdhs]/i.test(ch)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ code: format.slice(i, j) });
      i = j;
    } else {
      tokens.push({ literal: ch === '@' ? '' : ch });
      i += 1;
    }
  }
  return tokens;
}

/** The text a date cell shows under its number format (the format's first section; yyyy-mm-dd when it has none). */
export function excelDateText(date: Date, numFmt: string | undefined): string {
  if (Number.isNaN(date.getTime())) return '';
  const hasTime = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() > 0;
  const section = (numFmt ?? '').split(';')[0];
  const format = /[ymd]/i.test(section.replace(/"[^"]*"|\[[^\]]*\]/g, ''))
    ? section
    : hasTime
      ? FALLBACK_DATE_TIME
      : FALLBACK_DATE;
  const tokens = tokenize(format);
  const isTwelveHour = tokens.some((t) => 'code' in t && t.code.includes('/'));
  const codes = tokens.flatMap((t, i) => ('code' in t ? [i] : []));
  return tokens
    .map((token, i) => {
      if ('literal' in token) return token.literal;
      if (token.code.includes('/')) {
        const pm = date.getUTCHours() >= 12;
        return token.code === 'AM/PM' ? (pm ? 'PM' : 'AM') : pm ? 'P' : 'A';
      }
      // an m-run is minutes right after an hour code or right before a seconds code
      const at = codes.indexOf(i);
      const previous = tokens[codes[at - 1]];
      const next = tokens[codes[at + 1]];
      const isMinute =
        (!!previous && 'code' in previous && /^h/i.test(previous.code)) ||
        (!!next && 'code' in next && /^s/i.test(next.code));
      return codeText(token.code, date, isMinute, isTwelveHour);
    })
    .join('');
}

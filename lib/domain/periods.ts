const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export type YearMonthDay = { year: number; month: number; day: number };

// true when m is an integer month 1..12
export const isMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

// throws unless m is a month 1..12
export const assertMonth = (m: number): void => {
  if (!isMonth(m)) throw new RangeError(`month must be an integer 1..12, got ${m}`);
};

// 序时进度 = m ÷ 12
export const timeProgress = (m: number): number => {
  assertMonth(m);
  return m / 12;
};

// days in a calendar month (no time zone involved)
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

// due = 23:59:59.999 Shanghai on min(dueDay, last day) of month+1 (December → January of year+1)
export const dueDate = (year: number, month: number, dueDay = 10): Date => {
  assertMonth(month);
  if (!Number.isInteger(dueDay) || dueDay < 1) throw new RangeError(`dueDay must be a positive integer, got ${dueDay}`);
  const dueYear = month === 12 ? year + 1 : year;
  const dueMonth = month === 12 ? 1 : month + 1;
  const day = Math.min(dueDay, daysInMonth(dueYear, dueMonth));
  const startOfNextDayUtc = Date.UTC(dueYear, dueMonth - 1, day + 1) - SHANGHAI_OFFSET_MS;
  return new Date(startOfNextDayUtc - 1);
};

// overdue ⇔ not submitted ∧ now > dueDate
export const isOverdue = (year: number, month: number, now: Date, isSubmitted: boolean, dueDay = 10): boolean =>
  !isSubmitted && now.getTime() > dueDate(year, month, dueDay).getTime();

// calendar date of `now` in Asia/Shanghai (UTC+8, no DST)
export const shanghaiYearMonth = (now: Date): YearMonthDay => {
  const shifted = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};

// [from, from+1, …, to]; [] when from > to
export const monthRange = (from: number, to: number): number[] => {
  assertMonth(from);
  assertMonth(to);
  const months: number[] = [];
  for (let m = from; m <= to; m += 1) months.push(m);
  return months;
};

// quarter q → its three months
export const quarterMonths = (q: number): number[] => {
  if (!Number.isInteger(q) || q < 1 || q > 4) throw new RangeError(`quarter must be 1..4, got ${q}`);
  return monthRange(q * 3 - 2, q * 3);
};

// half h → its six months
export const halfYearMonths = (h: number): number[] => {
  if (h !== 1 && h !== 2) throw new RangeError(`half-year must be 1 or 2, got ${h}`);
  return monthRange(h * 6 - 5, h * 6);
};

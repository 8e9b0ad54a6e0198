import { Decimal } from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export type Dec = Decimal;
export type Num = number | Decimal;

// true for a finite number (null, undefined, NaN and ±Infinity are "no value")
export const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

// x as a high-precision Decimal (a JS number is read as its shortest decimal form: 0.1 → 0.1)
export const toDec = (x: Num): Decimal => new D(x);

// round half up (四舍五入) to `places` decimals
export const roundHalfUp = (x: Num, places: number): number =>
  toDec(x).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();

// round half up to 2 decimals
export const round2 = (x: Num): number => roundHalfUp(x, 2);

// Σ xs exactly
export const sumDec = (xs: readonly Num[]): Decimal => xs.reduce<Decimal>((acc, x) => acc.plus(x), new D(0));

// x as a number, or null
export const toNumberOrNull = (x: Decimal | null): number | null => (x === null ? null : x.toNumber());

// Ids, versions and years as PostgreSQL stores them (int4): a number beyond its range is not an id that could exist,
// so it is refused here (404 for a path, 400 / a field message for a query or a form) instead of failing in the driver.
import { z } from 'zod';

export const INT4_MAX = 2_147_483_647;

/** A database id: a whole number from 1 to int4's maximum. */
export const dbId = z.number().int().min(1).max(INT4_MAX);
/** A row version (0 for a row not stored yet). */
export const dbVersion = z.number().int().min(0).max(INT4_MAX);
/** A plan year the app works with. */
export const planYear = z.number().int().min(2000).max(2100);

/** "42" → 42; anything else (signs, decimals, exponents, spaces, beyond int4) → null. */
export function parseId(text: unknown): number | null {
  const value = Array.isArray(text) ? text[0] : text;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= INT4_MAX ? id : null;
}

/** "2026" → 2026 when it is a plan year the app works with, else null. */
export function parseYear(text: unknown): number | null {
  const value = Array.isArray(text) ? text[0] : text;
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return planYear.safeParse(year).success ? year : null;
}

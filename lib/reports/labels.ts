// The report files are the official forms and always in Chinese: labels from the zh-CN domain messages.
import domain from '@/lib/i18n/messages/zh-CN/domain.json';

const pick = (table: Record<string, string>, key: string | null | undefined): string =>
  key ? (table[key] ?? key) : '';

export const causeLabel = (key: string) => pick(domain.cause, key);
export const likelihoodLabel = (key: string | null | undefined) => pick(domain.likelihood, key);
export const statusLabel = (key: string | null | undefined) => pick(domain.status, key);
export const monthStateLabel = (key: string | null | undefined) => pick(domain.monthState, key);
export const gradeLabel = (key: string | null | undefined) => pick(domain.grade, key);
export const ratingLabel = (key: string | null | undefined) => pick(domain.rating, key);

/** "1–10月" (or "1月"). */
export const monthsLabel = (asOf: number) => (asOf === 1 ? '1月' : `1–${asOf}月`);

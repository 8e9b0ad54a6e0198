// When reminders are due and which changes are worth a warning: pure rules, dates in Asia/Shanghai.
import { dueDate, shanghaiYearMonth, type Status } from '@/lib/domain';

export const KINDS = ['DUE', 'REVIEW', 'WARNING'] as const;
export type NotificationKind = (typeof KINDS)[number];
/** the channels a person chooses; group robots are set per unit by an administrator */
export const USER_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type UserChannel = (typeof USER_CHANNELS)[number];

export const REMIND_DAYS_BEFORE = 3;
export const REVIEW_WAIT_DAYS = 2;
const DAY_MS = 86_400_000;

/** days from 1970-01-01 of the Shanghai calendar date of an instant */
const shanghaiDayNumber = (instant: Date) => {
  const { year, month, day } = shanghaiYearMonth(instant);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** "2026-11-27": the Shanghai date, the key of once-a-day messages */
export const shanghaiDateKey = (now: Date) => new Date(shanghaiDayNumber(now) * DAY_MS).toISOString().slice(0, 10);

export type DueStage = { stage: 'SOON' | 'DUE' | 'OVERDUE'; days: number; due: string };

/**
 * 填报提醒 for a month not yet submitted: 3 days before its due date (SOON), on it (DUE), and every day after
 * (OVERDUE, `days` late); null on other days.
 */
export function dueReminderStage(year: number, month: number, dueDay: number, now: Date): DueStage | null {
  const due = dueDate(year, month, dueDay);
  const days = shanghaiDayNumber(now) - shanghaiDayNumber(due);
  const dueKey = shanghaiDateKey(due);
  if (days === -REMIND_DAYS_BEFORE) return { stage: 'SOON', days: REMIND_DAYS_BEFORE, due: dueKey };
  if (days === 0) return { stage: 'DUE', days: 0, due: dueKey };
  if (days > 0) return { stage: 'OVERDUE', days, due: dueKey };
  return null;
}

/** 审核提醒: whole days a submitted month has waited, when more than two; else null */
export function reviewWaitDays(submittedAt: Date, now: Date): number | null {
  const days = Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS);
  return days >= REVIEW_WAIT_DAYS && now.getTime() - submittedAt.getTime() > REVIEW_WAIT_DAYS * DAY_MS ? days : null;
}

const RANK: Partial<Record<Status, number>> = { GREEN: 0, YELLOW: 1, RED: 2 };

/** worse ⇔ 达标 → 预警 → 未达标 moved right; a first figure counts from 达标 (no data, overdue: no rank) */
export function isWorse(before: Status, after: Status): boolean {
  const to = RANK[after];
  if (to === undefined) return false;
  return to > (RANK[before] ?? 0);
}

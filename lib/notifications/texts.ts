// Message texts of reminders and warnings in the reader's language, from the parameters stored with them.
import domainEn from '@/lib/i18n/messages/en/domain.json';
import en from '@/lib/i18n/messages/en/notifications.json';
import domainZh from '@/lib/i18n/messages/zh-CN/domain.json';
import zh from '@/lib/i18n/messages/zh-CN/notifications.json';
import type { Status } from '@/lib/domain';
import { formatIndicatorValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey, MessageParams } from '@/lib/errors';
import { translator } from '@/lib/i18n/translate';

export type TextKey = 'dueSoon' | 'dueToday' | 'overdue' | 'review' | 'warningStatus' | 'warningProjection';

export type NotificationParams = {
  text: TextKey;
  unit: string;
  unitCode: string;
  year: number;
  month: number;
  days?: number;
  /** Shanghai dates, YYYY-MM-DD */
  due?: string;
  submitted?: string;
  indicator?: string;
  from?: Status;
  to?: Status;
  /** raw figures and how to show them (COUNT in base units, RATIO in percent) */
  ytd?: number | null;
  projection?: number | null;
  target?: string;
  display?: { kind: string; displayDivisor: number; displayUnit: string };
};

const TEXTS = { 'zh-CN': { n: zh, d: domainZh }, en: { n: en, d: domainEn } };

export type RenderedNotification = { title: string; body: string };

export function renderNotification(params: NotificationParams, locale: Locale): RenderedNotification {
  const { d } = TEXTS[locale];
  const tr = translator(locale);
  const t = (key: string, values: MessageParams = {}) =>
    tr.text({ key: `notifications.texts.${key}` as MessageKey, params: values });
  const value = (v: number | null | undefined) =>
    params.display ? formatIndicatorValue(v, params.display, locale) : String(v ?? '—');
  const values = {
    unit: params.unit,
    unitCode: params.unitCode,
    year: params.year,
    month: params.month,
    days: params.days ?? 0,
    due: params.due ?? '',
    submitted: params.submitted ?? '',
    indicator: params.indicator ?? '',
    from: params.from ? d.status[params.from] : '',
    to: params.to ? d.status[params.to] : '',
    ytd: value(params.ytd),
    projection: value(params.projection),
    target: params.target ?? '',
  };
  return { title: t(`${params.text}.title`, values), body: t(`${params.text}.body`, values) };
}

export const openLabel = (locale: Locale) => TEXTS[locale].n.texts.open;

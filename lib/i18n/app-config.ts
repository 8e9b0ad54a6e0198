// The messages' shape (Simplified Chinese is the reference; a unit test keeps English's keys the same) and the
// app's locales, registered with next-intl so every `t('…')` and every AppError message key is checked by tsc.
import type admin from './messages/zh-CN/admin.json';
import type auth from './messages/zh-CN/auth.json';
import type common from './messages/zh-CN/common.json';
import type dashboard from './messages/zh-CN/dashboard.json';
import type domain from './messages/zh-CN/domain.json';
import type entry from './messages/zh-CN/entry.json';
import type evidence from './messages/zh-CN/evidence.json';
import type importMessages from './messages/zh-CN/import.json';
import type indicator from './messages/zh-CN/indicator.json';
import type nav from './messages/zh-CN/nav.json';
import type reports from './messages/zh-CN/reports.json';
import type review from './messages/zh-CN/review.json';
import type api from './messages/zh-CN/api.json';
import type notifications from './messages/zh-CN/notifications.json';
import type { MessageKeys, NestedKeyOf } from 'next-intl';
import type { Locale } from './config';

export type AppMessages = {
  common: typeof common;
  auth: typeof auth;
  nav: typeof nav;
  domain: typeof domain;
  dashboard: typeof dashboard;
  indicator: typeof indicator;
  entry: typeof entry;
  review: typeof review;
  reports: typeof reports;
  admin: typeof admin;
  evidence: typeof evidence;
  import: typeof importMessages;
  api: typeof api;
  notifications: typeof notifications;
};

/** Every message's full key, e.g. 'entry.validation.futureMonth'. */
export type MessageKey = MessageKeys<AppMessages, NestedKeyOf<AppMessages>>;

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: AppMessages;
  }
}

// Every message of both languages, loaded once: the request config hands them to next-intl, and the edges
// (action core, route handlers, report and import builders) translate with them outside a request's React tree.
// One file per feature and locale, so features can grow their texts without touching each other's.
import type { AppMessages } from './app-config';
import type { Locale } from './config';
import zhCommon from './messages/zh-CN/common.json';
import zhAuth from './messages/zh-CN/auth.json';
import zhNav from './messages/zh-CN/nav.json';
import zhDomain from './messages/zh-CN/domain.json';
import zhDashboard from './messages/zh-CN/dashboard.json';
import zhIndicator from './messages/zh-CN/indicator.json';
import zhEntry from './messages/zh-CN/entry.json';
import zhReview from './messages/zh-CN/review.json';
import zhReports from './messages/zh-CN/reports.json';
import zhAdmin from './messages/zh-CN/admin.json';
import zhEvidence from './messages/zh-CN/evidence.json';
import zhImport from './messages/zh-CN/import.json';
import zhApi from './messages/zh-CN/api.json';
import zhNotifications from './messages/zh-CN/notifications.json';
import enCommon from './messages/en/common.json';
import enAuth from './messages/en/auth.json';
import enNav from './messages/en/nav.json';
import enDomain from './messages/en/domain.json';
import enDashboard from './messages/en/dashboard.json';
import enIndicator from './messages/en/indicator.json';
import enEntry from './messages/en/entry.json';
import enReview from './messages/en/review.json';
import enReports from './messages/en/reports.json';
import enAdmin from './messages/en/admin.json';
import enEvidence from './messages/en/evidence.json';
import enImport from './messages/en/import.json';
import enApi from './messages/en/api.json';
import enNotifications from './messages/en/notifications.json';

export const MESSAGES: Record<Locale, AppMessages> = {
  'zh-CN': {
    common: zhCommon,
    auth: zhAuth,
    nav: zhNav,
    domain: zhDomain,
    dashboard: zhDashboard,
    indicator: zhIndicator,
    entry: zhEntry,
    review: zhReview,
    reports: zhReports,
    admin: zhAdmin,
    evidence: zhEvidence,
    import: zhImport,
    api: zhApi,
    notifications: zhNotifications,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    nav: enNav,
    domain: enDomain,
    dashboard: enDashboard,
    indicator: enIndicator,
    entry: enEntry,
    review: enReview,
    reports: enReports,
    admin: enAdmin,
    evidence: enEvidence,
    import: enImport,
    api: enApi,
    notifications: enNotifications,
  },
};

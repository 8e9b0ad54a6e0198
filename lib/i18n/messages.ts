import type { Locale } from '@/lib/i18n/config';

// One file per feature and locale, so features can grow their texts without touching each other's.
export const NAMESPACES = [
  'common',
  'auth',
  'nav',
  'domain',
  'dashboard',
  'indicator',
  'entry',
  'review',
  'reports',
  'admin',
  'evidence',
  'import',
  'api',
  'notifications',
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}

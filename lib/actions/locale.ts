'use server';

import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';

export async function setLocale(locale: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, toLocale(locale), { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
}

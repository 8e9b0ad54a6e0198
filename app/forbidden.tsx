import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('common');
  return (
    <main className="content">
      <div className="panel" role="alert">
        <h1>{t('forbidden')}</h1>
        <Link href="/">{t('backHome')}</Link>
      </div>
    </main>
  );
}

import { getTranslations } from 'next-intl/server';
import { ApiDocs, type OpenApiDoc } from '@/components/api/api-docs';
import { openApiDocument } from '@/lib/api/openapi';
import { requireUser } from '@/lib/auth/session';

export default async function ApiDocsPage() {
  await requireUser();
  const t = await getTranslations('api.docs');
  const doc = openApiDocument() as unknown as OpenApiDoc;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <a href="/api/v1/openapi.json" download>
          {t('download')}
        </a>
      </p>
      <ApiDocs doc={doc} />
    </>
  );
}

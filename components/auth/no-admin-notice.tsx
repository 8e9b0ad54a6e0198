import { getTranslations } from 'next-intl/server';

/** A production database without an administrator: say how to create the first one instead of failing silently. */
export async function NoAdminNotice() {
  const t = await getTranslations('auth.noAdmin');
  return (
    <section className="form-error" role="note" aria-labelledby="no-admin-title" style={{ marginBottom: '1rem' }}>
      <h2 id="no-admin-title" className="small" style={{ margin: 0 }}>
        {t('title')}
      </h2>
      <p className="small">{t('body')}</p>
      <pre className="small">
        <code>npm run admin:create -- --username &lt;name&gt;</code>
      </pre>
      <p className="small">{t('after')}</p>
    </section>
  );
}

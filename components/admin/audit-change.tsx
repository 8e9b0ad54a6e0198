import { getTranslations } from 'next-intl/server';

const show = (value: unknown): string =>
  value === undefined ? '' : value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** Before and after as a field-by-field table; changed fields first and marked. */
export async function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations('admin');
  if (before == null && after == null) return <span className="muted">—</span>;
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const isChanged = (k: string) => show(b[k]) !== show(a[k]);
  const ordered = [...keys.filter(isChanged), ...keys.filter((k) => !isChanged(k))];
  const table = (
    <table className="data small">
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((k) => (
          <tr key={k} style={isChanged(k) && before != null ? { background: 'var(--yellow-bg)' } : undefined}>
            <th scope="row">{k}</th>
            <td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{show(b[k])}</td>
            <td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{show(a[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (ordered.length <= 8) return table;
  return (
    <details>
      <summary>{`${t('audit.details')}（${ordered.filter(isChanged).join('、') || ordered.length}）`}</summary>
      {table}
    </details>
  );
}

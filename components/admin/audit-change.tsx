const show = (value: unknown): string =>
  value === undefined ? '' : value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export type AuditChangeLabels = { field: string; before: string; after: string; details: string };

/**
 * Before and after as a field-by-field table; changed fields first and marked. Synchronous, with its texts from the
 * log's table: fifty of them render on a page.
 */
export function AuditChange({ before, after, labels }: { before: unknown; after: unknown; labels: AuditChangeLabels }) {
  if (before == null && after == null) return <span className="muted">—</span>;
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const isChanged = (k: string) => show(b[k]) !== show(a[k]);
  const ordered = [...keys.filter(isChanged), ...keys.filter((k) => !isChanged(k))];
  const table = (
    <table className="data small audit-change">
      <thead>
        <tr>
          <th scope="col">{labels.field}</th>
          <th scope="col">{labels.before}</th>
          <th scope="col">{labels.after}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((k) => (
          <tr key={k} className={isChanged(k) && before != null ? 'changed' : undefined}>
            <th scope="row">{k}</th>
            <td>{show(b[k])}</td>
            <td>{show(a[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (ordered.length <= 8) return table;
  return (
    <details>
      <summary>{`${labels.details}（${ordered.filter(isChanged).join('、') || ordered.length}）`}</summary>
      {table}
    </details>
  );
}

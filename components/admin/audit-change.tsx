import type { AuditReader } from '@/lib/audit-values';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
// what changed is told from the stored values, not from their text
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type AuditChangeLabels = {
  field: string;
  before: string;
  after: string;
  /** the summary of a long table, naming its changed fields (or counting its fields) */
  details: (fields: string) => string;
};

/**
 * Before and after as a field-by-field table; changed fields first and marked; each field by its label and each value
 * as text in the reader's language. Synchronous, with its texts from the log's table: fifty of them render on a page.
 */
export function AuditChange(props: { before: unknown; after: unknown; labels: AuditChangeLabels; read: AuditReader }) {
  const { before, after, labels, read } = props;
  if (before == null && after == null) return <span className="muted">—</span>;
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const isChanged = (k: string) => !same(b[k], a[k]);
  const ordered = [...keys.filter(isChanged), ...keys.filter((k) => !isChanged(k))];
  const cell = (k: string, value: unknown) => (
    <td className={read.isFigure(k, value) ? 'figure' : undefined}>{read.value(k, value)}</td>
  );
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
            <th scope="row" title={k}>
              {read.field(k)}
            </th>
            {cell(k, b[k])}
            {cell(k, a[k])}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (ordered.length <= 8) return table;
  const changed = ordered.filter(isChanged).map(read.field);
  return (
    <details>
      <summary>{labels.details(changed.length > 0 ? read.list(changed) : String(ordered.length))}</summary>
      {table}
    </details>
  );
}

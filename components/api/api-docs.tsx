import { getTranslations } from 'next-intl/server';

type Schema = { $ref?: string; type?: string | string[]; description?: string; [key: string]: unknown };
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; description?: string };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
export type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const schemaName = (s: Schema | undefined) => (s?.$ref ? s.$ref.split('/').pop()! : String(s?.type ?? ''));
const anchor = (name: string) => `schema-${name}`;

function SchemaLink({ schema }: { schema: Schema | undefined }) {
  const name = schemaName(schema);
  return schema?.$ref ? <a href={`#${anchor(name)}`}>{name}</a> : <code>{name}</code>;
}

/** The OpenAPI document as a page a person reads: every operation, its parameters, body, responses and schemas. */
export async function ApiDocs({ doc }: { doc: OpenApiDoc }) {
  const t = await getTranslations('api.docs');
  return (
    <>
      {Object.entries(doc.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, op]) => (
          <section key={`${method} ${path}`} className="panel" aria-labelledby={`op-${method}-${path}`}>
            <h2 id={`op-${method}-${path}`}>
              <code>
                {method.toUpperCase()} /api/v1{path}
              </code>
            </h2>
            {op.summary && <p>{op.summary}</p>}
            {op.description && <p className="muted">{op.description}</p>}
            {op.parameters && op.parameters.length > 0 && (
              <>
                <h3>{t('parameters')}</h3>
                <ul>
                  {op.parameters.map((p) => (
                    <li key={`${p.in}-${p.name}`}>
                      <code>{p.name}</code> ({p.in}
                      {p.required ? ', required' : ''}): <SchemaLink schema={p.schema} />{' '}
                      {p.schema?.description ?? p.description ?? ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {op.requestBody && (
              <>
                <h3>{t('requestBody')}</h3>
                <p>
                  <code>application/json</code>:{' '}
                  <SchemaLink schema={op.requestBody.content['application/json'].schema} />
                </p>
              </>
            )}
            <h3>{t('responses')}</h3>
            <dl>
              {Object.entries(op.responses).map(([status, r]) => (
                <div key={status}>
                  <dt>
                    <code>{status}</code> <SchemaLink schema={r.content?.['application/json']?.schema} />
                  </dt>
                  <dd>{r.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        )),
      )}
      <h2>{t('schema')}</h2>
      {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
        <details key={name} id={anchor(name)}>
          <summary>
            <code>{name}</code>
          </summary>
          <pre className="small">{JSON.stringify(schema, null, 2)}</pre>
        </details>
      ))}
    </>
  );
}

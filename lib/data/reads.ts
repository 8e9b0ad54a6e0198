import 'server-only';

/** How a loader's independent reads run: one after another inside a transaction, side by side otherwise. */
export type Reads = 'inTransaction' | 'sideBySide';

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

// inside a transaction all queries share one connection, so there they go one after another
export async function readAll<T extends readonly (() => Promise<unknown>)[]>(
  queries: T,
  reads: Reads,
): Promise<Results<T>> {
  if (reads === 'sideBySide') return (await Promise.all(queries.map((query) => query()))) as Results<T>;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as Results<T>;
}

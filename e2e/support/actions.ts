// The server actions of the build, read from Next's manifests, and calling one over the Next-Action protocol as the
// browser does (for the permission matrix and the specs that post to actions directly).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/** A manifest of the production build in .next/server. */
export const manifest = (name: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), '.next/server', name), 'utf8'));
export type ActionRef = { id: string; key: string; page: string };

/** "app/(app)/entry/[year]/[month]/page" → "/entry/2026/10": a page whose bundle holds the action. */
const pageUrl = (worker: string) =>
  worker
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace(/\/\([^)]*\)/g, '')
    .replace('[year]', '2026')
    .replace('[month]', '10')
    .replace(/\[[^\]]+\]/g, '1') || '/';

/** Every server action of the build: its id and "file#export". */
export function builtActions(): ActionRef[] {
  const node = manifest('server-reference-manifest.json').node as Record<
    string,
    { filename?: string; exportedName?: string; workers: Record<string, unknown> }
  >;
  return Object.entries(node).map(([id, a]) => ({
    id,
    key: `${a.filename}#${a.exportedName}`,
    page: pageUrl(Object.keys(a.workers)[0]),
  }));
}

export type ActionAnswer = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };

/** Calls the action `key` ("lib/actions/entry.ts#saveMonthAction") with `args`; its answer from the flight response. */
export async function callAction(api: APIRequestContext, baseURL: string, key: string, args: unknown[]) {
  const action = builtActions().find((a) => a.key === key);
  if (!action) throw new Error(`no action ${key} in the build`);
  const response = await api.post(action.page, {
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: baseURL,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const body = await response.text();
  const line = body.split('\n').find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
  return {
    status: response.status(),
    answer: line ? (JSON.parse(line.slice(line.indexOf(':') + 1)) as ActionAnswer) : null,
  };
}

// Admin messages travel as keys of the `admin` namespace (with their parameters), so the form shows them in the
// reader's language: "errors.usernameTaken" or "errors.stale::{"user":"…","at":"…"}".
export type MessageParams = Record<string, string | number>;

const SEPARATOR = '::';

export function adminMessage(key: string, params?: MessageParams): string {
  return params ? `${key}${SEPARATOR}${JSON.stringify(params)}` : key;
}

export function decodeAdminMessage(encoded: string): { key: string; params: MessageParams } {
  const at = encoded.indexOf(SEPARATOR);
  if (at < 0) return { key: encoded, params: {} };
  try {
    return { key: encoded.slice(0, at), params: JSON.parse(encoded.slice(at + SEPARATOR.length)) as MessageParams };
  } catch {
    return { key: encoded, params: {} };
  }
}

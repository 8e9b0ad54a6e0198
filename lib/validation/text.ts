// Characters a text field cannot store: PostgreSQL refuses NUL in text, and a lone UTF-16 surrogate has no UTF-8 form
// (it would be stored as U+FFFD, silently changed). Such a text gets a field message instead of a system error.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

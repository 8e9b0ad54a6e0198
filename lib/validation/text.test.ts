import { describe, expect, test } from 'vitest';
import { isStorableText } from './text';

describe('storable text', () => {
  test.each(['', '话务高峰人手不足', '𠀀𪚥 names from Extension B', '😀 emoji', 'مرحبا', 'tab\tand\nnewline'])(
    '%j is storable',
    (text) => expect(isStorableText(text)).toBe(true),
  );
  test.each(['a\u0000b', '\u0000', 'lone high \uD83D', 'lone low \uDE00 here', '\uDE00\uD83D'])(
    '%j is not storable',
    (text) => expect(isStorableText(text)).toBe(false),
  );
});

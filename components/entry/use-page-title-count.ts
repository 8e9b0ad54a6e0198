'use client';

import { useEffect } from 'react';

/** While `count` > 0 the browser tab says so first ("3项待处理 · …"); the title comes back when it drops to 0. */
export function usePageTitleCount(count: number, prefix: string) {
  useEffect(() => {
    if (count === 0) return;
    const original = document.title;
    document.title = `${prefix} · ${original}`;
    return () => {
      document.title = original;
    };
  }, [count, prefix]);
}

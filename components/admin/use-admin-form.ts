'use client';

import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/actions/admin-action';
import { formatDateTime } from '@/lib/format';
import { decodeAdminMessage } from '@/lib/validation/admin-messages';

export type AdminFormAction<T> = (prevState: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

/** Translates an admin message key (with its parameters) into the reader's language; other text passes through. */
export function useAdminMessage() {
  const t = useTranslations('admin');
  const locale = useLocale() === 'en' ? 'en' : 'zh-CN';
  return (encoded: string | undefined | null): string => {
    if (!encoded) return '';
    const { key, params } = decodeAdminMessage(encoded);
    if (!t.has(key as 'title')) return encoded;
    const values = { ...params };
    if (typeof values.at === 'string') values.at = formatDateTime(values.at, locale);
    return t(key as 'title', values);
  };
}

/**
 * A form bound to an admin action. Submitting through a transition (not `<form action>`) keeps what the user typed
 * when the server refuses it; `resetOnSuccess` clears create forms once saved.
 */
export function useAdminForm<T>(action: AdminFormAction<T>, options: { resetOnSuccess?: boolean } = {}) {
  const [state, formAction, isPending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && options.resetOnSuccess) formRef.current?.reset();
  }, [state, options.resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);
  return { state, isPending, formRef, onSubmit, errorOf };
}

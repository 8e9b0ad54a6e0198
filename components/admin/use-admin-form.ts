'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/actions/admin-action';

export type AdminFormAction<T> = (prevState: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

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

// The one error type of the server layers (domain, data, actions). It carries no text: a message key and its
// parameters, translated once at the edge (lib/i18n/translate.ts) in the reader's language.
import type { MessageKey } from '@/lib/i18n/app-config';

export type { MessageKey };
/** A parameter: a value, an instant (shown in Shanghai time), or another message (or a list of them). */
export type MessageParam = string | number | Date | Message | Message[];
export type MessageParams = Record<string, MessageParam>;
export type Message = { key: MessageKey; params?: MessageParams };
/** Per field ('rows.0.numerator', 'username', an import line number): what is wrong with it. */
export type FieldErrors = Record<string, Message[]>;

export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'UNAUTHENTICATED' | 'TOO_LARGE';

export const message = (key: MessageKey, params?: MessageParams): Message => (params ? { key, params } : { key });

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(key);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

import { Signal, computed } from '@angular/core';
import { ApiError } from '../core/api/api-error';
import { ErrorMessages } from '../core/api/error-messages';

/**
 * The server's errors of a form, as texts in the user's language: one list
 * per field the form shows, and `form` for the rest (shown at the top).
 */
export function formErrorTexts<F extends string>(
  error: Signal<ApiError | null>,
  fields: readonly F[],
  messages: ErrorMessages,
): Signal<Record<F | 'form', string[]>> {
  return computed(() => {
    const e = error();
    const result = { form: (e?.formErrors ?? []).map((x) => messages.text(x)) } as Record<
      F | 'form',
      string[]
    >;
    for (const field of fields) {
      result[field] = (e?.fieldErrors[field] ?? []).map((x) => messages.text(x));
    }
    return result;
  });
}

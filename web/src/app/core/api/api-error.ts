import { HttpErrorResponse } from '@angular/common/http';
import { WireError } from './api-types';

/**
 * A failed API call, reshaped for forms: errors that name a field go beside
 * that field, the others are shown once at the top of the form.
 */
export interface ApiError {
  status: number;
  /** Field name -> messages for that field. */
  fieldErrors: Record<string, WireError[]>;
  /** Errors not tied to a field (or tied to a field the form doesn't show). */
  formErrors: WireError[];
  /** Seconds to wait before trying again (429), when the server said so. */
  retryAfter: number | null;
}

const NETWORK: WireError = { code: 'E_NETWORK', message: 'The server could not be reached.' };
const UNEXPECTED: WireError = { code: 'E_UNEXPECTED', message: 'Something went wrong.' };

/**
 * @param knownFields the fields the form displays; an error for any other
 *   field is moved to `formErrors` so it is never silently lost.
 */
export function toApiError(error: unknown, knownFields: readonly string[] = []): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, fieldErrors: {}, formErrors: [UNEXPECTED], retryAfter: null };
  }
  const result: ApiError = {
    status: error.status,
    fieldErrors: {},
    formErrors: [],
    retryAfter: error.status === 429 ? parseRetryAfter(error.headers?.get('Retry-After')) : null,
  };
  if (error.status === 0) {
    result.formErrors.push(NETWORK);
    return result;
  }
  const wire = wireErrors(error.error);
  if (wire.length === 0)
    wire.push({
      code: error.status === 429 ? 'E_TOO_MANY_REQUESTS' : UNEXPECTED.code,
      message: UNEXPECTED.message,
    });
  for (const e of wire) {
    if (e.field && knownFields.includes(e.field)) (result.fieldErrors[e.field] ??= []).push(e);
    else result.formErrors.push(e);
  }
  return result;
}

function wireErrors(body: unknown): WireError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is WireError => typeof e?.code === 'string' && typeof e?.message === 'string')
    .map(({ code, message, field, rule }) => ({
      code,
      message,
      ...(field ? { field } : {}),
      ...(rule ? { rule } : {}),
    }));
}

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

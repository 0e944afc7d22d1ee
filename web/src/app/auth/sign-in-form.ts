import { Country } from '../core/country';
import { toE164 } from '../core/phone';

/**
 * The sign-in's own checks, each giving the failed rule's name (its text is
 * `signIn.validation.<field>.<rule>`) or null. Plain functions, not Angular
 * form validators: the sign-in is in the first bundle and `@angular/forms`
 * (~70 kB) is not.
 */
export function phoneProblem(value: string, country: Country): string | null {
  if (!value.trim()) return 'required';
  return toE164(value, country) ? null : 'phone';
}

export function codeProblem(value: string): string | null {
  if (!value.trim()) return 'required';
  return /^\s*\d{4,8}\s*$/.test(value) ? null : 'pattern';
}

export function nameProblem(value: string): string | null {
  return value.length > 120 ? 'maxlength' : null;
}

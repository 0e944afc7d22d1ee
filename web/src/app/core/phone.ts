import { AbstractControl, ValidationErrors, Validators } from '@angular/forms';

/**
 * The app's one check of a phone number, as people type it ("+254 712 345
 * 678", "0712345678", "(0)77-123-45-67"): it catches typos before a round
 * trip. The server parses it for its country and E.164 form
 * (backend/app/core/phone.ts, libphonenumber-js) and has the last word.
 */
export function phoneNumber(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  if (!/^\+?[\d\s().-]+$/.test(value)) return { phone: true };
  const digits = value.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 ? null : { phone: true };
}

/** A phone number that must be given. */
export const phoneValidators = [Validators.required, phoneNumber];

import { AbstractControl, ValidationErrors, Validators } from '@angular/forms';

/**
 * Client-side checks that catch typos before a round trip; the server still
 * normalises the number to E.164 and has the last word.
 * Accepts "+254 712 345 678", "0712345678", "(0)77-123-45-67"...
 */
export function phoneNumber(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  if (!/^\+?[\d\s().-]+$/.test(value)) return { phone: true };
  const digits = value.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 ? null : { phone: true };
}

export const codeValidators = [Validators.required, Validators.pattern(/^\s*\d{4,8}\s*$/)];
export const nameValidators = [Validators.maxLength(120)];
export const phoneValidators = [Validators.required, phoneNumber];

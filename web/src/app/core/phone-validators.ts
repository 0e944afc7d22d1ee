import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { Country } from './country';
import { looksLikePhone, toE164 } from './phone';

/**
 * The phone checks as Angular form validators, for the pages that use
 * reactive forms (lazy chunks). The sign-in does not: it keeps
 * `@angular/forms` out of the first bundle and calls core/phone.ts itself.
 */
export function phoneNumber(control: AbstractControl<string>): ValidationErrors | null {
  return looksLikePhone(control.value ?? '') ? null : { phone: true };
}

/** A phone number that must be given. */
export const phoneValidators = [Validators.required, phoneNumber];

/** A number that must be valid in the country `country()` names (or the one its "+" names). */
export function phoneIn(country: () => Country): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const value = (control.value ?? '').trim();
    if (!value) return null;
    return toE164(value, country()) ? null : { phone: true };
  };
}

import { Validators } from '@angular/forms';

/** The sign-in form's own checks (the phone's is core/phone.ts, shared by every form). */
export const codeValidators = [Validators.required, Validators.pattern(/^\s*\d{4,8}\s*$/)];
export const nameValidators = [Validators.maxLength(120)];

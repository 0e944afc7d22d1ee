import { Injectable, Signal, computed, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Language } from '../i18n/language';
import { ApiError } from './api-error';
import { WireError } from './api-types';

/**
 * Words for an API error in the current language. The web's translations
 * are the one authority for what a person reads: a failed validation rule
 * (`errors.rules.<rule>`), else the code (`errors.<CODE>`); the server's own
 * (English) message only for a code we do not know yet.
 */
@Injectable({ providedIn: 'root' })
export class ErrorMessages {
  private readonly transloco = inject(TranslocoService);

  text(error: WireError): string {
    const keys = [`errors.${error.code}`];
    if (error.code === 'E_VALIDATION' && error.rule) {
      keys.unshift(`errors.rules.${error.rule.replaceAll('.', '_')}`);
    }
    const known = (key: string, lang: string) => Boolean(this.transloco.getTranslation(lang)[key]);
    const key = keys.find((k) => known(k, this.transloco.getActiveLang()) || known(k, 'en'));
    return key ? this.transloco.translate(key) : error.message;
  }
}

/** What a form shows of an API error: `form` at its top, `byField` beside each field. */
export interface ErrorTexts<F extends string = string> {
  form: string[];
  byField: Partial<Record<F, string[]>>;
}

/**
 * An API error's messages in the user's language, translated again when the
 * language changes. Call where `inject()` works (a component's fields).
 */
export function errorTexts<F extends string = string>(
  error: () => ApiError | null,
): Signal<ErrorTexts<F>> {
  const messages = inject(ErrorMessages);
  const language = inject(Language);
  return computed(() => {
    language.current();
    const e = error();
    const byField: Partial<Record<F, string[]>> = {};
    for (const [field, list] of Object.entries(e?.fieldErrors ?? {})) {
      byField[field as F] = list.map((x) => messages.text(x));
    }
    return { form: (e?.formErrors ?? []).map((x) => messages.text(x)), byField };
  });
}

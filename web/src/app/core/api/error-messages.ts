import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { WireError } from './api-types';

/**
 * Words for an API error in the current language: a translation of its code
 * when we have one (`errors.<CODE>`), else the server's own message.
 */
@Injectable({ providedIn: 'root' })
export class ErrorMessages {
  private readonly transloco = inject(TranslocoService);

  text(error: WireError): string {
    const key = `errors.${error.code}`;
    const known = (lang: string) => Boolean(this.transloco.getTranslation(lang)[key]);
    return known(this.transloco.getActiveLang()) || known('en')
      ? this.transloco.translate(key)
      : error.message;
  }
}

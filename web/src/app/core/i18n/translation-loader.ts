import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { Observable, from, map } from 'rxjs';

/**
 * Translations ship as lazy, hashed chunks of the build (no extra request
 * path to configure, cached by the service worker like the rest of the app).
 */
const bundles: Record<string, () => Promise<{ default: Translation }>> = {
  en: () => import('../../../i18n/en.json'),
  fr: () => import('../../../i18n/fr.json'),
  sw: () => import('../../../i18n/sw.json'),
};

@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    const load = bundles[lang] ?? bundles['en'];
    return from(load()).pipe(map((module) => module.default));
  }
}

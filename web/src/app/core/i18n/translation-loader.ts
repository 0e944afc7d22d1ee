import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { Observable, from, of } from 'rxjs';
import en from '../../../i18n/en.json';
import { bootData } from '../boot/boot-data';

/**
 * The shell's translations (sign-in, header, errors). English is in the
 * first bundle: it is every language's fallback, so Transloco loads it
 * whatever the visitor reads. The visitor's own language comes in the page
 * the server wrote (core/boot), so the first screen needs no further round
 * trip; the other languages are lazy chunks (~3 kB gzipped each), fetched
 * when someone switches (or when the page came from the service worker,
 * whose cache holds every chunk). Each feature's own texts stay in its lazy
 * chunk (the `*-i18n.ts` scopes).
 */
const lazy: Record<string, () => Promise<{ default: Translation }>> = {
  fr: () => import('../../../i18n/fr.json'),
  sw: () => import('../../../i18n/sw.json'),
};

@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    const boot = bootData();
    if (boot?.texts && boot.locale === lang) return of(boot.texts);
    const load = lazy[lang];
    return load ? from(load().then((m) => m.default)) : of(en);
  }
}

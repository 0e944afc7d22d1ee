import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { Observable, of } from 'rxjs';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import sw from '../../../i18n/sw.json';

/**
 * The shell's translations (sign-in, header, errors; ~3 kB gzipped each) are
 * in the first bundle, all three: the first screen is drawn in the visitor's
 * language without a further round trip, which was 2 s of the sign-in's 9.9 s
 * on a Slow 3G phone. Each feature's own texts stay in its lazy chunk
 * (the `*-i18n.ts` scopes).
 */
const bundles: Record<string, Translation> = { en, fr, sw };

@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    return of(bundles[lang] ?? bundles['en']);
  }
}

import { EnvironmentProviders, Provider } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { Translation, TranslocoLoader, provideTransloco } from '@jsverse/transloco';
import { of } from 'rxjs';
import type { Locale } from './core/api/api-types';
import { TranslationLoader } from './core/i18n/translation-loader';

/** Test helper: every text is shown as its key, so a spec asserts which words a page chose. */
class KeysLoader implements TranslocoLoader {
  getTranslation() {
    return of({} as Translation);
  }
}

/**
 * Test helper: what a page needs to render in a spec — a router, HTTP with
 * the testing backend (`HttpTestingController`) and Transloco showing keys,
 * or, for a spec that reads the words themselves, the app's own translations
 * in `words` (the first is the default language).
 */
export function provideTestApp(
  options: { words?: readonly Locale[] } = {},
): (Provider | EnvironmentProviders)[] {
  const words = options.words ?? [];
  return [
    provideRouter([]),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideTransloco({
      config: {
        availableLangs: words.length ? [...words] : ['en'],
        defaultLang: words[0] ?? 'en',
        missingHandler: { logMissingKey: false },
      },
      loader: words.length ? TranslationLoader : KeysLoader,
    }),
  ];
}

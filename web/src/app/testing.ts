import { EnvironmentProviders, Provider } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { Translation, TranslocoLoader, provideTransloco } from '@jsverse/transloco';
import { of } from 'rxjs';

/** Test helper: every text is shown as its key, so a spec asserts which words a page chose. */
class KeysLoader implements TranslocoLoader {
  getTranslation() {
    return of({} as Translation);
  }
}

/**
 * Test helper: what a page needs to render in a spec — a router, HTTP with
 * the testing backend (`HttpTestingController`) and Transloco showing keys.
 */
export function provideTestApp(): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter([]),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideTransloco({
      config: {
        availableLangs: ['en'],
        defaultLang: 'en',
        missingHandler: { logMissingKey: false },
      },
      loader: KeysLoader,
    }),
  ];
}

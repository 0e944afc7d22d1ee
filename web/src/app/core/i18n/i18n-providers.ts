import { EnvironmentProviders, inject, isDevMode, provideAppInitializer } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { Language } from './language';
import { LOCALES } from './languages';
import { TranslationLoader } from './translation-loader';

/** Transloco, with the starting language loaded before the first render. */
export function provideI18n(): (EnvironmentProviders | ReturnType<typeof provideTransloco>)[] {
  return [
    provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: 'en',
        fallbackLang: 'en',
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslationLoader,
    }),
    provideAppInitializer(() => inject(Language).start()),
  ];
}

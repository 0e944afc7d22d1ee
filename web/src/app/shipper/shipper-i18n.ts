import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * The shipper pages' words, in their own lazy scope (`shipper.*`), loaded
 * with the feature rather than with the app shell.
 */
export function provideShipperTranslations() {
  return provideTranslocoScope({
    scope: 'shipper',
    loader: {
      en: () => import('../../i18n/shipper/en.json'),
      fr: () => import('../../i18n/shipper/fr.json'),
      sw: () => import('../../i18n/shipper/sw.json'),
    },
  });
}

import { provideTranslocoScope } from '@jsverse/transloco';

/** The driver pages' words, in their own lazy scope (`driver.*`). */
export const driverTranslations = provideTranslocoScope({
  scope: 'driver',
  loader: {
    en: () => import('../../i18n/driver/en.json'),
    fr: () => import('../../i18n/driver/fr.json'),
    sw: () => import('../../i18n/driver/sw.json'),
  },
});

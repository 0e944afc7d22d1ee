import { provideTranslocoScope } from '@jsverse/transloco';

/** Words of the organisation, fleet and notifications pages (keys `account.*`). */
export const accountTranslations = provideTranslocoScope({
  scope: 'account',
  loader: {
    en: () => import('../../i18n/account/en.json'),
    fr: () => import('../../i18n/account/fr.json'),
    sw: () => import('../../i18n/account/sw.json'),
  },
});

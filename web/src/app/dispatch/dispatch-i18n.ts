import { provideTranslocoScope } from '@jsverse/transloco';

/** The dispatch board's words, loaded with the page (keys `dispatch.*`). */
export const dispatchTranslations = provideTranslocoScope({
  scope: 'dispatch',
  loader: {
    en: () => import('../../i18n/dispatch/en.json'),
    fr: () => import('../../i18n/dispatch/fr.json'),
    sw: () => import('../../i18n/dispatch/sw.json'),
  },
});

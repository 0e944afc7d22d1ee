import { provideTranslocoScope } from '@jsverse/transloco';

/** The chat panel's words (keys `chat.*`), loaded with the panel. */
export const chatTranslations = provideTranslocoScope({
  scope: 'chat',
  loader: {
    en: () => import('../../i18n/chat/en.json'),
    fr: () => import('../../i18n/chat/fr.json'),
    sw: () => import('../../i18n/chat/sw.json'),
  },
});

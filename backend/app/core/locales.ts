/** The languages Njia speaks, everywhere: the web app, SMS, USSD, server messages. */
export const LOCALES = ['en', 'fr', 'sw'] as const
export type Locale = (typeof LOCALES)[number]

import type { Locale } from '#core/locales'

/**
 * Why a pay-in failed, as a stable code (the `reason` of `money:payment_failed`)
 * and what the payer reads, in each language: the one place these are written.
 * Each provider maps its own result codes onto these.
 */
export const PAYMENT_FAILURES = {
  cancelled: {
    en: 'You cancelled the payment on your phone.',
    fr: 'Vous avez annulé le paiement sur votre téléphone.',
    sw: 'Ulighairi malipo kwenye simu yako.',
  },
  wrong_pin: {
    en: 'The PIN entered was wrong. Try again.',
    fr: 'Le code secret saisi est incorrect. Réessayez.',
    sw: 'PIN uliyoweka si sahihi. Jaribu tena.',
  },
  timeout: {
    en: 'The payment request expired before it was answered on the phone.',
    fr: 'La demande de paiement a expiré avant d’avoir reçu une réponse sur le téléphone.',
    sw: 'Ombi la malipo liliisha muda kabla ya kujibiwa kwenye simu.',
  },
  insufficient_funds: {
    en: 'There is not enough money in the mobile money account.',
    fr: 'Le solde du compte mobile money est insuffisant.',
    sw: 'Hakuna pesa za kutosha kwenye akaunti ya pesa ya simu.',
  },
  unreachable: {
    en: 'The phone could not be reached. Check it is on and has network, then try again.',
    fr: 'Le téléphone est injoignable. Vérifiez qu’il est allumé et a du réseau, puis réessayez.',
    sw: 'Simu haikupatikana. Hakikisha imewashwa na ina mtandao, kisha ujaribu tena.',
  },
  declined: {
    en: 'The payment was declined by the mobile money provider.',
    fr: 'Le paiement a été refusé par l’opérateur mobile money.',
    sw: 'Malipo yalikataliwa na mtoa huduma wa pesa ya simu.',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type PaymentFailure = keyof typeof PAYMENT_FAILURES

export function failureMessage(reason: PaymentFailure, locale: Locale): string {
  return (PAYMENT_FAILURES[reason] ?? PAYMENT_FAILURES.declined)[locale]
}

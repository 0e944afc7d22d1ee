import type { Locale } from '#core/locales'

/**
 * Why a payout or refund failed, as a stable code (the `reason` of
 * `money:payout_failed`), and what its reader sees, in each language: the
 * one place these are written. Each provider maps its result codes onto them.
 */
export const PAYOUT_FAILURES = {
  declined: {
    en: 'The mobile money provider declined the payout.',
    fr: 'L’opérateur mobile money a refusé le versement.',
    sw: 'Mtoa huduma wa pesa ya simu amekataa malipo.',
  },
  recipient_invalid: {
    en: 'The payout number cannot receive mobile money. Check the number.',
    fr: 'Le numéro de versement ne peut pas recevoir d’argent mobile. Vérifiez le numéro.',
    sw: 'Namba ya malipo haiwezi kupokea pesa ya simu. Hakiki namba.',
  },
  provider_limit: {
    en: 'The payout is above a limit of the mobile money provider.',
    fr: 'Le versement dépasse une limite de l’opérateur mobile money.',
    sw: 'Malipo yamezidi kikomo cha mtoa huduma wa pesa ya simu.',
  },
  platform_account: {
    en: 'Our payout account could not send it (balance or credentials). An operator is on it.',
    fr: 'Notre compte de versement n’a pas pu l’envoyer (solde ou identifiants). Un opérateur s’en occupe.',
    sw: 'Akaunti yetu ya malipo haikuweza kutuma (salio au vitambulisho). Mhudumu anashughulikia.',
  },
  timeout: {
    en: 'The provider did not process the payout in time. It is checked before any new try.',
    fr: 'L’opérateur n’a pas traité le versement à temps. Il est vérifié avant tout nouvel essai.',
    sw: 'Mtoa huduma hakushughulikia malipo kwa wakati. Yanakaguliwa kabla ya jaribio jipya.',
  },
  unreachable: {
    en: 'The provider could not be reached. The payout is checked before any new try.',
    fr: 'L’opérateur est injoignable. Le versement est vérifié avant tout nouvel essai.',
    sw: 'Mtoa huduma hakupatikana. Malipo yanakaguliwa kabla ya jaribio jipya.',
  },
  not_sent: {
    en: 'An operator checked with the provider: the payout did not leave.',
    fr: 'Un opérateur a vérifié auprès de l’opérateur mobile : le versement n’est pas parti.',
    sw: 'Mhudumu amehakiki na mtoa huduma: malipo hayakutumwa.',
  },
  expired: {
    en: 'The payout’s transaction expired before the network took it: nothing left. It can be sent again.',
    fr: 'La transaction du versement a expiré avant que le réseau ne la prenne : rien n’est parti. Il peut être renvoyé.',
    sw: 'Muamala wa malipo uliisha muda kabla mtandao haujaupokea: hakuna kilichotumwa. Yanaweza kutumwa tena.',
  },
  manual_return: {
    en: 'No provider can send this back from here: return it to the payer by hand, then record it.',
    fr: 'Aucun opérateur ne peut le renvoyer d’ici : remboursez le payeur à la main, puis enregistrez-le.',
    sw: 'Hakuna mtoa huduma anayeweza kuirejesha kutoka hapa: mrejeshee mlipaji kwa mkono, kisha irekodi.',
  },
  over_limit: {
    en: 'The amount is above the per-transaction limit for payouts in this currency.',
    fr: 'Le montant dépasse la limite par opération pour les versements dans cette devise.',
    sw: 'Kiasi kimezidi kikomo cha kila muamala kwa malipo ya sarafu hii.',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type PayoutFailure = keyof typeof PAYOUT_FAILURES

/** Why a payout waits in the queue instead of leaving. */
export const PAYOUT_HOLDS = {
  paused: {
    en: 'Payouts are paused by the operators. It will be sent when they resume.',
    fr: 'Les versements sont suspendus par les opérateurs. Il partira à leur reprise.',
    sw: 'Malipo yamesitishwa na wahudumu. Yatatumwa yakirejeshwa.',
  },
  number_cooling: {
    en: 'The payout number changed recently. It will be sent when the safety delay ends.',
    fr: 'Le numéro de versement a changé récemment. Il partira à la fin du délai de sécurité.',
    sw: 'Namba ya malipo imebadilishwa hivi karibuni. Yatatumwa muda wa usalama ukiisha.',
  },
  daily_limit: {
    en: 'Today’s payout limit for this currency is reached. It will be sent tomorrow.',
    fr: 'La limite journalière de versements dans cette devise est atteinte. Il partira demain.',
    sw: 'Kikomo cha malipo cha leo kwa sarafu hii kimefikiwa. Yatatumwa kesho.',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type PayoutHold = keyof typeof PAYOUT_HOLDS

/** Refund requests an operator must correct, in their language. */
export const REFUND_REFUSALS = {
  nothing_held: {
    en: 'Nothing of this order is held in escrow: there is nothing to refund.',
    fr: 'Rien de cette commande n’est en séquestre : il n’y a rien à rembourser.',
    sw: 'Hakuna pesa ya agizo hili iliyoshikiliwa: hakuna cha kurejesha.',
  },
  above_held: {
    en: 'The refund is more than the {held} held for this order.',
    fr: 'Le remboursement dépasse les {held} en séquestre pour cette commande.',
    sw: 'Marejesho yanazidi {held} iliyoshikiliwa kwa agizo hili.',
  },
  over_limit: {
    en: 'The refund is above the per-transaction payout limit of {limit}.',
    fr: 'Le remboursement dépasse la limite de versement par opération de {limit}.',
    sw: 'Marejesho yanazidi kikomo cha malipo kwa kila muamala cha {limit}.',
  },
  provider_cannot_refund: {
    en: 'Refunds by {provider} cannot be sent from here yet: pay the shipper back from the {provider} merchant portal.',
    fr: 'Les remboursements par {provider} ne peuvent pas encore partir d’ici : remboursez l’expéditeur depuis le portail marchand {provider}.',
    sw: 'Marejesho kwa {provider} hayawezi kutumwa kutoka hapa bado: mrejeshee mtumaji kupitia lango la mfanyabiashara la {provider}.',
  },
  no_payer_number: {
    en: 'This order was not paid by mobile money: there is no number to refund to.',
    fr: 'Cette commande n’a pas été payée par mobile money : aucun numéro où rembourser.',
    sw: 'Agizo hili halikulipwa kwa pesa ya simu: hakuna namba ya kurejeshea.',
  },
} as const satisfies Record<string, Record<Locale, string>>

export const payoutFailureMessage = (reason: PayoutFailure, locale: Locale) =>
  (PAYOUT_FAILURES[reason] ?? PAYOUT_FAILURES.declined)[locale]

export const payoutHoldMessage = (hold: PayoutHold, locale: Locale) => PAYOUT_HOLDS[hold][locale]

export function refundRefusal(
  which: keyof typeof REFUND_REFUSALS,
  locale: Locale,
  values: Record<string, string> = {}
) {
  return REFUND_REFUSALS[which][locale].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '')
}

/** Texted to the number a new payout number replaced (the owner's language): who to call is the owner. */
const PAYOUT_NUMBER_REPLACED = {
  en: 'Njia: payouts of {carrier} now go to {number}, from {until}. Not you? Sign in to Njia and change it back.',
  fr: 'Njia : les versements de {carrier} iront au {number} à partir du {until}. Pas vous ? Connectez-vous à Njia et corrigez.',
  sw: 'Njia: malipo ya {carrier} sasa yataenda {number} kuanzia {until}. Si wewe? Ingia Njia uirudishe.',
} as const satisfies Record<Locale, string>

export function payoutNumberReplacedSms(
  locale: Locale,
  values: Record<'carrier' | 'number' | 'until', string>
) {
  return PAYOUT_NUMBER_REPLACED[locale].replace(/\{(\w+)\}/g, (_, name: 'carrier') => values[name])
}

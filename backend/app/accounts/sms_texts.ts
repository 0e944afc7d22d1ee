import type { Locale } from '#core/locales'

/** Texts we send by SMS, in each language we serve. Keep them under 160 characters. */
const SIGN_IN_CODE: Record<Locale, (code: string, minutes: number) => string> = {
  en: (code, minutes) =>
    `Njia: your sign-in code is ${code}. It expires in ${minutes} min. Never share it.`,
  fr: (code, minutes) =>
    `Njia : votre code de connexion est ${code}. Il expire dans ${minutes} min. Ne le partagez jamais.`,
  sw: (code, minutes) =>
    `Njia: nambari yako ya kuingia ni ${code}. Itaisha baada ya dakika ${minutes}. Usimpe mtu yeyote.`,
}

export function signInCodeText(locale: Locale, code: string, ttlSeconds: number) {
  return SIGN_IN_CODE[locale](code, Math.max(1, Math.round(ttlSeconds / 60)))
}

const PAYOUT_NUMBER_CODE: Record<Locale, (code: string, minutes: number) => string> = {
  en: (code, minutes) =>
    `Njia: ${code} confirms this number for a carrier's payouts. It expires in ${minutes} min. Not you? Ignore it.`,
  fr: (code, minutes) =>
    `Njia : ${code} confirme ce numéro pour les versements d'un transporteur. Expire dans ${minutes} min. Pas vous ? Ignorez.`,
  sw: (code, minutes) =>
    `Njia: ${code} inathibitisha namba hii kwa malipo ya msafirishaji. Itaisha baada ya dakika ${minutes}. Si wewe? Puuza.`,
}

export function payoutNumberCodeText(locale: Locale, code: string, ttlSeconds: number) {
  return PAYOUT_NUMBER_CODE[locale](code, Math.max(1, Math.round(ttlSeconds / 60)))
}

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    driver: 'driver',
    dispatcher: 'dispatcher',
    shipper: 'shipper',
    clerk: 'clerk',
    grader: 'grader',
  },
  fr: {
    driver: 'chauffeur',
    dispatcher: 'répartiteur',
    shipper: 'expéditeur',
    clerk: 'agent de collecte',
    grader: 'contrôleur qualité',
  },
  sw: {
    driver: 'dereva',
    dispatcher: 'msimamizi wa safari',
    shipper: 'msafirishaji mzigo',
    clerk: 'karani',
    grader: 'mpimaji wa ubora',
  },
}

const INVITATION: Record<
  Locale,
  (org: string, role: string, code: string, until: string) => string
> = {
  en: (org, role, code, until) =>
    `Njia: ${org} invites you to join as ${role}. Reply YES ${code} to accept or NO ${code} to decline (or open the app) before ${until}.`,
  fr: (org, role, code, until) =>
    `Njia : ${org} vous invite comme ${role}. Répondez OUI ${code} pour accepter ou NON ${code} pour refuser (ou ouvrez l'app) avant le ${until}.`,
  sw: (org, role, code, until) =>
    `Njia: ${org} inakualika ujiunge kama ${role}. Jibu NDIO ${code} kukubali au HAPANA ${code} kukataa (au fungua programu) kabla ya ${until}.`,
}

/** The invitation texted to someone an organisation wants to add; `until` is already in their locale. */
/** A role's name in the user's language (invitations by SMS and USSD). */
export function roleName(locale: Locale, role: string) {
  return ROLE_NAMES[locale][role] ?? role
}

export function invitationText(
  locale: Locale,
  organisation: string,
  role: string,
  code: string,
  until: string
) {
  return INVITATION[locale](organisation, roleName(locale, role), code, until)
}

export type InvitationReply = 'accepted' | 'declined' | 'expired' | 'unknown'

const REPLIES: Record<Locale, Record<InvitationReply, (org: string) => string>> = {
  en: {
    accepted: (org) => `Njia: you joined ${org}.`,
    declined: (org) => `Njia: you declined the invitation of ${org}.`,
    expired: (org) => `Njia: the invitation of ${org} has expired or was already answered.`,
    unknown: () =>
      'Njia: we found no invitation with this code for your number. Reply YES <code> or NO <code>.',
  },
  fr: {
    accepted: (org) => `Njia : vous avez rejoint ${org}.`,
    declined: (org) => `Njia : vous avez refusé l'invitation de ${org}.`,
    expired: (org) => `Njia : l'invitation de ${org} a expiré ou a déjà reçu une réponse.`,
    unknown: () =>
      'Njia : aucune invitation avec ce code pour votre numéro. Répondez OUI <code> ou NON <code>.',
  },
  sw: {
    accepted: (org) => `Njia: umejiunga na ${org}.`,
    declined: (org) => `Njia: umekataa mwaliko wa ${org}.`,
    expired: (org) => `Njia: mwaliko wa ${org} umeisha muda au tayari umejibiwa.`,
    unknown: () =>
      'Njia: hakuna mwaliko wenye nambari hii kwa simu yako. Jibu NDIO <nambari> au HAPANA <nambari>.',
  },
}

/** The answer to an invitee who replied by SMS. */
export function invitationReplyText(locale: Locale, outcome: InvitationReply, organisation = '') {
  return REPLIES[locale][outcome](organisation)
}

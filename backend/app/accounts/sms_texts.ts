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

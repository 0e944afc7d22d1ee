import { createHash } from 'node:crypto'
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js'
import accountsConfig from '#config/accounts'
import type { Locale } from '#core/locales'

/** The sign-in's path in the app. */
export const SIGN_IN_PATH = '/sign-in'

/**
 * The pages that carry the sign-in form before the app has arrived: the
 * sign-in itself and / (the app's start, where a signed-out visitor is sent
 * on to the sign-in, and a first visit usually lands).
 */
export const EARLY_SIGN_IN_PATHS = ['/', SIGN_IN_PATH]

/**
 * The page's only script of its own. Someone signed in on this device (the
 * web app's session token, web core/auth/session.ts) does not see the form:
 * the page is marked and styles.scss hides it until the app has drawn their
 * page. A press of the button before the app has arrived is held (no
 * navigation), the button says it is sending, and the app sends the code
 * once it takes the form over (web auth/early-sign-in.ts). Allowed by its
 * hash in the CSP (config/security_headers.ts), so any change here changes
 * the hash with it.
 */
export const EARLY_SUBMIT_SCRIPT =
  "try{localStorage.getItem('njia.token')&&document.documentElement.setAttribute('data-signed-in','')}catch(e){}" +
  "addEventListener('submit',function(e){var f=e.target;if(f.id!=='njia-early-form')return;" +
  "e.preventDefault();if(f.hasAttribute('data-submitted'))return;f.setAttribute('data-submitted','');" +
  "var b=f.querySelector('button');b.textContent=b.getAttribute('data-busy');b.setAttribute('aria-disabled','true')},true)"

export const EARLY_SUBMIT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(EARLY_SUBMIT_SCRIPT).digest('base64')}'`

type Texts = Record<string, unknown>

/**
 * The sign-in's first step written into the page by the server (issue 14
 * part 9): on a slow network the form is on screen and takes typing about
 * as soon as the HTML has arrived, long before the app's scripts have. It
 * is the app's own markup (web app.html and auth/sign-in.html: the header's
 * bar, the card, the same ids, labels and hint) with the app's words in
 * the visitor's language (the build's i18n/<locale>.json, the same file the
 * app reads) and the app's styles inlined (styles.scss holds the rules of
 * both). The app takes it over with whatever was typed, chosen, focused or
 * submitted (web auth/early-sign-in.ts) and removes it.
 */
export default class WebAppSignIn {
  /** The form's markup, or '' when the build has no texts to write it with. */
  static render(texts: Texts | null, locale: Locale, options: { expired: boolean }): string {
    const t = (key: string) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Texts)?.[part], texts)
      return typeof value === 'string' ? escapeHtml(value) : null
    }
    const words = {
      home: t('shell.home'),
      title: t('signIn.title'),
      lead: t('signIn.lead'),
      expired: t('signIn.expired'),
      country: t('signIn.country'),
      phone: t('signIn.phone'),
      phoneHint: t('signIn.phoneHint'),
      sendCode: t('signIn.sendCode'),
      sending: t('signIn.sending'),
    }
    if (Object.values(words).some((word) => word === null)) return ''

    const names = new Intl.DisplayNames([locale], { type: 'region' })
    const chosen = accountsConfig.defaultCountry
    const countryOptions = accountsConfig.countries
      .map((code) => {
        const label = escapeHtml(`${names.of(code) ?? code} (${callingCode(code)})`)
        return `<option value="${code}"${code === chosen ? ' selected' : ''}>${label}</option>`
      })
      .join('')
    const expired = options.expired ? `<p class="notice" role="status">${words.expired}</p>` : ''

    // No `name` on the fields: were the script not to run, a press would reload
    // this page rather than put a phone number in an address.
    return `<div id="njia-early">
<header class="shell-header"><a class="brand" href="/" aria-label="Njia, ${words.home}"><img src="icons/icon-72x72.png" alt="" width="32" height="32"><span>Njia</span></a><div class="tools"></div></header>
<main><div class="sign-in-page"><section class="sign-in njia-card" aria-labelledby="sign-in-title">
<h1 id="sign-in-title">${words.title}</h1>
<p class="lead">${words.lead}</p>
${expired}<form id="njia-early-form" action="${SIGN_IN_PATH}" novalidate>
<div class="njia-field"><label for="country">${words.country}</label><select id="country">${countryOptions}</select></div>
<div class="njia-field"><label for="phone">${words.phone}</label><input id="phone" type="tel" inputmode="tel" autocomplete="tel" placeholder="${callingCode(chosen)} …" aria-describedby="phone-hint phone-errors"><span class="hint" id="phone-hint">${words.phoneHint}</span><div id="phone-errors" aria-live="polite"></div></div>
<button class="njia-button" type="submit" data-busy="${words.sending}">${words.sendCode}</button>
</form></section></div></main>
</div>
`
  }
}

function callingCode(country: string): string {
  return `+${getCountryCallingCode(country as CountryCode)}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

import { readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import webConfig from '#config/web'
import { LOCALES, type Locale } from '#core/locales'
import WebConfigTransformer from '#platform/transformers/web_config_transformer'
import WebAppSignIn, { EARLY_SUBMIT_SCRIPT } from '#platform/services/web_app_sign_in'

/** The cookie the web app writes when someone picks a language (web core/i18n/language.ts). */
export const LANGUAGE_COOKIE = 'njia_lang'

/**
 * The page an app route gets: the build's index.html with what the server
 * knows at page load written into it, so the first screen needs no API round
 * trip on a slow network (issue 14 part 9): the public settings of GET
 * /api/v1/config and the shell's texts in the visitor's language, as
 * `<script id="njia-boot" type="application/json">` (read by web
 * core/boot/boot-data.ts; a data block, which the CSP does not run), and the
 * language on `<html lang>`. The texts are the build's own copy
 * (`i18n/<locale>.json` beside index.html), so they always match the app.
 * The literal /index.html stays the build's file: the service worker checks
 * it against its hash.
 *
 * The app's global stylesheet (a few kB) is written into the page rather
 * than linked, so nothing but the page itself stands before the first paint;
 * and /sign-in carries its form, usable before the app arrives
 * (web_app_sign_in.ts).
 */
export default class WebAppPage {
  #files = new Map<string, { mtimeMs: number; text: string | null }>()

  async render(
    indexPath: string,
    locale: Locale,
    options: { signIn?: { expired: boolean } } = {}
  ): Promise<string> {
    const dir = dirname(indexPath)
    const index = (await this.#read(indexPath)) ?? ''
    const json = await this.#read(join(dir, 'i18n', `${locale}.json`))
    const texts = json ? JSON.parse(json) : null
    const boot = {
      config: WebConfigTransformer.toJSON(webConfig),
      locale,
      ...(texts ? { texts } : {}),
    }
    // `<` escaped so no text can close the script element.
    const script = `<script id="njia-boot" type="application/json">${JSON.stringify(boot).replace(/</g, '\\u003c')}</script>`
    const form = options.signIn ? WebAppSignIn.render(texts, locale, options.signIn) : ''
    const head = form ? `${script}\n<script>${EARLY_SUBMIT_SCRIPT}</script>` : script
    // Replacer functions: a `$` in a text is not a replacement pattern.
    let page = index
      .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
      .replace('</head>', () => `${head}\n</head>`)
      .replace('<njia-root>', () => `${form}<njia-root>`)
    const stylesheet = /<link rel="stylesheet" href="(styles-[A-Za-z0-9_]+\.css)">/.exec(page)
    const css = stylesheet && (await this.#read(join(dir, stylesheet[1])))
    // A `</style>` inside the CSS would end the element early: then the link stays.
    if (stylesheet && css !== null && !css.includes('</')) {
      page = page.replace(stylesheet[0], () => `<style>${css}</style>`)
    }
    return page
  }

  /**
   * The visitor's language, as the web app would pick it: the one chosen on
   * this device (its cookie), else the first of the browser's languages Njia
   * speaks ("fr-SN" is French), else English.
   */
  locale(cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
    const chosen = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]+)`).exec(
      cookieHeader ?? ''
    )?.[1]
    if (isLocale(chosen)) return chosen
    const preferences = (acceptLanguage ?? '')
      .split(',')
      .map((part, order) => {
        const [tag, ...params] = part.trim().split(';')
        const q = Number(
          params
            .find((p) => p.trim().startsWith('q='))
            ?.trim()
            .slice(2) ?? 1
        )
        return { base: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, order }
      })
      .filter(({ q }) => q > 0)
      .sort((a, b) => b.q - a.q || a.order - b.order)
    return preferences.map(({ base }) => base).find(isLocale) ?? 'en'
  }

  /** A build file's text, read again only when it changed (a `make dev` rebuild); null when absent. */
  async #read(path: string): Promise<string | null> {
    const mtimeMs = await stat(path).then(
      (s) => s.mtimeMs,
      () => -1
    )
    const known = this.#files.get(path)
    if (known && known.mtimeMs === mtimeMs) return known.text
    const text = mtimeMs < 0 ? null : await readFile(path, 'utf8').catch(() => null)
    this.#files.set(path, { mtimeMs, text })
    return text
  }
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

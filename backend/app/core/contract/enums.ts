import accountsConfig from '#config/accounts'
import { LOCALES } from '#core/locales'
import { CURRENCIES, CURRENCY } from '#core/money_format'
import { named, z } from '#core/contract/response_schema'

/**
 * The facts of core that the API names, so the web app lists them from the
 * generated `openapi-enums.ts` (`countryValues`, ...) and never copies them.
 */

/** The countries Njia serves (`config/accounts.ts`). */
export const countrySchema = named(
  'Country',
  z
    .enum(accountsConfig.countries)
    .meta({ description: 'ISO 3166-1 alpha-2, a country Njia serves' })
)

/** The languages (`app/core/locales.ts`). */
export const localeSchema = named('Locale', z.enum(LOCALES))

/**
 * ISO 4217 codes of the currencies Njia moves money in, with each one's
 * minor unit and country (`CURRENCY` of `app/core/money_format.ts`) as
 * `x-facts`: the generator writes them into the web app's `currencyFacts`,
 * so an amount typed in a browser is scaled by the API's digits, never by
 * the browser's own Intl data (one that disagreed would move money 100×).
 */
export const currencySchema = named('Currency', z.enum(CURRENCIES).meta({ 'x-facts': CURRENCY }))

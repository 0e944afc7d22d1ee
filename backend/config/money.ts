import env from '#start/env'
import { appUrl } from '#config/app'

const SANDBOX_HOSTS = new Set(['sandbox.safaricom.co.ke', '127.0.0.1', 'localhost'])
const realPaymentsEnabled = env.get('ENABLE_REAL_PAYMENTS') ?? false

/** A provider URL outside its sandbox is refused unless real payments are enabled. */
function sandboxed(name: string, url: string) {
  if (!realPaymentsEnabled && !SANDBOX_HOSTS.has(new URL(url).hostname)) {
    throw new Error(
      `${name}=${url} is not a sandbox: set ENABLE_REAL_PAYMENTS=true to move real money.`
    )
  }
  return url
}

/** The value of a secret variable, or '' when unset. */
const secret = (
  name:
    | 'DARAJA_CONSUMER_SECRET'
    | 'DARAJA_PASSKEY'
    | 'WAVE_API_KEY'
    | 'WAVE_WEBHOOK_SECRET'
    | 'ORANGE_MONEY_CLIENT_SECRET'
    | 'ORANGE_MONEY_MERCHANT_KEY'
) => env.get(name)?.release() ?? ''

/** The variables a real transport needs, refused at boot when one is empty. */
function requireAll(transport: string, values: Record<string, string>) {
  const missing = Object.keys(values).filter((name) => !values[name])
  if (missing.length) throw new Error(`${transport} needs ${missing.join(', ')}`)
}

function mpesaConfig() {
  const transport = env.get('MPESA_TRANSPORT') ?? 'simulator'
  const shortcode = env.get('DARAJA_SHORTCODE') ?? ''
  const daraja = {
    baseUrl: sandboxed(
      'DARAJA_BASE_URL',
      env.get('DARAJA_BASE_URL') ?? 'https://sandbox.safaricom.co.ke'
    ),
    consumerKey: env.get('DARAJA_CONSUMER_KEY') ?? '',
    consumerSecret: secret('DARAJA_CONSUMER_SECRET'),
    shortcode,
    passkey: secret('DARAJA_PASSKEY'),
    transactionType: env.get('DARAJA_TRANSACTION_TYPE') ?? ('CustomerPayBillOnline' as const),
    partyB: env.get('DARAJA_TILL_NUMBER') ?? shortcode,
  }
  const required = {
    DARAJA_CONSUMER_KEY: daraja.consumerKey,
    DARAJA_CONSUMER_SECRET: daraja.consumerSecret,
    DARAJA_SHORTCODE: daraja.shortcode,
    DARAJA_PASSKEY: daraja.passkey,
  }
  if (transport === 'daraja') requireAll('MPESA_TRANSPORT=daraja', required)
  return { transport, daraja }
}

/** Wave has no sandbox host: its real API is refused unless real payments are enabled. */
function waveConfig() {
  const transport = env.get('WAVE_TRANSPORT') ?? 'simulator'
  // The simulator signs with the same secret the webhook route checks.
  const webhookSecret =
    secret('WAVE_WEBHOOK_SECRET') || (transport === 'simulator' ? 'wave-simulator-secret' : '')
  const apiKey = secret('WAVE_API_KEY')
  if (transport === 'wave') {
    requireAll('WAVE_TRANSPORT=wave', { WAVE_API_KEY: apiKey, WAVE_WEBHOOK_SECRET: webhookSecret })
  }
  const baseUrl = env.get('WAVE_BASE_URL') ?? 'https://api.wave.com'
  return {
    transport,
    webhookSecret,
    api: { baseUrl: transport === 'wave' ? sandboxed('WAVE_BASE_URL', baseUrl) : baseUrl, apiKey },
  }
}

/** Orange's sandbox is a path (`dev`), not a host: another country moves real money. */
function orangeMoneyConfig() {
  const transport = env.get('ORANGE_MONEY_TRANSPORT') ?? 'simulator'
  const api = {
    baseUrl: env.get('ORANGE_MONEY_BASE_URL') ?? 'https://api.orange.com',
    country: env.get('ORANGE_MONEY_COUNTRY') ?? 'dev',
    clientId: env.get('ORANGE_MONEY_CLIENT_ID') ?? '',
    clientSecret: secret('ORANGE_MONEY_CLIENT_SECRET'),
    merchantKey: secret('ORANGE_MONEY_MERCHANT_KEY'),
  }
  if (transport === 'orange') {
    requireAll('ORANGE_MONEY_TRANSPORT=orange', {
      ORANGE_MONEY_CLIENT_ID: api.clientId,
      ORANGE_MONEY_CLIENT_SECRET: api.clientSecret,
      ORANGE_MONEY_MERCHANT_KEY: api.merchantKey,
    })
    if (api.country !== 'dev' && !realPaymentsEnabled) {
      throw new Error(
        `ORANGE_MONEY_COUNTRY=${api.country} is not the sandbox (dev): set ENABLE_REAL_PAYMENTS=true to move real money.`
      )
    }
  }
  return { transport, api }
}

/** "SN=8,KE=10" -> { SN: 8, KE: 10 }. */
function percentByCountry(value: string | undefined) {
  const rates: Record<string, number> = {}
  for (const pair of (value ?? '').split(',').filter(Boolean)) {
    const [country, percent] = pair.split('=').map((part) => part.trim())
    const rate = Number(percent)
    if (!/^[A-Z]{2}$/.test(country) || !(rate >= 0 && rate < 100)) {
      throw new Error(`PLATFORM_COMMISSION_PERCENT_BY_COUNTRY: "${pair}" is not COUNTRY=percent`)
    }
    rates[country] = rate
  }
  return rates
}

/** Money (app/money): providers, callbacks, reconciliation. */
export default {
  realPaymentsEnabled,
  /** The public origin providers call back (our callback URLs are built on it). */
  callbackBaseUrl: env.get('PAYMENTS_CALLBACK_BASE_URL') ?? appUrl,
  mpesa: mpesaConfig(),
  wave: waveConfig(),
  orangeMoney: orangeMoneyConfig(),
  simulator: {
    answerAfterMs: env.get('SIMULATOR_ANSWER_AFTER_MS') ?? 4_000,
    duplicateRate: 0.3,
  },
  /** A pay-in pending this long is asked about by the reconciliation job. */
  reconcileAfterMinutes: env.get('PAYMENT_RECONCILE_AFTER_MINUTES') ?? 5,
  /** A pay-in nobody can tell us about (no provider id) this long is failed as unreachable. */
  abandonAfterMinutes: 30,
  reconcileCron: env.get('PAYMENT_RECONCILE_CRON') ?? '*/2 * * * *',
  /** The platform's share of an order's price at settlement, in percent, per country. */
  commission: {
    defaultPercent: env.get('PLATFORM_COMMISSION_PERCENT') ?? 10,
    percentByCountry: percentByCountry(env.get('PLATFORM_COMMISSION_PERCENT_BY_COUNTRY')),
  },
}

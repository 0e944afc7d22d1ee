import { readFileSync } from 'node:fs'
import env from '#start/env'
import { appUrl } from '#config/app'
import { CURRENCY, type Currency } from '#core/money_format'

const SANDBOX_HOSTS = new Set([
  'sandbox.safaricom.co.ke',
  'openapiuat.airtel.africa',
  'api.sandbox.orange-sonatel.com',
  '127.0.0.1',
  'localhost',
])
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
    | 'DARAJA_B2C_INITIATOR_PASSWORD'
    | 'DARAJA_REVERSAL_INITIATOR_PASSWORD'
    | 'WAVE_API_KEY'
    | 'WAVE_WEBHOOK_SECRET'
    | 'ORANGE_MONEY_CLIENT_SECRET'
    | 'ORANGE_MONEY_MERCHANT_KEY'
    | 'ORANGE_CASHIN_CLIENT_SECRET'
    | 'ORANGE_CASHIN_PIN'
    | 'ORANGE_CASHIN_CALLBACK_API_KEY'
    | 'AIRTEL_CLIENT_SECRET'
    | 'AIRTEL_CALLBACK_SECRET'
    | 'AIRTEL_PAYOUT_PINS'
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
  const b2c = {
    shortcode: env.get('DARAJA_B2C_SHORTCODE') ?? '',
    initiatorName: env.get('DARAJA_B2C_INITIATOR_NAME') ?? '',
    initiatorPassword: secret('DARAJA_B2C_INITIATOR_PASSWORD'),
    certificatePath: env.get('DARAJA_B2C_CERTIFICATE_PATH') ?? '',
    commandId: env.get('DARAJA_B2C_COMMAND_ID') ?? ('BusinessPayment' as const),
  }
  if (transport === 'daraja') {
    requireAll('MPESA_TRANSPORT=daraja (payouts)', {
      DARAJA_B2C_SHORTCODE: b2c.shortcode,
      DARAJA_B2C_INITIATOR_NAME: b2c.initiatorName,
      DARAJA_B2C_INITIATOR_PASSWORD: b2c.initiatorPassword,
      DARAJA_B2C_CERTIFICATE_PATH: b2c.certificatePath,
    })
  }
  // Optional: without it a pay-in the order cannot take is refunded by B2C instead of reversed.
  const reversal = {
    initiatorName: env.get('DARAJA_REVERSAL_INITIATOR_NAME') ?? '',
    initiatorPassword: secret('DARAJA_REVERSAL_INITIATOR_PASSWORD'),
  }
  return {
    transport,
    daraja,
    reversal,
    b2c: {
      ...b2c,
      /** Safaricom's certificate (PEM) that encrypts the initiator password. */
      certificate: () => readFileSync(b2c.certificatePath, 'utf8'),
    },
  }
}

/** "KES=250000,XOF=1000000" (whole units) -> { KES: 25000000, XOF: 1000000 } in minor units. */
function amountsByCurrency(name: string, value: string | undefined) {
  const amounts: Partial<Record<Currency, number>> = {}
  for (const pair of (value ?? '').split(',').filter(Boolean)) {
    const [code, whole] = pair.split('=').map((part) => part.trim())
    const units = Number(whole)
    if (!(code in CURRENCY) || !Number.isSafeInteger(units) || units <= 0) {
      throw new Error(`${name}: "${pair}" is not CURRENCY=whole units`)
    }
    amounts[code as Currency] = units * 10 ** CURRENCY[code as Currency].minorDigits
  }
  return amounts
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
  return { transport, api, cashin: orangeCashinConfig(transport) }
}

/**
 * Orange Money cash-in (refunds and payouts to Orange wallets), on Sonatel's
 * Orange Money API: its own host and credentials. With the real transport
 * it is optional: without ORANGE_CASHIN_CLIENT_ID nothing is paid out by
 * Orange, and an Orange pay-in to give back waits for an operator.
 */
function orangeCashinConfig(transport: string) {
  const api = {
    baseUrl: env.get('ORANGE_CASHIN_BASE_URL') ?? 'https://api.sandbox.orange-sonatel.com',
    clientId: env.get('ORANGE_CASHIN_CLIENT_ID') ?? '',
    clientSecret: secret('ORANGE_CASHIN_CLIENT_SECRET'),
    retailerMsisdn: env.get('ORANGE_CASHIN_RETAILER_MSISDN') ?? '',
    pin: secret('ORANGE_CASHIN_PIN'),
  }
  // The simulator notifies with the same key the route checks.
  const callbackApiKey =
    secret('ORANGE_CASHIN_CALLBACK_API_KEY') ||
    (transport === 'simulator' ? 'orange-simulator-api-key' : '')
  const enabled = transport === 'simulator' || api.clientId !== ''
  if (transport === 'orange' && enabled) {
    requireAll('ORANGE_CASHIN_CLIENT_ID (Orange cash-in)', {
      ORANGE_CASHIN_CLIENT_SECRET: api.clientSecret,
      ORANGE_CASHIN_RETAILER_MSISDN: api.retailerMsisdn,
      ORANGE_CASHIN_PIN: api.pin,
      ORANGE_CASHIN_CALLBACK_API_KEY: callbackApiKey,
    })
    sandboxed('ORANGE_CASHIN_BASE_URL', api.baseUrl)
  }
  return { enabled, api, callbackApiKey }
}

function airtelConfig() {
  const transport = env.get('AIRTEL_TRANSPORT') ?? 'simulator'
  const api = {
    baseUrl: env.get('AIRTEL_BASE_URL') ?? 'https://openapiuat.airtel.africa',
    clientId: env.get('AIRTEL_CLIENT_ID') ?? '',
    clientSecret: secret('AIRTEL_CLIENT_SECRET'),
  }
  if (transport === 'airtel') {
    requireAll('AIRTEL_TRANSPORT=airtel', {
      AIRTEL_CLIENT_ID: api.clientId,
      AIRTEL_CLIENT_SECRET: api.clientSecret,
    })
    sandboxed('AIRTEL_BASE_URL', api.baseUrl)
  }
  // Optional at Airtel ("callback with authentication"): when set, an unsigned callback is refused.
  return {
    transport,
    api,
    callbackSecret: secret('AIRTEL_CALLBACK_SECRET'),
    payout: airtelPayout(transport),
  }
}

/** "TZS=1234,UGX=5678" -> { TZS: '1234', UGX: '5678' }. */
function pinsByCurrency(value: string) {
  const pins: Partial<Record<Currency, string>> = {}
  for (const pair of value.split(',').filter(Boolean)) {
    const [code, pin] = pair.split('=').map((part) => part.trim())
    if (!(code in CURRENCY) || !/^\d{4}$/.test(pin ?? '')) {
      throw new Error(`AIRTEL_PAYOUT_PINS: an entry is not CURRENCY=four-digit PIN`)
    }
    pins[code as Currency] = pin
  }
  return pins
}

/** Airtel disbursement: the currencies it pays out in, and for the real API each one's wallet PIN. */
function airtelPayout(transport: string) {
  const currencies = (env.get('AIRTEL_PAYOUT_CURRENCIES') ?? 'TZS,UGX')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
  for (const code of currencies) {
    if (!(code in CURRENCY)) throw new Error(`AIRTEL_PAYOUT_CURRENCIES: ${code} is not a currency`)
  }
  const pins = pinsByCurrency(secret('AIRTEL_PAYOUT_PINS'))
  const publicKey = env.get('AIRTEL_PAYOUT_PUBLIC_KEY') ?? ''
  if (transport === 'airtel' && currencies.length > 0) {
    requireAll('AIRTEL_TRANSPORT=airtel (payouts)', { AIRTEL_PAYOUT_PUBLIC_KEY: publicKey })
    const missing = currencies.filter((code) => !pins[code as Currency])
    if (missing.length) throw new Error(`AIRTEL_PAYOUT_PINS has no PIN for ${missing.join(', ')}`)
  }
  return { currencies: currencies as Currency[], pins, publicKey }
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

const mpesa = mpesaConfig()
const wave = waveConfig()
const orangeMoney = orangeMoneyConfig()
const airtel = airtelConfig()

/** Money (app/money): providers, callbacks, reconciliation. */
export default {
  realPaymentsEnabled,
  /** The public origin providers call back (our callback URLs are built on it). */
  callbackBaseUrl: env.get('PAYMENTS_CALLBACK_BASE_URL') ?? appUrl,
  mpesa,
  wave,
  orangeMoney,
  airtel,
  /** The pay-in providers that are their simulator (the development pages answer their prompts). */
  simulatedPayIns: (
    [
      ['mpesa', mpesa.transport],
      ['wave', wave.transport],
      ['orange_money', orangeMoney.transport],
      ['airtel', airtel.transport],
    ] as const
  ).flatMap(([name, transport]) => (transport === 'simulator' ? [name] : [])),
  simulator: {
    answerAfterMs: env.get('SIMULATOR_ANSWER_AFTER_MS') ?? 4_000,
    duplicateRate: 0.3,
  },
  /** A pay-in pending this long is asked about by the reconciliation job. */
  reconcileAfterMinutes: env.get('PAYMENT_RECONCILE_AFTER_MINUTES') ?? 5,
  /** A pay-in nobody can tell us about (no provider id) this long is failed as unreachable. */
  abandonAfterMinutes: 30,
  reconcileCron: env.get('PAYMENT_RECONCILE_CRON') ?? '*/2 * * * *',
  payouts: {
    /** Outgoing money stopped by the environment (operators also switch it at run time). */
    pausedByEnv: env.get('PAYOUTS_PAUSED') ?? false,
    /** Per currency, in minor units; a currency not listed has no limit. M-Pesa B2C takes at most KES 250,000. */
    maxPerTransaction: amountsByCurrency(
      'PAYOUT_MAX_PER_TRANSACTION',
      env.get('PAYOUT_MAX_PER_TRANSACTION') ?? 'KES=250000'
    ),
    maxPerDay: amountsByCurrency('PAYOUT_MAX_PER_DAY', env.get('PAYOUT_MAX_PER_DAY')),
    /** Our OriginatorConversationIDs start with it: one per deployment sharing a shortcode. */
    keyPrefix: env.get('PAYOUT_KEY_PREFIX') ?? 'NJIA',
    sweepCron: env.get('PAYOUT_SWEEP_CRON') ?? '* * * * *',
    /** A payout sent this long ago without a result is stuck: listed, and the provider asked (again each such period). */
    stuckAfterMinutes: env.get('PAYOUT_STUCK_AFTER_MINUTES') ?? 30,
    statusCron: env.get('PAYOUT_STATUS_CRON') ?? '*/5 * * * *',
    /** A sent payout this recent may still be reversed by its provider (Wave): asked with a back-off (`reversalCheckHours`). */
    reversalWindowDays: env.get('PAYOUT_REVERSAL_WINDOW_DAYS') ?? 7,
    /** A carrier's payouts wait this long after it confirms a new payout number. */
    numberCoolingHours: env.get('PAYOUT_NUMBER_COOLING_HOURS') ?? 24,
  },
  /** The platform's share of an order's price at settlement, in percent, per country. */
  commission: {
    defaultPercent: env.get('PLATFORM_COMMISSION_PERCENT') ?? 10,
    percentByCountry: percentByCountry(env.get('PLATFORM_COMMISSION_PERCENT_BY_COUNTRY')),
  },
}

import { createHmac, timingSafeEqual } from 'node:crypto'
import type { PaymentFailure } from '#money/payment_failures'
import type { PayInCallback } from '#money/providers/payin_callbacks'
import type { PayInStatus } from '#money/providers/payment_provider'
import type { PayoutOutcome } from '#money/providers/payout_provider'
import type { PayoutFailure } from '#money/payout_texts'
import { toMinor } from '#money/minor_units'

/**
 * Wave's wire format (docs.wave.com: Checkout API, webhooks, Payout API), shared by the
 * Wave client, its simulator and the webhook route: fixtures in
 * tests/fixtures/providers/wave-*.
 */

/** A signature older (or newer) than this is refused: a replayed capture cannot be re-sent later. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60

/** `Wave-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>]`: v1 = HMAC-SHA256(secret, t + raw body). */
export function waveSignature(secret: string, timestamp: number, rawBody: string | Buffer) {
  return createHmac('sha256', secret).update(String(timestamp)).update(rawBody).digest('hex')
}

export function signatureHeader(secret: string, timestamp: number, rawBody: string | Buffer) {
  return `t=${timestamp},v1=${waveSignature(secret, timestamp, rawBody)}`
}

/**
 * Why a webhook's signature is refused, or null when it is Wave's: over the
 * raw bytes as received (before any JSON parsing), within the tolerance.
 */
export function signatureProblem(
  secret: string,
  header: string | undefined,
  rawBody: string | Buffer,
  nowSeconds = Math.floor(Date.now() / 1000)
): string | null {
  if (!header) return 'no Wave-Signature header'
  const parts = header.split(',').map((part) => part.trim().split('='))
  const timestamp = Number(parts.find(([name]) => name === 't')?.[1])
  const signatures = parts.filter(([name]) => name === 'v1').map(([, value]) => value ?? '')
  if (!Number.isInteger(timestamp) || signatures.length === 0) return 'malformed Wave-Signature'
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    return 'stale Wave-Signature timestamp'
  }
  const expected = Buffer.from(waveSignature(secret, timestamp, rawBody), 'hex')
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  return matches ? null : 'Wave-Signature does not match'
}

/** A checkout session as Wave answers it and sends it in its events. */
export interface WaveCheckoutSession {
  id: string
  amount: string
  currency: string
  checkout_status: 'open' | 'complete' | 'expired'
  payment_status: 'processing' | 'cancelled' | 'succeeded'
  client_reference: string | null
  last_payment_error: { code?: string; message?: string } | null
  transaction_id?: string | null
  wave_launch_url: string
}

/** Our client_reference for an attempt: how a session is found if its creation answer was lost. */
export const clientReferenceOf = (paymentId: number) => `njia-payment-${paymentId}`
export function paymentIdOfClientReference(reference: unknown) {
  const match = typeof reference === 'string' ? /^njia-payment-(\d+)$/.exec(reference) : null
  return match ? Number(match[1]) : null
}

/** The events of checkout pay-ins; any other event type is acknowledged and ignored. */
export const CHECKOUT_EVENTS = ['checkout.session.completed', 'checkout.session.payment_failed']

/** An event's checkout session, when the event is about one. */
export function checkoutSessionOf(body: unknown): WaveCheckoutSession | null {
  const event = body as { type?: unknown; data?: Partial<WaveCheckoutSession> } | null
  if (!event || !CHECKOUT_EVENTS.includes(String(event.type))) return null
  const session = event.data
  if (!session || typeof session.id !== 'string') return null
  return session as WaveCheckoutSession
}

/** A checkout event as a callback report (its event id deduplicates Wave's retries). */
export function readWaveEvent(body: unknown): PayInCallback | null {
  const session = checkoutSessionOf(body)
  const eventId = (body as { id?: unknown }).id
  if (!session || typeof eventId !== 'string') return null
  const paid = session.payment_status === 'succeeded'
  return {
    key: eventId,
    providerRef: session.id,
    paid,
    amount: paid ? toMinor(session.amount, session.currency) : undefined,
    currency: session.currency,
    receipt: session.transaction_id ?? null,
  }
}

/** Wave's last_payment_error code as our reason (matched on the code, never the message). */
export function failureOfWaveError(code: string | undefined): PaymentFailure {
  return code === 'insufficient-funds' ? 'insufficient_funds' : 'declined'
}

/**
 * What a session says of the pay-in: succeeded is received; an expired
 * session can no longer be paid; anything else is still open.
 */
export function statusOfSession(session: WaveCheckoutSession): PayInStatus {
  if (session.payment_status === 'succeeded') {
    return { state: 'received', receipt: session.transaction_id ?? undefined }
  }
  if (session.checkout_status === 'expired') {
    const error = session.last_payment_error
    return error
      ? {
          state: 'failed',
          reason: failureOfWaveError(error.code),
          detail: error.message ?? error.code ?? '',
        }
      : { state: 'failed', reason: 'timeout', detail: 'the Wave checkout expired unpaid' }
  }
  return { state: 'pending' }
}

/** A Wave payout (wave-payout-response.json). */
export interface WavePayout {
  id: string
  currency: string
  receive_amount: string
  mobile: string
  status: 'processing' | 'succeeded' | 'failed' | 'reversed'
  client_reference?: string | null
  payout_error?: { error_code?: string; error_message?: string } | null
}

/** Wave's payout error codes as our reasons (matched on the code, never the message). */
export function payoutFailureOfWaveError(code: string | undefined): PayoutFailure {
  switch (code) {
    case 'insufficient-funds':
    case 'wallet-not-found':
      return 'platform_account'
    case 'recipient-limit-exceeded':
    case 'payout-limit-exceeded':
      return 'provider_limit'
    case 'recipient-not-found':
    case 'blocked-account':
    case 'invalid-mobile':
    case 'name-mismatch':
      return 'recipient_invalid'
    default:
      return 'declined'
  }
}

/** What a reversed payout says happened (its error, when Wave gives one); null while it stands. */
export function reversalOfWavePayout(payout: WavePayout) {
  if (payout.status !== 'reversed') return null
  const error = payout.payout_error
  return `Wave reversed payout ${payout.id}: ${error?.error_code ?? ''} ${error?.error_message ?? ''}`.trim()
}

/**
 * A Wave webhook event about a payout (its `data` a payout object, as GET
 * /v1/payout answers): its id, to read the payout back before anything
 * changes. Wave publishes no payout event sample; whatever the event's
 * type, only the payout read from Wave's API is believed.
 */
export function payoutIdOfWaveEvent(body: unknown) {
  const data = (body as { data?: Partial<WavePayout> } | null)?.data
  const looksLikePayout = typeof data?.id === 'string' && data.receive_amount !== undefined
  return looksLikePayout ? data.id! : null
}

/** What a payout says of our attempt: succeeded is sent (Wave's id is the receipt), processing not yet. */
export function outcomeOfWavePayout(payout: WavePayout): PayoutOutcome {
  if (payout.status === 'succeeded') {
    const amount = toMinor(payout.receive_amount, payout.currency) ?? undefined
    return { state: 'sent', receipt: payout.id, amount }
  }
  if (payout.status === 'failed' || payout.status === 'reversed') {
    const error = payout.payout_error
    return {
      state: 'failed',
      reason: payoutFailureOfWaveError(error?.error_code),
      detail: `${payout.status}: ${error?.error_code ?? ''} ${error?.error_message ?? ''}`.trim(),
    }
  }
  return { state: 'pending', detail: `Wave payout ${payout.status}` }
}

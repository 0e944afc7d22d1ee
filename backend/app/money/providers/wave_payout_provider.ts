import PayoutProvider, {
  PayoutRefused,
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import WaveClient, { WaveError, type WaveOptions } from '#money/providers/wave_client'
import {
  outcomeOfWavePayout,
  payoutFailureOfWaveError,
  reversalOfWavePayout,
  type WavePayout,
} from '#money/providers/wave_wire'
import { toMajor } from '#money/minor_units'

/** Wave limits payment_reason to 40 characters. */
const REASON_MAX = 40

/**
 * Wave's Payout API (docs.wave.com/payout): one payout per attempt, our key
 * as its Idempotency-Key and client_reference (Wave never pays a key twice),
 * its status in the answer, and read back by reference when it was lost.
 */
export default class WavePayoutProvider extends PayoutProvider {
  readonly name = 'wave'
  readonly currencies = ['XOF']
  override readonly reversible = true
  #client: WaveClient

  constructor(options: WaveOptions) {
    super()
    this.#client = new WaveClient(options)
  }

  async sendPayout(request: PayoutRequest) {
    try {
      const payout = await this.#client.call<WavePayout>('POST', '/v1/payout', {
        body: {
          currency: request.currency,
          receive_amount: String(toMajor(request.amount, request.currency)),
          mobile: request.phone,
          payment_reason: request.remarks.slice(0, REASON_MAX),
          client_reference: request.idempotencyKey,
        },
        idempotencyKey: request.idempotencyKey,
      })
      return { providerRef: payout.id, outcome: outcomeOfWavePayout(payout) }
    } catch (error) {
      // Wave's own trouble (or none answered): unknown, a retry sends the same key.
      if (!(error instanceof WaveError) || error.status >= 500) throw error
      throw new PayoutRefused(
        payoutFailureOfWaveError(error.code),
        `Wave refused the payout: ${error.message}.`
      )
    }
  }

  /** Wave's payout read back: `reversed` once the money went back to us after it succeeded. */
  override async checkReversal(providerRef: string) {
    const payout = await this.#client.call<WavePayout>(
      'GET',
      `/v1/payout/${encodeURIComponent(providerRef)}`
    )
    return reversalOfWavePayout(payout)
  }

  /** The payout by Wave's id, else searched by our key; none means it never reached Wave. */
  async checkPayout(query: PayoutQuery) {
    if (query.providerRef && !query.providerRef.startsWith('duplicate:')) {
      const payout = await this.#client.call<WavePayout>(
        'GET',
        `/v1/payout/${encodeURIComponent(query.providerRef)}`
      )
      return outcomeOfWavePayout(payout)
    }
    const found = await this.#client.call<{ result?: WavePayout[] }>(
      'GET',
      `/v1/payouts/search?client_reference=${encodeURIComponent(query.idempotencyKey)}`
    )
    const [payout] = found.result ?? []
    if (payout) return outcomeOfWavePayout(payout)
    // A resend with the same key is safe: Wave pays a key once.
    return { state: 'failed' as const, reason: 'unreachable' as const, detail: 'not found at Wave' }
  }
}

import { randomBytes } from 'node:crypto'
import PayoutProvider, {
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import { outcomeOfWavePayout, type WavePayout } from '#money/providers/wave_wire'
import { toMajor } from '#money/minor_units'

/**
 * What the simulated recipient does, by the last digits of the phone:
 * …0001 finds our Wave wallet short, …2040 has no Wave account, …9999 stays
 * processing until the status read says it succeeded; any other is paid.
 */
const ERROR_BY_SUFFIX: [string, string][] = [
  ['0001', 'insufficient-funds'],
  ['2040', 'recipient-not-found'],
]

/**
 * The development Wave payout (`WAVE_TRANSPORT=simulator`): it answers
 * like Wave's Payout API, once per Idempotency-Key (a repeat gets the same
 * payout), and its status read. It remembers in memory only.
 */
export default class SimulatedWavePayoutProvider extends PayoutProvider {
  readonly name = 'wave'
  readonly currencies = ['XOF']
  #byKey = new Map<string, WavePayout>()

  async sendPayout(request: PayoutRequest) {
    let payout = this.#byKey.get(request.idempotencyKey)
    if (!payout) {
      const error = ERROR_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1]
      payout = {
        id: `pt-sim${randomBytes(5).toString('hex')}`,
        currency: request.currency,
        receive_amount: String(toMajor(request.amount, request.currency)),
        mobile: request.phone,
        client_reference: request.idempotencyKey,
        status: error ? 'failed' : request.phone.endsWith('9999') ? 'processing' : 'succeeded',
        payout_error: error ? { error_code: error, error_message: `Simulated ${error}` } : null,
      }
      this.#byKey.set(request.idempotencyKey, payout)
    }
    return { providerRef: payout.id, outcome: outcomeOfWavePayout(payout) }
  }

  async checkPayout(query: PayoutQuery) {
    const payout = this.#byKey.get(query.idempotencyKey)
    if (!payout)
      return { state: 'failed' as const, reason: 'unreachable' as const, detail: 'not found' }
    if (payout.status === 'processing') payout.status = 'succeeded'
    return outcomeOfWavePayout(payout)
  }
}

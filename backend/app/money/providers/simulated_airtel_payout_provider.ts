import { randomBytes } from 'node:crypto'
import PayoutProvider, {
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import { outcomeOfAirtelDisbursement } from '#money/providers/airtel_disbursement_wire'

/**
 * What the simulated recipient does, by the last digits of the phone:
 * …0001 finds our disbursement wallet short, …2040 is not an Airtel Money
 * number, …9999 stays in process until the enquiry says it was paid; any
 * other number is paid at once.
 */
const FAILURE_BY_SUFFIX: [string, string][] = [
  ['0001', 'DP00900001007'],
  ['2040', 'DP00900001012'],
]

/** What Airtel did with one transaction id. */
interface Done {
  status: 'TS' | 'TF' | 'TIP'
  code: string
  airtelMoneyId: string
  referenceId: string
}

/**
 * The development Airtel Money disbursement (`AIRTEL_TRANSPORT=simulator`,
 * the default of `make dev`): it answers in Airtel's format, refuses a
 * transaction id twice (DP00900001017, the enquiry then says what became of
 * the first) and answers the enquiry. It remembers in memory only.
 */
export default class SimulatedAirtelPayoutProvider extends PayoutProvider {
  readonly name = 'airtel'
  #done = new Map<string, Done>()

  constructor(readonly currencies: readonly string[]) {
    super()
  }

  async sendPayout(request: PayoutRequest) {
    const first = this.#done.get(request.idempotencyKey)
    if (first) return { providerRef: null, outcome: this.#enquire(request) }
    const code = FAILURE_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1]
    const done: Done = {
      status: code ? 'TF' : request.phone.endsWith('9999') ? 'TIP' : 'TS',
      code: code ?? (request.phone.endsWith('9999') ? 'DP00900001006' : 'DP00900001001'),
      airtelMoneyId: `SIM${randomBytes(5).toString('hex').toUpperCase()}`,
      referenceId: String(Date.now()),
    }
    this.#done.set(request.idempotencyKey, done)
    return {
      providerRef: done.referenceId,
      outcome: outcomeOfAirtelDisbursement(
        this.#answer(request.idempotencyKey, done),
        request.currency
      ),
    }
  }

  async checkPayout(query: PayoutQuery) {
    return this.#enquire(query)
  }

  #enquire(query: { idempotencyKey: string; currency: string }) {
    const done = this.#done.get(query.idempotencyKey)
    if (!done) {
      return { state: 'failed' as const, reason: 'unreachable' as const, detail: 'not found' }
    }
    if (done.status === 'TIP') Object.assign(done, { status: 'TS', code: 'DP00900001001' })
    return outcomeOfAirtelDisbursement(this.#answer(query.idempotencyKey, done), query.currency)
  }

  #answer(id: string, done: Done) {
    return {
      data: {
        transaction: {
          id,
          status: done.status,
          airtel_money_id: done.airtelMoneyId,
          reference_id: done.referenceId,
        },
      },
      status: { response_code: done.code, success: done.status !== 'TF', message: 'Simulated' },
    }
  }
}

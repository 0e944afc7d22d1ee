import { randomBytes } from 'node:crypto'
import PayoutProvider, {
  PayoutRefused,
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import {
  orangeMsisdn,
  outcomeOfOrangeCashin,
  payoutFailureOfOrangeCode,
  type OrangeTransaction,
} from '#money/providers/orange_cashin_wire'
import { toMajor } from '#money/minor_units'
import { callBackLater, type SimulatorOptions } from '#money/providers/simulated_callbacks'

/**
 * What the simulated recipient does, by the last digits of the phone:
 * …0001 finds our retailer wallet short (2020), …2000 has no Orange Money
 * account; …9999 stays PENDING until Orange notifies us and is asked; any
 * other number is paid at once.
 */
const REFUSAL_BY_SUFFIX: [string, string][] = [
  ['0001', '2020'],
  ['2000', '2000'],
]

/** Where the simulator notifies, with the apiKey the route checks. */
export interface SimulatedNotification {
  url: string
  apiKey: string
}

/**
 * The development Orange Money cash-in (`ORANGE_MONEY_TRANSPORT=simulator`,
 * the default of `make dev`): it answers in Orange's format, finds a
 * reference it has already paid (the provider searches before a resend),
 * notifies a pending cash-in like Orange, sometimes twice, and answers the
 * status. It remembers in memory only.
 */
export default class SimulatedOrangeCashinProvider extends PayoutProvider {
  readonly name = 'orange_money'
  readonly currencies = ['XOF']
  #byReference = new Map<string, OrangeTransaction & { transactionId: string }>()

  constructor(
    private options: SimulatorOptions,
    private notification: SimulatedNotification
  ) {
    super()
  }

  async sendPayout(request: PayoutRequest) {
    const earlier = this.#byReference.get(request.idempotencyKey)
    if (earlier) {
      return {
        providerRef: earlier.transactionId,
        outcome: outcomeOfOrangeCashin(earlier, request.currency),
      }
    }
    if (request.resend) throw new Error('the simulated Orange has no such cash-in yet')
    const code = REFUSAL_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1]
    if (code) {
      throw new PayoutRefused(payoutFailureOfOrangeCode(code), `Orange Money (simulated): ${code}`)
    }
    const transaction = {
      transactionId: `CI${Date.now()}.${randomBytes(2).toString('hex').toUpperCase()}`,
      status: request.phone.endsWith('9999') ? 'PENDING' : 'SUCCESS',
      amount: { value: toMajor(request.amount, request.currency), unit: request.currency },
      reference: request.idempotencyKey,
      customer: { idType: 'MSISDN', id: orangeMsisdn(request.phone) },
    }
    this.#byReference.set(request.idempotencyKey, transaction)
    if (transaction.status === 'PENDING') {
      callBackLater(this.options, 'Orange Money cash-in', this.notification.url, () => ({
        body: { ...transaction, status: 'SUCCESS', type: 'CASHIN', channel: 'API' },
        headers: { authorization: `Basic ${this.notification.apiKey}` },
      }))
    }
    return {
      providerRef: transaction.transactionId,
      outcome: outcomeOfOrangeCashin(transaction, request.currency),
    }
  }

  async checkPayout(query: PayoutQuery) {
    const transaction = this.#byReference.get(query.idempotencyKey)
    if (!transaction) {
      return { state: 'failed' as const, reason: 'unreachable' as const, detail: 'not found' }
    }
    // The recipient's wallet took it by the time anyone asks.
    transaction.status = 'SUCCESS'
    return outcomeOfOrangeCashin(transaction, query.currency)
  }
}

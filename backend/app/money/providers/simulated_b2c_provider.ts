import { randomBytes } from 'node:crypto'
import PayoutProvider, { type PayoutRequest } from '#money/providers/payout_provider'
import { msisdn } from '#money/providers/daraja_wire'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'
import { callBackLater, type SimulatorOptions } from '#money/providers/simulated_callbacks'

/**
 * What the simulated recipient does, by the last digits of the phone:
 * …2040 cannot receive M-Pesa, …0001 finds our utility account short,
 * …9999 times out in Daraja's queue; any other number is paid.
 */
const OUTCOME_BY_SUFFIX: [string, number | 'timeout'][] = [
  ['2040', 2040],
  ['0001', 1],
  ['9999', 'timeout'],
]

/**
 * The development M-Pesa B2C (`MPESA_TRANSPORT=simulator`): it answers the
 * payment request as Daraja does (refusing a repeated
 * OriginatorConversationID) and posts Daraja's result, or queue-timeout,
 * callback to our URL asynchronously, sometimes twice.
 */
export default class SimulatedB2cProvider extends PayoutProvider {
  readonly name = 'mpesa'
  #seen = new Set<string>()

  constructor(private options: SimulatorOptions) {
    super()
  }

  async sendPayout(request: PayoutRequest) {
    if (this.#seen.has(request.idempotencyKey)) return { providerRef: null }
    this.#seen.add(request.idempotencyKey)
    const conversationId = `AG_SIM_${randomBytes(6).toString('hex')}`
    const outcome = OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? 0
    const url = outcome === 'timeout' ? request.timeoutUrl : request.resultUrl
    const body = this.#result(request, conversationId, outcome === 'timeout' ? 1 : outcome)
    callBackLater(this.options, 'M-Pesa B2C', url, () => ({ body }))
    return { providerRef: conversationId }
  }

  #result(request: PayoutRequest, conversationId: string, code: number) {
    const transactionId = `SIM${randomBytes(4).toString('hex').toUpperCase()}`
    const result: Record<string, unknown> = {
      ResultType: 0,
      ResultCode: code,
      ResultDesc:
        code === 0 ? 'The service request is processed successfully.' : `Simulated ${code}`,
      OriginatorConversationID: request.idempotencyKey,
      ConversationID: conversationId,
      TransactionID: transactionId,
    }
    if (code === 0) {
      result.ResultParameters = {
        ResultParameter: [
          {
            Key: 'TransactionAmount',
            Value: request.amount / 10 ** CURRENCY_DIGITS[request.currency],
          },
          { Key: 'TransactionReceipt', Value: transactionId },
          { Key: 'ReceiverPartyPublicName', Value: `${msisdn(request.phone)} - SIMULATED` },
        ],
      }
    }
    return { Result: result }
  }
}

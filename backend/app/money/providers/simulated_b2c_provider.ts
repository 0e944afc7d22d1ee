import { randomBytes } from 'node:crypto'
import PayoutProvider, {
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import { msisdn } from '#money/providers/daraja_wire'
import { REVERSED_STATUS } from '#money/providers/daraja_reversal_wire'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'
import { callBackLater, type SimulatorOptions } from '#money/providers/simulated_callbacks'

/**
 * What the simulated recipient does, by the last digits of the phone:
 * …2040 cannot receive M-Pesa, …0001 finds our utility account short,
 * …9999 times out in Daraja's queue (yet M-Pesa paid it, as the Transaction
 * Status query then tells); any other number is paid.
 */
const OUTCOME_BY_SUFFIX: [string, number | 'timeout'][] = [
  ['2040', 2040],
  ['0001', 1],
  ['9999', 'timeout'],
]

/** What M-Pesa did with one OriginatorConversationID. */
interface Done {
  code: number
  conversationId: string
  transactionId: string
  whole: number
}

/**
 * The development M-Pesa B2C (`MPESA_TRANSPORT=simulator`): it answers the
 * payment request as Daraja does (refusing a repeated
 * OriginatorConversationID) and posts Daraja's result, or queue-timeout,
 * callback to our URL asynchronously, sometimes twice; a Transaction Status
 * query gets its result the same way. It remembers in memory only.
 */
export default class SimulatedB2cProvider extends PayoutProvider {
  readonly name = 'mpesa'
  readonly currencies = ['KES']
  #done = new Map<string, Done>()
  #reversed = new Set<string>()

  constructor(private options: SimulatorOptions) {
    super()
  }

  /** It reverses pay-ins too, as Daraja's Reversal API (each receipt once). */
  get reverses() {
    return true
  }

  async sendPayout(request: PayoutRequest) {
    if (request.reverses) return this.#reverse(request, request.reverses)
    if (this.#done.has(request.idempotencyKey)) return { providerRef: null }
    const outcome = OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? 0
    const done: Done = {
      code: outcome === 'timeout' ? 0 : outcome,
      conversationId: `AG_SIM_${randomBytes(6).toString('hex')}`,
      transactionId: `SIM${randomBytes(4).toString('hex').toUpperCase()}`,
      whole: request.amount / 10 ** CURRENCY_DIGITS[request.currency],
    }
    this.#done.set(request.idempotencyKey, done)
    const url = outcome === 'timeout' ? request.timeoutUrl : request.resultUrl
    const body =
      outcome === 'timeout'
        ? this.#result(request.idempotencyKey, done, 1, 'The request timed out in the queue')
        : this.#b2cResult(request, done)
    callBackLater(this.options, 'M-Pesa B2C', url, () => ({ body }))
    return { providerRef: done.conversationId }
  }

  /**
   * A reversal: Daraja's own OriginatorConversationID, R000001 when the
   * receipt was reversed already. For a payer number ending …9999 the money
   * goes back but only a queue timeout comes: the stuck-payouts job then
   * asks by the receipt, and hears it was reversed.
   */
  #reverse(request: PayoutRequest, receipt: string) {
    const conversationId = `AG_SIM_${randomBytes(6).toString('hex')}`
    const again = this.#reversed.has(receipt)
    this.#reversed.add(receipt)
    const body = this.#result(
      `SIM-REV-${randomBytes(4).toString('hex')}`,
      {
        code: 0,
        conversationId,
        transactionId: `SIMREV${randomBytes(3).toString('hex')}`,
        whole: 0,
      },
      0,
      again
        ? 'The transaction has already been reversed'
        : 'The service request is processed successfully.'
    )
    if (again) body.Result.ResultCode = 'R000001'
    if (request.phone.endsWith('9999')) {
      const timeout = this.#result(
        body.Result.OriginatorConversationID as string,
        null,
        1,
        'The request timed out in the queue'
      )
      timeout.Result.ConversationID = conversationId
      callBackLater(this.options, 'M-Pesa reversal', request.timeoutUrl, () => ({ body: timeout }))
      return { providerRef: conversationId }
    }
    callBackLater(this.options, 'M-Pesa reversal', request.resultUrl, () => ({ body }))
    return { providerRef: conversationId }
  }

  async checkPayout(query: PayoutQuery) {
    if (query.reverses) return this.#reversalStatus(query, query.reverses)
    const done = this.#done.get(query.idempotencyKey)
    const queryId = `SIM-STATUS-${randomBytes(4).toString('hex')}`
    const body = done
      ? this.#statusResult(queryId, query.idempotencyKey, done)
      : {
          Result: {
            ...this.#result(queryId, null, 1, 'The transaction could not be found').Result,
            ConversationID: `AG_SIM_${randomBytes(6).toString('hex')}`,
          },
        }
    callBackLater({ ...this.options, duplicateRate: 0 }, 'M-Pesa status', query.resultUrl, () => ({
      body,
    }))
    return null
  }

  #result(originatorConversationId: string, done: Done | null, code: number, desc: string) {
    return {
      Result: {
        ResultType: 0,
        ResultCode: code,
        ResultDesc: desc,
        OriginatorConversationID: originatorConversationId,
        ConversationID: done?.conversationId ?? '',
        TransactionID: done?.transactionId ?? '',
      } as Record<string, unknown>,
    }
  }

  #b2cResult(request: PayoutRequest, done: Done) {
    const success = done.code === 0
    const body = this.#result(
      request.idempotencyKey,
      done,
      done.code,
      success ? 'The service request is processed successfully.' : `Simulated ${done.code}`
    )
    if (success) {
      body.Result.ResultParameters = {
        ResultParameter: [
          { Key: 'TransactionAmount', Value: done.whole },
          { Key: 'TransactionReceipt', Value: done.transactionId },
          { Key: 'ReceiverPartyPublicName', Value: `${msisdn(request.phone)} - SIMULATED` },
        ],
      }
    }
    return body
  }

  /** What became of the pay-in `receipt`, as daraja-transaction-status-result-reversed.CONSTRUCTED.json. */
  #reversalStatus(query: PayoutQuery, receipt: string) {
    const queryId = `SIM-STATUS-${randomBytes(4).toString('hex')}`
    const body = this.#result(queryId, null, 0, 'The service request is processed successfully.')
    body.Result.ConversationID = `AG_SIM_${randomBytes(6).toString('hex')}`
    body.Result.TransactionID = receipt
    body.Result.ResultParameters = {
      ResultParameter: [
        {
          Key: 'TransactionStatus',
          Value: this.#reversed.has(receipt) ? REVERSED_STATUS : 'Completed',
        },
        { Key: 'Amount', Value: String(query.amount / 10 ** CURRENCY_DIGITS[query.currency]) },
        { Key: 'ReceiptNo', Value: receipt },
      ],
    }
    callBackLater({ ...this.options, duplicateRate: 0 }, 'M-Pesa status', query.resultUrl, () => ({
      body,
    }))
    return null
  }

  /** The shape of daraja-transaction-status-result.json. */
  #statusResult(queryId: string, originatorConversationId: string, done: Done) {
    const body = this.#result(queryId, null, 0, 'The service request is processed successfully.')
    body.Result.ConversationID = `AG_SIM_${randomBytes(6).toString('hex')}`
    body.Result.TransactionID = done.transactionId
    body.Result.ResultParameters = {
      ResultParameter: [
        { Key: 'OriginatorConversationID', Value: originatorConversationId },
        { Key: 'ConversationID', Value: done.conversationId },
        { Key: 'TransactionStatus', Value: done.code === 0 ? 'Completed' : 'Failed' },
        { Key: 'Amount', Value: String(done.whole) },
        { Key: 'ReceiptNo', Value: done.transactionId },
      ],
    }
    return body
  }
}

import { randomBytes } from 'node:crypto'
import PaymentProvider, {
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import { failureOfResultCode, msisdn } from '#money/providers/daraja_wire'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'
import type { SimulatorOptions } from '#money/providers/simulated_callbacks'
import type SimulatedPhone from '#money/providers/simulated_phone'
import type { PayerAnswer } from '#money/providers/simulated_phone'

/**
 * What the simulated payer does, by the last digits of the phone (like the
 * sandboxes' test numbers): …1032 cancels, …2001 types a wrong PIN, …0001
 * has too little money, …1037 cannot be reached, …1019 never answers;
 * any other number pays.
 */
const OUTCOME_BY_SUFFIX: [string, number][] = [
  ['1032', 1032],
  ['2001', 2001],
  ['0001', 1],
  ['1037', 1037],
  ['1019', 1019],
]

/** The payer's buttons as Daraja's result codes (declining a page is cancelling). */
const RESULT_CODE_OF: Record<PayerAnswer, number> = {
  pay: 0,
  cancel: 1032,
  decline: 1032,
  wrong_pin: 2001,
}

/**
 * The development M-Pesa (`MPESA_TRANSPORT=simulator`, the default of
 * `make dev`): it speaks Daraja's callback format to our own callback URL,
 * asynchronously, sometimes twice, and answers the status query like the
 * STK query does. The CheckoutRequestID carries when the payer answers and
 * how, so a restarted API still knows; the development phone screen
 * (SimulatedPhone) may answer first, by hand, and then only its answer is sent.
 */
export default class SimulatedMpesaProvider extends PaymentProvider {
  readonly name = 'mpesa'

  constructor(
    private options: SimulatorOptions,
    private phone: SimulatedPhone
  ) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const code = OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? 0
    const answerAt = Date.now() + this.options.answerAfterMs
    const providerRef = `ws_CO_SIM_${answerAt}_${code}_${randomBytes(4).toString('hex')}`
    this.phone.prompt(this.options, {
      provider: 'mpesa',
      kind: 'phone',
      providerRef,
      request,
      simulator: 'M-Pesa',
      automatic: String(code),
      outcomeOf: (answer) => String(RESULT_CODE_OF[answer]),
      callbackOf: (outcome) => {
        const body = this.#callback(request, providerRef, Number(outcome))
        return () => ({ body })
      },
    })
    return { providerRef }
  }

  async paymentStatus({ providerRef }: PayInAttempt): Promise<PayInStatus> {
    const [, , , answerAt, automatic] = providerRef.split('_')
    const answered = this.phone.find(providerRef)?.answered
    if (answered === undefined && Number(answerAt) > Date.now()) return { state: 'pending' }
    const code = String(answered ?? automatic)
    if (code === '0') return { state: 'received' }
    return { state: 'failed', reason: failureOfResultCode(code), detail: `simulated ${code}` }
  }

  #callback(request: PayInRequest, providerRef: string, code: number) {
    const stkCallback: Record<string, unknown> = {
      MerchantRequestID: `sim-${request.paymentId}`,
      CheckoutRequestID: providerRef,
      ResultCode: code,
      ResultDesc:
        code === 0 ? 'The service request is processed successfully.' : `Simulated ${code}`,
    }
    if (code === 0) {
      stkCallback.CallbackMetadata = {
        Item: [
          { Name: 'Amount', Value: request.amount / 10 ** CURRENCY_DIGITS[request.currency] },
          {
            Name: 'MpesaReceiptNumber',
            Value: `SIM${randomBytes(4).toString('hex').toUpperCase()}`,
          },
          { Name: 'Balance' },
          { Name: 'PhoneNumber', Value: Number(msisdn(request.phone)) },
        ],
      }
    }
    return { Body: { stkCallback } }
  }
}

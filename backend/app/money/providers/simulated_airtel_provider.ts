import { randomBytes } from 'node:crypto'
import PaymentProvider, {
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import {
  airtelCallbackHash,
  airtelTransactionIdOf,
  statusOfAirtel,
} from '#money/providers/airtel_wire'
import type { SimulatorOptions } from '#money/providers/simulated_callbacks'
import type SimulatedPhone from '#money/providers/simulated_phone'
import type { PayerAnswer } from '#money/providers/simulated_phone'

/** Airtel's response code of a paid collection. */
const PAID = 'DP00800001001'

/** What the simulated payer does, by the phone's last digits (the response code it ends with). */
const OUTCOME_BY_SUFFIX: [string, string][] = [
  ['2001', 'DP00800001002'],
  ['0001', 'DP00800001007'],
  ['1032', 'DP00800001008'],
  ['1019', 'DP00800001024'],
]

/** The payer's buttons on the development phone as Airtel's response codes. */
const RESPONSE_CODE_OF: Record<PayerAnswer, string> = {
  pay: PAID,
  wrong_pin: 'DP00800001002',
  cancel: 'DP00800001008',
  decline: 'DP00800001008',
}

/**
 * The development Airtel Money (`AIRTEL_TRANSPORT=simulator`, the default
 * of `make dev`): it calls our callback in Airtel's format, sometimes twice,
 * and answers the transaction enquiry. The prompt is on the development
 * phone, where the payer may answer first, by hand; otherwise the number's
 * last digits answer after `answerAfterMs`. What each attempt became is
 * kept in memory only: after a restart the enquiry says "in progress"
 * until the attempt is abandoned, like a lost prompt.
 */
export default class SimulatedAirtelProvider extends PaymentProvider {
  readonly name = 'airtel'
  #outcomes = new Map<string, { answerAt: number; code: string; receipt: string }>()

  constructor(
    private options: SimulatorOptions & { callbackSecret: string },
    private phone: SimulatedPhone
  ) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const id = airtelTransactionIdOf(request.paymentId)
    const code = OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? PAID
    const receipt = `MPSIM.${randomBytes(4).toString('hex').toUpperCase()}`
    this.#outcomes.set(id, { answerAt: Date.now() + this.options.answerAfterMs, code, receipt })
    this.phone.prompt(this.options, {
      provider: 'airtel',
      kind: 'phone',
      providerRef: id,
      request,
      simulator: 'Airtel',
      automatic: code,
      outcomeOf: (answer) => RESPONSE_CODE_OF[answer],
      callbackOf: (outcome) => {
        const body = this.#callback(id, outcome, receipt)
        return () => ({ body })
      },
    })
    return { providerRef: id }
  }

  async paymentStatus({ providerRef }: PayInAttempt): Promise<PayInStatus> {
    const outcome = this.#outcomes.get(providerRef)
    const answered = this.phone.find(providerRef)?.answered
    if (!outcome || (answered === undefined && outcome.answerAt > Date.now())) {
      return { state: 'pending' }
    }
    const code = answered ?? outcome.code
    return statusOfAirtel({
      data: {
        transaction: {
          id: providerRef,
          status: code === PAID ? 'TS' : 'TF',
          airtel_money_id: outcome.receipt,
        },
      },
      status: { response_code: code, success: true },
    })
  }

  /** Airtel's collection callback: the transaction, hashed when a callback key is set. */
  #callback(id: string, code: string, receipt: string) {
    const transaction = {
      id,
      message: code === PAID ? 'Simulated success' : `Simulated ${code}`,
      status_code: code === PAID ? 'TS' : 'TF',
      airtel_money_id: receipt,
    }
    const secret = this.options.callbackSecret
    return secret ? { transaction, hash: airtelCallbackHash(secret, transaction) } : { transaction }
  }
}

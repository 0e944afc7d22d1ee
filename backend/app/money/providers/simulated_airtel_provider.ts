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
import { callBackLater, type SimulatorOptions } from '#money/providers/simulated_callbacks'

/** What the simulated payer does, by the phone's last digits (the response code it ends with). */
const OUTCOME_BY_SUFFIX: [string, string][] = [
  ['2001', 'DP00800001002'],
  ['0001', 'DP00800001007'],
  ['1032', 'DP00800001008'],
  ['1019', 'DP00800001024'],
]

/**
 * The development Airtel Money (`AIRTEL_TRANSPORT=simulator`, the default
 * of `make dev`): it calls our callback in Airtel's format, sometimes twice,
 * and answers the transaction enquiry. What each attempt became is kept in
 * memory only: after a restart the enquiry says "in progress" until the
 * attempt is abandoned, like a lost prompt.
 */
export default class SimulatedAirtelProvider extends PaymentProvider {
  readonly name = 'airtel'
  #outcomes = new Map<string, { answerAt: number; code: string | null; receipt: string }>()

  constructor(private options: SimulatorOptions & { callbackSecret: string }) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const id = airtelTransactionIdOf(request.paymentId)
    const code = OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? null
    const receipt = `MPSIM.${randomBytes(4).toString('hex').toUpperCase()}`
    this.#outcomes.set(id, { answerAt: Date.now() + this.options.answerAfterMs, code, receipt })
    const transaction = {
      id,
      message: code ? `Simulated ${code}` : 'Simulated success',
      status_code: code ? 'TF' : 'TS',
      airtel_money_id: receipt,
    }
    const secret = this.options.callbackSecret
    const callback = secret
      ? { transaction, hash: airtelCallbackHash(secret, transaction) }
      : { transaction }
    callBackLater(this.options, 'Airtel', request.callbackUrl, () => ({ body: callback }))
    return { providerRef: id }
  }

  async paymentStatus({ providerRef }: PayInAttempt): Promise<PayInStatus> {
    const outcome = this.#outcomes.get(providerRef)
    if (!outcome || outcome.answerAt > Date.now()) return { state: 'pending' }
    return statusOfAirtel({
      data: {
        transaction: {
          id: providerRef,
          status: outcome.code ? 'TF' : 'TS',
          airtel_money_id: outcome.receipt,
        },
      },
      status: { response_code: outcome.code ?? 'DP00800001001', success: true },
    })
  }
}

import { randomBytes } from 'node:crypto'
import PaymentProvider, {
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import { statusOfOrange } from '#money/providers/orange_money_wire'
import { callBackLater, type SimulatorOptions } from '#money/providers/simulated_callbacks'

/** What the simulated payer does, by the phone's last digits: …0001 fails, …1019 lets the page expire. */
const OUTCOME_BY_SUFFIX: [string, string][] = [
  ['0001', 'FAILED'],
  ['1019', 'EXPIRED'],
]

/**
 * The development Orange Money (`ORANGE_MONEY_TRANSPORT=simulator`, the
 * default of `make dev`): the payment page is the order page; a few
 * seconds later it notifies our notif_url in Orange's format with the
 * notif_token it gave, sometimes twice, and answers the transaction status.
 * The pay_token carries the outcome, so a restarted API still knows.
 */
export default class SimulatedOrangeMoneyProvider extends PaymentProvider {
  readonly name = 'orange_money'

  constructor(private options: SimulatorOptions) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const outcome =
      OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? 'SUCCESS'
    const answerAt = Date.now() + this.options.answerAfterMs
    const payToken = `sim_${answerAt}_${outcome}_${randomBytes(8).toString('hex')}`
    const notifToken = randomBytes(16).toString('hex')
    if (outcome !== 'EXPIRED') {
      const notification = {
        status: outcome,
        notif_token: notifToken,
        txnid: `MPSIM.${randomBytes(3).toString('hex').toUpperCase()}`,
      }
      callBackLater(this.options, 'Orange Money', request.callbackUrl, () => ({
        body: notification,
      }))
    }
    return { providerRef: payToken, checkoutUrl: request.returnUrl, callbackProof: notifToken }
  }

  async paymentStatus({ providerRef }: PayInAttempt): Promise<PayInStatus> {
    const [, answerAt, outcome, tail] = providerRef.split('_')
    if (Number(answerAt) > Date.now()) return { state: 'pending' }
    return statusOfOrange(outcome, `MPSIM.${(tail ?? '').slice(0, 6).toUpperCase()}`)
  }
}

import { randomBytes } from 'node:crypto'
import PaymentProvider, {
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import { statusOfOrange } from '#money/providers/orange_money_wire'
import type { SimulatorOptions } from '#money/providers/simulated_callbacks'
import type SimulatedPhone from '#money/providers/simulated_phone'
import { simulatedCheckoutUrl } from '#money/providers/simulated_checkout_url'

/** What the simulated payer does, by the phone's last digits: …0001 fails, …1019 lets the page expire. */
const OUTCOME_BY_SUFFIX: [string, string][] = [
  ['0001', 'FAILED'],
  ['1019', 'EXPIRED'],
]

/**
 * The development Orange Money (`ORANGE_MONEY_TRANSPORT=simulator`, the
 * default of `make dev`): the payment page is a simulated checkout page
 * (GET /api/v1/dev/checkout/:ref) with Pay and Decline; it notifies our
 * notif_url in Orange's format with the notif_token it gave, sometimes
 * twice, and answers the transaction status. Unanswered, the number's last
 * digits answer after `answerAfterMs`; the pay_token carries that outcome,
 * so a restarted API still knows.
 */
export default class SimulatedOrangeMoneyProvider extends PaymentProvider {
  readonly name = 'orange_money'

  constructor(
    private options: SimulatorOptions,
    private phone: SimulatedPhone
  ) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const outcome =
      OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1] ?? 'SUCCESS'
    const answerAt = Date.now() + this.options.answerAfterMs
    const payToken = `sim_${answerAt}_${outcome}_${randomBytes(8).toString('hex')}`
    const notifToken = randomBytes(16).toString('hex')
    this.phone.prompt(this.options, {
      provider: 'orange_money',
      kind: 'checkout',
      providerRef: payToken,
      request,
      simulator: 'Orange Money',
      automatic: outcome === 'EXPIRED' ? null : outcome,
      outcomeOf: (answer) => (answer === 'pay' ? 'SUCCESS' : 'FAILED'),
      callbackOf: (status) => {
        const body = { status, notif_token: notifToken, txnid: txnidOf(payToken) }
        return () => ({ body })
      },
    })
    return {
      providerRef: payToken,
      checkoutUrl: simulatedCheckoutUrl(payToken),
      callbackProof: notifToken,
    }
  }

  async paymentStatus({ providerRef }: PayInAttempt): Promise<PayInStatus> {
    const [, answerAt, automatic] = providerRef.split('_')
    const answered = this.phone.find(providerRef)?.answered
    if (answered === undefined && Number(answerAt) > Date.now()) return { state: 'pending' }
    return statusOfOrange(answered ?? automatic, txnidOf(providerRef))
  }
}

/** The transaction id Orange gives a paid attempt, the same in the notification and the status. */
function txnidOf(payToken: string) {
  return `MPSIM.${(payToken.split('_')[3] ?? '').slice(0, 6).toUpperCase()}`
}

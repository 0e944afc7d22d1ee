import { CURRENCY, type Currency } from '#core/money_format'
import PaymentProvider, {
  PaymentRequestRefused,
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import {
  airtelMsisdn,
  airtelTransactionIdOf,
  failureOfAirtelCode,
  statusOfAirtel,
} from '#money/providers/airtel_wire'
import { toMajor } from '#money/minor_units'
import AirtelClient, { AirtelError, type AirtelOptions } from '#money/providers/airtel_client'

/**
 * Airtel Money collections (Airtel Africa Open API): OAuth client
 * credentials (token cached), a USSD push to the payer per attempt, the
 * callback Airtel sends to the URL registered for the app, and the
 * transaction enquiry that confirms it.
 */
export default class AirtelProvider extends PaymentProvider {
  readonly name = 'airtel'
  #client: AirtelClient

  constructor(options: AirtelOptions) {
    super()
    this.#client = new AirtelClient(options)
  }

  async requestPayment(request: PayInRequest) {
    const country = CURRENCY[request.currency as Currency].country
    const id = airtelTransactionIdOf(request.paymentId)
    let answer: any
    try {
      answer = await this.#client.call('POST', '/merchant/v1/payments/', request.currency, {
        reference: request.accountReference,
        subscriber: { country, currency: request.currency, msisdn: airtelMsisdn(request.phone) },
        transaction: {
          amount: toMajor(request.amount, request.currency),
          country,
          currency: request.currency,
          id,
        },
      })
    } catch (error) {
      if (error instanceof AirtelError) {
        throw new PaymentRequestRefused(
          error.status >= 500 ? 'unreachable' : 'declined',
          `Airtel Money refused the request: ${error.message}.`
        )
      }
      throw error
    }
    if (answer?.status?.success === false) {
      throw new PaymentRequestRefused(
        failureOfAirtelCode(answer.status.response_code),
        `Airtel Money refused the request: ${answer.status.message ?? 'no reason given'}.`
      )
    }
    return { providerRef: id }
  }

  async paymentStatus(attempt: PayInAttempt): Promise<PayInStatus> {
    const path = `/standard/v1/payments/${encodeURIComponent(attempt.providerRef)}`
    return statusOfAirtel(await this.#client.call('GET', path, attempt.currency))
  }
}

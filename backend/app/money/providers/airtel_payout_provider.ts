import PayoutProvider, {
  PayoutRefused,
  type PayoutOutcome,
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import AirtelClient, { AirtelError, type AirtelOptions } from '#money/providers/airtel_client'
import { airtelMsisdn } from '#money/providers/airtel_wire'
import {
  DISBURSEMENT_PATH,
  DUPLICATE_CODES,
  NOT_FOUND_CODE,
  disbursementEnquiryPath,
  disbursementReference,
  outcomeOfAirtelDisbursement,
  payoutFailureOfAirtelCode,
} from '#money/providers/airtel_disbursement_wire'
import { toMajor } from '#money/minor_units'

export interface AirtelPayoutOptions extends AirtelOptions {
  /**
   * Per currency Airtel pays out in, the disbursement wallet's PIN as
   * encrypted for Airtel (encryptedAirtelPin, once at boot): a currency
   * without one is not paid by Airtel.
   */
  encryptedPins: Partial<Record<string, string>>
}

/**
 * Airtel Money disbursement (B2C): one transaction per attempt with our key
 * as its id (Airtel refuses an id twice), the encrypted PIN, and the
 * transaction enquiry by that id when the answer was lost or undecided.
 */
export default class AirtelPayoutProvider extends PayoutProvider {
  readonly name = 'airtel'
  readonly currencies: readonly string[]
  #client: AirtelClient

  constructor(private options: AirtelPayoutOptions) {
    super()
    this.#client = new AirtelClient(options)
    this.currencies = Object.keys(options.encryptedPins)
  }

  async sendPayout(request: PayoutRequest) {
    const pin = this.options.encryptedPins[request.currency]
    if (!pin) {
      throw new PayoutRefused('declined', `Airtel Money pays no ${request.currency} here.`)
    }
    let answer: any
    try {
      answer = await this.#client.call('POST', DISBURSEMENT_PATH, request.currency, {
        payee: { msisdn: airtelMsisdn(request.phone), wallet_type: 'NORMAL' },
        reference: disbursementReference(request.remarks),
        pin,
        transaction: {
          amount: toMajor(request.amount, request.currency),
          id: request.idempotencyKey,
          type: 'B2C',
        },
      })
    } catch (error) {
      // Airtel's own trouble (or nobody answered): unknown, a retry sends the same id.
      if (!(error instanceof AirtelError) || error.status >= 500) throw error
      if (error.responseCode && DUPLICATE_CODES.has(error.responseCode)) {
        return { providerRef: null, outcome: await this.#enquire(request) }
      }
      throw new PayoutRefused(
        payoutFailureOfAirtelCode(error.responseCode),
        `Airtel Money refused the payout: ${error.message}.`
      )
    }
    const code = answer?.status?.response_code
    // It already has this id: the first request went through, the enquiry says what became of it.
    if (DUPLICATE_CODES.has(code)) {
      return { providerRef: null, outcome: await this.#enquire(request) }
    }
    const reference = answer?.data?.transaction?.reference_id
    return {
      providerRef: typeof reference === 'string' ? reference : request.idempotencyKey,
      outcome: outcomeOfAirtelDisbursement(answer, request.currency),
    }
  }

  /** The enquiry by our id; a transaction Airtel does not know never reached it (a resend is safe). */
  async checkPayout(query: PayoutQuery) {
    return this.#enquire(query)
  }

  async #enquire({ idempotencyKey, currency }: { idempotencyKey: string; currency: string }) {
    let answer: any
    try {
      answer = await this.#client.call('GET', disbursementEnquiryPath(idempotencyKey), currency)
    } catch (error) {
      if (!(error instanceof AirtelError) || error.responseCode !== NOT_FOUND_CODE) throw error
      answer = { status: { response_code: NOT_FOUND_CODE } }
    }
    if (answer?.status?.response_code === NOT_FOUND_CODE) {
      return {
        state: 'failed',
        reason: 'unreachable',
        detail: 'not found at Airtel',
      } satisfies PayoutOutcome
    }
    return outcomeOfAirtelDisbursement(answer, currency)
  }
}

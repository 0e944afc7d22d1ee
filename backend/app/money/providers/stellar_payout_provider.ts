import { DateTime } from 'luxon'
import { Keypair, Memo, Operation } from '@stellar/stellar-sdk'
import { CURRENCIES } from '#core/money_format'
import StellarSubmission from '#money/models/stellar_submission'
import PayoutProvider, {
  PayoutRefused,
  type PayoutAccepted,
  type PayoutOutcome,
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import type { PayoutFailure } from '#money/payout_texts'
import type StellarNetwork from '#money/providers/stellar_network'
import type { StellarTransactionRecord } from '#money/providers/stellar_network'
import { resultCodesOf } from '#money/providers/stellar_results'

export interface StellarPayoutOptions {
  network: StellarNetwork
  /** The platform account's secret seed: payouts leave from it. */
  platformSecret: string
  /** How long a payout transaction may land. */
  txTimeoutSeconds: number
}

/** Horizon's operation result codes that say the recipient cannot take it. */
const RECIPIENT_CODES = new Set([
  'op_no_destination',
  'op_no_trust',
  'op_line_full',
  'op_not_authorized',
])

/**
 * Payouts by Stellar (docs/architecture.md, "Stellar wallets"): a payment
 * from the platform's account to the carrier's, in the asset of the
 * payout's currency. The attempt's signed envelope is stored before it is
 * submitted, so a resend (unknown outcome) submits the same transaction —
 * one hash, applied at most once by the network — and once its time bound
 * has passed without the network having it, it surely did not leave.
 */
export default class StellarPayoutProvider extends PayoutProvider {
  readonly name = 'stellar'
  readonly currencies = CURRENCIES
  #platform: Keypair

  constructor(private options: StellarPayoutOptions) {
    super()
    this.#platform = Keypair.fromSecret(options.platformSecret)
  }

  get network() {
    return this.options.network
  }

  async sendPayout(request: PayoutRequest): Promise<PayoutAccepted> {
    if (!request.account) {
      throw new PayoutRefused('recipient_invalid', 'The payout names no Stellar account.')
    }
    const earlier = await StellarSubmission.findBy('idempotency_key', request.idempotencyKey)
    if (earlier) {
      // A resend: the network may have the first one already, or it may have expired.
      const known = await this.#outcome(earlier)
      if (known.state !== 'pending') return { providerRef: earlier.hash, outcome: known }
    }
    const stored = earlier ?? (await this.#prepare(request))
    try {
      await this.network.submit(this.network.fromXdr(stored.envelopeXdr))
      return { providerRef: stored.hash, outcome: { state: 'sent', receipt: stored.hash } }
    } catch (error) {
      const codes = resultCodesOf(error)
      if (!codes) throw error
      // The same envelope applied earlier (a resend): the network has it.
      const landed = await this.network.transaction(stored.hash)
      if (landed) return { providerRef: stored.hash, outcome: this.#of(landed, codes) }
      if (codes.transaction === 'tx_bad_seq') {
        // Another payout took this sequence number: this envelope can never apply; build anew next try.
        await stored.delete()
        throw new Error(
          `stellar ${request.idempotencyKey}: sequence taken, rebuilt on the next try`
        )
      }
      throw new PayoutRefused(this.#failure(codes), `Stellar refused it: ${JSON.stringify(codes)}`)
    }
  }

  async checkPayout(query: PayoutQuery): Promise<PayoutOutcome> {
    const stored = await StellarSubmission.findBy('idempotency_key', query.idempotencyKey)
    if (!stored) return { state: 'failed', reason: 'not_sent', detail: 'never submitted' }
    return this.#outcome(stored)
  }

  /** Builds and signs the attempt's payment, and stores it before anything is submitted. */
  async #prepare(request: PayoutRequest) {
    const validUntil = DateTime.now().plus({ seconds: this.options.txTimeoutSeconds })
    const transaction = await this.network.build(
      this.#platform,
      [
        Operation.payment({
          destination: request.account!,
          asset: this.network.assetOf(request.currency),
          amount: this.network.amountOf(request.amount, request.currency),
        }),
      ],
      validUntil.toJSDate(),
      Memo.text(request.idempotencyKey.slice(0, 28))
    )
    return StellarSubmission.create({
      idempotencyKey: request.idempotencyKey,
      hash: Buffer.from(transaction.hash()).toString('hex'),
      envelopeXdr: transaction.toXDR(),
      validUntil,
    })
  }

  /** What the network says of a stored attempt: in a ledger, expired without landing, or not yet. */
  async #outcome(stored: StellarSubmission): Promise<PayoutOutcome> {
    const landed = await this.network.transaction(stored.hash)
    if (landed) return this.#of(landed, null)
    // A little past the bound: the ledger closing at the bound may still be ingested.
    if (DateTime.now() > stored.validUntil.plus({ seconds: 10 })) {
      return { state: 'failed', reason: 'expired', detail: `${stored.hash} expired unapplied` }
    }
    return { state: 'pending', detail: `${stored.hash} not in a ledger yet` }
  }

  #of(
    landed: StellarTransactionRecord,
    codes: { operations: string[]; transaction: string } | null
  ): PayoutOutcome {
    if (landed.successful) return { state: 'sent', receipt: landed.hash }
    const reason = codes ? this.#failure(codes) : 'declined'
    return {
      state: 'failed',
      reason,
      detail: codes ? JSON.stringify(codes) : 'failed in its ledger',
    }
  }

  #failure(codes: { transaction: string; operations: string[] }): PayoutFailure {
    if (codes.operations.some((code) => RECIPIENT_CODES.has(code))) return 'recipient_invalid'
    if (
      codes.operations.includes('op_underfunded') ||
      codes.transaction === 'tx_insufficient_balance'
    ) {
      return 'platform_account'
    }
    if (codes.transaction === 'tx_too_late') return 'expired'
    return 'declined'
  }
}

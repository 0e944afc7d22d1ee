import { randomBytes } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import QueueService from '#core/services/queue_service'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import Payout, { type PayoutKind } from '#money/models/payout'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import {
  CURRENCY_DIGITS,
  owners,
  type AccountPurpose,
  type JournalKind,
} from '#money/ledger_accounts'
import type { PayoutFailure } from '#money/payout_texts'
import {
  UNKNOWN_OUTCOME,
  outcomeUnknown,
  payoutActions,
  type PayoutAction,
  type PayoutCallbackKind,
} from '#money/payout_rules'
import { PayoutRefused, type PayoutOutcome } from '#money/providers/payout_provider'
import {
  payoutFailureOfResultCode,
  readB2cResult,
  readTransactionStatus,
  type B2cResult,
} from '#money/providers/daraja_b2c_wire'
import {
  ALREADY_REVERSED,
  readReversalStatus,
  reversalFailureOfResultCode,
  reversedReceipt,
} from '#money/providers/daraja_reversal_wire'
import { callbacksRefusedTotal, payoutsTotal } from '#money/money_metrics'
import LedgerService from '#money/services/ledger_service'
import MoneyEventService from '#money/services/money_event_service'
import PayoutControls from '#money/services/payout_controls'
import PayoutGateways from '#money/services/payout_gateways'
import PayoutNumberService from '#money/services/payout_number_service'
import StellarWalletService from '#money/services/stellar_wallet_service'
import moneyConfig from '#config/money'
import { PAYOUT_PROVIDERS_BY_CURRENCY } from '#money/payment_providers'
import type { Currency } from '#orders/models/order'

/** What a new payout carries; the service adds its keys and reserves the money. */
export interface NewPayout {
  kind: PayoutKind
  /** The cause, so that one cause makes one payout ('settlement:12', 'refund:12:<key>'). */
  idempotencyKey: string
  organisationId?: number | null
  orderId?: number | null
  paymentId?: number | null
  provider: string
  amount: number
  currency: Currency
  phone: string
  /** The Stellar account paid, for the `stellar` rail. */
  account?: string | null
  requestedBy?: number | null
  reason?: string | null
  /** The money is already in the holding account (a dispute's decision put it there). */
  alreadyReserved?: boolean
  /** A refund that reverses this pay-in receipt at the provider. */
  reversesReceipt?: string | null
  /** No provider can send it: it is created failed for this reason, for an operator (never sent). */
  waitsForOperator?: PayoutFailure
}

/** What applying a provider's answer did, and why. */
type Applied = ['applied' | 'mismatch' | 'ignored', string]

/** Where a payout's money comes from and where it waits until the provider's result. */
function accountsOf(payout: Pick<Payout, 'kind' | 'organisationId' | 'orderId'>) {
  if (payout.kind === 'refund') {
    const owner = owners.order(payout.orderId!)
    return {
      source: { owner, purpose: 'order_escrow' as AccountPurpose },
      holding: { owner, purpose: 'refund_payable' as AccountPurpose },
    }
  }
  const owner = owners.organisation(payout.organisationId!)
  const source: AccountPurpose = payout.kind === 'farmer' ? 'farmer_payable' : 'carrier_payable'
  return {
    source: { owner, purpose: source },
    holding: { owner, purpose: 'payout_in_flight' as AccountPurpose },
  }
}

/**
 * A reversal we failed for good (its pay-in still stood when M-Pesa was
 * asked) that M-Pesa may have carried out since: its refund money is still
 * held, and nobody has settled or cancelled it.
 */
function lateReversal(payout: Payout) {
  return (
    payout.reversesReceipt !== null &&
    payout.status === 'failed' &&
    !UNKNOWN_OUTCOME.has(payout.failureReason!)
  )
}

/** What the recipient's statement from the provider says. */
function remarksOf(payout: Payout) {
  if (payout.kind === 'refund') return `Refund order ${payout.orderId}`
  if (payout.kind === 'farmer') return payout.reason ?? 'Milk payment'
  return `Order ${payout.orderId}`
}

/**
 * Money leaving by a provider (docs/architecture.md, "Payouts and refunds"):
 * a payout is created with its money reserved in one journal, sent by
 * SendPayoutJob with its key stored before the call, and settled once by
 * the provider's result callback. Failures wait for an operator, who
 * retries or cancels; nothing is ever sent twice for one key.
 */
@inject()
export default class PayoutService {
  constructor(
    private gateways: PayoutGateways,
    private ledger: LedgerService,
    private events: MoneyEventService,
    private controls: PayoutControls,
    private queue: QueueService,
    private numbers: PayoutNumberService,
    private wallets: StellarWalletService
  ) {}

  /**
   * Creates a payout and reserves its money (source -> holding) in `trx`;
   * the send is queued after the commit. A second call with the same
   * cause returns the first payout and moves nothing.
   */
  async create(input: NewPayout, trx: TransactionClientContract) {
    const existing = await this.byCause(input.idempotencyKey, trx)
    if (existing) return existing
    const { alreadyReserved, waitsForOperator, ...fields } = input
    const payout = await Payout.create(
      {
        ...fields,
        status: waitsForOperator ? 'failed' : 'queued',
        failureReason: waitsForOperator ?? null,
        attempt: 1,
        callbackToken: randomBytes(32).toString('base64url'),
      },
      { client: trx }
    )
    const { source, holding } = accountsOf(payout)
    const send = () => {
      if (!waitsForOperator) trx.after('commit', () => void this.enqueue(payout.id))
    }
    if (alreadyReserved) {
      send()
      return payout
    }
    await this.ledger.post(
      {
        idempotencyKey: `payout:${payout.id}:reserved`,
        kind: `${payout.kind}_payout_reserved`,
        orderId: payout.orderId,
        memo: `${payout.kind} payout ${payout.id}`,
        legs: [
          { account: source, amount: payout.amount, currency: payout.currency },
          { account: holding, amount: -payout.amount, currency: payout.currency },
        ],
      },
      trx
    )
    send()
    return payout
  }

  /** The payout of this cause, if any. */
  byCause(idempotencyKey: string, trx: TransactionClientContract) {
    return Payout.query({ client: trx }).where('idempotency_key', idempotencyKey).first()
  }

  /**
   * The carrier's payout of a settled order, in the settlement's
   * transaction: its net to the payout number (confirmed by code; else the
   * owner's phone, confirmed by sign-in), or to its owner's Stellar wallet
   * when the carrier chose that rail. A carrier with neither keeps it payable.
   */
  async forSettlement(
    settled: { orderId: number; organisationId: number; net: number; currency: Currency },
    trx: TransactionClientContract
  ) {
    const account = this.gateways.has('stellar', settled.currency)
      ? await this.wallets.payoutAccountOf(settled.organisationId, trx)
      : null
    const provider = account ? 'stellar' : this.providerFor(settled.currency)
    if (settled.net <= 0 || !provider) return null
    const number = await this.numbers.current(settled.organisationId, trx)
    const organisation = await Organisation.find(settled.organisationId, { client: trx })
    const owner = organisation?.ownerId
      ? await User.find(organisation.ownerId, { client: trx })
      : null
    const phone = number?.phone ?? owner?.phone
    if (!phone) {
      logger.warn({ organisationId: settled.organisationId }, 'a carrier has no payout number')
      return null
    }
    return this.create(
      {
        kind: 'carrier',
        idempotencyKey: `settlement:${settled.orderId}`,
        organisationId: settled.organisationId,
        orderId: settled.orderId,
        provider,
        amount: settled.net,
        currency: settled.currency,
        phone,
        account,
      },
      trx
    )
  }

  /** The provider that pays out in this currency here, or null when none does. */
  providerFor(currency: Currency) {
    const providers = PAYOUT_PROVIDERS_BY_CURRENCY[currency] ?? []
    return providers.find((provider) => this.gateways.has(provider, currency)) ?? null
  }

  async enqueue(payoutId: number) {
    try {
      // Imported here: the job injects this service.
      const { default: SendPayoutJob } = await import('#money/jobs/send_payout_job')
      await this.queue.send(SendPayoutJob, { payoutId }, { singletonKey: `payout:${payoutId}` })
    } catch (error) {
      // The sweep sends what is queued; nothing is lost.
      logger.warn({ err: error, payoutId }, 'a payout could not be queued now')
    }
  }

  /**
   * Sends a queued payout (the job). The attempt's key is stored, and the
   * payout marked `sending`, in a transaction that commits before the
   * provider is called; an unknown outcome (timeout, crash) throws, and the
   * job's retry sends the same key. Returns what became of it.
   */
  async send(payoutId: number) {
    let inFlight = false
    const ready = await db.transaction(async (trx) => {
      const payout = await Payout.query({ client: trx }).where('id', payoutId).forUpdate().first()
      if (!payout) return null
      // Accepted by the provider already: its result comes by callback.
      if (payout.status === 'sending' && payout.providerRef) return null
      if (payout.status !== 'queued' && payout.status !== 'sending') return null
      // Its key left before and no answer came back (a job retry after a timeout or a crash).
      inFlight = payout.status === 'sending'
      payout.useTransaction(trx)
      const { paused } = await this.controls.switch(trx)
      if (paused) {
        // Waits in the queue (a key already sent is kept for the next try).
        payout.merge({ status: 'queued', heldReason: 'paused' })
        await payout.save()
        return null
      }
      // Limits are checked before an attempt's first request, never on a resend of its key.
      const fresh = !payout.originatorConversationId
      const max = this.controls.maxPerTransaction(payout.currency)
      if (fresh && max !== null && payout.amount > max) {
        await this.#fail(payout, 'over_limit', trx)
        return null
      }
      if (fresh && !(await this.controls.roomToday(payout.currency, payout.amount, trx))) {
        payout.heldReason = 'daily_limit'
        await payout.save()
        return null
      }
      if (fresh && payout.kind === 'carrier') {
        // A fresh attempt goes to the carrier's payout number as it is now, once it has cooled.
        const number = await this.numbers.current(payout.organisationId!, trx)
        const rail = await this.wallets.railOf(payout.organisationId!, trx)
        if (this.numbers.coolingUntil(number) || this.wallets.coolingUntil(rail)) {
          payout.merge({ status: 'queued', heldReason: 'number_cooling' })
          await payout.save()
          return null
        }
        if (number) payout.phone = number.phone
      }
      payout.merge({
        status: 'sending',
        heldReason: null,
        originatorConversationId:
          payout.originatorConversationId ??
          `${moneyConfig.payouts.keyPrefix}-${payout.id}-${payout.attempt}`,
        requestedAt: payout.requestedAt ?? DateTime.now(),
      })
      await payout.save()
      return payout
    })
    if (!ready) {
      const payout = await Payout.find(payoutId)
      return payout?.status ?? 'unknown'
    }

    try {
      const { providerRef, outcome } = await this.gateways.for(ready.provider).sendPayout({
        idempotencyKey: ready.originatorConversationId!,
        amount: ready.amount,
        currency: ready.currency,
        phone: ready.phone,
        account: ready.account,
        remarks: remarksOf(ready),
        resultUrl: this.callbackUrl(ready, 'result'),
        timeoutUrl: this.callbackUrl(ready, 'timeout'),
        reverses: ready.reversesReceipt,
        resend: inFlight,
      })
      await db
        .from('payouts')
        .where('id', ready.id)
        .whereNull('provider_ref')
        .update({ provider_ref: providerRef ?? `duplicate:${ready.originatorConversationId}` })
      if (outcome) await this.#applyNow(ready.id, ready.originatorConversationId!, outcome)
      return outcome?.state === 'sent' || outcome?.state === 'failed' ? outcome.state : 'sending'
    } catch (error) {
      if (!(error instanceof PayoutRefused)) throw error
      await db.transaction(async (trx) => {
        const payout = await Payout.query({ client: trx }).where('id', ready.id).forUpdate().first()
        if (payout?.status === 'sending') await this.#fail(payout, error.reason, trx)
      })
      return 'failed'
    }
  }

  /** Our callback URLs for this payout (B2C result and timeout, status result and timeout): its secret token proves a callback is about it. */
  callbackUrl(payout: Payout, which: PayoutCallbackKind) {
    return `${moneyConfig.callbackBaseUrl}/api/v1/webhooks/${payout.provider}/b2c/${which}/${payout.callbackToken}`
  }

  /**
   * Applies a stored B2C result, queue-timeout or Transaction Status
   * callback once: it must be about the payout's current key (and amount,
   * on success); a replay, a callback of an old attempt or one that
   * contradicts a final state changes nothing and is noted for an admin.
   * A reversal's result that comes after we failed it is only a hint: M-Pesa
   * is asked by the pay-in's receipt, and its status answer settles it.
   */
  async applyCallback(callbackId: number) {
    const applied = await db.transaction(async (trx) => {
      const callback = await PaymentCallback.query({ client: trx })
        .where('id', callbackId)
        .forUpdate()
        .first()
      if (!callback || callback.processedAt || !callback.payoutId) return 'ignored'
      callback.useTransaction(trx)
      const payout = await Payout.query({ client: trx })
        .where('id', callback.payoutId)
        .forUpdate()
        .firstOrFail()
      payout.useTransaction(trx)
      const answer = await this.#applyResult(
        payout,
        callback.providerRef.split(':')[0] as PayoutCallbackKind,
        readB2cResult(callback.body)!,
        trx
      )
      if (answer === 'confirm') return { confirm: payout, callback }
      const [outcome, text] = answer
      if (outcome === 'mismatch') {
        callbacksRefusedTotal.inc({ provider: `${payout.provider}_b2c`, reason: 'mismatch' })
        logger.warn({ payoutId: payout.id, callbackId }, 'payout callback refused: %s', text)
      }
      callback.merge({ outcome, note: text.slice(0, 300), processedAt: DateTime.now() })
      await callback.save()
      return outcome
    })
    if (typeof applied === 'string') return applied
    // Asking moves no money: a crash before the note below only makes the job's retry ask again.
    await this.#ask(applied.confirm)
    await this.#noteCallback(
      applied.callback,
      'ignored',
      `the reversal went through after we failed it: M-Pesa asked about ${applied.confirm.reversesReceipt}`
    )
    return 'ignored'
  }

  async #applyResult(
    payout: Payout,
    which: PayoutCallbackKind,
    result: B2cResult,
    trx: TransactionClientContract
  ): Promise<Applied | 'confirm'> {
    if (which === 'status_timeout') return ['ignored', 'the status query timed out in the queue']
    if (which === 'status' && payout.reversesReceipt !== null) {
      const status = readReversalStatus(result, payout.reversesReceipt)
      if (status.about !== payout.reversesReceipt) {
        return ['mismatch', `status of ${status.about}, not the reversed ${payout.reversesReceipt}`]
      }
      if (status.outcome.state === 'sent' && lateReversal(payout)) {
        // M-Pesa reverses a receipt once: it did so after an earlier answer had it still standing.
        await this.#settle(payout, status.outcome.receipt, trx)
        return ['applied', `sent: ${payout.reversesReceipt} reversed after we had failed it`]
      }
      return this.#applyOutcome(payout, status.outcome, trx)
    }
    if (which === 'status') {
      const status = readTransactionStatus(result, payout.currency)
      if (status.originatorConversationId !== payout.originatorConversationId) {
        return ['mismatch', `status of ${status.originatorConversationId}, not the current attempt`]
      }
      return this.#applyOutcome(payout, status.outcome, trx)
    }
    // A reversal's OriginatorConversationID is Daraja's own: its ConversationID and our URL token name it.
    const reversal = payout.reversesReceipt !== null
    if (!reversal && result.originatorConversationId !== payout.originatorConversationId) {
      return ['mismatch', `${result.originatorConversationId} is not the current attempt`]
    }
    const conversationKnown = payout.providerRef && !payout.providerRef.startsWith('duplicate:')
    if (
      conversationKnown &&
      result.conversationId &&
      result.conversationId !== payout.providerRef
    ) {
      return ['mismatch', `ConversationID ${result.conversationId} is not ${payout.providerRef}`]
    }
    const detail = `${result.resultCode} ${result.resultDesc}`
    if (which === 'timeout') {
      return this.#applyOutcome(payout, { state: 'failed', reason: 'timeout', detail }, trx)
    }
    const reversedNow = result.resultCode === '0' || result.resultCode === ALREADY_REVERSED
    if (reversal && reversedNow && lateReversal(payout)) return 'confirm'
    if (reversal && result.resultCode === ALREADY_REVERSED) {
      // M-Pesa reverses once: an earlier request of ours returned the money already.
      const receipt = reversedReceipt(payout.reversesReceipt!)
      return this.#applyOutcome(payout, { state: 'sent', receipt }, trx)
    }
    if (result.resultCode !== '0') {
      const reason = reversal
        ? reversalFailureOfResultCode(result.resultCode)
        : payoutFailureOfResultCode(result.resultCode)
      return this.#applyOutcome(payout, { state: 'failed', reason, detail }, trx)
    }
    const paid = result.parameters.TransactionAmount
    const amount =
      paid === undefined
        ? undefined
        : Math.round(Number(paid) * 10 ** CURRENCY_DIGITS[payout.currency])
    const receipt = String(result.parameters.TransactionReceipt ?? result.transactionId)
    return this.#applyOutcome(payout, { state: 'sent', receipt, amount }, trx)
  }

  /**
   * What the provider said became of the payout's current attempt, applied
   * to the locked payout at most once: a success settles it (if the amount
   * agrees), a final failure fails it; nothing overrides a final state.
   */
  async #applyOutcome(
    payout: Payout,
    outcome: PayoutOutcome,
    trx: TransactionClientContract
  ): Promise<Applied> {
    if (outcome.state === 'pending') return ['ignored', `not final: ${outcome.detail}`]
    const success = outcome.state === 'sent'
    if (payout.status === 'sent' || payout.status === 'cancelled') {
      return [success ? 'ignored' : 'mismatch', `already ${payout.status}`]
    }
    if (payout.status === 'failed' && !UNKNOWN_OUTCOME.has(payout.failureReason!)) {
      return [success ? 'mismatch' : 'ignored', `already failed: ${payout.failureReason}`]
    }
    if (outcome.state === 'failed') {
      // An unknown outcome learns nothing from another unknown one.
      if (payout.status === 'failed' && UNKNOWN_OUTCOME.has(outcome.reason)) {
        return ['ignored', 'already failed']
      }
      await this.#fail(payout, outcome.reason, trx)
      return ['applied', `failed: ${outcome.detail}`]
    }
    if (outcome.amount !== undefined && outcome.amount !== payout.amount) {
      return ['mismatch', `amount ${outcome.amount} is not ${payout.amount} minor units`]
    }
    await this.#settle(payout, outcome.receipt, trx)
    return ['applied', 'sent']
  }

  /**
   * Asks the provider about every payout whose outcome is unknown (sent
   * longer than PAYOUT_STUCK_AFTER_MINUTES ago with no result, or failed
   * by a timeout), at most once per that period each. Daraja answers by
   * callback, applied like any other; a provider that answers at once is
   * applied here.
   */
  async checkStuck() {
    const before = DateTime.now().minus({ minutes: moneyConfig.payouts.stuckAfterMinutes })
    const stuck = await Payout.query()
      .whereNotNull('originator_conversation_id')
      .where((unknown) =>
        unknown
          .where((sending) =>
            sending.where('status', 'sending').where('requested_at', '<', before.toJSDate())
          )
          .orWhere((failed) =>
            failed.where('status', 'failed').whereIn('failure_reason', [...UNKNOWN_OUTCOME])
          )
      )
      .where((due) =>
        due.whereNull('status_queried_at').orWhere('status_queried_at', '<', before.toJSDate())
      )
      .orderBy('id')
      .limit(100)
    let asked = 0
    for (const payout of stuck) {
      if (!this.gateways.has(payout.provider)) continue
      await Payout.query().where('id', payout.id).update({ status_queried_at: new Date() })
      try {
        await this.#ask(payout)
        asked++
      } catch (error) {
        logger.warn({ err: error, payoutId: payout.id }, 'a payout status query failed')
      }
    }
    return asked
  }

  /** Asks the provider about the payout's current attempt; an answer that comes at once is applied. */
  async #ask(payout: Payout) {
    const outcome = await this.gateways.for(payout.provider).checkPayout({
      idempotencyKey: payout.originatorConversationId!,
      providerRef: payout.providerRef,
      amount: payout.amount,
      currency: payout.currency,
      resultUrl: this.callbackUrl(payout, 'status'),
      timeoutUrl: this.callbackUrl(payout, 'status_timeout'),
      reverses: payout.reversesReceipt,
    })
    const applied = outcome
      ? await this.#applyNow(payout.id, payout.originatorConversationId!, outcome)
      : 'ignored'
    return { outcome, applied }
  }

  /**
   * A provider's notification about a payout (Orange's cash-in), stored
   * once: only a hint. The provider is asked about the current attempt and
   * what it says is applied once; while it says nothing final, the job
   * retries (and the stuck-payouts job asks later anyway).
   */
  async confirmNotified(callbackId: number) {
    const callback = await PaymentCallback.find(callbackId)
    if (!callback || callback.processedAt || !callback.payoutId) return 'ignored'
    const payout = await Payout.findOrFail(callback.payoutId)
    const final = payout.status === 'sent' || payout.status === 'cancelled'
    if (final || !payout.originatorConversationId || !this.gateways.has(payout.provider)) {
      await this.#noteCallback(callback, 'ignored', `payout ${payout.status}`)
      return 'ignored'
    }
    const { outcome, applied } = await this.#ask(payout)
    if (!outcome || outcome.state === 'pending') {
      throw new Error(`payout ${payout.id}: the provider does not say it is final yet; retry`)
    }
    await this.#noteCallback(callback, applied, outcome.state)
    return applied
  }

  async #noteCallback(callback: PaymentCallback, outcome: Applied[0], note: string) {
    await PaymentCallback.query()
      .where('id', callback.id)
      .whereNull('processed_at')
      .update({ outcome, note: note.slice(0, 300), processed_at: new Date() })
  }

  /** A provider's synchronous answer about attempt `key`, applied if that is still the current one. */
  async #applyNow(payoutId: number, key: string, outcome: PayoutOutcome) {
    return db.transaction(async (trx) => {
      const payout = await Payout.query({ client: trx }).where('id', payoutId).forUpdate().first()
      if (!payout || payout.originatorConversationId !== key) return 'ignored'
      payout.useTransaction(trx)
      const [applied, text] = await this.#applyOutcome(payout, outcome, trx)
      if (applied === 'mismatch') logger.warn({ payoutId }, 'payout status refused: %s', text)
      return applied
    })
  }

  /**
   * An operator who confirmed with the provider that the payout arrived
   * records its receipt: it settles once, like a result callback would. Only
   * a payout that was sent (it has a key) and is not final can be marked.
   */
  async markSent(payout: Payout, receipt: string, trx: TransactionClientContract) {
    this.#assertAllowed(
      payout,
      'markSent',
      `Payout ${payout.id} is ${payout.status === 'queued' ? 'not sent yet' : payout.status}; it cannot be marked sent.`
    )
    payout.useTransaction(trx)
    await this.#settle(payout, receipt, trx)
    return payout
  }

  /**
   * An operator who confirmed with the provider that a payout of unknown
   * outcome did not leave fails it for good: a retry then gets a new key,
   * and it may be cancelled.
   */
  async markFailed(payout: Payout, trx: TransactionClientContract) {
    this.#assertAllowed(
      payout,
      'markFailed',
      `Payout ${payout.id} is ${payout.status}: its outcome is known, there is nothing to mark.`
    )
    payout.useTransaction(trx)
    await this.#fail(payout, 'not_sent', trx)
    return payout
  }

  /**
   * An operator returned a refund to the payer outside Njia (no provider
   * could send it from here, or it failed for good): it settles once, like a
   * sent refund (refund payable -> provider clearing, `payout:<id>:sent`),
   * and the payer is told. Only a refund that failed with nothing in flight.
   */
  async refundedByHand(payout: Payout, receipt: string | null, trx: TransactionClientContract) {
    this.#assertAllowed(
      payout,
      'refundedByHand',
      `Payout ${payout.id} is a ${payout.kind} payout, ${payout.status}: only a failed refund with nothing in flight can be recorded as returned by hand.`
    )
    payout.useTransaction(trx)
    await this.#settle(payout, receipt ?? 'by hand', trx, 'refund_payout_returned_by_hand')
    return payout
  }

  /**
   * An operator sends a failed or stuck payout again: after a final
   * failure with a new key (attempt + 1), after an unknown outcome with the
   * same key (the provider refuses it if the first went through).
   */
  async retry(payout: Payout, trx: TransactionClientContract) {
    if (!this.gateways.has(payout.provider, payout.currency)) {
      throw new DomainException(
        `Payouts by ${payout.provider} in ${payout.currency} are not available here: return the money by hand and record it.`,
        { status: 409, code: 'E_PROVIDER_UNAVAILABLE' }
      )
    }
    this.#assertAllowed(
      payout,
      'retry',
      payout.status === 'queued'
        ? `Payout ${payout.id} is queued: it will be sent, there is nothing to retry.`
        : `Payout ${payout.id} is ${payout.status}; it cannot be sent again.`
    )
    payout.useTransaction(trx)
    if (!outcomeUnknown(payout)) {
      payout.merge({
        attempt: payout.attempt + 1,
        originatorConversationId: null,
        providerRef: null,
        requestedAt: null,
      })
    }
    payout.merge({ status: 'queued', failureReason: null, heldReason: null })
    await payout.save()
    trx.after('commit', () => void this.enqueue(payout.id))
    return payout
  }

  /** An operator gives up a payout that surely did not leave: its money goes back where it came from. */
  async cancel(payout: Payout, trx: TransactionClientContract) {
    this.#assertAllowed(
      payout,
      'cancel',
      `Payout ${payout.id} may have left (${payout.status}); ask the provider before cancelling it.`,
      'E_PAYOUT_OUTCOME_UNKNOWN'
    )
    payout.useTransaction(trx)
    payout.merge({ status: 'cancelled', heldReason: null })
    await payout.save()
    const { source, holding } = accountsOf(payout)
    await this.ledger.post(
      {
        idempotencyKey: `payout:${payout.id}:cancelled`,
        kind: `${payout.kind}_payout_cancelled`,
        orderId: payout.orderId,
        legs: [
          { account: holding, amount: payout.amount, currency: payout.currency },
          { account: source, amount: -payout.amount, currency: payout.currency },
        ],
      },
      trx
    )
    return payout
  }

  /** Refuses (409) an action the payout's state does not allow: `payoutActions` is the one rule. */
  #assertAllowed(payout: Payout, action: PayoutAction, message: string, code = 'E_INVALID_STATE') {
    if (!payoutActions(payout).includes(action)) {
      throw new DomainException(message, { status: 409, code })
    }
  }

  /** Queued payouts not held by a limit of today, sent again (the sweep, and resuming the switch). */
  async sendQueued() {
    const queued = await Payout.query()
      .where('status', 'queued')
      .where((query) =>
        query
          .whereNull('held_reason')
          .orWhere('held_reason', 'paused')
          .orWhere('held_reason', 'number_cooling')
          .orWhere('updated_at', '<', DateTime.utc().startOf('day').toJSDate())
      )
      .orderBy('id')
      .limit(500)
    for (const payout of queued) await this.enqueue(payout.id)
    return queued.length
  }

  async #fail(payout: Payout, reason: PayoutFailure, trx: TransactionClientContract) {
    payout.useTransaction(trx)
    payout.merge({ status: 'failed', failureReason: reason })
    await payout.save()
    const failed = { ...this.#event(payout), reason, attempt: payout.attempt }
    if (payout.kind === 'carrier') this.events.emit('money:payout_failed', failed, trx)
    if (payout.kind === 'farmer') this.events.emit('money:farmer_payout_failed', failed, trx)
    trx.after('commit', () => payoutsTotal.inc({ provider: payout.provider, outcome: 'failed' }))
  }

  async #settle(
    payout: Payout,
    receipt: string,
    trx: TransactionClientContract,
    kind: JournalKind = `${payout.kind}_payout_sent`
  ) {
    payout.merge({
      status: 'sent',
      providerReceipt: receipt,
      failureReason: null,
      settledAt: DateTime.now(),
    })
    await payout.save()
    const { holding } = accountsOf(payout)
    await this.ledger.post(
      {
        idempotencyKey: `payout:${payout.id}:sent`,
        kind,
        orderId: payout.orderId,
        memo: `${payout.provider} ${receipt}`,
        legs: [
          { account: holding, amount: payout.amount, currency: payout.currency },
          {
            account: { owner: owners.provider(payout.provider), purpose: 'provider_clearing' },
            amount: -payout.amount,
            currency: payout.currency,
          },
        ],
      },
      trx
    )
    if (payout.kind === 'carrier') this.events.emit('money:payout_sent', this.#event(payout), trx)
    if (payout.kind === 'farmer') {
      this.events.emit('money:farmer_payout_sent', this.#event(payout), trx)
    }
    if (payout.kind === 'refund') await this.#refundSent(payout, trx)
    trx.after('commit', () => payoutsTotal.inc({ provider: payout.provider, outcome: 'sent' }))
  }

  /** The shipper hears that the money is back on the number that paid. */
  async #refundSent(payout: Payout, trx: TransactionClientContract) {
    const payment = payout.paymentId ? await Payment.find(payout.paymentId, { client: trx }) : null
    if (!payment || payout.orderId === null) return
    this.events.emit(
      'money:refund_sent',
      {
        payoutId: payout.id,
        orderId: payout.orderId,
        userId: payment.payerId,
        amount: payout.amount,
        currency: payout.currency,
        provider: payout.provider,
      },
      trx
    )
  }

  #event(payout: Payout) {
    return {
      payoutId: payout.id,
      organisationId: payout.organisationId!,
      amount: payout.amount,
      currency: payout.currency,
      provider: payout.provider,
    }
  }
}

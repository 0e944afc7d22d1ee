import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import DomainException from '#core/exceptions/domain_exception'
import { storable } from '#money/storable_json'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import { callbackProtocolOf, type PayInCallback } from '#money/providers/payin_callbacks'
import {
  checkoutSessionOf,
  paymentIdOfClientReference,
  payoutIdOfWaveEvent,
  readWaveEvent,
  signatureProblem,
} from '#money/providers/wave_wire'
import {
  airtelHashProblem,
  paymentIdOfAirtelTransaction,
  readAirtelCallback,
} from '#money/providers/airtel_wire'
import { callbacksRefusedTotal } from '#money/money_metrics'
import ConfirmPaymentJob from '#money/jobs/confirm_payment_job'
import CheckPayoutReversalJob from '#money/jobs/check_payout_reversal_job'
import Payout from '#money/models/payout'
import moneyConfig from '#config/money'

/**
 * Provider callbacks come in here: matched to the attempt (by the secret
 * token of its URL, or by Wave's signature and the session it names),
 * stored once per provider id, then applied by ConfirmPaymentJob (which
 * asks the provider before money moves). The answer is immediate; a
 * replay stores nothing and changes nothing.
 */
@inject()
export default class PaymentCallbackService {
  constructor(private queue: QueueService) {}

  /** A callback on the URL we gave `provider` for the attempt whose token is `token` (Daraja, Orange Money). */
  async receiveByToken(provider: Payment['provider'], token: string, body: unknown) {
    const payment = await this.#byToken(provider, token, body)
    return this.#store(payment, this.#read(payment, body), body)
  }

  /**
   * Wave's webhook: its signature is checked over the raw bytes before the
   * body is parsed; a signed event about a session we do not know, or of a
   * type we do not use, is acknowledged and changes nothing.
   */
  async receiveWave(rawBody: string, signature: string | undefined) {
    const problem = signatureProblem(moneyConfig.wave.webhookSecret, signature, rawBody)
    if (problem) {
      this.#refuse('wave', 'signature', problem, {})
      throw new DomainException(`The Wave webhook is refused: ${problem}.`, {
        status: 401,
        code: 'E_BAD_SIGNATURE',
      })
    }
    const body = this.#json(rawBody)
    const wavePayoutId = payoutIdOfWaveEvent(body)
    if (wavePayoutId) return this.#wavePayoutEvent(wavePayoutId, body)
    const report = readWaveEvent(body)
    if (!report) return { ignored: true }
    const byReference = paymentIdOfClientReference(checkoutSessionOf(body)!.client_reference)
    const payment = await Payment.query()
      .where('provider', 'wave')
      .where((query) => {
        query.where('provider_ref', report.providerRef!)
        if (byReference) query.orWhere('id', byReference)
      })
      .first()
    if (!payment) {
      this.#refuse('wave', 'unknown_attempt', 'no payment has this checkout session', { body })
      return { ignored: true }
    }
    return this.#store(payment, report, body)
  }

  /**
   * A signed Wave event about one of our payouts (a reversal, say): only a
   * hint. The job reads the payout back from Wave before anything changes,
   * and applies a reversal once however often the event comes.
   */
  async #wavePayoutEvent(wavePayoutId: string, body: unknown) {
    const payout = await Payout.query()
      .where('provider', 'wave')
      .where('provider_ref', wavePayoutId)
      .first()
    if (!payout) {
      this.#refuse('wave', 'unknown_attempt', 'no payout has this Wave id', { body })
      return { ignored: true }
    }
    await this.queue.send(
      CheckPayoutReversalJob,
      { payoutId: payout.id },
      { singletonKey: `payout:${payout.id}:reversal` }
    )
    return { queued: true }
  }

  /**
   * Airtel's callback, sent to the one URL registered for the app: its
   * `hash` is checked when AIRTEL_CALLBACK_SECRET is set (otherwise it is
   * unsigned), it is matched here (our transaction id) and believed once the
   * transaction enquiry agrees. One about a transaction we never started is
   * acknowledged and changes nothing.
   */
  async receiveAirtel(body: unknown) {
    const problem = airtelHashProblem(moneyConfig.airtel.callbackSecret, body)
    if (problem) {
      this.#refuse('airtel', 'signature', problem, {})
      throw new DomainException(`The Airtel callback is refused: ${problem}.`, {
        status: 401,
        code: 'E_BAD_SIGNATURE',
      })
    }
    const report = readAirtelCallback(body)
    if (!report) {
      this.#refuse('airtel', 'unreadable', 'not its callback format', { body })
      throw new DomainException('The body is not an Airtel Money callback.', {
        status: 400,
        code: 'E_BAD_CALLBACK',
      })
    }
    const paymentId = paymentIdOfAirtelTransaction(report.providerRef)
    const payment = paymentId
      ? await Payment.query().where('id', paymentId).where('provider', 'airtel').first()
      : null
    if (!payment) {
      this.#refuse('airtel', 'unknown_attempt', 'no payment has this transaction id', { body })
      return { ignored: true }
    }
    return this.#store(payment, report, body)
  }

  #json(rawBody: string): unknown {
    try {
      return JSON.parse(rawBody)
    } catch {
      throw new DomainException('The body is not JSON.', { status: 400, code: 'E_BAD_CALLBACK' })
    }
  }

  async #byToken(provider: Payment['provider'], token: string, body: unknown) {
    const payment = await Payment.findBy('callback_token', token)
    if (!payment || payment.provider !== provider) {
      this.#refuse(provider, 'unknown_token', 'no payment has this callback token', { body })
      throw DomainException.notFound('Payment')
    }
    return payment
  }

  #read(payment: Payment, body: unknown) {
    const report = callbackProtocolOf(payment.provider).read(body)
    if (!report) {
      this.#refuse(payment.provider, 'unreadable', 'not its callback format', {
        paymentId: payment.id,
        body,
      })
      throw new DomainException(`The body is not a ${payment.provider} callback.`, {
        status: 400,
        code: 'E_BAD_CALLBACK',
      })
    }
    return report
  }

  #refuse(provider: string, reason: string, problem: string, context: Record<string, unknown>) {
    callbacksRefusedTotal.inc({ provider, reason })
    logger.warn(context, `${provider} callback refused: ${problem}`)
  }

  /** Stored once per (provider, report key); a replay of one not applied yet is queued again. */
  async #store(payment: Payment, report: PayInCallback, body: unknown) {
    const inserted = await db.rawQuery(
      `INSERT INTO payment_callbacks (provider, provider_ref, payment_id, body, received_at)
       VALUES (?, ?, ?, ?::jsonb, ?)
       ON CONFLICT (provider, provider_ref) DO NOTHING RETURNING id`,
      [
        payment.provider,
        report.key,
        payment.id,
        JSON.stringify(storable(body)),
        DateTime.now().toISO(),
      ]
    )
    const stored = inserted.rows[0]
      ? { id: Number(inserted.rows[0].id), processed: false }
      : await this.#stored(payment.provider, report.key)
    // Its job may have been lost with a crash; the job is idempotent.
    if (!stored.processed) {
      await this.queue.send(ConfirmPaymentJob, { paymentId: payment.id, callbackId: stored.id })
    }
    return { paymentId: payment.id, duplicate: !inserted.rows[0] }
  }

  async #stored(provider: string, key: string) {
    const row = await db
      .from('payment_callbacks')
      .where({ provider, provider_ref: key })
      .select('id', 'processed_at')
      .firstOrFail()
    return { id: Number(row.id), processed: row.processed_at !== null }
  }
}

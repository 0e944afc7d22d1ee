import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import DomainException from '#core/exceptions/domain_exception'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import { readStkCallback } from '#money/providers/daraja_wire'
import { callbacksRefusedTotal } from '#money/money_metrics'
import ConfirmPaymentJob from '#money/jobs/confirm_payment_job'

/**
 * Provider callbacks come in here: matched to the attempt by the secret
 * token of its URL, stored once per provider id, then applied by
 * ConfirmPaymentJob (which asks the provider before money moves). The
 * answer is immediate; a replay stores nothing and changes nothing.
 */
@inject()
export default class PaymentCallbackService {
  constructor(private queue: QueueService) {}

  /** Daraja's STK callback for the attempt whose token is `token`. */
  async receiveStk(token: string, body: unknown) {
    const payment = await Payment.findBy('callback_token', token)
    if (!payment || payment.provider !== 'mpesa') {
      callbacksRefusedTotal.inc({ provider: 'mpesa', reason: 'unknown_token' })
      logger.warn({ body }, 'M-Pesa callback refused: no payment has this callback token')
      throw DomainException.notFound('Payment')
    }
    const stk = readStkCallback(body)
    if (!stk) {
      callbacksRefusedTotal.inc({ provider: 'mpesa', reason: 'unreadable' })
      logger.warn({ paymentId: payment.id, body }, 'M-Pesa callback refused: not an STK callback')
      throw new DomainException('The body is not an M-Pesa STK callback.', {
        status: 400,
        code: 'E_BAD_CALLBACK',
      })
    }
    const inserted = await db.rawQuery(
      `INSERT INTO payment_callbacks (provider, provider_ref, payment_id, body, received_at)
       VALUES ('mpesa', ?, ?, ?::jsonb, ?)
       ON CONFLICT (provider, provider_ref) DO NOTHING RETURNING id`,
      [stk.checkoutRequestId, payment.id, JSON.stringify(body), DateTime.now().toISO()]
    )
    const stored = inserted.rows[0]
      ? { id: Number(inserted.rows[0].id), processed: false }
      : await this.#stored(stk.checkoutRequestId)
    // A replay of a callback not applied yet (its job lost with a crash) queues it again; the job is idempotent.
    if (!stored.processed) {
      await this.queue.send(ConfirmPaymentJob, { paymentId: payment.id, callbackId: stored.id })
    }
    return { paymentId: payment.id, duplicate: !inserted.rows[0] }
  }

  async #stored(providerRef: string) {
    const row = await db
      .from('payment_callbacks')
      .where({ provider: 'mpesa', provider_ref: providerRef })
      .select('id', 'processed_at')
      .firstOrFail()
    return { id: Number(row.id), processed: row.processed_at !== null }
  }
}

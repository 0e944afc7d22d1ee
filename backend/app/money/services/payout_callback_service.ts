import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import DomainException from '#core/exceptions/domain_exception'
import { storable } from '#money/storable_json'
import QueueService from '#core/services/queue_service'
import Payout from '#money/models/payout'
import type { PayoutCallbackKind } from '#money/payout_rules'
import { readB2cResult } from '#money/providers/daraja_b2c_wire'
import { callbacksRefusedTotal } from '#money/money_metrics'
import ApplyPayoutCallbackJob from '#money/jobs/apply_payout_callback_job'

/**
 * Daraja's B2C result and queue-timeout callbacks, and the results of its
 * Transaction Status queries: matched to the payout
 * by the secret token of its URL, stored once per (kind, OriginatorConversationID),
 * then applied by ApplyPayoutCallbackJob. Answered at once; a replay stores
 * nothing and changes nothing.
 */
@inject()
export default class PayoutCallbackService {
  constructor(private queue: QueueService) {}

  async receiveB2c(token: string, which: PayoutCallbackKind, body: unknown) {
    const payout = await Payout.findBy('callback_token', token)
    if (!payout) {
      callbacksRefusedTotal.inc({ provider: 'mpesa_b2c', reason: 'unknown_token' })
      logger.warn({ body }, 'B2C callback refused: no payout has this callback token')
      throw DomainException.notFound('Payout')
    }
    const result = readB2cResult(body)
    if (!result) {
      callbacksRefusedTotal.inc({ provider: 'mpesa_b2c', reason: 'unreadable' })
      logger.warn({ payoutId: payout.id, body }, 'B2C callback refused: not a B2C result')
      throw new DomainException('The body is not an M-Pesa B2C result.', {
        status: 400,
        code: 'E_BAD_CALLBACK',
      })
    }
    const providerRef = `${which}:${result.originatorConversationId}`
    const inserted = await db.rawQuery(
      `INSERT INTO payment_callbacks (provider, provider_ref, payout_id, body, received_at)
       VALUES ('mpesa_b2c', ?, ?, ?::jsonb, ?)
       ON CONFLICT (provider, provider_ref) DO NOTHING RETURNING id`,
      [providerRef, payout.id, JSON.stringify(storable(body)), DateTime.now().toISO()]
    )
    const stored = inserted.rows[0]
      ? { id: Number(inserted.rows[0].id), processed: false }
      : await db
          .from('payment_callbacks')
          .where({ provider: 'mpesa_b2c', provider_ref: providerRef })
          .select('id', 'processed_at')
          .firstOrFail()
          .then((row) => ({ id: Number(row.id), processed: row.processed_at !== null }))
    // A replay of a callback not applied yet (its job lost with a crash) queues it again; the job is idempotent.
    if (!stored.processed) {
      await this.queue.send(ApplyPayoutCallbackJob, { callbackId: stored.id })
    }
    return { payoutId: payout.id, duplicate: !inserted.rows[0] }
  }
}

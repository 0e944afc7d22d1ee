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
import ConfirmNotifiedPayoutJob from '#money/jobs/confirm_notified_payout_job'
import {
  orangeApiKeyProblem,
  readOrangeCashinNotification,
} from '#money/providers/orange_cashin_wire'
import moneyConfig from '#config/money'

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
    const stored = await this.#store('mpesa_b2c', providerRef, payout, body)
    // A replay of a callback not applied yet (its job lost with a crash) queues it again; the job is idempotent.
    if (!stored.processed) {
      await this.queue.send(ApplyPayoutCallbackJob, { callbackId: stored.id })
    }
    return { payoutId: payout.id, duplicate: stored.duplicate }
  }

  /**
   * Orange's cash-in notification: it must carry the apiKey we registered,
   * and name one of our Orange payouts by its reference (our key). Stored
   * once per (reference, Orange id, status); it is only a hint — the job
   * asks Orange before anything changes. One about a reference we never
   * sent is acknowledged and changes nothing.
   */
  async receiveOrangeCashin(authorization: string | undefined, body: unknown) {
    const problem = orangeApiKeyProblem(
      moneyConfig.orangeMoney.cashin.callbackApiKey,
      authorization
    )
    if (problem) {
      callbacksRefusedTotal.inc({ provider: 'orange_money_cashin', reason: 'signature' })
      logger.warn(`Orange cash-in notification refused: ${problem}`)
      throw new DomainException(`The Orange Money notification is refused: ${problem}.`, {
        status: 401,
        code: 'E_BAD_SIGNATURE',
      })
    }
    const notification = readOrangeCashinNotification(body)
    if (!notification) {
      callbacksRefusedTotal.inc({ provider: 'orange_money_cashin', reason: 'unreadable' })
      logger.warn({ body }, 'Orange cash-in notification refused: not its format')
      throw new DomainException('The body is not an Orange Money cash-in notification.', {
        status: 400,
        code: 'E_BAD_CALLBACK',
      })
    }
    const payout = await Payout.query()
      .where('provider', 'orange_money')
      .where('originator_conversation_id', notification.reference)
      .first()
    if (!payout) {
      callbacksRefusedTotal.inc({ provider: 'orange_money_cashin', reason: 'unknown_attempt' })
      logger.warn({ body }, 'Orange cash-in notification refused: no payout has this reference')
      return { ignored: true }
    }
    const key = `${notification.reference}:${notification.transactionId ?? ''}:${notification.status}`
    const stored = await this.#store('orange_money_cashin', key, payout, body)
    if (!stored.processed) {
      await this.queue.send(ConfirmNotifiedPayoutJob, { callbackId: stored.id })
    }
    return { payoutId: payout.id, duplicate: stored.duplicate }
  }

  /** Stored once per (provider, key): the row, and whether it was there already. */
  async #store(provider: string, key: string, payout: Payout, body: unknown) {
    const inserted = await db.rawQuery(
      `INSERT INTO payment_callbacks (provider, provider_ref, payout_id, body, received_at)
       VALUES (?, ?, ?, ?::jsonb, ?)
       ON CONFLICT (provider, provider_ref) DO NOTHING RETURNING id`,
      [provider, key, payout.id, JSON.stringify(storable(body)), DateTime.now().toISO()]
    )
    if (inserted.rows[0]) {
      return { id: Number(inserted.rows[0].id), processed: false, duplicate: false }
    }
    const row = await db
      .from('payment_callbacks')
      .where({ provider, provider_ref: key })
      .select('id', 'processed_at')
      .firstOrFail()
    return { id: Number(row.id), processed: row.processed_at !== null, duplicate: true }
  }
}

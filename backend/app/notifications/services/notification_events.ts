import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import QueueService from '#core/services/queue_service'
import type { OrderEventMessage } from '#orders/services/order_event_service'
import type { DocumentReviewedMessage } from '#fleet/services/fleet_document_service'
import type { ChatMessageEvent } from '#chat/services/chat_service'
import chatConfig from '#config/chat'
import type { MoneyEvents } from '#money/money_events'
import type { OrganisationInvited } from '#accounts/access_events'
import NotifyEventJob, { type NotifyEventData } from '#notifications/jobs/notify_event_job'
import { NOTIFYING_ORDER_EVENTS } from '#notifications/services/recipient_service'

/**
 * The business events notifications listen to, from the capabilities where
 * they happen (orders' `order:event`, fleet's `fleet:document`, ...). A
 * listener only enqueues a durable job; finding the recipients, rendering
 * and sending happen in the job. Bound as a singleton by the app provider,
 * which subscribes it in the API and worker processes.
 */
/** Money's events (money_events.ts), each told to whom it concerns. */
const MONEY_EVENTS = [
  'money:payment_received',
  'money:payment_failed',
  'money:refund_sent',
  'money:refund_reversed',
  'money:payout_sent',
  'money:payout_failed',
  'money:payout_reversed',
] as const satisfies (keyof MoneyEvents)[]

@inject()
export default class NotificationEvents {
  #off: (() => void)[] = []

  constructor(private queue: QueueService) {}

  get subscribed() {
    return this.#off.length > 0
  }

  subscribe() {
    if (this.subscribed) return
    const onOrder = (message: OrderEventMessage) => {
      if (!NOTIFYING_ORDER_EVENTS.has(message.event.type)) return
      return this.#enqueue({ source: 'order', message })
    }
    const onDocument = ({ documentId, status }: DocumentReviewedMessage) =>
      this.#enqueue({ source: 'document', documentId, status })
    // A chat message tells those who have not read it a little later ("while I am away").
    const onChat = (message: ChatMessageEvent) =>
      this.#enqueue({ source: 'chat', ...message }, { startAfter: chatConfig.awaySeconds })
    const onInvitation = ({ invitationId }: OrganisationInvited) =>
      this.#enqueue({ source: 'invitation', invitationId })
    emitter.on('organisation:invited', onInvitation)
    emitter.on('order:event', onOrder)
    emitter.on('fleet:document', onDocument)
    emitter.on('chat:message', onChat)
    const money = MONEY_EVENTS.map((name) => {
      const onMoney = (payload: MoneyEvents[typeof name]) =>
        this.#enqueue({ source: 'money', name, payload } as NotifyEventData)
      emitter.on(name, onMoney)
      return () => emitter.off(name, onMoney)
    })
    this.#off = [
      ...money,
      () => emitter.off('organisation:invited', onInvitation),
      () => emitter.off('order:event', onOrder),
      () => emitter.off('fleet:document', onDocument),
      () => emitter.off('chat:message', onChat),
    ]
  }

  unsubscribe() {
    this.#off.forEach((off) => off())
    this.#off = []
  }

  async #enqueue(data: NotifyEventData, options: { startAfter?: number } = {}) {
    try {
      await this.queue.send(NotifyEventJob, data, options)
    } catch (error) {
      logger.error({ err: error }, 'notification event not queued')
    }
  }
}

import { inject } from '@adonisjs/core'
import type { OrderEventMessage } from '#orders/services/order_event_service'
import type { MoneyEvents } from '#money/money_events'
import NotificationService from '#notifications/services/notification_service'
import RecipientService, {
  type NotificationIntent,
} from '#notifications/services/recipient_service'

/** A business event to turn into notifications; one job per event. */
export type NotifyEventData =
  | { source: 'order'; message: OrderEventMessage }
  | { source: 'document'; documentId: number; status: 'verified' | 'rejected' }
  | { source: 'chat'; orderId: number; messageId: number; senderId: number }
  | {
      [Name in keyof MoneyEvents]: { source: 'money'; name: Name; payload: MoneyEvents[Name] }
    }[keyof MoneyEvents]
  | { source: 'invitation'; invitationId: number }
  | { source: 'intents'; intents: NotificationIntent[] }

/**
 * Finds who must hear of the event and stores one notification each. Run
 * twice (a retry, two API nodes announcing the same event), it notifies no
 * one twice: the event's key is unique per person.
 */
@inject()
export default class NotifyEventJob {
  static queue = 'notifications.event'

  constructor(
    private recipients: RecipientService,
    private notifications: NotificationService
  ) {}

  async handle(data: NotifyEventData) {
    const intents = await this.intentsOf(data)
    const changed = await this.notifications.notify(intents)
    return { recipients: intents.length, notified: changed.length }
  }

  intentsOf(data: NotifyEventData) {
    switch (data.source) {
      case 'order':
        return this.recipients.forOrderEvent(data.message)
      case 'document':
        return this.recipients.forDocument(data.documentId, data.status)
      case 'chat':
        return this.recipients.forChatMessage(data.orderId, data.messageId)
      case 'money':
        return this.recipients.forMoney(data)
      case 'invitation':
        return this.recipients.forInvitation(data.invitationId)
      case 'intents':
        return Promise.resolve(data.intents)
    }
  }
}

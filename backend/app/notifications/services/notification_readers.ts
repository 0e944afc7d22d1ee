import { inject } from '@adonisjs/core'
import type User from '#accounts/models/user'
import UserCapabilities from '#accounts/services/user_capabilities'
import {
  ORDER_PAGE_CAPABILITIES,
  type NotificationReader,
} from '#notifications/transformers/notification_transformer'

/**
 * A notice is written for its reader as they are now: their language, and
 * the order page their capabilities open (the policies decide, not the role).
 */
@inject()
export default class NotificationReaders {
  constructor(private capabilities: UserCapabilities) {}

  async of(user: User): Promise<NotificationReader> {
    const capabilities = await this.capabilities.among(user, ORDER_PAGE_CAPABILITIES)
    return { locale: user.locale, capabilities }
  }
}

import { BasePolicy } from '@adonisjs/bouncer'

/** Outgoing money is the admins' to steer: list, retry, cancel, refund, the kill switch. */
export default class PayoutPolicy extends BasePolicy {
  administer(user: { role: string }) {
    return user.role === 'admin'
  }
}

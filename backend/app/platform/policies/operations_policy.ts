import { BasePolicy } from '@adonisjs/bouncer'

/** The operations page (health, job queue, the day's figures) is the admins' alone. */
export default class OperationsPolicy extends BasePolicy {
  view(user: { role: string }) {
    return user.role === 'admin'
  }
}

import { BasePolicy } from '@adonisjs/bouncer'

/** The audit log is the admins' alone (platform dispatchers included: they are not admins). */
export default class AuditPolicy extends BasePolicy {
  view(user: { role: string }) {
    return user.role === 'admin'
  }
}

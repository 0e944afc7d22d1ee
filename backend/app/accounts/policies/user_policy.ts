import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'

/** Operating on other people's accounts (the admin endpoints). */
export default class UserPolicy extends BasePolicy {
  administer(user: User) {
    return user.role === 'admin'
  }
}

import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'

/** Everyone signed in reads the vehicle types; admins maintain them. */
export default class VehicleTypePolicy extends BasePolicy {
  viewAny(_user: User) {
    return true
  }

  manage(user: User) {
    return user.role === 'admin'
  }
}

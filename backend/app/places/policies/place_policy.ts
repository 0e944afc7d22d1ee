import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'

/**
 * The gazetteer is public knowledge, but asking it costs a query (and maybe
 * a call to a paid geocoder): only signed-in people, of any role.
 */
export default class PlacePolicy extends BasePolicy {
  search(_user: User) {
    return true
  }
}

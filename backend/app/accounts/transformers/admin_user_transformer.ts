import type User from '#accounts/models/user'
import UserTransformer from '#accounts/transformers/user_transformer'
import { maskPhone } from '#core/phone'

/**
 * A user as operators list them: the phone masked (revealing it is a
 * logged action of its own) and whether the account is suspended.
 */
export default class AdminUserTransformer {
  static toJSON(user: User) {
    return {
      ...UserTransformer.toJSON(user),
      phone: maskPhone(user.phone),
      suspendedAt: user.suspendedAt?.toISO() ?? null,
      suspensionReason: user.suspensionReason,
    }
  }
}

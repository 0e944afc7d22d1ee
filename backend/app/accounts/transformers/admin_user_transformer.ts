import type User from '#accounts/models/user'
import UserTransformer, { userSchema } from '#accounts/transformers/user_transformer'
import { maskPhone } from '#core/phone'
import { isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const adminUserSchema = named(
  'AdminUser',
  userSchema.extend({
    phone: z.string().meta({
      description: 'Masked: POST /admin/users/{id}/reveal-phone shows it (and logs that)',
      examples: ['+254•••••••78'],
    }),
    suspendedAt: isoDateTime().nullable(),
    suspensionReason: z.string().nullable(),
    photoUrl: z
      .string()
      .nullable()
      .meta({ description: 'GET it (admins) for the account’s photo; null: no photo' }),
  })
)

/**
 * A user as operators list them: the phone masked (revealing it is a
 * logged action of its own) and whether the account is suspended.
 */
export default class AdminUserTransformer {
  static toJSON(user: User): z.infer<typeof adminUserSchema> {
    return {
      ...UserTransformer.toJSON(user),
      phone: maskPhone(user.phone),
      suspendedAt: toIso(user.suspendedAt),
      suspensionReason: user.suspensionReason,
      photoUrl: user.photoKey ? `/api/v1/admin/users/${user.id}/photo` : null,
    }
  }
}

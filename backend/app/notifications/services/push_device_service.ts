import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#accounts/models/user'
import PushDevice, { type PushPlatform } from '#notifications/models/push_device'

/**
 * The devices a user registered for push. A token belongs to whoever
 * registered it last: on a shared phone, signing in as someone else moves
 * it, so the previous person's notices stop arriving there.
 */
export default class PushDeviceService {
  async register(user: User, token: string, platform: PushPlatform, userAgent: string | null) {
    return db.transaction(async (trx) => {
      const existing = await PushDevice.query({ client: trx })
        .where('token', token)
        .forUpdate()
        .first()
      const now = DateTime.now()
      if (existing) {
        existing.merge({ userId: user.id, platform, userAgent, lastSeenAt: now })
        return existing.useTransaction(trx).save()
      }
      return PushDevice.create(
        { userId: user.id, token, platform, userAgent, lastSeenAt: now },
        { client: trx }
      )
    })
  }

  /** Forgets one of the user's own tokens (sign-out, push turned off); others' are untouched. */
  async forget(user: User, token: string) {
    await PushDevice.query().where('user_id', user.id).where('token', token).delete()
  }

  async count(user: User) {
    const row = await db.from('push_devices').where('user_id', user.id).count('* as total').first()
    return Number(row?.total ?? 0)
  }
}

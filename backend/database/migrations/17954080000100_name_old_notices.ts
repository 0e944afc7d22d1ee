import { BaseSchema } from '@adonisjs/lucid/schema'
import { nameOldNotices } from '#notifications/name_old_notices'

/**
 * Notices stored before orders had names said "order #12": each gets its
 * order's name in its parameters, so every notice reads "maize · Nairobi →
 * Thika" (orders/order_name.ts, the one rule).
 */
export default class extends BaseSchema {
  async up() {
    this.defer(async (db) => {
      await nameOldNotices(db)
    })
  }

  /** The names are kept: the texts read the same with or without the id. */
  async down() {}
}

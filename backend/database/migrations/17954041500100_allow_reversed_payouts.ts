import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A payout the provider reported sent may come back (Wave reverses a
 * payout): it ends `reversed`, its money owed again (PayoutReversalService).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE payouts
        DROP CONSTRAINT payouts_status_check,
        ADD CONSTRAINT payouts_status_check
          CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled', 'reversed'))
    `)
  }

  async down() {
    this.schema.raw(`
      ALTER TABLE payouts
        DROP CONSTRAINT payouts_status_check,
        ADD CONSTRAINT payouts_status_check
          CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled'))
    `)
  }
}

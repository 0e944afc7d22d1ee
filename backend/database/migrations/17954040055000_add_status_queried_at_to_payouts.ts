import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * When we last asked the provider about a payout whose outcome is unknown
 * (Daraja's Transaction Status query), so the stuck-payouts job asks again
 * only after PAYOUT_STUCK_AFTER_MINUTES.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('payouts', (table) => {
      table.timestamp('status_queried_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('payouts', (table) => {
      table.dropColumn('status_queried_at')
    })
  }
}

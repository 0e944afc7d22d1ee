import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A refund that returns a pay-in the order could not take by reversing it
 * at the provider (M-Pesa's Reversal API) names the pay-in's receipt: the
 * provider reverses a transaction once, so a resent reversal never pays twice.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('payouts', (table) => {
      table.string('reverses_receipt', 100).nullable().unique()
    })
  }

  async down() {
    this.schema.alterTable('payouts', (table) => {
      table.dropColumn('reverses_receipt')
    })
  }
}

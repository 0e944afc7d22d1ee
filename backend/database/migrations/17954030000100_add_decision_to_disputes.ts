import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * An admin's decision on a dispute (issue 15): who gets the escrow. The
 * ledger journal that moved it is the authority on the money; these columns
 * say what was decided, for the console and the parties.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('disputes', (table) => {
      table.enum('decision', ['pay_carrier', 'refund_shipper', 'split']).nullable()
      table.bigInteger('carrier_amount').nullable()
      table.bigInteger('refund_amount').nullable()
    })
  }

  async down() {
    this.schema.alterTable('disputes', (table) => {
      table.dropColumn('decision')
      table.dropColumn('carrier_amount')
      table.dropColumn('refund_amount')
    })
  }
}

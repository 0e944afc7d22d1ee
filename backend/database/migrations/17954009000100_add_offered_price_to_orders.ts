import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The price the shipper offered, kept apart from `price_amount` (which an
 * accepted bid replaces), so an unassigned order returns to the board at
 * the shipper's price and not at the previous winner's.
 */
export default class extends BaseSchema {
  protected tableName = 'orders'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.bigInteger('offered_price_amount').nullable()
    })
    // Orders won by a bid no longer know the shipper's price: they go back open to bids only.
    this.defer(async (db) => {
      await db
        .from(this.tableName)
        .whereNull('accepted_bid_id')
        .update({
          offered_price_amount: db.raw('price_amount'),
        })
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('offered_price_amount')
    })
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/** Foreign keys to the fleet tables, and the bid an order was won by. */
export default class extends BaseSchema {
  protected tableName = 'orders'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.foreign('required_vehicle_type_id').references('id').inTable('vehicle_types')
      table.foreign('assigned_vehicle_id').references('id').inTable('vehicles').onDelete('SET NULL')
      table
        .integer('accepted_bid_id')
        .nullable()
        .references('id')
        .inTable('bids')
        .onDelete('SET NULL')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropForeign('required_vehicle_type_id')
      table.dropForeign('assigned_vehicle_id')
      table.dropColumn('accepted_bid_id')
    })
  }
}

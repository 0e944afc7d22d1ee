import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'bids'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE')
      table
        .integer('carrier_organisation_id')
        .notNullable()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table.integer('bidder_id').notNullable().references('id').inTable('users')
      table.integer('vehicle_id').notNullable().references('id').inTable('vehicles')
      // Who drives if the bid wins.
      table.integer('driver_id').notNullable().references('id').inTable('users')
      table.bigInteger('amount').notNullable()
      table.string('currency', 3).notNullable()
      table.timestamp('estimated_pickup_at', { useTz: true }).notNullable()
      table.text('note').nullable()
      table
        .enum('status', ['open', 'accepted', 'rejected', 'withdrawn'])
        .notNullable()
        .defaultTo('open')
      table.timestamp('decided_at', { useTz: true }).nullable()
      table.integer('decided_by_id').nullable().references('id').inTable('users')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['order_id', 'status'])
      table.index(['carrier_organisation_id', 'created_at'])
    })
    this.schema.raw('ALTER TABLE bids ADD CONSTRAINT bids_amount_check CHECK (amount > 0)')
    // One live bid per carrier per order; withdrawn and decided bids stay as history.
    this.schema.raw(
      "CREATE UNIQUE INDEX bids_one_open_per_carrier ON bids (order_id, carrier_organisation_id) WHERE status = 'open'"
    )
    // At most one accepted bid per order, whatever the races.
    this.schema.raw(
      "CREATE UNIQUE INDEX bids_one_accepted_per_order ON bids (order_id) WHERE status = 'accepted'"
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

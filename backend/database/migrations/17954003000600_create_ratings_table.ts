import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'ratings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE')
      // shipper_to_carrier or carrier_to_shipper: each side rates once per order.
      table.enum('direction', ['shipper_to_carrier', 'carrier_to_shipper']).notNullable()
      table.integer('rater_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table
        .integer('rated_organisation_id')
        .nullable()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table
        .integer('rated_user_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.smallint('score').notNullable()
      table.text('comment').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['order_id', 'direction'])
      table.index(['rated_organisation_id'])
      table.index(['rated_user_id'])
    })
    this.schema.raw(
      'ALTER TABLE ratings ADD CONSTRAINT ratings_score_check CHECK (score BETWEEN 1 AND 5)'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'disputes'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE')
      table
        .integer('opened_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table
        .enum('reason', [
          'damaged',
          'missing_items',
          'not_delivered',
          'late',
          'wrong_address',
          'other',
        ])
        .notNullable()
      table.text('description').notNullable()
      table.jsonb('evidence').notNullable().defaultTo('[]')
      table.enum('status', ['open', 'resolved', 'cancelled']).notNullable().defaultTo('open')
      table.text('resolution_note').nullable()
      table
        .integer('resolved_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('resolved_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['order_id'])
      table.index(['status', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'proofs_of_delivery'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('order_id')
        .notNullable()
        .unique()
        .references('id')
        .inTable('orders')
        .onDelete('CASCADE')
      table
        .integer('submitted_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.string('photo_key').notNullable()
      table.string('signature_key').notNullable()
      table.string('receiver_name', 120).notNullable()
      table.string('receiver_phone', 16).notNullable()
      table.specificType('position', 'geography(Point, 4326)').nullable()
      // When the driver says the goods changed hands (may precede the upload: bad coverage).
      table.timestamp('delivered_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'order_events'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE')
      // Free text: transitions (posted, assigned, ...) and facts such as arrived_pickup.
      table.string('type', 40).notNullable()
      table.integer('actor_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.specificType('position', 'geography(Point, 4326)').nullable()
      table.jsonb('data').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['order_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/** Things a dispatcher should look at: long stops, trucks off the planned corridor. */
export default class extends BaseSchema {
  protected tableName = 'tracking_exceptions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table.string('kind', 20).notNullable()
      table.integer('order_id').nullable().references('id').inTable('orders').onDelete('CASCADE')
      table.integer('driver_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.integer('organisation_id').nullable()
      table.specificType('position', 'geography(Point, 4326)').nullable()
      table.jsonb('details').notNullable().defaultTo('{}')
      table.timestamp('opened_at', { useTz: true }).notNullable()
      table.timestamp('resolved_at', { useTz: true }).nullable()
      table.index(['organisation_id', 'opened_at'])
      table.index(['opened_at'])
    })
    this.schema.raw(
      "ALTER TABLE tracking_exceptions ADD CONSTRAINT tracking_exceptions_kind_check CHECK (kind IN ('long_stop', 'off_route'))"
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

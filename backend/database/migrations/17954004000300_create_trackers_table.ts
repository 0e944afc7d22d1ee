import { BaseSchema } from '@adonisjs/lucid/schema'

/** Device ids a driver registered for OsmAnd / Traccar Client apps. */
export default class extends BaseSchema {
  protected tableName = 'trackers'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('driver_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('device_id', 64).notNullable()
      table.string('name', 80).nullable()
      table.timestamp('last_seen_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['driver_id'])
    })
    // A device id belongs to one driver at a time; a revoked one may be registered again.
    this.schema.raw(
      'CREATE UNIQUE INDEX trackers_active_device ON trackers (device_id) WHERE revoked_at IS NULL'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

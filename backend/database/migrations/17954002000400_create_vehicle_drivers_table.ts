import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Which drivers drive which vehicle. A vehicle may have several drivers
 * (shifts); a driver drives one vehicle at a time.
 */
export default class extends BaseSchema {
  protected tableName = 'vehicle_drivers'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('vehicle_id')
        .notNullable()
        .references('id')
        .inTable('vehicles')
        .onDelete('CASCADE')
      table
        .integer('driver_id')
        .notNullable()
        .unique()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table
        .integer('assigned_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['vehicle_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Where milk is collected: centres (coolers, places on the map) and routes,
 * each an ordered list of stops (farm gates and centres) driven by a truck
 * and driver of the cooperative's transporter on given shifts and days.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('collection_centres', (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.specificType('location', 'geography(Point, 4326)').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['cooperative_id'])
    })

    this.schema.createTable('collection_routes', (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table
        .integer('vehicle_id')
        .nullable()
        .references('id')
        .inTable('vehicles')
        .onDelete('SET NULL')
      table.integer('driver_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      /** [{ shift: 'am' | 'pm', days: [1..7] }] (ISO weekdays) */
      table.jsonb('shifts').notNullable().defaultTo('[]')
      table.boolean('active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['cooperative_id'])
      table.index(['driver_id'])
    })

    this.schema.createTable('route_stops', (table) => {
      table.increments('id')
      table
        .integer('route_id')
        .notNullable()
        .references('id')
        .inTable('collection_routes')
        .onDelete('CASCADE')
      table.integer('position').notNullable()
      table
        .enum('kind', ['farm_gate', 'centre'], { useNative: true, enumName: 'route_stop_kind' })
        .notNullable()
      table
        .integer('centre_id')
        .nullable()
        .references('id')
        .inTable('collection_centres')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.specificType('location', 'geography(Point, 4326)').notNullable()
      table.unique(['route_id', 'position'])
    })
  }

  async down() {
    this.schema.dropTable('route_stops')
    this.schema.raw('DROP TYPE IF EXISTS route_stop_kind')
    this.schema.dropTable('collection_routes')
    this.schema.dropTable('collection_centres')
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What comes off (transport, advances, inputs bought on credit) or on
 * (bonuses) a farmer's pay for a period, and the bulk milk of a route
 * weighed in at the cooler, compared with the sum of its farm collections.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('farmer_adjustments', (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table
        .integer('farmer_id')
        .notNullable()
        .references('id')
        .inTable('farmers')
        .onDelete('CASCADE')
      table.string('period', 7).notNullable()
      table
        .enum('kind', ['transport', 'advance', 'inputs', 'bonus', 'other'], {
          useNative: true,
          enumName: 'farmer_adjustment_kind',
        })
        .notNullable()
      /** Minor unit, positive: a bonus adds it, every other kind takes it off. */
      table.integer('amount').notNullable()
      table.string('note', 120).nullable()
      table
        .integer('created_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['farmer_id', 'period'])
    })

    this.schema.createTable('route_intakes', (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table
        .integer('route_id')
        .notNullable()
        .references('id')
        .inTable('collection_routes')
        .onDelete('CASCADE')
      table.date('collected_on').notNullable()
      table
        .enum('shift', ['am', 'pm'], {
          useNative: true,
          existingType: true,
          enumName: 'milk_shift',
        })
        .notNullable()
      table.decimal('quantity_litres', 9, 2).notNullable()
      table.integer('driver_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table
        .integer('recorded_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['route_id', 'collected_on', 'shift'])
    })

    this.schema.alterTable('cooperatives', (table) => {
      /** Intake differing from the farm collections by more than this share is flagged. */
      table.decimal('variance_threshold_pct', 4, 2).notNullable().defaultTo(1.5)
    })
  }

  async down() {
    this.schema.alterTable('cooperatives', (table) => {
      table.dropColumn('variance_threshold_pct')
    })
    this.schema.dropTable('route_intakes')
    this.schema.dropTable('farmer_adjustments')
    this.schema.raw('DROP TYPE IF EXISTS farmer_adjustment_kind')
  }
}

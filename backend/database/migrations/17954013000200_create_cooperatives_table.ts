import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A cooperative's dairy settings: its currency, the transporter (a carrier)
 * whose trucks and drivers run its routes, the acceptance thresholds its
 * graders apply, and the last day of the last closed period.
 */
export default class extends BaseSchema {
  protected tableName = 'cooperatives'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table
        .integer('organisation_id')
        .primary()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table.string('code', 12).notNullable().unique()
      table.string('currency', 3).notNullable()
      table
        .integer('carrier_organisation_id')
        .nullable()
        .references('id')
        .inTable('organisations')
        .onDelete('SET NULL')
      table.decimal('milk_density', 5, 3).notNullable().defaultTo(1.03)
      table.decimal('lactometer_min', 4, 1).notNullable().defaultTo(26)
      table.decimal('lactometer_max', 4, 1).notNullable().defaultTo(32)
      table.decimal('max_temperature_c', 4, 1).notNullable().defaultTo(30)
      table.boolean('alcohol_test_required').notNullable().defaultTo(true)
      table.decimal('min_fat_pct', 4, 2).nullable()
      table.decimal('min_snf_pct', 4, 2).nullable()
      table.integer('max_litres').notNullable().defaultTo(500)
      table.date('closed_through').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The countries a vehicle type is used in (issue 10 item 5): a fleet and a
 * load offer only their country's types. Every type there is was offered
 * everywhere until now and trucks of it may be registered anywhere, so each
 * keeps all four countries; admins narrow the lists in the console.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('vehicle_types', (table) => {
      table
        .specificType('countries', 'text[]')
        .notNullable()
        .defaultTo(this.raw(`'{SN,KE,TZ,UG}'::text[]`))
    })
    this.schema.raw(
      `ALTER TABLE vehicle_types ADD CONSTRAINT vehicle_types_countries_not_empty CHECK (cardinality(countries) > 0)`
    )
  }

  async down() {
    this.schema.alterTable('vehicle_types', (table) => {
      table.dropColumn('countries')
    })
  }
}

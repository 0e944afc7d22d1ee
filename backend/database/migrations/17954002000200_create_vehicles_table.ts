import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'vehicles'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .notNullable()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table.integer('vehicle_type_id').notNullable().references('id').inTable('vehicle_types')
      /** Upper-case letters and digits only ("KCA 123A" -> "KCA123A"); unique platform-wide. */
      table.string('plate', 16).notNullable().unique()
      table.string('make', 60).nullable()
      table.string('model', 60).nullable()
      table.smallint('year').nullable()
      /** Overrides of the type's capacity; null means the type's. */
      table.integer('capacity_kg').nullable().checkPositive()
      table.decimal('capacity_m3', 8, 2).nullable().checkPositive()
      table.double('base_lat').nullable().checkBetween([-90, 90])
      table.double('base_lng').nullable().checkBetween([-180, 180])
      table.string('base_address', 200).nullable()
      table.timestamp('archived_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organisation_id'])
    })
    // PostGIS builds the point from the coordinates, so the two never disagree;
    // dispatch suggestions query it (ST_DWithin, <->) until live GPS lands.
    this.schema.raw(`
      ALTER TABLE vehicles ADD COLUMN base_location geography(Point, 4326)
        GENERATED ALWAYS AS (
          CASE WHEN base_lat IS NULL OR base_lng IS NULL THEN NULL
          ELSE ST_SetSRID(ST_MakePoint(base_lng, base_lat), 4326)::geography END
        ) STORED
    `)
    this.schema.raw(
      'CREATE INDEX vehicles_base_location_gist ON vehicles USING GIST (base_location)'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'
import { loadGazetteer } from '#places/gazetteer'

/**
 * The gazetteer: towns, ports and markets searched by name (pg_trgm, on
 * PGlite and PostgreSQL alike) and by distance (KNN on a GiST index), and
 * the land, to tell a pin dropped in the sea. Filled here from packages.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    this.schema.createTable('places', (table) => {
      table.increments('id')
      table.string('name', 200).notNullable()
      table.string('search_name', 200).notNullable()
      table.text('search_aliases').notNullable().defaultTo('')
      table.string('kind', 20).notNullable()
      table.string('country', 2).notNullable()
      table.string('region', 200).nullable()
      table.string('source', 20).notNullable()
      table.specificType('location', 'geography(Point, 4326)').notNullable()
    })
    this.schema.raw('CREATE INDEX places_location_idx ON places USING GIST (location)')
    this.schema.raw(
      'CREATE INDEX places_name_trgm_idx ON places USING GIN (search_name gin_trgm_ops)'
    )
    this.schema.raw(
      'CREATE INDEX places_aliases_trgm_idx ON places USING GIN (search_aliases gin_trgm_ops)'
    )
    this.schema.createTable('land_areas', (table) => {
      table.increments('id')
      table.specificType('geom', 'geometry(Geometry, 4326)').notNullable()
    })
    this.schema.raw('CREATE INDEX land_areas_geom_idx ON land_areas USING GIST (geom)')
    this.defer(async (db) => {
      await loadGazetteer(db)
    })
  }

  async down() {
    this.schema.dropTable('land_areas')
    this.schema.dropTable('places')
  }
}

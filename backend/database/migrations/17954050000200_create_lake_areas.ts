import { BaseSchema } from '@adonisjs/lucid/schema'
import { loadLakes } from '#places/gazetteer'

/**
 * The open water of the lakes (Tanganyika, Malawi, Turkana, Albert, Kyoga,
 * Guiers, ... beside Victoria), for the sea check: Natural Earth's land
 * covers them, so a pin in a lake passed for a place on shore.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('lake_areas', (table) => {
      table.increments('id')
      table.specificType('geom', 'geometry(Geometry, 4326)').notNullable()
    })
    this.schema.raw('CREATE INDEX lake_areas_geom_idx ON lake_areas USING GIST (geom)')
    this.defer(async (db) => {
      await loadLakes(db)
    })
  }

  async down() {
    this.schema.dropTable('lake_areas')
  }
}

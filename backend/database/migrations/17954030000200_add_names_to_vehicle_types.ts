import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A vehicle type's name in each language (issue 15): `names` holds
 * `{ en, fr, sw }`; `name` stays the English one the API always had. The
 * reference types get their French and Swahili names; a type an admin made
 * falls back to its name until translated.
 */
const NAMES: Record<string, { fr: string; sw: string }> = {
  motorcycle: { fr: 'Moto (Jakarta)', sw: 'Pikipiki (bodaboda)' },
  pickup: { fr: 'Pick-up', sw: 'Pikapu' },
  van: { fr: 'Fourgon', sw: 'Gari la mizigo (van)' },
  box_3t: { fr: 'Camion fourgon 3 t (Canter)', sw: 'Lori la sanduku tani 3 (Canter)' },
  flatbed_10t: { fr: 'Plateau 10 t', sw: 'Lori la bapa tani 10' },
  tipper_15t: { fr: 'Benne 15 t', sw: 'Tipa tani 15' },
  reefer_10t: { fr: 'Camion frigorifique 10 t', sw: 'Lori la jokofu tani 10' },
  tanker_20k: { fr: 'Citerne 20 000 l', sw: 'Tanki lita 20,000' },
  milk_tanker_5k: { fr: 'Citerne à lait 5 000 l', sw: 'Tanki la maziwa lita 5,000' },
  curtainsider_28t: { fr: 'Semi-remorque bâchée 28 t', sw: 'Trela la pazia tani 28' },
  container_40ft: { fr: 'Porte-conteneur 40 pieds', sw: 'Kibeba kontena futi 40' },
}

export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('vehicle_types', (table) => {
      table.jsonb('names').notNullable().defaultTo('{}')
    })
    this.defer(async (db) => {
      await db.rawQuery(`UPDATE vehicle_types SET names = jsonb_build_object('en', name)`)
      for (const [code, names] of Object.entries(NAMES)) {
        await db.rawQuery(`UPDATE vehicle_types SET names = names || ?::jsonb WHERE code = ?`, [
          JSON.stringify(names),
          code,
        ])
      }
    })
  }

  async down() {
    this.schema.alterTable('vehicle_types', (table) => {
      table.dropColumn('names')
    })
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Reference vehicle types common on East and West African corridors. Admins
 * may add more or edit these through the API; re-running never overwrites.
 */
const TYPES = [
  ['motorcycle', 'Motorcycle (boda boda / Jakarta)', 'motorcycle', 150, 0.3],
  ['pickup', 'Pickup', 'pickup', 1000, 2.5],
  ['van', 'Panel van', 'van', 1500, 8],
  ['box_3t', 'Box truck 3 t (Canter)', 'box', 3000, 18],
  ['flatbed_10t', 'Flatbed 10 t', 'flatbed', 10000, 35],
  ['tipper_15t', 'Tipper 15 t', 'tipper', 15000, 12],
  ['reefer_10t', 'Refrigerated truck 10 t', 'refrigerated', 10000, 30],
  ['tanker_20k', 'Tanker 20,000 l', 'tanker', 20000, 20],
  ['milk_tanker_5k', 'Milk tanker 5,000 l', 'tanker', 5000, 5],
  ['curtainsider_28t', 'Trailer curtainsider 28 t', 'curtainsider', 28000, 80],
  ['container_40ft', 'Container carrier 40 ft', 'container', 28000, 67],
] as const

export default class extends BaseSchema {
  async up() {
    this.defer(async (db) => {
      const now = new Date()
      const existing = await db.from('vehicle_types').select('code')
      const known = new Set(existing.map((row: { code: string }) => row.code))
      const missing = TYPES.filter(([code]) => !known.has(code))
      if (missing.length === 0) return
      await db.table('vehicle_types').multiInsert(
        missing.map(([code, name, body, capacityKg, capacityM3]) => ({
          code,
          name,
          body,
          capacity_kg: capacityKg,
          capacity_m3: capacityM3,
          created_at: now,
          updated_at: now,
        }))
      )
    })
  }

  async down() {
    this.defer(async (db) => {
      await db
        .from('vehicle_types')
        .whereIn(
          'code',
          TYPES.map(([code]) => code)
        )
        .delete()
    })
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/** Deductions carried before the kind existed: `other`, noted "Carried from YYYY-MM". */
export default class extends BaseSchema {
  async up() {
    this.defer(async (db) => {
      await db
        .from('farmer_adjustments')
        .where('kind', 'other')
        .whereILike('note', 'Carried from %')
        .update({ kind: 'carried', note: null })
    })
  }

  async down() {
    this.defer(async (db) => {
      await db
        .from('farmer_adjustments')
        .where('kind', 'carried')
        .update({
          kind: 'other',
          note: db.raw(
            "'Carried from ' || to_char(to_date(period, 'YYYY-MM') - interval '1 month', 'YYYY-MM')"
          ),
        })
    })
  }
}

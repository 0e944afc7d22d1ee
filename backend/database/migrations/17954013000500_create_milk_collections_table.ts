import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per can load weighed at a farm gate or centre. The id is made on
 * the device, so a batch synced twice stores each collection once. A
 * correction never edits a row: it adds a reversal (the negative of the
 * original, `reverses_id`) and a new collection (`replaces_id`).
 */
export default class extends BaseSchema {
  protected tableName = 'milk_collections'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary()
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table.integer('farmer_id').notNullable().references('id').inTable('farmers')
      table
        .integer('route_id')
        .nullable()
        .references('id')
        .inTable('collection_routes')
        .onDelete('SET NULL')
      table
        .integer('stop_id')
        .nullable()
        .references('id')
        .inTable('route_stops')
        .onDelete('SET NULL')
      table
        .integer('centre_id')
        .nullable()
        .references('id')
        .inTable('collection_centres')
        .onDelete('SET NULL')
      table.enum('kind', ['collection', 'reversal'], {
        useNative: true,
        enumName: 'milk_collection_kind',
      })
      table.enum('shift', ['am', 'pm'], { useNative: true, enumName: 'milk_shift' }).notNullable()
      table.timestamp('collected_at', { useTz: true }).notNullable()
      table.date('collected_on').notNullable()
      table.string('period', 7).notNullable()
      table.decimal('quantity_litres', 8, 2).notNullable()
      table.smallint('cans').notNullable()
      table.decimal('lactometer', 4, 1).nullable()
      table.boolean('alcohol_passed').nullable()
      table.decimal('temperature_c', 4, 1).nullable()
      table.decimal('fat_pct', 4, 2).nullable()
      table.decimal('snf_pct', 4, 2).nullable()
      table
        .enum('outcome', ['accepted', 'rejected'], {
          useNative: true,
          enumName: 'milk_collection_outcome',
        })
        .notNullable()
      table.string('rejection_reason', 40).nullable()
      table.string('grade', 2).nullable()
      table.specificType('position', 'geography(Point, 4326)').nullable()
      table
        .integer('recorded_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.uuid('reverses_id').nullable().unique().references('id').inTable('milk_collections')
      table.uuid('replaces_id').nullable().references('id').inTable('milk_collections')
      table.string('reference', 12).notNullable().unique()
      table
        .integer('receipt_sms_id')
        .nullable()
        .references('id')
        .inTable('sms_messages')
        .onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['farmer_id', 'period'])
      table.index(['cooperative_id', 'collected_on'])
      table.index(['route_id', 'collected_on'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP TYPE IF EXISTS milk_collection_kind')
    this.schema.raw('DROP TYPE IF EXISTS milk_shift')
    this.schema.raw('DROP TYPE IF EXISTS milk_collection_outcome')
  }
}

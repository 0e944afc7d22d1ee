import { BaseSchema } from '@adonisjs/lucid/schema'

const VEHICLE_BODIES = [
  'flatbed',
  'box',
  'curtainsider',
  'tanker',
  'refrigerated',
  'tipper',
  'container',
  'livestock',
  'van',
  'pickup',
  'motorcycle',
] as const

export default class extends BaseSchema {
  protected tableName = 'vehicle_types'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('code', 40).notNullable().unique()
      table.string('name', 80).notNullable()
      table
        .enum('body', [...VEHICLE_BODIES], { useNative: true, enumName: 'vehicle_body' })
        .notNullable()
      table.integer('capacity_kg').notNullable().checkPositive()
      table.decimal('capacity_m3', 8, 2).notNullable().checkPositive()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP TYPE IF EXISTS vehicle_body')
  }
}

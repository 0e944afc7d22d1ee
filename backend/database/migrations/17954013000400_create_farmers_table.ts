import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Farmers sell milk to one cooperative. They are identified by their phone
 * (no password, no smartphone needed): receipts go to it and USSD knows
 * them by it. Self-registered farmers wait for a clerk's approval.
 */
export default class extends BaseSchema {
  protected tableName = 'farmers'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table.string('phone', 16).notNullable().unique()
      table.string('name', 120).notNullable()
      table.string('member_number', 20).notNullable()
      table.string('locale', 5).notNullable().defaultTo('en')
      table.string('payout_phone', 16).notNullable()
      table.string('national_id', 20).nullable()
      table
        .enum('status', ['pending', 'active', 'suspended'], {
          useNative: true,
          enumName: 'farmer_status',
        })
        .notNullable()
      table
        .integer('stop_id')
        .nullable()
        .references('id')
        .inTable('route_stops')
        .onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['cooperative_id', 'member_number'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP TYPE IF EXISTS farmer_status')
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/** A cooperative's rate chart: the price of a litre per grade in a period (month). */
export default class extends BaseSchema {
  protected tableName = 'milk_prices'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table.string('period', 7).notNullable()
      table.string('grade', 2).notNullable()
      /** In the currency's minor unit (cents for KES and TZS, shillings for UGX). */
      table.integer('price_per_litre').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['cooperative_id', 'period', 'grade'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What reconciliation found, one row per pay-in it asked about: the job's
 * runs (checked_by null) and an operator's checks from the console. The
 * console lists them, above all what could not be settled and why.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('payment_reconciliations', (table) => {
      table.increments('id')
      table.timestamp('run_at', { useTz: true }).notNullable()
      table.integer('payment_id').notNullable().references('id').inTable('payments')
      table.string('provider', 20).notNullable()
      table.string('outcome', 20).notNullable()
      table.boolean('settled').notNullable()
      table.string('reason', 30).nullable()
      table.text('detail').nullable()
      table.integer('checked_by').nullable().references('id').inTable('users')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['payment_id'])
      table.index(['checked_by'])
      table.index(['run_at'])
    })
  }

  async down() {
    this.schema.dropTable('payment_reconciliations')
  }
}

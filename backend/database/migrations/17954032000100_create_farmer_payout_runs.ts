import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A cooperative's payout run (issue 13 part 5): the farmers' pay for one
 * period, prepared from their statements, approved by a manager, then one
 * `farmer` payout per farmer owed something. One run per cooperative and
 * period; a line is one farmer of it, linked to its payout once approved.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE payouts DROP CONSTRAINT payouts_kind_check;
      ALTER TABLE payouts ADD CONSTRAINT payouts_kind_check CHECK (
        (kind IN ('carrier', 'farmer') AND organisation_id IS NOT NULL)
        OR (kind = 'refund' AND order_id IS NOT NULL AND payment_id IS NOT NULL))
    `)
    this.schema.createTable('farmer_payout_runs', (table) => {
      table.increments('id')
      table
        .integer('cooperative_id')
        .notNullable()
        .references('organisation_id')
        .inTable('cooperatives')
        .onDelete('CASCADE')
      table.string('period', 7).notNullable()
      // draft -> approved
      table.string('status', 10).notNullable().defaultTo('draft')
      table.string('currency', 3).notNullable()
      table.bigInteger('total_amount').notNullable().defaultTo(0)
      table.integer('prepared_by_id').nullable().references('id').inTable('users')
      table.integer('approved_by_id').nullable().references('id').inTable('users')
      table.timestamp('approved_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['cooperative_id', 'period'])
    })
    this.schema.raw(`
      ALTER TABLE farmer_payout_runs
        ADD CONSTRAINT farmer_payout_runs_status_check CHECK (status IN ('draft', 'approved'))
    `)
    this.schema.createTable('farmer_payout_lines', (table) => {
      table.increments('id')
      table
        .integer('run_id')
        .notNullable()
        .references('id')
        .inTable('farmer_payout_runs')
        .onDelete('CASCADE')
      table.integer('farmer_id').notNullable().references('id').inTable('farmers')
      table.decimal('litres', 12, 2).notNullable()
      /** Minor units: the milk at the period's prices, deductions and bonuses, and what is paid. */
      table.bigInteger('gross').notNullable()
      table.bigInteger('deductions').notNullable()
      table.bigInteger('bonuses').notNullable()
      table.bigInteger('net').notNullable()
      table.integer('payout_id').nullable().unique().references('id').inTable('payouts')
      /** The statement SMS sent once the payout went through. */
      table.integer('statement_sms_id').nullable().references('id').inTable('sms_messages')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['run_id', 'farmer_id'])
    })
  }

  async down() {
    this.schema.dropTable('farmer_payout_lines')
    this.schema.dropTable('farmer_payout_runs')
    this.schema.raw(`
      ALTER TABLE payouts DROP CONSTRAINT payouts_kind_check;
      ALTER TABLE payouts ADD CONSTRAINT payouts_kind_check CHECK (
        (kind = 'carrier' AND organisation_id IS NOT NULL)
        OR (kind = 'refund' AND order_id IS NOT NULL AND payment_id IS NOT NULL))
    `)
  }
}

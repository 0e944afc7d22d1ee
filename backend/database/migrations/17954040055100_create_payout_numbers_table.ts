import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A carrier's payout numbers (issue 11): each asked for by the owner and
 * confirmed by a one-time code sent to it; the latest confirmed one is
 * where the carrier is paid. One-time codes get a purpose, so a payout
 * number's code never signs anyone in.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('payout_numbers', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .notNullable()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table.string('phone', 16).notNullable()
      table.integer('requested_by').nullable().references('id').inTable('users')
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['organisation_id', 'confirmed_at'])
    })
    this.schema.alterTable('otp_codes', (table) => {
      table.string('purpose', 20).notNullable().defaultTo('sign_in')
    })
  }

  async down() {
    this.schema.alterTable('otp_codes', (table) => {
      table.dropColumn('purpose')
    })
    this.schema.dropTable('payout_numbers')
  }
}

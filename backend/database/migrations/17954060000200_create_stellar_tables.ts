import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The optional Stellar wallet rail (docs/architecture.md, "Stellar wallets"):
 * - `stellar_wallets`: one keypair per user, its secret encrypted with the
 *   app key (never stored in clear);
 * - `stellar_submissions`: the signed transaction of each payout attempt,
 *   stored before it is submitted, so a resend submits the very same
 *   envelope (same hash: the network applies it at most once) and its time
 *   bound says when an absent transaction can no longer land;
 * - `payout_rails`: a carrier's choice to be paid by Stellar instead of mobile money;
 * - `payouts.account`: the Stellar account a payout goes to (its `phone`
 *   stays the carrier owner's, for people).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('stellar_wallets', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().unique().references('id').inTable('users')
      table.string('public_key', 56).notNullable().unique()
      table.text('encrypted_secret').notNullable()
      table.timestamp('funded_at', { useTz: true }).nullable()
      table.timestamp('trusted_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema.createTable('stellar_submissions', (table) => {
      table.increments('id')
      table.string('idempotency_key', 64).notNullable().unique()
      table.string('hash', 64).notNullable().unique()
      table.text('envelope_xdr').notNullable()
      table.timestamp('valid_until', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema.createTable('payout_rails', (table) => {
      table.integer('organisation_id').primary().references('id').inTable('organisations')
      table.string('rail', 20).notNullable()
      table.integer('chosen_by').nullable().references('id').inTable('users').index()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `ALTER TABLE payout_rails ADD CONSTRAINT payout_rails_rail_check CHECK (rail IN ('mobile_money', 'stellar'))`
    )
    this.schema.alterTable('payouts', (table) => {
      table.string('account', 56).nullable()
    })
  }

  async down() {
    this.schema.alterTable('payouts', (table) => table.dropColumn('account'))
    this.schema.dropTable('payout_rails')
    this.schema.dropTable('stellar_submissions')
    this.schema.dropTable('stellar_wallets')
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Payouts (docs/architecture.md, "Payouts and refunds"): money leaving us by
 * a provider's disbursement API, to a carrier after settlement or back to a
 * shipper as a refund.
 * - `idempotency_key` is the cause (`settlement:<order>`, `refund:<order>:<key>`):
 *   one cause makes one payout;
 * - `originator_conversation_id` is the key of the current attempt, stored
 *   before the provider is called and unique for ever, so the provider
 *   refuses a second request of the same attempt;
 * - `callback_token` is the secret of our result and timeout URLs;
 * - callbacks are stored in `payment_callbacks` with their payout.
 * `money_settings` holds what operators switch at run time (the payout kill switch).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('payouts', (table) => {
      table.increments('id')
      // carrier | refund
      table.string('kind', 10).notNullable()
      table.integer('organisation_id').nullable().references('id').inTable('organisations')
      table.integer('order_id').nullable().references('id').inTable('orders')
      table.integer('payment_id').nullable().references('id').inTable('payments')
      table.string('provider', 20).notNullable()
      table.bigInteger('amount').notNullable()
      table.string('currency', 3).notNullable()
      table.string('phone', 20).notNullable()
      // queued -> sending -> sent | failed (-> queued again by an operator) | cancelled
      table.string('status', 12).notNullable().defaultTo('queued')
      table.integer('attempt').notNullable().defaultTo(1)
      table.string('idempotency_key', 120).notNullable().unique()
      table.string('originator_conversation_id', 64).nullable().unique()
      table.string('provider_ref', 100).nullable()
      table.string('provider_receipt', 100).nullable()
      table.string('failure_reason', 30).nullable()
      table.string('held_reason', 20).nullable()
      table.string('callback_token', 64).notNullable().unique()
      table.integer('requested_by').nullable().references('id').inTable('users')
      table.string('reason', 300).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('requested_at', { useTz: true }).nullable()
      table.timestamp('settled_at', { useTz: true }).nullable()
      table.index(['organisation_id', 'id'])
      table.index(['order_id'])
      table.index(['status'])
    })
    this.schema.raw(`
      ALTER TABLE payouts
        ADD CONSTRAINT payouts_amount_check CHECK (amount > 0),
        ADD CONSTRAINT payouts_kind_check CHECK (
          (kind = 'carrier' AND organisation_id IS NOT NULL)
          OR (kind = 'refund' AND order_id IS NOT NULL AND payment_id IS NOT NULL)),
        ADD CONSTRAINT payouts_status_check
          CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled'))
    `)
    this.schema.alterTable('payment_callbacks', (table) => {
      table.integer('payout_id').nullable().references('id').inTable('payouts')
    })
    this.schema.createTable('money_settings', (table) => {
      table.string('key', 40).primary()
      table.jsonb('value').notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('money_settings')
    this.schema.alterTable('payment_callbacks', (table) => table.dropColumn('payout_id'))
    this.schema.dropTable('payouts')
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Pay-ins (docs/architecture.md, "Money"): one row per attempt to pay an
 * order, and every provider callback stored once before it is applied.
 * - at most one attempt per order is pending or received (a partial unique
 *   index): a shipper cannot pay twice, even with two tabs;
 * - `callback_token` is the unguessable secret in the callback URL we give
 *   the provider: a callback without a known token is refused;
 * - a callback is stored once per (provider, provider's id), so a replay
 *   is recognised before anything is applied.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('payments', (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('id').inTable('orders')
      table.integer('payer_id').notNullable().references('id').inTable('users')
      // mpesa, wave, orange_money, airtel, cash
      table.string('provider', 20).notNullable()
      table.bigInteger('amount').notNullable()
      table.string('currency', 3).notNullable()
      table.string('phone', 20).nullable()
      // pending -> received | failed
      table.string('status', 12).notNullable().defaultTo('pending')
      table.string('failure_reason', 30).nullable()
      table.string('callback_token', 64).notNullable().unique()
      // What the provider calls this attempt (Daraja's CheckoutRequestID), once it has answered.
      table.string('provider_ref', 100).nullable()
      table.string('provider_receipt', 100).nullable()
      table.string('account_reference', 20).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('settled_at', { useTz: true }).nullable()
      table.unique(['provider', 'provider_ref'])
      table.index(['order_id'])
    })
    this.schema.raw(`
      CREATE UNIQUE INDEX payments_one_live_per_order ON payments (order_id)
        WHERE status IN ('pending', 'received');
      ALTER TABLE payments
        ADD CONSTRAINT payments_amount_check CHECK (amount > 0),
        ADD CONSTRAINT payments_status_check CHECK (status IN ('pending', 'received', 'failed'))
    `)

    this.schema.createTable('payment_callbacks', (table) => {
      table.bigIncrements('id')
      table.string('provider', 20).notNullable()
      // The provider's own id of what it reports (Daraja: CheckoutRequestID).
      table.string('provider_ref', 100).notNullable()
      table.integer('payment_id').nullable().references('id').inTable('payments')
      table.jsonb('body').notNullable()
      // applied | mismatch | ignored: what the job made of it; null until then.
      table.string('outcome', 20).nullable()
      table.string('note', 300).nullable()
      table.timestamp('received_at', { useTz: true }).notNullable()
      table.timestamp('processed_at', { useTz: true }).nullable()
      table.unique(['provider', 'provider_ref'])
    })
  }

  async down() {
    this.schema.dropTable('payment_callbacks')
    this.schema.dropTable('payments')
  }
}

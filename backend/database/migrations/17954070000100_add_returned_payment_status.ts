import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A pay-in the order could not take (paid after the order was cancelled, or
 * a second payment of a paid order) is `returned`: its money came in and
 * goes back to its payer. It is not live, so the order may be paid again.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE payments DROP CONSTRAINT payments_status_check;
      ALTER TABLE payments
        ADD CONSTRAINT payments_status_check CHECK (status IN ('pending', 'received', 'failed', 'returned'));
      UPDATE payments SET status = 'returned'
        WHERE id IN (SELECT (after->>'paymentId')::bigint FROM audit_events WHERE action = 'payment.unwanted')
    `)
  }

  /** Before this status, a late pay-in that went back was `failed` with a receipt. */
  async down() {
    this.schema.raw(`
      UPDATE payments SET status = 'failed' WHERE status = 'returned';
      ALTER TABLE payments DROP CONSTRAINT payments_status_check;
      ALTER TABLE payments
        ADD CONSTRAINT payments_status_check CHECK (status IN ('pending', 'received', 'failed'))
    `)
  }
}

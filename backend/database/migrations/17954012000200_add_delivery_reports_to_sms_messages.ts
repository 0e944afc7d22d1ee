import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Each text's encoding and segment count (what it costs), and the delivery
 * report the provider calls back with (Africa's Talking: Success, Failed, ...).
 */
export default class extends BaseSchema {
  protected tableName = 'sms_messages'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('encoding', 5).nullable()
      table.smallint('segments').nullable()
      table.string('delivery_status', 20).nullable()
      table.string('delivery_failure_reason', 60).nullable()
      table.string('network_code', 10).nullable()
      table.timestamp('delivery_reported_at', { useTz: true }).nullable()
      table.index(['provider_message_id'])
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropIndex(['provider_message_id'])
      table.dropColumns(
        'encoding',
        'segments',
        'delivery_status',
        'delivery_failure_reason',
        'network_code',
        'delivery_reported_at'
      )
    })
  }
}

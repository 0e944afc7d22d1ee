import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The number a confirmed payout number replaced (the previous payout
 * number, or the owner's phone), and the SMS that warned it: sent once,
 * by a retried job, so a stolen session cannot move payouts unnoticed.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('payout_numbers', (table) => {
      table.string('replaced_phone', 20).nullable()
      table.integer('alert_sms_id').nullable().references('id').inTable('sms_messages')
      table.index(['alert_sms_id'])
    })
  }

  async down() {
    this.schema.alterTable('payout_numbers', (table) => {
      table.dropColumn('alert_sms_id')
      table.dropColumn('replaced_phone')
    })
  }
}

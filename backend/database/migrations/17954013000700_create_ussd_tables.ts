import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * USSD: the PIN that guards money and changes (per phone, hashed, locked
 * after wrong tries), and the sessions when no Redis is configured.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('ussd_pins', (table) => {
      table.string('phone', 16).primary()
      table.string('pin_hash', 255).notNullable()
      table.smallint('failed_attempts').notNullable().defaultTo(0)
      table.timestamp('locked_until', { useTz: true }).nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.createTable('ussd_sessions', (table) => {
      table.string('session_id', 100).primary()
      table.jsonb('data').notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.index(['expires_at'])
    })
  }

  async down() {
    this.schema.dropTable('ussd_sessions')
    this.schema.dropTable('ussd_pins')
  }
}

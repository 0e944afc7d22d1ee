import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Nobody joins an organisation without saying yes: adding someone who
 * already has an account invites them, and they accept or decline (in the
 * app or by replying to the text with its code). At most one open invitation
 * per person and organisation.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('organisation_invitations', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .notNullable()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.specificType('role', 'user_role').notNullable()
      table
        .integer('invited_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.string('status', 16).notNullable().defaultTo('pending')
      /** What the invitee texts back (YES <code> / NO <code>). */
      table.string('code', 8).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('answered_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id', 'status'])
    })
    this.schema.raw(
      "ALTER TABLE organisation_invitations ADD CONSTRAINT organisation_invitations_status CHECK (status IN ('pending', 'accepted', 'declined', 'expired'))"
    )
    this.schema.raw(
      "CREATE UNIQUE INDEX organisation_invitations_one_open ON organisation_invitations (organisation_id, user_id) WHERE status = 'pending'"
    )
  }

  async down() {
    this.schema.dropTable('organisation_invitations')
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/** An admin suspends an account: it cannot sign in, and its tokens end (issue 15). */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.timestamp('suspended_at', { useTz: true }).nullable()
      table.string('suspension_reason', 500).nullable()
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => {
      table.dropColumn('suspended_at')
      table.dropColumn('suspension_reason')
    })
  }
}

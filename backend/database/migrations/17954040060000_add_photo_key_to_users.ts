import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A person's own photo (issue 10 item 3): the upload service's key of it,
 * so the shipper waiting for a truck sees who is coming.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.string('photo_key', 255).nullable()
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => {
      table.dropColumn('photo_key')
    })
  }
}

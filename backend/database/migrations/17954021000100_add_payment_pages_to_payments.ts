import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Pay-ins approved on the provider's page (Wave's app, Orange Money's web
 * payment): the page's URL, shown to the payer only, and what the
 * provider's callbacks carry to prove they are about the attempt
 * (Orange Money's notif_token).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('payments', (table) => {
      table.text('checkout_url').nullable()
      table.string('callback_proof', 100).nullable()
    })
  }

  async down() {
    this.schema.alterTable('payments', (table) => {
      table.dropColumn('checkout_url')
      table.dropColumn('callback_proof')
    })
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/** Per-order chat (issue 12): messages, and how far each participant received and read. */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('chat_messages', (table) => {
      table.bigIncrements('id')
      table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE')
      table.integer('sender_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      // Chosen by the sender's device: a send replayed after a lost connection is stored once.
      table.string('client_id', 64).notNullable()
      table.string('kind', 10).notNullable()
      table.text('body').nullable()
      table.string('attachment_key', 255).nullable()
      table.string('attachment_type', 60).nullable()
      table.integer('attachment_size').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['sender_id', 'client_id'])
      table.index(['order_id', 'id'])
    })

    this.schema.createTable('chat_receipts', (table) => {
      table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE')
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.bigInteger('delivered_up_to').notNullable().defaultTo(0)
      table.bigInteger('read_up_to').notNullable().defaultTo(0)
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.primary(['order_id', 'user_id'])
    })
  }

  async down() {
    this.schema.dropTable('chat_receipts')
    this.schema.dropTable('chat_messages')
  }
}

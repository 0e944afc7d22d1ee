import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'sms_messages'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table.string('to', 16).notNullable()
      table.text('body').notNullable()
      table.string('transport', 20).notNullable()
      table.string('status', 40).notNullable()
      table.string('provider_message_id').nullable()
      table.string('error').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

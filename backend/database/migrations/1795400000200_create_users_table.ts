import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('phone', 16).notNullable().unique()
      table.string('name', 120).nullable()
      table
        .enum('role', ['shipper', 'driver', 'dispatcher', 'admin'], {
          useNative: true,
          enumName: 'user_role',
        })
        .notNullable()
      table
        .integer('organisation_id')
        .nullable()
        .references('id')
        .inTable('organisations')
        .onDelete('SET NULL')
      table.string('locale', 5).notNullable().defaultTo('en')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organisation_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP TYPE IF EXISTS user_role')
  }
}

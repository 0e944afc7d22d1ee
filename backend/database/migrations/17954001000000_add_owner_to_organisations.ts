import { BaseSchema } from '@adonisjs/lucid/schema'

/** The user who created an organisation manages its members. */
export default class extends BaseSchema {
  protected tableName = 'organisations'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.integer('owner_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.index(['owner_id'])
    })
    // One platform organisation holds the platform's own dispatchers and admins.
    this.schema.raw(
      "CREATE UNIQUE INDEX organisations_single_platform ON organisations (kind) WHERE kind = 'platform'"
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS organisations_single_platform')
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('owner_id')
    })
  }
}

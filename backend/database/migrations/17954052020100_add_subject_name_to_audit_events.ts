import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The subject's name as it was when the action was taken (a person's name,
 * an order by cargo and places), like the actor's: operators read who and
 * what, not "#id". Rows written before stay nameless (the log is never changed).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('audit_events', (table) => {
      table.string('subject_name', 300).nullable()
    })
  }

  async down() {
    this.schema.alterTable('audit_events', (table) => {
      table.dropColumn('subject_name')
    })
  }
}

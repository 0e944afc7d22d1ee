import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Dairy cooperatives (and processors) are organisations of their own kind,
 * with clerks who record collections and graders who test the milk.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw("ALTER TYPE organisation_kind ADD VALUE IF NOT EXISTS 'cooperative'")
    this.schema.raw("ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'clerk'")
    this.schema.raw("ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'grader'")
  }

  /** PostgreSQL cannot drop an enum value; rows using them go with the tables below. */
  async down() {}
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What a farmer owes from a month whose deductions were above their pay is
 * carried to the next month as its own kind of deduction (it was `other`
 * with an English note): its words are written in the reader's language
 * from the kind and the month. The value is added here and used by the
 * next migration, in its own transaction (PostgreSQL refuses a new enum
 * value in the transaction that added it).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw("ALTER TYPE farmer_adjustment_kind ADD VALUE IF NOT EXISTS 'carried'")
  }

  /** An enum value cannot be dropped; the next migration's down() puts the rows back. */
  async down() {}
}

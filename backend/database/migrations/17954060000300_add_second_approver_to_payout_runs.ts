import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The two-person rule, as the cooperative was when the run was prepared:
 * counted again at approval only, a manager could remove the other one
 * between preparing and approving and approve their own run alone.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('farmer_payout_runs', (table) => {
      table.boolean('second_approver_required').notNullable().defaultTo(false)
    })
  }

  async down() {
    this.schema.alterTable('farmer_payout_runs', (table) => {
      table.dropColumn('second_approver_required')
    })
  }
}

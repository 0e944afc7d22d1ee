import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The platform's commission is fixed when a carrier gets the order (basis
 * points: 1000 = 10 %), so a rate changed between assignment and delivery
 * does not change what the carrier was promised. Null: not assigned, or
 * assigned before this column (settlement then reads the current rate).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('orders', (table) => {
      table.integer('commission_basis_points').nullable()
    })
    this.schema.raw(`
      ALTER TABLE orders ADD CONSTRAINT orders_commission_basis_points_check
        CHECK (commission_basis_points BETWEEN 0 AND 9999)
    `)
  }

  async down() {
    this.schema.alterTable('orders', (table) => table.dropColumn('commission_basis_points'))
  }
}

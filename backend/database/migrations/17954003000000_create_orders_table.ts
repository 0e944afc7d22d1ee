import { BaseSchema } from '@adonisjs/lucid/schema'

const STATUSES = [
  'draft',
  'posted',
  'bidding',
  'assigned',
  'pickup_pending',
  'picked_up',
  'in_transit',
  'delivered',
  'completed',
  'cancelled',
  'disputed',
  'resolved',
] as const

export default class extends BaseSchema {
  protected tableName = 'orders'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('shipper_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('RESTRICT')
      table
        .integer('shipper_organisation_id')
        .nullable()
        .references('id')
        .inTable('organisations')
        .onDelete('RESTRICT')
      // A check constraint rather than a native enum: statuses may grow.
      table
        .enum('status', [...STATUSES])
        .notNullable()
        .defaultTo('draft')

      table.specificType('pickup', 'geography(Point, 4326)').notNullable()
      table.text('pickup_address').notNullable()
      table.string('pickup_contact_name', 120).nullable()
      table.string('pickup_contact_phone', 16).nullable()
      table.timestamp('pickup_window_start', { useTz: true }).nullable()
      table.timestamp('pickup_window_end', { useTz: true }).nullable()

      table.specificType('dropoff', 'geography(Point, 4326)').notNullable()
      table.text('dropoff_address').notNullable()
      table.string('dropoff_contact_name', 120).nullable()
      table.string('dropoff_contact_phone', 16).nullable()
      table.timestamp('dropoff_window_start', { useTz: true }).nullable()
      table.timestamp('dropoff_window_end', { useTz: true }).nullable()

      table.string('cargo_kind', 80).notNullable()
      table.integer('cargo_weight_kg').notNullable()
      table.decimal('cargo_volume_m3', 10, 2).nullable()
      table.integer('cargo_count').nullable()
      table.boolean('cargo_fragile').notNullable().defaultTo(false)
      table.boolean('cargo_refrigerated').notNullable().defaultTo(false)
      table.jsonb('cargo_photos').notNullable().defaultTo('[]')
      // FK to vehicle_types is added once the fleet tables exist (later migration).
      table.integer('required_vehicle_type_id').nullable()

      table.bigInteger('price_amount').nullable()
      table.string('currency', 3).notNullable()
      table.boolean('open_to_bids').notNullable().defaultTo(false)
      table.enum('payment_method', ['mobile_money', 'cash']).notNullable()
      table.text('notes').nullable()

      table
        .integer('assigned_driver_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.integer('assigned_vehicle_id').nullable()
      table
        .integer('carrier_organisation_id')
        .nullable()
        .references('id')
        .inTable('organisations')
        .onDelete('SET NULL')

      table.text('cancel_reason').nullable()
      table.timestamp('posted_at', { useTz: true }).nullable()
      table.timestamp('assigned_at', { useTz: true }).nullable()
      table.timestamp('picked_up_at', { useTz: true }).nullable()
      table.timestamp('delivered_at', { useTz: true }).nullable()
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['status'])
      table.index(['shipper_organisation_id', 'created_at'])
      table.index(['shipper_id'])
      table.index(['carrier_organisation_id', 'status'])
      table.index(['assigned_driver_id', 'status'])
    })
    this.schema.raw(
      `ALTER TABLE orders ADD CONSTRAINT orders_currency_check CHECK (currency IN ('XOF', 'KES', 'TZS', 'UGX'))`
    )
    this.schema.raw(
      'ALTER TABLE orders ADD CONSTRAINT orders_weight_check CHECK (cargo_weight_kg >= 0)'
    )
    this.schema.raw(
      'ALTER TABLE orders ADD CONSTRAINT orders_price_check CHECK (price_amount IS NULL OR price_amount >= 0)'
    )
    this.schema.raw('CREATE INDEX orders_pickup_gist ON orders USING GIST (pickup)')
    this.schema.raw('CREATE INDEX orders_dropoff_gist ON orders USING GIST (dropoff)')
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

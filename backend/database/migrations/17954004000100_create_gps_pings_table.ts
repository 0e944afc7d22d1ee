import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Every GPS point a driver sent, once. Written in batches by the ingest
 * buffer; (driver_id, recorded_at) is the primary key, so a resent point is
 * dropped with ON CONFLICT DO NOTHING and per-driver time-range reads use
 * it. No surrogate id and no foreign keys: each costs an index or a lookup
 * per row on the hot insert path, and drivers/orders are never hard-deleted
 * while their tracks matter.
 */
export default class extends BaseSchema {
  protected tableName = 'gps_pings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.integer('driver_id').notNullable()
      table.integer('order_id').nullable()
      table.timestamp('recorded_at', { useTz: true, precision: 3 }).notNullable()
      table.timestamp('received_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.specificType('position', 'geography(Point, 4326)').notNullable()
      table.specificType('accuracy_m', 'real').nullable()
      table.specificType('speed_mps', 'real').nullable()
      table.specificType('heading', 'real').nullable()
      table.specificType('altitude_m', 'real').nullable()
      table.specificType('battery', 'real').nullable()
      table.string('source', 10).notNullable()
      table.primary(['driver_id', 'recorded_at'])
    })
    // Time-range reads per order (the track); per driver by the primary key.
    this.schema.raw(
      'CREATE INDEX gps_pings_order_time ON gps_pings (order_id, recorded_at) WHERE order_id IS NOT NULL'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

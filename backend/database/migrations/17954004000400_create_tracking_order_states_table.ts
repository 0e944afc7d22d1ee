import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Per order, what the geofence and exception checks last concluded, so a
 * fact (arrived, left, off route, long stop) is reported once whichever
 * API node sees the point: transitions are conditional UPDATEs.
 */
export default class extends BaseSchema {
  protected tableName = 'tracking_order_states'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.integer('order_id').primary().references('id').inTable('orders').onDelete('CASCADE')
      table.boolean('at_pickup').notNullable().defaultTo(false)
      table.boolean('at_dropoff').notNullable().defaultTo(false)
      table.boolean('off_route').notNullable().defaultTo(false)
      table.specificType('stop_position', 'geography(Point, 4326)').nullable()
      table.timestamp('stop_since', { useTz: true }).nullable()
      table.boolean('stop_reported').notNullable().defaultTo(false)
      table.specificType('planned_route', 'geography(LineString, 4326)').nullable()
      table.string('planned_source', 10).nullable()
      table.double('planned_distance_m').nullable()
      table.double('planned_duration_s').nullable()
      table.timestamp('last_point_at', { useTz: true, precision: 3 }).nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

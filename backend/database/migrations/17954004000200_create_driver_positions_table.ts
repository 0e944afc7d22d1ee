import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per driver: the last known point (never moved backwards by an
 * out-of-order point), whether the driver is on duty, and which order the
 * point belongs to. Nearby searches use the GiST index with KNN (<->).
 */
export default class extends BaseSchema {
  protected tableName = 'driver_positions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.integer('driver_id').primary().references('id').inTable('users').onDelete('CASCADE')
      table.integer('organisation_id').nullable()
      table.integer('order_id').nullable()
      table.specificType('position', 'geography(Point, 4326)').nullable()
      table.timestamp('recorded_at', { useTz: true, precision: 3 }).nullable()
      table.specificType('accuracy_m', 'real').nullable()
      table.specificType('speed_mps', 'real').nullable()
      table.specificType('heading', 'real').nullable()
      table.specificType('battery', 'real').nullable()
      table.boolean('on_duty').notNullable().defaultTo(false)
      table.timestamp('duty_changed_at', { useTz: true }).nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
    this.schema.raw(
      'CREATE INDEX driver_positions_on_duty_gist ON driver_positions USING GIST (position) WHERE on_duty'
    )
    this.schema.raw('CREATE INDEX driver_positions_org ON driver_positions (organisation_id)')
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

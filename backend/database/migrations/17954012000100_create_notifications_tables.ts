import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Notifications (issue 12): what each person was told, the events already
 * turned into a notice for them (the exactly-once key), and each delivery
 * outside the app (one row per notice, channel and device or phone).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('notifications', (table) => {
      table.bigIncrements('id')
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('kind', 40).notNullable()
      table.boolean('critical').notNullable().defaultTo(false)
      table.integer('order_id').nullable().references('id').inTable('orders').onDelete('CASCADE')
      // Events of one burst (bids on one order) share it while the group is open.
      table.string('group_key', 120).nullable()
      table.timestamp('group_closes_at', { useTz: true }).nullable()
      table.integer('count').notNullable().defaultTo(1)
      // The texts' parameters; the texts are rendered in the reader's language.
      table.jsonb('params').notNullable().defaultTo('{}')
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['user_id', 'id'])
    })
    this.schema.raw(
      'CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL'
    )
    this.schema.raw(
      'CREATE INDEX notifications_open_groups ON notifications (user_id, group_key) WHERE group_key IS NOT NULL'
    )

    this.schema.createTable('notification_events', (table) => {
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      // "order-event:<id>", "paper:<id>:verified", ...: one event, one notice per person.
      table.string('event_key', 160).notNullable()
      table
        .bigInteger('notification_id')
        .notNullable()
        .references('id')
        .inTable('notifications')
        .onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['user_id', 'event_key'])
    })

    this.schema.createTable('push_devices', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.text('token').notNullable().unique()
      table.string('platform', 20).notNullable().defaultTo('web')
      table.string('user_agent', 255).nullable()
      table.timestamp('last_seen_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['user_id'])
    })

    this.schema.createTable('notification_deliveries', (table) => {
      table.bigIncrements('id')
      table
        .bigInteger('notification_id')
        .notNullable()
        .references('id')
        .inTable('notifications')
        .onDelete('CASCADE')
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('channel', 10).notNullable()
      // The device token's id for push, the phone for SMS.
      table.string('target', 200).notNullable()
      // pending | sent | failed | pruned | suppressed
      table.string('status', 20).notNullable()
      table.integer('attempts').notNullable().defaultTo(0)
      table.integer('count').notNullable().defaultTo(1)
      table.string('provider_message_id', 200).nullable()
      table.bigInteger('sms_message_id').nullable().references('id').inTable('sms_messages')
      table.string('error', 255).nullable()
      table.timestamp('sent_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['notification_id', 'channel', 'target'])
      table.index(['user_id', 'channel', 'sent_at'])
      table.index(['channel', 'sent_at'])
    })

    this.schema.createTable('notification_preferences', (table) => {
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('kind', 40).notNullable()
      table.string('channel', 10).notNullable()
      table.boolean('enabled').notNullable()
      table.primary(['user_id', 'kind', 'channel'])
    })

    this.schema.createTable('notification_settings', (table) => {
      table.integer('user_id').primary().references('id').inTable('users').onDelete('CASCADE')
      // Minutes after local midnight; both null: no quiet hours.
      table.smallint('quiet_from').nullable()
      table.smallint('quiet_to').nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    for (const table of [
      'notification_settings',
      'notification_preferences',
      'notification_deliveries',
      'push_devices',
      'notification_events',
      'notifications',
    ]) {
      this.schema.dropTable(table)
    }
  }
}

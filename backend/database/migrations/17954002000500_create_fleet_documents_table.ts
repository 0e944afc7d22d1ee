import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Registration cards (carte grise) and insurance belong to a vehicle;
 * driving licences to a driver. Renewals add rows: the newest one of a kind
 * is the one that counts.
 */
export default class extends BaseSchema {
  protected tableName = 'fleet_documents'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .enum('kind', ['registration_card', 'insurance', 'driving_licence'], {
          useNative: true,
          enumName: 'fleet_document_kind',
        })
        .notNullable()
      table
        .integer('organisation_id')
        .nullable()
        .references('id')
        .inTable('organisations')
        .onDelete('CASCADE')
      table
        .integer('vehicle_id')
        .nullable()
        .references('id')
        .inTable('vehicles')
        .onDelete('CASCADE')
      table.integer('driver_id').nullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('number', 60).notNullable()
      table.date('expires_on').notNullable()
      table.string('file_key', 255).notNullable()
      table.string('file_name', 255).notNullable()
      table.string('content_type', 60).notNullable()
      table.integer('file_size').notNullable()
      table
        .enum('status', ['pending', 'verified', 'rejected'], {
          useNative: true,
          enumName: 'fleet_document_status',
        })
        .notNullable()
        .defaultTo('pending')
      table.string('rejection_reason', 500).nullable()
      table
        .integer('reviewed_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('reviewed_at', { useTz: true }).nullable()
      table
        .integer('uploaded_by_id')
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['vehicle_id', 'kind'])
      table.index(['driver_id', 'kind'])
      table.index(['status', 'created_at'])
    })
    this.schema.raw(`
      ALTER TABLE fleet_documents ADD CONSTRAINT fleet_documents_owner_check CHECK (
        (kind IN ('registration_card', 'insurance') AND vehicle_id IS NOT NULL AND driver_id IS NULL)
        OR (kind = 'driving_licence' AND driver_id IS NOT NULL AND vehicle_id IS NULL)
      )
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP TYPE IF EXISTS fleet_document_kind')
    this.schema.raw('DROP TYPE IF EXISTS fleet_document_status')
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The audit log (issue 15): one row per sensitive action, by an operator or
 * by the system. Append-only and kept so by the database, not only the
 * code: triggers refuse UPDATE, DELETE and TRUNCATE (on PGlite as on
 * PostgreSQL). Who acted is copied (id, role, name) so a row still says who
 * they were after their account changes.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('audit_events', (table) => {
      table.bigIncrements('id')
      table.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(this.now())
      // Null for the system (jobs, callbacks); no foreign key: the log outlives accounts.
      table.integer('actor_id').nullable()
      table.string('actor_role', 20).nullable()
      table.string('actor_name', 120).nullable()
      table.string('ip', 45).nullable()
      table.string('action', 60).notNullable()
      table.string('subject_type', 40).notNullable()
      table.string('subject_id', 60).notNullable()
      table.text('reason').nullable()
      table.jsonb('before').nullable()
      table.jsonb('after').nullable()
      table.index(['occurred_at', 'id'])
      table.index(['action', 'id'])
      table.index(['subject_type', 'subject_id', 'id'])
      table.index(['actor_id', 'id'])
    })
    this.schema.raw(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events are append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
    `)
  }

  async down() {
    this.schema.dropTable('audit_events')
    this.schema.raw('DROP FUNCTION audit_refuse_change()')
  }
}

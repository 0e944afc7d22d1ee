import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The double-entry ledger (docs/architecture.md, "Money"). The database, not
 * only the code, keeps its promises:
 * - journals and entries are never updated nor deleted (triggers refuse it);
 * - the entries of a journal are written by one INSERT and sum to zero per
 *   currency, and nothing is added to a journal later (a statement trigger);
 * - an entry's currency is its account's currency;
 * - an account flagged `non_negative` (escrow, carrier payable) cannot go
 *   below zero on its normal side (a CHECK on the balance the entries keep);
 * - one idempotency key per journal (a unique index), so a cause posts once.
 * Amounts are signed integers in the currency's minor unit: debit > 0, credit < 0.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('ledger_accounts', (table) => {
      table.bigIncrements('id')
      // What the account belongs to: 'platform', 'order:12', 'organisation:3', 'provider:mpesa'.
      table.string('owner', 60).notNullable()
      table.string('purpose', 40).notNullable()
      table.string('currency', 3).notNullable()
      table.enum('normal_side', ['debit', 'credit']).notNullable()
      table.boolean('non_negative').notNullable().defaultTo(false)
      table.bigInteger('balance').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['owner', 'purpose', 'currency'])
    })
    this.schema.raw(`
      ALTER TABLE ledger_accounts
        ADD CONSTRAINT ledger_accounts_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
        ADD CONSTRAINT ledger_accounts_non_negative_check CHECK (
          NOT non_negative OR (CASE normal_side WHEN 'debit' THEN balance ELSE -balance END) >= 0
        )
    `)

    this.schema.createTable('ledger_journals', (table) => {
      table.bigIncrements('id')
      table.string('idempotency_key', 200).notNullable().unique()
      // What caused it: 'payment_received', 'settlement', 'payout_sent', ...
      table.string('kind', 40).notNullable()
      table.integer('order_id').nullable().references('id').inTable('orders')
      table.string('memo', 300).notNullable().defaultTo('')
      table.jsonb('data').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['order_id'])
    })

    this.schema.createTable('ledger_entries', (table) => {
      table.bigIncrements('id')
      table.bigInteger('journal_id').notNullable().references('id').inTable('ledger_journals')
      table.bigInteger('account_id').notNullable().references('id').inTable('ledger_accounts')
      table.bigInteger('amount').notNullable()
      table.string('currency', 3).notNullable()
      table.index(['account_id', 'id'])
      table.index(['journal_id'])
    })
    this.schema.raw(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_amount_check CHECK (amount <> 0)`
    )

    this.schema.raw(`
      CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger % are immutable: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$;

      CREATE TRIGGER ledger_journals_immutable BEFORE UPDATE OR DELETE ON ledger_journals
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
      CREATE TRIGGER ledger_entries_immutable BEFORE UPDATE OR DELETE ON ledger_entries
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
      CREATE TRIGGER ledger_journals_no_truncate BEFORE TRUNCATE ON ledger_journals
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
      CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

      -- Each entry moves its account's balance (and so meets the non-negative CHECK at once).
      CREATE FUNCTION ledger_apply_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE account_currency text;
      BEGIN
        UPDATE ledger_accounts SET balance = balance + NEW.amount
          WHERE id = NEW.account_id RETURNING currency INTO account_currency;
        IF account_currency IS DISTINCT FROM NEW.currency THEN
          RAISE EXCEPTION 'ledger entry in % on account % kept in %', NEW.currency, NEW.account_id, account_currency
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER ledger_entries_apply BEFORE INSERT ON ledger_entries
        FOR EACH ROW EXECUTE FUNCTION ledger_apply_entry();

      -- A journal's entries come in one statement, balance per currency, and are all it ever has.
      CREATE FUNCTION ledger_check_journals() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE bad bigint;
      BEGIN
        SELECT journal_id INTO bad FROM new_entries GROUP BY journal_id, currency
          HAVING sum(amount) <> 0 LIMIT 1;
        IF bad IS NOT NULL THEN
          RAISE EXCEPTION 'ledger journal % does not balance', bad USING ERRCODE = 'check_violation';
        END IF;
        SELECT e.journal_id INTO bad FROM ledger_entries e
          WHERE e.journal_id IN (SELECT journal_id FROM new_entries)
            AND e.id NOT IN (SELECT id FROM new_entries)
          LIMIT 1;
        IF bad IS NOT NULL THEN
          RAISE EXCEPTION 'ledger journal % already has its entries', bad USING ERRCODE = 'check_violation';
        END IF;
        SELECT n.journal_id INTO bad FROM new_entries n GROUP BY n.journal_id HAVING count(*) < 2 LIMIT 1;
        IF bad IS NOT NULL THEN
          RAISE EXCEPTION 'ledger journal % has fewer than two entries', bad USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
        REFERENCING NEW TABLE AS new_entries
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_check_journals();
    `)
  }

  async down() {
    this.schema.dropTable('ledger_entries')
    this.schema.dropTable('ledger_journals')
    this.schema.dropTable('ledger_accounts')
    this.schema.raw(
      'DROP FUNCTION ledger_check_journals(); DROP FUNCTION ledger_apply_entry(); DROP FUNCTION ledger_refuse_change()'
    )
  }
}

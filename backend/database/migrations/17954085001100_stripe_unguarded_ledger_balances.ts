import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Hot ledger accounts without a guard stop queueing on each other's commit
 * (issue 11's benchmark; bench/README.md, "Money").
 *
 * Every M-Pesa pay-in moves `provider:mpesa`'s clearing account, every
 * settlement the platform's commission: with one balance row each, every such
 * journal held that row's lock until COMMIT. An account that is not
 * `non_negative` needs no single row (nothing checks its balance when it
 * moves), so its balance is spread over `STRIPES` rows of
 * `ledger_account_stripes`, the journal's id choosing the stripe: journals
 * posted at the same time have neighbouring ids, so they update different
 * rows. A guarded account keeps its one row in `ledger_accounts`, where the
 * CHECK sees the whole balance at once.
 *
 * An account's balance is `ledger_account_balances.balance` (its row plus its
 * stripes): every reader takes it from that view. The balances already kept
 * move to stripe 0; `non_negative` can no longer change, since the two places
 * depend on it.
 */
const STRIPES = 16

export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE TABLE ledger_account_stripes (
        account_id bigint NOT NULL REFERENCES ledger_accounts (id) ON DELETE CASCADE,
        stripe smallint NOT NULL CHECK (stripe >= 0 AND stripe < ${STRIPES}),
        balance bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, stripe)
      ) WITH (fillfactor = 50);

      INSERT INTO ledger_account_stripes (account_id, stripe, balance)
        SELECT id, 0, balance FROM ledger_accounts WHERE NOT non_negative AND balance <> 0;
      UPDATE ledger_accounts SET balance = 0 WHERE NOT non_negative AND balance <> 0;

      CREATE VIEW ledger_account_balances AS
        SELECT a.id, a.owner, a.purpose, a.currency, a.normal_side, a.non_negative, a.created_at,
          (a.balance + coalesce(
            (SELECT sum(s.balance) FROM ledger_account_stripes s WHERE s.account_id = a.id), 0
          ))::bigint AS balance
        FROM ledger_accounts a;

      CREATE TRIGGER ledger_accounts_guard_fixed BEFORE UPDATE OF non_negative ON ledger_accounts
        FOR EACH ROW WHEN (OLD.non_negative IS DISTINCT FROM NEW.non_negative)
        EXECUTE FUNCTION ledger_refuse_change();

      CREATE OR REPLACE FUNCTION ledger_apply_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE account_currency text; guarded boolean;
      BEGIN
        SELECT currency, non_negative INTO account_currency, guarded
          FROM ledger_accounts WHERE id = NEW.account_id;
        IF account_currency IS DISTINCT FROM NEW.currency THEN
          RAISE EXCEPTION 'ledger entry in % on account % kept in %', NEW.currency, NEW.account_id, account_currency
            USING ERRCODE = 'check_violation';
        END IF;
        IF guarded THEN
          UPDATE ledger_accounts SET balance = balance + NEW.amount WHERE id = NEW.account_id;
        ELSE
          INSERT INTO ledger_account_stripes AS s (account_id, stripe, balance)
            VALUES (NEW.account_id, NEW.journal_id % ${STRIPES}, NEW.amount)
            ON CONFLICT (account_id, stripe) DO UPDATE SET balance = s.balance + EXCLUDED.balance;
        END IF;
        RETURN NEW;
      END $$;

    `)
  }

  async down() {
    this.schema.raw(`
      DROP TRIGGER ledger_accounts_guard_fixed ON ledger_accounts;
      CREATE OR REPLACE FUNCTION ledger_apply_entry() RETURNS trigger LANGUAGE plpgsql AS $$
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
      DROP VIEW ledger_account_balances;
      UPDATE ledger_accounts a SET balance = a.balance + s.total
        FROM (SELECT account_id, sum(balance) AS total FROM ledger_account_stripes GROUP BY account_id) s
        WHERE s.account_id = a.id;
      DROP TABLE ledger_account_stripes;
    `)
  }
}

import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A journal posted in one statement (LedgerService.post; issue 11's
 * benchmark, bench/README.md "Money"): the idempotent journal insert, the
 * accounts opened if missing, the entries in account order (so concurrent
 * journals lock balance rows in the same order and never deadlock), instead
 * of four or five round trips, each made while the previous journal's locks
 * were held. A guarded account going below zero is answered `refused` rather
 * than raised, inside a subtransaction that undoes the journal: a refusal
 * leaves the caller's transaction usable, with or without one. The account
 * kinds (normal side, guarded) come with the legs from ledger_accounts.ts.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE FUNCTION ledger_post(
        p_key text, p_kind text, p_order_id integer, p_memo text, p_data jsonb, p_legs jsonb,
        OUT journal bigint, OUT created boolean, OUT refused boolean
      ) LANGUAGE plpgsql AS $$
      DECLARE posted integer; violated text;
      BEGIN
        created := false;
        refused := false;
        BEGIN
          INSERT INTO ledger_journals (idempotency_key, kind, order_id, memo, data)
            VALUES (p_key, p_kind, p_order_id, p_memo, p_data)
            ON CONFLICT (idempotency_key) DO NOTHING RETURNING id INTO journal;
          IF journal IS NULL THEN
            SELECT j.id INTO journal FROM ledger_journals j WHERE j.idempotency_key = p_key;
            RETURN;
          END IF;
          INSERT INTO ledger_accounts (owner, purpose, currency, normal_side, non_negative)
            SELECT DISTINCT l.owner, l.purpose, l.currency, l.normal_side, l.non_negative
            FROM jsonb_to_recordset(p_legs)
              AS l(owner text, purpose text, currency text, normal_side text, non_negative boolean)
            WHERE NOT EXISTS (
              SELECT 1 FROM ledger_accounts a
              WHERE a.owner = l.owner AND a.purpose = l.purpose AND a.currency = l.currency
            )
            ON CONFLICT (owner, purpose, currency) DO NOTHING;
          INSERT INTO ledger_entries (journal_id, account_id, amount, currency)
            SELECT journal, a.id, l.amount, l.currency
            FROM jsonb_to_recordset(p_legs) AS l(owner text, purpose text, currency text, amount bigint)
            JOIN ledger_accounts a
              ON a.owner = l.owner AND a.purpose = l.purpose AND a.currency = l.currency
            ORDER BY a.id;
          GET DIAGNOSTICS posted = ROW_COUNT;
          IF posted <> jsonb_array_length(p_legs) THEN
            RAISE EXCEPTION 'ledger journal % found % of its % accounts', p_key, posted, jsonb_array_length(p_legs)
              USING ERRCODE = 'check_violation';
          END IF;
          created := true;
        EXCEPTION WHEN check_violation THEN
          GET STACKED DIAGNOSTICS violated = CONSTRAINT_NAME;
          IF violated IS DISTINCT FROM 'ledger_accounts_non_negative_check' THEN RAISE; END IF;
          journal := NULL;
          refused := true;
        END;
      END $$;
    `)
  }

  async down() {
    this.schema.raw('DROP FUNCTION ledger_post(text, text, integer, text, jsonb, jsonb)')
  }
}

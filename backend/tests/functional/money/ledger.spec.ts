import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import fc from 'fast-check'
import LedgerService, { LedgerRefusal, type Leg } from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import LedgerVerify from '../../../commands/ledger_verify.js'
import { isolateDatabase } from '#tests/helpers'

const ledger = new LedgerService()
const escrow = { owner: owners.order(901), purpose: 'order_escrow' } as const
const mpesa = { owner: owners.provider('mpesa'), purpose: 'provider_clearing' } as const
const payable = { owner: owners.organisation(77), purpose: 'carrier_payable' } as const
const commission = { owner: owners.platform, purpose: 'platform_commission' } as const

const payIn = (amount: number, currency = 'KES'): Leg[] => [
  { account: mpesa, amount, currency },
  { account: escrow, amount: -amount, currency },
]

test.group('Ledger', (group) => {
  isolateDatabase(group)

  test('a payment into escrow and its settlement leave each side with what it is owed', async ({
    assert,
  }) => {
    await ledger.post({
      idempotencyKey: 'pay:1',
      kind: 'payment_received',
      legs: payIn(4_500_000),
    })
    await ledger.post({
      idempotencyKey: 'settle:1',
      kind: 'settlement',
      legs: [
        { account: escrow, amount: 4_500_000, currency: 'KES' },
        { account: payable, amount: -4_050_000, currency: 'KES' },
        { account: commission, amount: -450_000, currency: 'KES' },
      ],
    })
    assert.equal(await ledger.balance({ ...escrow, currency: 'KES' }), 0)
    assert.equal(await ledger.balance({ ...payable, currency: 'KES' }), 4_050_000)
    assert.equal(await ledger.balance({ ...commission, currency: 'KES' }), 450_000)
    assert.equal(await ledger.balance({ ...mpesa, currency: 'KES' }), 4_500_000)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('the same cause posted twice moves money once', async ({ assert }) => {
    const first = await ledger.post({
      idempotencyKey: 'pay:2',
      kind: 'payment_received',
      legs: payIn(1000),
    })
    const again = await ledger.post({
      idempotencyKey: 'pay:2',
      kind: 'payment_received',
      legs: payIn(1000),
    })
    assert.isTrue(first.created)
    assert.deepEqual(again, { journalId: first.journalId, created: false })
    assert.equal(await ledger.balance({ ...escrow, currency: 'KES' }), 1000)
  })

  test('refuses an unbalanced journal, a float, an unknown currency, and overdrawing escrow', async ({
    assert,
  }) => {
    const refused = async (legs: Leg[]) => {
      await assert.rejects(
        () => ledger.post({ idempotencyKey: `bad:${Math.random()}`, kind: 'settlement', legs }),
        LedgerRefusal as any
      )
    }
    await refused([
      { account: mpesa, amount: 100, currency: 'KES' },
      { account: escrow, amount: -99, currency: 'KES' },
    ])
    await refused([
      { account: mpesa, amount: 1.5, currency: 'KES' },
      { account: escrow, amount: -1.5, currency: 'KES' },
    ])
    await refused(payIn(100, 'USD'))
    await refused([{ account: mpesa, amount: 100, currency: 'KES' }])
    // Paying the carrier out of an empty escrow.
    await refused([
      { account: escrow, amount: 100, currency: 'KES' },
      { account: payable, amount: -100, currency: 'KES' },
    ])
    assert.equal(
      await db
        .from('ledger_journals')
        .count('* as n')
        .first()
        .then((r) => Number(r.n)),
      0
    )
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('the database itself refuses to change, delete or unbalance journals and overdraw guarded accounts', async ({
    assert,
  }) => {
    const { journalId } = await ledger.post({
      idempotencyKey: 'pay:3',
      kind: 'payment_received',
      legs: payIn(500),
    })
    const [escrowId, mpesaId] = await Promise.all(
      [escrow, mpesa].map(async (a) =>
        db
          .from('ledger_accounts')
          .where({ ...a, currency: 'KES' })
          .firstOrFail()
          .then((row) => Number(row.id))
      )
    )
    const refusedBySql = async (sql: string, bindings: unknown[], pattern: RegExp) => {
      await assert.rejects(
        () => db.transaction((trx) => trx.rawQuery(sql, bindings as any)),
        pattern
      )
    }
    await refusedBySql(
      'UPDATE ledger_journals SET memo = ? WHERE id = ?',
      ['x', journalId],
      /immutable/
    )
    await refusedBySql('DELETE FROM ledger_entries WHERE journal_id = ?', [journalId], /immutable/)
    await refusedBySql(
      'UPDATE ledger_entries SET amount = amount * 2 WHERE journal_id = ?',
      [journalId],
      /immutable/
    )
    await refusedBySql('DELETE FROM ledger_journals WHERE id = ?', [journalId], /immutable/)
    await refusedBySql(
      `INSERT INTO ledger_entries (journal_id, account_id, amount, currency) VALUES (?, ?, 7, 'KES'), (?, ?, -7, 'KES')`,
      [journalId, mpesaId, journalId, escrowId],
      /already has its entries/
    )
    const other = await db
      .table('ledger_journals')
      .insert({ idempotency_key: 'raw:1', kind: 'raw' })
      .returning('id')
    const otherId = Number(other[0].id)
    await refusedBySql(
      `INSERT INTO ledger_entries (journal_id, account_id, amount, currency) VALUES (?, ?, 7, 'KES'), (?, ?, -6, 'KES')`,
      [otherId, mpesaId, otherId, escrowId],
      /does not balance/
    )
    await refusedBySql(
      `INSERT INTO ledger_entries (journal_id, account_id, amount, currency) VALUES (?, ?, 7, 'XOF'), (?, ?, -7, 'XOF')`,
      [otherId, mpesaId, otherId, escrowId],
      /kept in KES/
    )
    await refusedBySql(
      `INSERT INTO ledger_entries (journal_id, account_id, amount, currency) VALUES (?, ?, -501, 'KES'), (?, ?, 501, 'KES')`,
      [otherId, mpesaId, otherId, escrowId],
      /ledger_accounts_non_negative_check/
    )
    await refusedBySql(
      'INSERT INTO ledger_journals (idempotency_key, kind) VALUES (?, ?)',
      ['pay:3', 'again'],
      /unique/
    )
    assert.equal(await ledger.balance({ ...escrow, currency: 'KES' }), 500)
  })

  test('node ace ledger:verify passes on a sound ledger and names a drifted balance', async ({
    assert,
    cleanup,
  }) => {
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))
    await ledger.post({ idempotencyKey: 'pay:4', kind: 'payment_received', legs: payIn(2500) })
    const ok = await ace.create(LedgerVerify, [])
    await ok.exec()
    ok.assertSucceeded()
    ok.assertLogMatches(/The ledger is sound/)

    // A balance changed behind the ledger's back (the balance column is not guarded by the triggers).
    await db
      .from('ledger_accounts')
      .where({ ...escrow, currency: 'KES' })
      .update({ balance: -2400 })
    const drifted = await ace.create(LedgerVerify, [])
    await drifted.exec()
    drifted.assertFailed()
    drifted.assertLogMatches(
      /account \d+ \(order:901 order_escrow KES\) holds -2400, its entries sum to -2500/
    )
    assert.isNotEmpty(await new LedgerVerifier().verify())
  })

  test('property: any sequence of journals, replays and overdrafts leaves every balance equal to the accepted journals', async ({
    assert,
  }) => {
    const accounts = [
      mpesa,
      escrow,
      payable,
      commission,
      { owner: owners.organisation(78), purpose: 'carrier_payable' } as const,
    ]
    const move = fc.record({
      from: fc.integer({ min: 0, max: accounts.length - 1 }),
      to: fc.integer({ min: 0, max: accounts.length - 1 }),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
      currency: fc.constantFrom('KES', 'XOF'),
      key: fc.integer({ min: 0, max: 30 }),
    })
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 25 }), async (moves) => {
        run++
        await db.transaction(async (trx) => {
          const expected = new Map<string, number>()
          const posted = new Set<string>()
          for (const m of moves) {
            if (m.from === m.to) continue
            const key = `prop:${run}:${m.key}`
            const legs: Leg[] = [
              { account: accounts[m.from], amount: -m.amount, currency: m.currency },
              { account: accounts[m.to], amount: m.amount, currency: m.currency },
            ]
            const next = new Map(expected)
            for (const leg of legs) {
              const k = `${leg.account.owner} ${leg.account.purpose} ${leg.currency}`
              next.set(k, (next.get(k) ?? 0) + leg.amount)
            }
            const overdraws = legs.some((leg) => {
              const k = `${leg.account.owner} ${leg.account.purpose} ${leg.currency}`
              return (
                leg.account.purpose !== 'provider_clearing' &&
                leg.account.purpose !== 'platform_commission' &&
                -next.get(k)! < 0
              )
            })
            try {
              await trx.transaction(async (step) => {
                const result = await ledger.post(
                  { idempotencyKey: key, kind: 'settlement', legs },
                  step
                )
                assert.equal(result.created, !posted.has(key))
              })
              if (!posted.has(key)) {
                assert.isFalse(overdraws, `${key} overdrew a guarded account and was accepted`)
                posted.add(key)
                expected.clear()
                for (const [k, v] of next) expected.set(k, v)
              }
            } catch (error) {
              assert.instanceOf(error, LedgerRefusal)
              assert.isTrue(overdraws && !posted.has(key), `${key} was refused without reason`)
            }
          }
          const { rows } = await trx.rawQuery(
            `SELECT owner, purpose, currency, balance FROM ledger_account_balances WHERE owner IN (?, ?, ?, ?, ?)`,
            accounts.map((a) => a.owner)
          )
          for (const row of rows) {
            assert.equal(
              Number(row.balance),
              expected.get(`${row.owner} ${row.purpose} ${row.currency}`) ?? 0
            )
          }
          await trx.rollback()
        })
      }),
      { numRuns: 30, seed: 11 }
    )
  }).timeout(120_000)
})

import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import LedgerService, { LedgerRefusal, type Leg } from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import { databaseMode } from '#config/database'
import { isolateDatabase } from '#tests/helpers'

const ledger = new LedgerService()

const move = (from: Leg['account'], to: Leg['account'], amount: number): Leg[] => [
  { account: from, amount, currency: 'KES' },
  { account: to, amount: -amount, currency: 'KES' },
]

/** Resolves with the promise's outcome, or 'still waiting' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error })
    ),
    new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms)),
  ])

const stamp = `${Date.now()}-${process.pid}`
const key = (name: string) => `concurrency:${stamp}:${name}`
const clearing = { owner: owners.provider(`test-${stamp}`), purpose: 'provider_clearing' } as const
const commission = { owner: `test-${stamp}`, purpose: 'platform_commission' } as const
const escrow = {
  owner: owners.order(900_000_000 + (Date.now() % 1_000_000)),
  purpose: 'order_escrow',
} as const

/** Opens the accounts for every session to see, as they are in use: opening one is not what is measured. */
async function openAccounts() {
  await db.transaction((trx) =>
    ledger.accountIds(
      [clearing, commission, escrow].map((account) => ({ ...account, currency: 'KES' })),
      trx
    )
  )
}

/** Takes back what these tests committed (journals are immutable: their triggers are off for this). */
async function forget() {
  await db.transaction(async (trx) => {
    await trx.rawQuery('ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_immutable')
    await trx.rawQuery('ALTER TABLE ledger_journals DISABLE TRIGGER ledger_journals_immutable')
    await trx.rawQuery(
      'DELETE FROM ledger_entries WHERE journal_id IN (SELECT id FROM ledger_journals WHERE idempotency_key LIKE ?)',
      [key('%')]
    )
    await trx.rawQuery('DELETE FROM ledger_journals WHERE idempotency_key LIKE ?', [key('%')])
    await trx.rawQuery('DELETE FROM ledger_accounts WHERE owner IN (?, ?, ?)', [
      clearing.owner,
      commission.owner,
      escrow.owner,
    ])
    await trx.rawQuery('ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_immutable')
    await trx.rawQuery('ALTER TABLE ledger_journals ENABLE TRIGGER ledger_journals_immutable')
  })
}

/** Real concurrency needs two sessions, so these journals commit: on PostgreSQL only. */
test.group('Ledger under concurrency', (group) => {
  group.setup(async () => {
    if (databaseMode !== 'embedded') await openAccounts()
  })
  group.teardown(async () => {
    if (databaseMode !== 'embedded') await forget()
  })

  test('two journals on the same hot clearing and commission accounts do not wait for each other to commit', async ({
    assert,
  }) => {
    let release!: () => void
    let held!: Promise<unknown>
    const opened = new Promise<void>((ready) => {
      held = db.transaction(async (trx) => {
        await ledger.post(
          {
            idempotencyKey: key('held'),
            kind: 'settlement',
            legs: move(clearing, commission, 700),
          },
          trx
        )
        ready()
        await new Promise<void>((resolve) => (release = resolve))
        await trx.rollback()
      })
    })
    await opened

    // Posted and committed while the first journal holds whatever it locked.
    const other = await within(
      ledger.post({
        idempotencyKey: key('other'),
        kind: 'settlement',
        legs: move(clearing, commission, 300),
      }),
      5000
    )
    release()
    await held
    assert.notEqual(other, 'still waiting', 'the second journal waited for the open one')
    assert.property(other, 'value')
    assert.equal(await ledger.balance({ ...clearing, currency: 'KES' }), 300)
    assert.equal(await ledger.balance({ ...commission, currency: 'KES' }), 300)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  }).skip(databaseMode === 'embedded', 'needs two sessions: run with DATABASE_URL')

  test('a guarded escrow still refuses the second of two concurrent withdrawals it cannot cover', async ({
    assert,
  }) => {
    await ledger.post({
      idempotencyKey: key('in'),
      kind: 'payment_received',
      legs: move(clearing, escrow, 100),
    })

    let release!: () => void
    let first!: Promise<unknown>
    const opened = new Promise<void>((ready) => {
      first = db.transaction(async (trx: TransactionClientContract) => {
        await ledger.post(
          { idempotencyKey: key('a'), kind: 'dispute_refund', legs: move(escrow, clearing, 60) },
          trx
        )
        ready()
        await new Promise<void>((resolve) => (release = resolve))
      })
    })
    await opened
    const second = ledger.post({
      idempotencyKey: key('b'),
      kind: 'dispute_refund',
      legs: move(escrow, clearing, 60),
    })
    // The guard sees the whole balance, so the second waits for the first's outcome.
    assert.equal(await within(second, 300), 'still waiting')
    release()
    await first
    const outcome = await within(second, 5000)
    assert.property(outcome, 'error')
    const { error } = outcome as { error: LedgerRefusal }
    assert.instanceOf(error, LedgerRefusal)
    assert.equal(error.code, 'E_LEDGER_REFUSED')
    assert.equal(await ledger.balance({ ...escrow, currency: 'KES' }), 40)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  }).skip(databaseMode === 'embedded', 'needs two sessions: run with DATABASE_URL')
})

test.group('Ledger stripes', (group) => {
  isolateDatabase(group)

  test("a hot unguarded account's journals spread over several rows and its balance is their sum", async ({
    assert,
  }) => {
    const mpesa = { owner: owners.provider('mpesa'), purpose: 'provider_clearing' } as const
    const orderEscrow = (n: number) =>
      ({ owner: owners.order(990_000 + n), purpose: 'order_escrow' }) as const
    for (let n = 0; n < 40; n++) {
      await ledger.post({
        idempotencyKey: `stripes:${n}`,
        kind: 'payment_received',
        legs: move(mpesa, orderEscrow(n), 1000 + n),
      })
    }
    const expected = 40 * 1000 + (39 * 40) / 2
    assert.equal(await ledger.balance({ ...mpesa, currency: 'KES' }), expected)
    const { rows } = await db.rawQuery(
      `SELECT count(*) AS stripes FROM ledger_account_stripes s
       JOIN ledger_accounts a ON a.id = s.account_id WHERE a.owner = ? AND a.purpose = ?`,
      [mpesa.owner, mpesa.purpose]
    )
    assert.isAbove(Number(rows[0].stripes), 1, 'the journals were spread over several rows')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})

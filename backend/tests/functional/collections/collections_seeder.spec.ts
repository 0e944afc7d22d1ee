import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AccountsSeeder from '#database/seeders/accounts_seeder'
import FleetSeeder from '#database/seeders/fleet_seeder'
import CollectionsSeeder from '#database/seeders/collections_seeder'
import Payout from '#money/models/payout'
import LedgerVerifier from '#money/services/ledger_verifier'
import FarmerPayoutRun from '#collections/models/farmer_payout_run'
import FarmerPayoutLine from '#collections/models/farmer_payout_line'
import { isolateDatabase } from '#tests/helpers'
import { countRows } from '#tests/fixtures/marketplace'
import { recordQueue } from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('collections demo seeder', (group) => {
  isolateDatabase(group)
  // `make dev` runs these seeders with no global transaction, on the embedded database by default.
  guardTransactions(group)
  let queue: ReturnType<typeof recordQueue>
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  test('Kiambu Dairy with a month of milk and last month’s payout run, approved and queued to pay; re-running adds nothing', async ({
    assert,
  }) => {
    await new AccountsSeeder(db.connection()).run()
    await new FleetSeeder(db.connection()).run()
    await new CollectionsSeeder(db.connection()).run()
    const counts = async () => ({
      farmers: await countRows('farmers'),
      collections: await countRows('milk_collections'),
      runs: await countRows('farmer_payout_runs'),
      payouts: await countRows('payouts'),
      journals: await countRows('ledger_journals'),
    })
    const first = await counts()
    await new CollectionsSeeder(db.connection()).run()
    assert.deepEqual(await counts(), first)

    assert.equal(first.farmers, 40)
    const [run] = await FarmerPayoutRun.all()
    assert.equal(run.status, 'approved')
    const lines = await FarmerPayoutLine.query().where('run_id', run.id)
    const paid = lines.filter((line) => line.net > 0)
    if (first.collections > 0 && paid.length > 0) {
      const payouts = await Payout.query().where('kind', 'farmer')
      assert.lengthOf(payouts, paid.length)
      assert.equal(
        payouts.reduce((sum, payout) => sum + payout.amount, 0),
        run.totalAmount
      )
      assert.lengthOf(
        queue.sent.filter((job) => job.queue === 'money.send-payout'),
        paid.length
      )
    }
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
    // A month of milk for 40 farmers and a payout run: under 30 s on a quiet machine, minutes on a loaded one.
    .timeout(300_000)
})

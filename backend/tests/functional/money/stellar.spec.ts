import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import { Keypair } from '@stellar/stellar-sdk'
import Payout from '#money/models/payout'
import StellarWallet from '#money/models/stellar_wallet'
import SendPayoutJob from '#money/jobs/send_payout_job'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import LedgerVerifier from '#money/services/ledger_verifier'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { auditOf, completedPaidOrder, sentJournals } from '#tests/money_fixtures'
import { makeUser, makeWorld, ownedByItsDispatcher } from '#tests/fixtures/marketplace'
import { makeCooperative } from '#tests/collections_fixtures'
import { railCoolingOver, useStellarStandIn } from '#tests/stellar_fixtures'

test.group('Money: Stellar wallets (rail off)', (group) => {
  isolateDatabase(group)

  test('with STELLAR_ENABLED unset nobody opens a wallet and carriers stay on mobile money', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const read = await client.get('/api/v1/stellar-wallet').loginAs(world.shipper)
    assert.deepInclude(read.body(), { enabled: false, publicKey: null, network: 'testnet' })
    const open = await client.post('/api/v1/stellar-wallet').loginAs(world.shipper)
    open.assertStatus(404)
    assert.equal(open.body().errors[0].code, 'E_STELLAR_DISABLED')
    assert.equal(
      await StellarWallet.query()
        .count('* as n')
        .first()
        .then((r) => Number(r!.$extras.n)),
      0
    )
  })
})

test.group('Money: Stellar wallets and payouts (Horizon stand-in)', (group) => {
  isolateDatabase(group)
  const stellar = standInForEachTest(group, useStellarStandIn)

  /**
   * A world whose carrier's owner opened a wallet and chose to be paid there
   * (the cooling after the change over), and what Horizon has of it from then
   * on: the transactions submitted (the wallet's trustline came before) and
   * what the wallet holds of a currency's asset, as Horizon writes it.
   */
  async function withHorizon(client: ApiClient) {
    const world = await makeWorld()
    const owner = await ownedByItsDispatcher(world.carrier)
    const chosen = await client.put('/api/v1/payout-rail').json({ rail: 'stellar' }).loginAs(owner)
    chosen.assertStatus(200)
    await railCoolingOver(world.carrier.organisation.id)
    const account = chosen.body().stellarAccount as string
    const from = stellar.horizon.submissions().length
    return {
      world,
      owner,
      account,
      payoutSubmissions: () => stellar.horizon.submissions().slice(from),
      held: (currency: string) =>
        stellar.horizon.balance(account, `${currency}:${stellar.platform.publicKey()}`),
    }
  }

  test('a user gets one keypair, its secret stored only encrypted, funded by Friendbot once and trusting the payout assets', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const first = await client.post('/api/v1/stellar-wallet').loginAs(world.shipper)
    first.assertStatus(201)
    const { publicKey } = first.body()
    assert.deepInclude(first.body(), { enabled: true, funded: true, ready: true })
    const again = await client.post('/api/v1/stellar-wallet').loginAs(world.shipper)
    assert.equal(again.body().publicKey, publicKey)
    assert.equal(stellar.horizon.friendbotCalls(), 1)

    const wallet = await StellarWallet.findByOrFail('user_id', world.shipper.id)
    const secret = encryption.decrypt<string>(wallet.encryptedSecret)!
    assert.notInclude(wallet.encryptedSecret, secret)
    assert.equal(Keypair.fromSecret(secret).publicKey(), publicKey)
    assert.equal(stellar.horizon.balance(publicKey, `KES:${stellar.platform.publicKey()}`), 0)
    const read = await client.get('/api/v1/stellar-wallet').loginAs(world.shipper)
    assert.notProperty(read.body(), 'secret')
    assert.equal(read.body().publicKey, publicKey)
  })

  test('a carrier paid by Stellar gets its net from the platform account once, through the payout pipeline and the ledger', async ({
    client,
    assert,
  }) => {
    const { world, account, payoutSubmissions, held } = await withHorizon(client)
    const audit = await auditOf('payout_rail.changed', {
      type: 'organisation',
      id: world.carrier.organisation.id,
    }).first()
    assert.deepInclude(audit.after, { rail: 'stellar' })

    const { order } = await completedPaidOrder(client, { world })
    await stellar.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { provider: 'stellar', account, status: 'sent' })
    const [hash] = payoutSubmissions()
    assert.equal(payout.providerReceipt, hash)
    const paid = held(order.currency)
    assert.equal(paid, payout.amount / (order.currency === 'XOF' ? 1 : 100))

    // The job runs again (a crash after Horizon answered): nothing leaves twice.
    await stellar.queue.send(SendPayoutJob, { payoutId: payout.id })
    await stellar.queue.drain()
    assert.lengthOf(payoutSubmissions(), 1)
    assert.equal(held(order.currency), paid)
    assert.equal(await sentJournals(payout.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a lost answer is resent as the very same transaction: the network applies it once', async ({
    client,
    assert,
  }) => {
    const { world, payoutSubmissions, held } = await withHorizon(client)
    stellar.horizon.answers.afterApply = () => ({
      status: 504,
      body: { status: 504, title: 'Timeout' },
    })
    const { order } = await completedPaidOrder(client, { world })
    await assert.rejects(() => stellar.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')

    stellar.horizon.answers.afterApply = null
    await stellar.queue.send(SendPayoutJob, { payoutId: payout.id })
    await stellar.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    const hashes = payoutSubmissions()
    assert.lengthOf(hashes, 1, 'the resend found the first in a ledger and submitted nothing')
    assert.lengthOf(
      [...stellar.horizon.landed.values()].filter((t) => t.successful),
      2
    ) // trustline + payout
    assert.equal(held(order.currency), payout.amount / (order.currency === 'XOF' ? 1 : 100))
    assert.equal(await sentJournals(payout.id), 1)
  })

  test('a transaction the network never took fails as expired once its time bound passed; an operator’s retry pays once with a new key', async ({
    client,
    assert,
  }) => {
    const { world } = await withHorizon(client)
    stellar.horizon.answers.drop = { status: 504, body: { status: 504, title: 'Timeout' } }
    const { order } = await completedPaidOrder(client, { world })
    await assert.rejects(() => stellar.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)

    // Still within its time bound: asked, it is pending and nothing changes.
    await Payout.query()
      .where('id', payout.id)
      .update({ requested_at: DateTime.now().minus({ hours: 1 }).toJSDate() })
    await stellar.queue.send(StuckPayoutsJob, {})
    await stellar.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sending')

    await db
      .from('stellar_submissions')
      .update({ valid_until: DateTime.now().minus({ minutes: 5 }).toJSDate() })
    await Payout.query().where('id', payout.id).update({ status_queried_at: null })
    await stellar.queue.send(StuckPayoutsJob, {})
    await stellar.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'expired' })

    stellar.horizon.answers.drop = null
    const retried = await client
      .post(`/api/v1/admin/payouts/${payout.id}/retry`)
      .json({ reason: 'network took nothing' })
      .loginAs(world.admin)
    retried.assertStatus(200)
    await stellar.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', attempt: 2 })
    assert.equal(await sentJournals(payout.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an account that cannot take the asset is refused with a clear reason and the money waits for an operator', async ({
    client,
    assert,
  }) => {
    const { world, account } = await withHorizon(client)
    // The wallet lost its trustline (say, removed elsewhere).
    for (const key of [...stellar.horizon.accounts.get(account)!.balances.keys()]) {
      if (key !== 'native') stellar.horizon.accounts.get(account)!.balances.delete(key)
    }
    const { order } = await completedPaidOrder(client, { world })
    await stellar.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'recipient_invalid' })
    assert.equal(await sentJournals(payout.id), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('only the carrier’s owner chooses the rail; dispatchers read it; bad input changes nothing', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const owner = await ownedByItsDispatcher(world.carrier)
    const bad = await client.put('/api/v1/payout-rail').json({ rail: 'bitcoin' }).loginAs(owner)
    bad.assertStatus(422)
    const shipper = await client
      .put('/api/v1/payout-rail')
      .json({ rail: 'stellar' })
      .loginAs(world.shipper)
    shipper.assertStatus(403)
    const read = await client.get('/api/v1/payout-rail').loginAs(owner)
    assert.deepInclude(read.body(), {
      rail: 'mobile_money',
      stellarOffered: true,
      stellarAccount: null,
    })
    assert.equal(
      await StellarWallet.query()
        .count('* as n')
        .first()
        .then((r) => Number(r!.$extras.n)),
      0
    )
  })

  test('the owner’s wallet shows what it holds of each payout asset once paid; a wallet not on the network shows none', async ({
    client,
    assert,
  }) => {
    const { world, owner, account } = await withHorizon(client)
    const before = await client.get('/api/v1/stellar-wallet').loginAs(owner)
    assert.deepInclude(before.body(), { publicKey: account, ready: true })
    assert.isTrue(before.body().balances.every((held: { amount: number }) => held.amount === 0))

    const { order } = await completedPaidOrder(client, { world })
    await stellar.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    const after = await client.get('/api/v1/stellar-wallet').loginAs(owner)
    assert.deepInclude(after.body().balances, { currency: order.currency, amount: payout.amount })

    const unopened = await client.get('/api/v1/stellar-wallet').loginAs(world.shipper)
    assert.deepInclude(unopened.body(), { publicKey: null, funded: false, balances: null })
  })

  test('per role: only the carrier’s owner sees its wallet and chooses how it is paid; every other role is refused or sees only its own, and nothing of the owner’s changes', async ({
    client,
    assert,
  }) => {
    const { world, owner, account } = await withHorizon(client)
    const coop = await makeCooperative()
    const others = {
      shipper: world.shipper,
      carrierDriver: world.carrier.driver,
      platformDispatcher: world.platformDispatcher,
      cooperativeManager: coop.manager,
      clerk: coop.clerk,
      grader: coop.grader,
      unattachedDriver: await makeUser('driver', null),
      admin: world.admin,
    }
    const mine = await client.get('/api/v1/stellar-wallet').loginAs(owner)
    assert.equal(mine.body().publicKey, account)

    for (const [role, user] of Object.entries(others)) {
      const read = await client.get('/api/v1/stellar-wallet').loginAs(user)
      read.assertStatus(200)
      assert.isNull(read.body().publicKey, `${role} sees no wallet`)
      const opened = await client.post('/api/v1/stellar-wallet').loginAs(user)
      opened.assertStatus(201)
      assert.notEqual(opened.body().publicKey, account, `${role} gets a wallet of its own`)
      const rail = await client.get('/api/v1/payout-rail').loginAs(user)
      assert.equal(rail.status(), 403, `${role} reads no carrier's rail`)
      const chosen = await client
        .put('/api/v1/payout-rail')
        .json({ rail: 'mobile_money' })
        .loginAs(user)
      assert.equal(chosen.status(), 403, `${role} chooses no carrier's rail`)
    }
    const rail = await client.get('/api/v1/payout-rail').loginAs(owner)
    assert.deepInclude(rail.body(), { rail: 'stellar', stellarAccount: account, yours: true })
    const dispatcher = await makeUser('dispatcher', world.carrier.organisation)
    const read = await client.get('/api/v1/payout-rail').loginAs(dispatcher)
    assert.deepInclude(read.body(), { rail: 'stellar', yours: false })
    const changes = await db
      .from('audit_events')
      .where('action', 'payout_rail.changed')
      .where('subject_type', 'organisation')
      .where('subject_id', String(world.carrier.organisation.id))
    assert.lengthOf(changes, 1, 'only the owner’s own choice')
    assert.equal(
      await StellarWallet.query()
        .where('public_key', account)
        .count('* as n')
        .first()
        .then((r) => Number(r!.$extras.n)),
      1
    )
  })
})

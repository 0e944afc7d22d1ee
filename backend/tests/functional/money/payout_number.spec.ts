import { test } from '@japa/runner'
import { standInForEachTest } from '#tests/helpers'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import PayoutService from '#money/services/payout_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import moneyConfig from '#config/money'
import accountsConfig from '#config/accounts'
import app from '@adonisjs/core/services/app'
import { codeFromOutbox, isolateAccounts, signedInAgo } from '#tests/accounts_helpers'
import { makeUser } from '#tests/fixtures/marketplace'
import { auditOf, b2cSuccess, completedPaidOrder, useFakeB2c } from '#tests/money_fixtures'

const NEW_NUMBER = '+254733111222'

test.group('Money: a carrier’s payout number, confirmed by a code', (group) => {
  isolateAccounts(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  /** A carrier whose owner is its dispatcher, with nothing settled yet. */
  async function carrier(client: Parameters<typeof completedPaidOrder>[0]) {
    const made = await completedPaidOrder(client)
    await b2c.queue.drain()
    return made
  }

  test('the owner names a number; it is paid only once the code texted to it comes back, then after the cooling period', async ({
    client,
    assert,
  }) => {
    const { world, owner } = await carrier(client)
    const before = await client.get('/api/v1/payout-number').loginAs(owner)
    before.assertStatus(200)
    assert.deepInclude(before.body(), {
      phone: `${owner.phone.slice(0, 4)} •••• ${owner.phone.slice(-4)}`,
      confirmed: false,
      pending: null,
      coolingUntil: null,
    })

    // Typed the Kenyan way, read in the owner's country.
    const asked = await client
      .post('/api/v1/payout-number')
      .json({ phone: '0733 111 222' })
      .loginAs(owner)
    asked.assertStatus(202)
    assert.equal(asked.body().pending.phone, '+254 •••• 1222')
    assert.isFalse(asked.body().confirmed)
    const code = await codeFromOutbox(client, NEW_NUMBER)
    const outbox = await client.get('/api/v1/dev/outbox').qs({ to: NEW_NUMBER })
    const [text] = outbox.body().data
    assert.match(text.body, /confirms this number for a carrier's payouts/)

    // The payout number's code signs nobody in.
    const signIn = await client.post('/api/v1/auth/otp/verify').json({ phone: NEW_NUMBER, code })
    signIn.assertStatus(400)

    // Until the code comes back, payouts go to the owner's phone.
    const { order: meanwhile } = await completedPaidOrder(client, { world })
    const meanwhilePayout = await Payout.findByOrFail('order_id', meanwhile.id)
    assert.equal(meanwhilePayout.phone, owner.phone)
    await b2c.queue.drain()
    const wrong = await client
      .post('/api/v1/payout-number/confirm')
      .json({ code: code === '000000' ? '111111' : '000000' })
      .loginAs(owner)
    wrong.assertStatus(400)
    assert.equal(wrong.body().errors[0].code, 'E_INVALID_CODE')

    const confirmed = await client
      .post('/api/v1/payout-number/confirm')
      .json({ code })
      .loginAs(owner)
    confirmed.assertStatus(200)
    assert.deepInclude(confirmed.body(), {
      phone: '+254 •••• 1222',
      confirmed: true,
      pending: null,
    })
    const cooling = DateTime.fromISO(confirmed.body().coolingUntil)
    assert.closeTo(cooling.diffNow('hours').hours, moneyConfig.payouts.numberCoolingHours, 0.1)
    const replay = await client.post('/api/v1/payout-number/confirm').json({ code }).loginAs(owner)
    replay.assertStatus(409)

    const audit = await auditOf('payout_number.changed', {
      type: 'organisation',
      id: world.carrier.organisation.id,
    })
    assert.lengthOf(audit, 1)
    assert.equal(audit[0].actor_id, owner.id)
    assert.notInclude(JSON.stringify(audit[0]), NEW_NUMBER)

    // A new settlement is paid to the new number, but waits out the cooling period.
    const { order } = await completedPaidOrder(client, { world })
    const held = await Payout.findByOrFail('order_id', order.id)
    assert.equal(held.phone, NEW_NUMBER)
    await b2c.queue.drain()
    await held.refresh()
    assert.include(held.serialize(), { status: 'queued', heldReason: 'number_cooling' })
    const requestsBefore = b2c.requests().length
    await app.container.make(PayoutService).then((payouts) => payouts.sendQueued())
    await b2c.queue.drain()
    assert.lengthOf(b2c.requests(), requestsBefore)

    // Cooled: it leaves, to the new number, once.
    await db
      .from('payout_numbers')
      .whereNotNull('confirmed_at')
      .update({ confirmed_at: DateTime.now().minus({ hours: 25 }).toJSDate() })
    await app.container.make(PayoutService).then((payouts) => payouts.sendQueued())
    await b2c.queue.drain()
    const request = b2c.requests().at(-1)
    assert.equal(request.PartyB, NEW_NUMBER.slice(1))
    await client
      .post(new URL(request.ResultURL).pathname)
      .json(b2cSuccess(request.OriginatorConversationID, 40500))
    await b2c.queue.drain()
    await held.refresh()
    assert.equal(held.status, 'sent')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('only the carrier’s owner changes it, with a recent sign-in; dispatchers read it; nobody else sees it; bad input changes nothing', async ({
    client,
    assert,
  }) => {
    const { world, owner } = await carrier(client)
    const dispatcher = await makeUser('dispatcher', world.carrier.organisation)
    const driver = await makeUser('driver', world.carrier.organisation)
    const read = await client.get('/api/v1/payout-number').loginAs(dispatcher)
    read.assertStatus(200)
    for (const who of [dispatcher, driver, world.shipper, world.admin]) {
      const change = await client
        .post('/api/v1/payout-number')
        .json({ phone: NEW_NUMBER })
        .loginAs(who)
      change.assertStatus(403)
      const confirm = await client
        .post('/api/v1/payout-number/confirm')
        .json({ code: '123456' })
        .loginAs(who)
      confirm.assertStatus(403)
    }
    for (const who of [driver, world.shipper]) {
      const refused = await client.get('/api/v1/payout-number').loginAs(who)
      refused.assertStatus(403)
    }
    const stale = await signedInAgo(owner, accountsConfig.recentSignInMinutes + 1)
    const late = await client
      .post('/api/v1/payout-number')
      .json({ phone: NEW_NUMBER })
      .bearerToken(stale)
    late.assertStatus(403)
    assert.equal(late.body().errors[0].code, 'E_RECENT_SIGN_IN_REQUIRED')

    for (const phone of ['+1 202 555 0100', 'not a phone', 254733111222]) {
      const bad = await client.post('/api/v1/payout-number').json({ phone }).loginAs(owner)
      bad.assertStatus(422)
      assert.equal(bad.body().errors[0].field, 'phone')
    }
    const noneWaiting = await client
      .post('/api/v1/payout-number/confirm')
      .json({ code: '123456' })
      .loginAs(owner)
    noneWaiting.assertStatus(409)
    assert.equal(noneWaiting.body().errors[0].code, 'E_NO_PENDING_NUMBER')
    assert.lengthOf(await db.from('payout_numbers'), 0)
    assert.lengthOf(await db.from('sms_messages').where('to', NEW_NUMBER), 0)
  })
})

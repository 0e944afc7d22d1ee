import { test } from '@japa/runner'
import { constants, privateDecrypt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import { PAYOUT_ACTIONS, type PayoutAction } from '#money/payout_rules'
import SendPayoutJob from '#money/jobs/send_payout_job'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import NotificationEvents from '#notifications/services/notification_events'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { kindsOf } from '#tests/notifications_fixtures'
import {
  auditOf,
  B2C_INITIATOR_PASSWORD,
  b2cFailure,
  b2cSuccess,
  completedPaidOrder,
  fixture,
  useFakeB2c,
} from '#tests/money_fixtures'

const balance = (owner: string, purpose: AccountPurpose) =>
  new LedgerService().balance({ owner, purpose, currency: 'KES' })

test.group('Money: carrier payouts by M-Pesa B2C', (group) => {
  isolateDatabase(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  test('on completion the carrier’s net leaves by B2C once; the result settles it once, whatever replays', async ({
    client,
    assert,
  }) => {
    const sent: unknown[] = []
    const listener = (event: unknown) => sent.push(event)
    emitter.on('money:payout_sent', listener)
    const { world, order, owner } = await completedPaidOrder(client)
    const carrier = owners.organisation(world.carrier.organisation.id)
    // Reserved in the completing transaction: nothing left before the job ran.
    assert.equal(await balance(carrier, 'carrier_payable'), 0)
    assert.equal(await balance(carrier, 'payout_in_flight'), 4_050_000)
    assert.lengthOf(b2c.requests(), 0)

    await b2c.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    const [request] = b2c.requests()
    assert.deepInclude(request, {
      OriginatorConversationID: `NJIA-${payout.id}-1`,
      InitiatorName: 'testapi',
      CommandID: 'BusinessPayment',
      Amount: '40500',
      PartyA: '600997',
      PartyB: owner.phone.replace('+', ''),
      Occassion: '',
    })
    const token = payout.callbackToken
    assert.equal(new URL(request.ResultURL).pathname, `/api/v1/webhooks/mpesa/b2c/result/${token}`)
    assert.equal(
      new URL(request.QueueTimeOutURL).pathname,
      `/api/v1/webhooks/mpesa/b2c/timeout/${token}`
    )
    const key = readFileSync(app.makePath('tests/fixtures/providers/stand-in-key.pem'), 'utf8')
    const password = privateDecrypt(
      { key, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(request.SecurityCredential, 'base64')
    ).toString()
    assert.equal(password, B2C_INITIATOR_PASSWORD)
    assert.equal(b2c.server.requests[0].headers.authorization?.startsWith('Basic '), true)

    // The job runs again (a retry after a crash): no second request leaves.
    await b2c.queue.send(SendPayoutJob, { payoutId: payout.id })
    await b2c.queue.drain()
    assert.lengthOf(b2c.requests(), 1)

    const result = b2cSuccess(request.OriginatorConversationID, 40500)
    for (let i = 0; i < 3; i++) {
      const ack = await client.post(b2c.callbackPath('result')).json(result)
      ack.assertStatus(200)
      assert.deepEqual(ack.body(), fixture('daraja-stk-callback-ack-response.json'))
    }
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    assert.equal(payout.providerReceipt, 'SG632NMUAB')
    assert.equal(await balance(carrier, 'payout_in_flight'), 0)
    assert.equal(await balance(owners.provider('mpesa'), 'provider_clearing'), 450_000)
    const journals = await db.from('ledger_journals').where('kind', 'carrier_payout_sent')
    assert.lengthOf(journals, 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
    emitter.off('money:payout_sent', listener)
    assert.lengthOf(sent, 1)

    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    assert.deepEqual(earnings.body().balances, [
      { currency: 'KES', payable: 0, payingOut: 0, cashCommissionOwed: 0 },
    ])
    assert.deepEqual(earnings.body().lines[0].payout, {
      id: payout.id,
      status: 'sent',
      receipt: 'SG632NMUAB',
      failureMessage: null,
    })
    const csv = await client.get('/api/v1/earnings?format=csv').loginAs(world.carrier.dispatcher)
    assert.match(csv.text().trim().split('\r\n')[1], /,4050000,sent,SG632NMUAB$/)
  })

  test('an unknown outcome is retried with the same key: Daraja refuses the duplicate and the one result settles it', async ({
    client,
    assert,
  }) => {
    const { order } = await completedPaidOrder(client)
    const answer = b2c.answers.payout
    // Daraja took the request but its answer was lost (a 503 on our side).
    b2c.answers.payout = (request) => {
      answer(request)
      return { status: 503, body: { errorCode: '500.003.02', errorMessage: 'System busy' } }
    }
    await assert.rejects(() => b2c.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')

    b2c.answers.payout = answer
    await b2c.queue.send(SendPayoutJob, { payoutId: payout.id })
    await b2c.queue.drain()
    const keys = b2c.requests().map((request) => request.OriginatorConversationID)
    assert.deepEqual(keys, [`NJIA-${payout.id}-1`, `NJIA-${payout.id}-1`])

    await client.post(b2c.callbackPath('result')).json(b2cSuccess(keys[0], 40500))
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a failed payout waits for an admin, who sees why in their language and retries it with a new key', async ({
    client,
    assert,
  }) => {
    const { world, order } = await completedPaidOrder(client)
    await b2c.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    await client.post(b2c.callbackPath('result')).json(b2cFailure(`NJIA-${payout.id}-1`))
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'failed')
    assert.equal(payout.failureReason, 'platform_account')
    // The money waits in flight, not back in the payable: nobody else can pay it out meanwhile.
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'payout_in_flight'), 4_050_000)

    const admin = world.admin
    admin.locale = 'sw'
    await admin.save()
    const listed = await client.get('/api/v1/admin/payouts?attention=true').loginAs(admin)
    listed.assertStatus(200)
    assert.deepInclude(listed.body().data[0], {
      id: payout.id,
      status: 'failed',
      failureReason: 'platform_account',
      failureMessage:
        'Akaunti yetu ya malipo haikuweza kutuma (salio au vitambulisho). Mhudumu anashughulikia.',
      outcomeUnknown: false,
      phone: `${payout.phone.slice(0, 4)} •••• ${payout.phone.slice(-4)}`,
      payee: world.carrier.organisation.name,
    })

    const noReason = await client
      .post(`/api/v1/admin/payouts/${payout.id}/retry`)
      .json({})
      .loginAs(admin)
    noReason.assertStatus(422)
    const retried = await client
      .post(`/api/v1/admin/payouts/${payout.id}/retry`)
      .json({ reason: 'initiator password renewed' })
      .loginAs(admin)
    retried.assertStatus(200)
    assert.include(retried.body(), { status: 'queued', attempt: 2 })
    await b2c.queue.drain()
    assert.equal(b2c.requests().at(-1).OriginatorConversationID, `NJIA-${payout.id}-2`)

    // A late word about the first attempt changes nothing.
    await client.post(b2c.callbackPath('result')).json(b2cSuccess(`NJIA-${payout.id}-1`, 40500))
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sending')

    await client.post(b2c.callbackPath('result')).json(b2cSuccess(`NJIA-${payout.id}-2`, 40500))
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    const audit = await auditOf('payout.retried', { type: 'payout', id: payout.id })
    assert.lengthOf(audit, 1)
    assert.equal(audit[0].reason, 'initiator password renewed')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('each failed try is told to the carrier once: a replayed failure is not, a retry that fails again is', async ({
    client,
    assert,
  }) => {
    const failures: { attempt: number; reason: string }[] = []
    const listener = (event: { attempt: number; reason: string }) => failures.push(event)
    emitter.on('money:payout_failed', listener)
    const events = new NotificationEvents(b2c.queue)
    events.subscribe()
    try {
      const { world, order } = await completedPaidOrder(client)
      await b2c.queue.drain()
      const payout = await Payout.findByOrFail('order_id', order.id)
      for (let i = 0; i < 2; i++) {
        await client.post(b2c.callbackPath('result')).json(b2cFailure(`NJIA-${payout.id}-1`))
        await b2c.queue.drain()
      }
      const retried = await client
        .post(`/api/v1/admin/payouts/${payout.id}/retry`)
        .json({ reason: 'initiator password renewed' })
        .loginAs(world.admin)
      retried.assertStatus(200)
      await b2c.queue.drain()
      await client.post(b2c.callbackPath('result')).json(b2cFailure(`NJIA-${payout.id}-2`))
      await b2c.queue.drain()

      assert.deepEqual(
        failures.map(({ attempt, reason }) => [attempt, reason]),
        [
          [1, 'platform_account'],
          [2, 'platform_account'],
        ]
      )
      const kinds = await kindsOf([world.carrier.dispatcher])
      const told = kinds.get(world.carrier.dispatcher)!.filter((kind) => kind.startsWith('payout'))
      assert.deepEqual(told, ['payout_failed', 'payout_failed'])
      assert.deepEqual(await new LedgerVerifier().verify(), [])
    } finally {
      events.unsubscribe()
      emitter.off('money:payout_failed', listener)
    }
  })

  test('a queue timeout leaves the outcome unknown: cancelling is refused, a retry reuses the key', async ({
    client,
    assert,
  }) => {
    const { world, order } = await completedPaidOrder(client)
    await b2c.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    const timeout = b2cFailure(`NJIA-${payout.id}-1`)
    const acknowledged = await client.post(b2c.callbackPath('timeout')).json(timeout)
    acknowledged.assertStatus(200)
    await b2c.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'timeout' })

    const cancel = await client
      .post(`/api/v1/admin/payouts/${payout.id}/cancel`)
      .json({ reason: 'give up' })
      .loginAs(world.admin)
    cancel.assertStatus(409)
    assert.equal(cancel.body().errors[0].code, 'E_PAYOUT_OUTCOME_UNKNOWN')

    const retried = await client
      .post(`/api/v1/admin/payouts/${payout.id}/retry`)
      .json({ reason: 'ask again' })
      .loginAs(world.admin)
    assert.include(retried.body(), { attempt: 1, outcomeUnknown: true })
    await b2c.queue.drain()
    // Daraja had it: the duplicate is refused, and the payout waits for the one result.
    assert.deepEqual(
      b2c.requests().map((request) => request.OriginatorConversationID),
      [`NJIA-${payout.id}-1`, `NJIA-${payout.id}-1`]
    )
    await payout.refresh()
    assert.equal(payout.status, 'sending')
  })

  test('each payout lists the actions its state allows, and the API refuses any other with 409, changing nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await completedPaidOrder(client)
    const payout = await Payout.findByOrFail('order_id', order.id)
    const key = `NJIA-${payout.id}-1`
    const states: [Partial<Payout>, PayoutAction[]][] = [
      [{ status: 'queued', originatorConversationId: null }, ['cancel']],
      [{ status: 'queued', originatorConversationId: key }, ['retry', 'markSent', 'markFailed']],
      [{ status: 'sending', originatorConversationId: key }, ['retry', 'markSent', 'markFailed']],
      [
        { status: 'failed', failureReason: 'declined', originatorConversationId: key },
        ['retry', 'cancel', 'markSent'],
      ],
      [
        { status: 'failed', failureReason: 'timeout', originatorConversationId: key },
        ['retry', 'markSent', 'markFailed'],
      ],
      [{ status: 'sent', failureReason: null, originatorConversationId: key }, []],
      // A payout the provider took back is final: it used to be open to "mark sent".
      [{ status: 'reversed', originatorConversationId: key }, []],
      [{ status: 'cancelled', originatorConversationId: null }, []],
    ]
    const paths: Record<PayoutAction, string> = {
      retry: 'retry',
      cancel: 'cancel',
      markSent: 'mark-sent',
      markFailed: 'mark-failed',
      refundedByHand: 'refunded-by-hand',
    }
    for (const [state, allowed] of states) {
      await payout.merge({ failureReason: null, ...state }).save()
      const listed = await client
        .get('/api/v1/admin/payouts')
        .qs({ orderId: order.id })
        .loginAs(world.admin)
      listed.assertStatus(200)
      assert.deepEqual(listed.body().data[0].allowedActions, allowed, JSON.stringify(state))
      const journals = await db.from('ledger_journals').count('* as n').first()
      for (const action of PAYOUT_ACTIONS.filter((a) => !allowed.includes(a))) {
        const refused = await client
          .post(`/api/v1/admin/payouts/${payout.id}/${paths[action]}`)
          .json({ receipt: 'TST9H462N', reason: 'seen in the M-Pesa portal' })
          .loginAs(world.admin)
        refused.assertStatus(409)
        const after = await Payout.findOrFail(payout.id)
        assert.include(after.serialize(), {
          status: state.status,
          attempt: 1,
          originatorConversationId: state.originatorConversationId,
        })
      }
      assert.deepEqual(await db.from('ledger_journals').count('* as n').first(), journals)
    }
    assert.lengthOf(b2c.requests(), 0)
  })

  test('callbacks with an unknown token, an unreadable body, another key or a wrong amount change nothing', async ({
    client,
    assert,
  }) => {
    const { order } = await completedPaidOrder(client)
    await b2c.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    const key = `NJIA-${payout.id}-1`

    const unknown = await client
      .post(`/api/v1/webhooks/mpesa/b2c/result/${'x'.repeat(43)}`)
      .json(b2cSuccess(key, 40500))
    unknown.assertStatus(404)
    const unreadable = await client.post(b2c.callbackPath('result')).json({ Result: {} })
    unreadable.assertStatus(400)
    const badWhich = await client
      .post(b2c.callbackPath('result').replace('/result/', '/other/'))
      .json(b2cSuccess(key, 40500))
    badWhich.assertStatus(422)
    await client.post(b2c.callbackPath('result')).json(b2cSuccess('NJIA-999999-1', 40500))
    await client.post(b2c.callbackPath('result')).json(b2cSuccess(key, 1))
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sending')
    const notes = await db.from('payment_callbacks').where('payout_id', payout.id).orderBy('id')
    assert.deepEqual(
      notes.map((row) => row.outcome),
      ['mismatch', 'mismatch']
    )
  })

  test('Daraja’s callbacks are a provider protocol: a body the edge refuses elsewhere is stored and applied', async ({
    client,
    assert,
  }) => {
    const { order } = await completedPaidOrder(client)
    await b2c.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    const result = b2cFailure(`NJIA-${payout.id}-1`)
    result.Result.ResultDesc = 'The initiator information is invalid.\u0000'
    result.Result.ReferenceData.ReferenceItem = { Key: 'constructor', Value: 'x' }
    const ack = await client.post(b2c.callbackPath('result')).json(result)
    ack.assertStatus(200)
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'failed')
  })
})

import { test } from '@japa/runner'
import { randomBytes } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import { isolateDatabase } from '#tests/helpers'
import {
  makeAssignedOrder,
  makeOrder,
  makeUser,
  makeWorld,
  type World,
} from '#tests/fixtures/marketplace'
import { makeCooperative } from '#tests/collections_fixtures'
import { writeBuffer } from '#tests/tracking_fixtures'
import { markPaid } from '#tests/money_fixtures'

async function everyoneButAdmins(w: World) {
  const coop = await makeCooperative()
  return {
    shipper: w.shipper,
    carrierDispatcher: w.carrier.dispatcher,
    carrierDriver: w.carrier.driver,
    platformDispatcher: w.platformDispatcher,
    cooperativeManager: coop.manager,
    clerk: coop.clerk,
    grader: coop.grader,
  }
}

test.group('Operations: the console’s health, job queue and day’s figures', (group) => {
  isolateDatabase(group)

  test('an admin reads today’s figures: orders posted, assigned, delivered and on time, GPS points, the payment success rate', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const now = DateTime.now()
    await makeOrder(w.shipper, { status: 'posted', postedAt: now })
    await makeOrder(w.shipper, { status: 'posted', postedAt: now.minus({ days: 2 }) })
    const onTime = await makeAssignedOrder(w.shipper, w.carrier, {
      status: 'delivered',
      postedAt: now,
      assignedAt: now,
      deliveredAt: now,
      dropoffWindowEnd: now.plus({ hours: 1 }),
    })
    await makeAssignedOrder(w.shipper, w.otherCarrier, {
      status: 'delivered',
      assignedAt: now,
      deliveredAt: now,
      dropoffWindowEnd: now.minus({ minutes: 1 }),
    })
    await markPaid(onTime)
    await Payment.create({
      orderId: onTime.id,
      payerId: w.shipper.id,
      provider: 'mpesa',
      amount: 100,
      currency: 'KES',
      phone: '+254722000000',
      status: 'failed',
      callbackToken: randomBytes(32).toString('base64url'),
      accountReference: `NJIA-${onTime.id}`,
    })
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 10 })
    await buffer.write(
      [1, 2, 3].map((n) => ({
        driverId: w.carrier.driver.id,
        organisationId: w.carrier.organisation.id,
        orderId: onTime.id,
        recordedAt: now.minus({ seconds: n }).toMillis(),
        lat: -1.3,
        lng: 36.8,
        accuracy: 5,
        speed: null,
        heading: null,
        altitude: null,
        battery: null,
        source: 'socket' as const,
      }))
    )

    const response = await client.get('/api/v1/admin/operations').loginAs(w.admin)
    response.assertStatus(200)
    const { today } = response.body()
    assert.deepInclude(today, {
      ordersPosted: 2,
      ordersAssigned: 2,
      ordersDelivered: 2,
      deliveredWithWindow: 2,
      deliveredOnTime: 1,
      gpsPoints: 3,
      paymentsReceived: 1,
      paymentsFailed: 1,
      paymentSuccessRate: 0.5,
    })
    assert.equal(today.since, DateTime.utc().startOf('day').toISO())
  })

  test('platform dispatchers read it but send nothing again; every other role 403, nobody 401', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const seen: Record<string, { read: number; retry: number }> = {}
    for (const [role, user] of Object.entries(await everyoneButAdmins(w))) {
      const read = await client.get('/api/v1/admin/operations').loginAs(user)
      const retry = await client
        .post(`/api/v1/admin/operations/jobs/money.send-payout/${crypto.randomUUID()}/retry`)
        .loginAs(user)
      seen[role] = { read: read.status(), retry: retry.status() }
    }
    assert.deepEqual(seen, {
      shipper: { read: 403, retry: 403 },
      carrierDispatcher: { read: 403, retry: 403 },
      carrierDriver: { read: 403, retry: 403 },
      platformDispatcher: { read: 200, retry: 403 },
      cooperativeManager: { read: 403, retry: 403 },
      clerk: { read: 403, retry: 403 },
      grader: { read: 403, retry: 403 },
    })
    const anonymous = await client.get('/api/v1/admin/operations')
    anonymous.assertStatus(401)
    const malformed = await client
      .post('/api/v1/admin/operations/jobs/money.send-payout/not-a-job/retry')
      .loginAs(w.admin)
    malformed.assertStatus(422)
  })
})

/*
 * pg-boss works on its own connections: on the embedded database a test
 * transaction would hold the one PGlite session and starve it, so this group
 * commits what it makes and removes it after.
 */
test.group('Operations: failed jobs', (group) => {
  const queueName = `ops-test-${Date.now()}`
  group.teardown(async () => {
    const queue = await app.container.make(QueueService)
    const boss = await queue.connect()
    await boss.deleteQueue(queueName)
  })

  test('a failed job is listed with its error and an admin sends it again, once', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin', null)
    try {
      const queue = await app.container.make(QueueService)
      const boss = await queue.connect()
      await boss.createQueue(queueName, { retryLimit: 0 })
      const id = (await boss.send(queueName, { n: 1 }))!
      const [job] = await boss.fetch(queueName)
      assert.equal(job.id, id)
      await boss.fail(queueName, id, { message: 'provider unreachable' })

      const listed = await client.get('/api/v1/admin/operations').loginAs(admin)
      listed.assertStatus(200)
      const failure = listed.body().failures.find((f: { id: string }) => f.id === id)
      assert.include(failure, { queue: queueName, error: 'provider unreachable', attempts: 1 })
      assert.deepInclude(
        listed.body().queues.find((q: { name: string }) => q.name === queueName),
        { failed: 1 }
      )

      const retried = await client
        .post(`/api/v1/admin/operations/jobs/${queueName}/${id}/retry`)
        .loginAs(admin)
      retried.assertStatus(204)
      const again = await client
        .post(`/api/v1/admin/operations/jobs/${queueName}/${id}/retry`)
        .loginAs(admin)
      again.assertStatus(404)
      const state = await boss.getJobById(queueName, id)
      assert.equal(state?.state, 'retry')
    } finally {
      await admin.delete()
    }
  })
})

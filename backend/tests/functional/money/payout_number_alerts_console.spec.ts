import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import QueueService from '#core/services/queue_service'
import PayoutNumber from '#money/models/payout_number'
import { toIso } from '#core/contract/response_schema'
import { isolateDatabase } from '#tests/helpers'
import { makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'

test.group('Money: alerts that were not sent are listed for admins', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  group.each.setup(() => {
    queue = new RecordingQueue()
    app.container.swap(QueueService, () => queue)
    return () => app.container.restoreAll([QueueService])
  })

  test('a replaced payout number not warned is listed (masked) until an admin sends it again; only admins see or send', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const organisationId = world.carrier.organisation.id
    const base = { organisationId, confirmedAt: DateTime.now().minus({ hours: 3 }) }
    const unsent = await PayoutNumber.create({
      ...base,
      phone: '+254733111222',
      replacedPhone: '+254700000123',
    })
    // Not confirmed, or replacing nothing: nothing to send (one warned leaves the list, below).
    await PayoutNumber.create({
      organisationId,
      phone: '+254733111444',
      replacedPhone: '+254700000125',
      confirmedAt: null,
    })
    await PayoutNumber.create({ ...base, phone: '+254733111555', replacedPhone: null })

    const listed = await client.get('/api/v1/admin/payout-number-alerts').loginAs(world.admin)
    listed.assertStatus(200)
    assert.deepEqual(listed.body().data, [
      {
        id: unsent.id,
        organisation: { id: organisationId, name: world.carrier.organisation.name },
        phone: '+254 •••• 1222',
        replacedPhone: '+254 •••• 0123',
        confirmedAt: toIso(base.confirmedAt),
      },
    ])

    for (const user of [
      world.shipper,
      world.carrier.dispatcher,
      world.carrier.driver,
      world.platformDispatcher,
    ]) {
      const read = await client.get('/api/v1/admin/payout-number-alerts').loginAs(user)
      read.assertStatus(403)
      const send = await client
        .post(`/api/v1/admin/payout-number-alerts/${unsent.id}/send`)
        .loginAs(user)
      send.assertStatus(403)
    }
    assert.lengthOf(queue.sent, 0)

    const missing = await client
      .post('/api/v1/admin/payout-number-alerts/999999/send')
      .loginAs(world.admin)
    missing.assertStatus(404)

    const sent = await client
      .post(`/api/v1/admin/payout-number-alerts/${unsent.id}/send`)
      .loginAs(world.admin)
    sent.assertStatus(200)
    assert.lengthOf(queue.sent, 0, 'sent at once, not queued')
    const again = await client
      .post(`/api/v1/admin/payout-number-alerts/${unsent.id}/send`)
      .loginAs(world.admin)
    again.assertStatus(404)
    await unsent.refresh()
    assert.isNotNull(unsent.alertSmsId)
    const after = await client.get('/api/v1/admin/payout-number-alerts').loginAs(world.admin)
    assert.deepEqual(after.body().data, [])
  })
})

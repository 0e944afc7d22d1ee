import { DateTime } from 'luxon'
import { test } from '@japa/runner'
import { markPaid } from '#tests/money_fixtures'
import { isolateDatabase } from '#tests/helpers'
import {
  makeCarrier,
  makeAssignedOrder,
  makeOrganisation,
  makeUser,
  statusOf,
} from '#tests/fixtures/marketplace'
import OrderEvent from '#orders/models/order_event'
import DriverPositionService from '#tracking/services/driver_position_service'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { tokenFor } from '#tests/accounts_helpers'
import { ussdSession } from '#tests/ussd_helpers'

test.group('ussd: drivers', (group) => {
  isolateDatabase(group)

  test('a driver follows the job and moves it with the order state machine’s moves only', async ({
    client,
    assert,
  }) => {
    const carrier = await makeCarrier()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeAssignedOrder(shipper, carrier)
    await markPaid(order)
    const phone = carrier.driver.phone

    const job = ussdSession(client, phone)
    assert.include(await job.open(), '1. Current job')
    assert.match(
      await job.answer('1'),
      new RegExp(`^END Order ${order.id} \\(assigned\\): .* to .*\\.$`)
    )

    const next = ussdSession(client, phone)
    await next.open()
    assert.match(await next.answer('2'), /^END Next: pickup, /)

    const update = ussdSession(client, phone)
    await update.open()
    assert.equal(await update.answer('4'), 'CON Create a 4-digit PIN:')
    await update.answer('5173')
    // Assigned: the state machine lets the driver only arrive at pickup.
    assert.equal(await update.answer('5173'), `CON Order ${order.id}:\n1. Arrived at pickup`)
    assert.equal(await update.answer('1'), `END Order ${order.id} is now at pickup.`)
    assert.equal(await statusOf(order.id), 'pickup_pending')

    const pick = ussdSession(client, phone)
    await pick.open()
    await pick.answer('4')
    assert.equal(await pick.answer('5173'), `CON Order ${order.id}:\n1. Picked up`)
    assert.equal(await pick.answer('1'), `END Order ${order.id} is now picked up.`)

    const go = ussdSession(client, phone)
    await go.open()
    await go.answer('4')
    await go.answer('5173')
    assert.equal(await go.answer('1'), `END Order ${order.id} is now in transit.`)
    const deliver = ussdSession(client, phone)
    await deliver.open()
    await deliver.answer('4')
    assert.equal(await deliver.answer('5173'), `CON Order ${order.id}:\n1. Delivered`)
    assert.equal(await deliver.answer('1'), `END Order ${order.id} is now delivered.`)
    assert.equal(await statusOf(order.id), 'delivered')

    const events = await OrderEvent.query().where('order_id', order.id).orderBy('id')
    assert.deepEqual(
      events.map((e) => [e.type, e.actorId]),
      [
        ['pickup_pending', carrier.driver.id],
        ['picked_up', carrier.driver.id],
        ['in_transit', carrier.driver.id],
        ['delivered', carrier.driver.id],
      ]
    )
  })

  test('duty on and off, behind the PIN', async ({ client, assert }) => {
    const carrier = await makeCarrier()
    const ussd = ussdSession(client, carrier.driver.phone)
    assert.include(await ussd.open(), '(off duty)')
    assert.equal(await ussd.answer('3'), 'CON You are off duty.\n1. Go on duty\n2. Go off duty')
    assert.equal(await ussd.answer('1'), 'CON Create a 4-digit PIN:')
    await ussd.answer('2468')
    assert.equal(await ussd.answer('2468'), 'END You are now on duty.')
    assert.isTrue(await new DriverPositionService().isOnDuty(carrier.driver))
  })

  test('a milk route driver sees the route and the next stop not yet collected', async ({
    client,
    assert,
  }) => {
    const queue = recordQueue()
    try {
      const coop = await makeCooperative('Kiambu Dairy')
      const farmer = await makeFarmer(coop, { stopId: coop.stops[0].id })
      await client
        .post('/api/v1/collections/sync')
        .bearerToken(await tokenFor(coop.driver))
        .json({ collections: [collectionInput(farmer, coop)] })
      const route = ussdSession(client, coop.driver.phone)
      await route.open()
      assert.equal(await route.answer('1'), 'END Route Route A (AM) for Kiambu Dairy: 3 stops.')
      const next = ussdSession(client, coop.driver.phone)
      await next.open()
      assert.equal(await next.answer('2'), 'END Next stop 2/3: Ikinu junction.')
    } finally {
      queue.restore()
    }
  })

  test('a suspended account gets one END screen in its language and nothing else, even mid-session', async ({
    client,
    assert,
  }) => {
    const carrier = await makeCarrier()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeAssignedOrder(shipper, carrier)
    const driver = carrier.driver
    driver.locale = 'sw'
    await driver.save()

    const open = ussdSession(client, driver.phone)
    assert.include(await open.open(), '1. ')
    driver.suspendedAt = DateTime.now()
    driver.suspensionReason = 'Shared the phone'
    await driver.save()
    const cut = await open.answer('1')
    assert.equal(
      cut,
      'END Akaunti yako ya Njia imesimamishwa. Tafadhali wasiliana na huduma ya Njia.'
    )
    assert.notInclude(cut, String(order.id))

    for (const path of ['', '1', '2', '4*1234']) {
      const again = ussdSession(client, driver.phone)
      for (const step of path ? ['', ...path.split('*')] : ['']) {
        const screen = step === '' ? await again.open() : await again.answer(step)
        assert.equal(screen, cut)
        if (screen.startsWith('END')) break
      }
    }
    // Suspension covers the registration path too: the phone cannot become a farmer.
    const shipperSession = ussdSession(client, shipper.phone)
    shipper.suspendedAt = DateTime.now()
    await shipper.save()
    assert.match(await shipperSession.open(), /^END Your Njia account is suspended\./)
  })
})

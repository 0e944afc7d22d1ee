import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Rating from '#orders/models/rating'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'

/** Who is coming (issue 10 item 3): the shipper knows the driver, the truck and the carrier, and may call. */
test.group('Orders: who is coming', (group) => {
  isolateDatabase(group)

  test('the shipper sees the driver, the truck and the carrier with its rating, and the phone to call', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await w.carrier.driver.merge({ name: 'Kamau Njoroge' }).save()
    const earlier = await makeAssignedOrder(w.shipper, w.carrier, {
      status: 'completed',
      completedAt: DateTime.now(),
    })
    await Rating.create({
      orderId: earlier.id,
      direction: 'shipper_to_carrier',
      raterId: w.shipper.id,
      ratedOrganisationId: w.carrier.organisation.id,
      score: 4,
    })
    const order = await makeAssignedOrder(w.shipper, w.carrier)

    const response = await client.get(`/api/v1/orders/${order.id}/crew`).loginAs(w.shipper)
    response.assertStatus(200)
    assert.containsSubset(response.body(), {
      driver: { id: w.carrier.driver.id, name: 'Kamau Njoroge', phone: w.carrier.driver.phone },
      vehicle: { id: w.carrier.vehicle.id, plate: w.carrier.vehicle.plate },
      carrier: {
        id: w.carrier.organisation.id,
        name: w.carrier.organisation.name,
        rating: { average: 4, count: 1 },
      },
    })
  })

  test("the driver's phone is for the job: not to the driver's own colleagues, not after completion", async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeAssignedOrder(w.shipper, w.carrier, { status: 'in_transit' })
    const asDriver = await client.get(`/api/v1/orders/${order.id}/crew`).loginAs(w.carrier.driver)
    asDriver.assertStatus(200)
    assert.isNull(asDriver.body().driver.phone)
    const asDispatcher = await client
      .get(`/api/v1/orders/${order.id}/crew`)
      .loginAs(w.carrier.dispatcher)
    assert.equal(asDispatcher.body().driver.phone, w.carrier.driver.phone)

    await order.merge({ status: 'completed', completedAt: DateTime.now() }).save()
    const after = await client.get(`/api/v1/orders/${order.id}/crew`).loginAs(w.shipper)
    after.assertStatus(200)
    assert.isNull(after.body().driver.phone)
    assert.equal(after.body().driver.name, w.carrier.driver.name)
  })
})

import { test } from '@japa/runner'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import {
  makeAssignedOrder,
  makeCarrier,
  makeOpenBid,
  makeOrder,
  makeOrganisation,
  makeUser,
  type Carrier,
} from '#tests/fixtures/marketplace'

/**
 * "Who runs a carrier" has one definition (accounts' membership rules): its
 * owner and its dispatchers. Fleet used to count the owner, orders did not,
 * so the owner of a small carrier who drives (the demo's Joseph Mwangi and
 * Mamadou Ndiaye) could change the fleet but not put it on an order, nor
 * change the bids their drivers placed.
 */
async function carrierWithOwner() {
  const carrier = await makeCarrier()
  const owner = await makeUser('driver', carrier.organisation)
  carrier.organisation.ownerId = owner.id
  await carrier.organisation.save()
  return { carrier, owner }
}

/** The same requests, by the owner who drives, a dispatcher and a plain driver. */
async function byEveryone(
  carrier: Carrier,
  owner: User,
  call: (user: User) => Promise<number>
): Promise<Record<string, number>> {
  const driver = await makeUser('driver', carrier.organisation)
  return {
    owner: await call(owner),
    dispatcher: await call(carrier.dispatcher),
    driver: await call(driver),
  }
}

test.group('Who is the carrier: one rule for fleet and orders', (group) => {
  isolateDatabase(group)

  test('the owner who drives runs the carrier everywhere; a plain driver nowhere', async ({
    client,
    assert,
  }) => {
    const { carrier, owner } = await carrierWithOwner()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))

    const fleet = await byEveryone(carrier, owner, async (user) => {
      const response = await client
        .patch(`/api/v1/vehicles/${carrier.vehicle.id}`)
        .loginAs(user)
        .json({ year: 2019 })
      return response.status()
    })
    assert.deepEqual(fleet, { owner: 200, dispatcher: 200, driver: 403 })

    // An order on the carrier's other driver: the people who run the carrier take it off.
    const unassign = await byEveryone(carrier, owner, async (user) => {
      const order = await makeAssignedOrder(shipper, carrier)
      const response = await client
        .post(`/api/v1/orders/${order.id}/unassign`)
        .loginAs(user)
        .json({ reason: 'The truck broke down' })
      await order.merge({ status: 'cancelled' }).save()
      return response.status()
    })
    assert.deepEqual(unassign, { owner: 200, dispatcher: 200, driver: 403 })

    // An open order at an offered price: they put their own truck on it.
    const assign = await byEveryone(carrier, owner, async (user) => {
      const order = await makeOrder(shipper, { status: 'posted' })
      const response = await client
        .post(`/api/v1/orders/${order.id}/assign`)
        .loginAs(user)
        .json({ driverId: carrier.driver.id, vehicleId: carrier.vehicle.id })
      await order.merge({ status: 'cancelled' }).save()
      return response.status()
    })
    assert.deepEqual(assign, { owner: 200, dispatcher: 200, driver: 403 })

    // A bid another driver of the carrier placed.
    const bid = await byEveryone(carrier, owner, async (user) => {
      const order = await makeOrder(shipper, { status: 'bidding' })
      const placed = await makeOpenBid(order, carrier, carrier.driver)
      const response = await client
        .patch(`/api/v1/orders/${order.id}/bids/${placed.id}`)
        .loginAs(user)
        .json({ amount: 3_800_000 })
      return response.status()
    })
    assert.deepEqual(bid, { owner: 200, dispatcher: 200, driver: 403 })
  })

  test("the owner's orders list their allowed actions as the carrier's", async ({
    client,
    assert,
  }) => {
    const { carrier, owner } = await carrierWithOwner()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeAssignedOrder(shipper, carrier)

    const asOwner = await client.get(`/api/v1/orders/${order.id}`).loginAs(owner)
    asOwner.assertStatus(200)
    assert.deepEqual(asOwner.body().allowedActions, ['reassign', 'unassign', 'startPickup'])

    const colleague = await makeUser('driver', carrier.organisation)
    const asColleague = await client.get(`/api/v1/orders/${order.id}`).loginAs(colleague)
    asColleague.assertStatus(200)
    assert.deepEqual(asColleague.body().allowedActions, [])
  })

  test('an owner who left the carrier runs nothing of it', async ({ client }) => {
    const { carrier, owner } = await carrierWithOwner()
    const elsewhere = await makeOrganisation('carrier')
    await owner.merge({ organisationId: elsewhere.id }).save()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeAssignedOrder(shipper, carrier)

    const fleet = await client
      .patch(`/api/v1/vehicles/${carrier.vehicle.id}`)
      .loginAs(owner)
      .json({ year: 2019 })
    fleet.assertStatus(404)
    const unassign = await client
      .post(`/api/v1/orders/${order.id}/unassign`)
      .loginAs(owner)
      .json({ reason: 'The truck broke down' })
    unassign.assertStatus(404)
  })
})

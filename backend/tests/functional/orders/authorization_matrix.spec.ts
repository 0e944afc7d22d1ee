import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import Bid from '#orders/models/bid'
import type Order from '#orders/models/order'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import Dispute from '#orders/models/dispute'
import type User from '#accounts/models/user'
import type { OrderAction } from '#orders/order_state_machine'
import { isolateDatabase } from '#tests/helpers'
import { PNG } from '#tests/fleet_fixtures'
import {
  makeAssignedOrder,
  makeOrder,
  makeWorld,
  type World,
  WORLD_ROLES,
} from '#tests/fixtures/marketplace'

/**
 * Every role, and people of another organisation, against every order
 * endpoint. The order belongs to `shipper` (colleague: same shipper
 * organisation) and, once assigned, to `carrier`. 404 = not revealed,
 * 403 = visible but not yours to do.
 */
const ROLES = WORLD_ROLES
type RoleName = keyof typeof ROLES

interface Case {
  endpoint: string
  /** A fresh order (and whatever else) for one request. */
  setup: (w: World) => Promise<{ order: Order; bid?: Bid; dispute?: Dispute }>
  call: (
    client: ApiClient,
    ctx: { order: Order; bid?: Bid; dispute?: Dispute; w: World; user: User }
  ) => ApiRequest
  expect: Record<RoleName, number>
  fakeDrive?: boolean
  /** The action of `allowedActions` this endpoint takes: listed exactly when it succeeds. */
  action?: OrderAction
}

const draft = (w: World) => makeOrder(w.shipper).then((order) => ({ order }))
const posted = (w: World) => makeOrder(w.shipper, { status: 'posted' }).then((order) => ({ order }))
const assigned = (w: World) => makeAssignedOrder(w.shipper, w.carrier).then((order) => ({ order }))
const withBid = async (w: World) => {
  const order = await makeOrder(w.shipper, { status: 'bidding' })
  const bid = await Bid.create({
    orderId: order.id,
    carrierOrganisationId: w.carrier.organisation.id,
    bidderId: w.carrier.dispatcher.id,
    vehicleId: w.carrier.vehicle.id,
    driverId: w.carrier.driver.id,
    amount: 4_000_000,
    currency: 'KES',
    estimatedPickupAt: DateTime.now().plus({ hours: 2 }),
    status: 'open',
  })
  return { order, bid }
}
const deliveredWithProof = async (w: World) => {
  const order = await makeAssignedOrder(w.shipper, w.carrier, {
    status: 'delivered',
    deliveredAt: DateTime.now(),
  })
  await ProofOfDelivery.create({
    orderId: order.id,
    photoKey: 'orders/x/pod/p.png',
    signatureKey: 'orders/x/pod/s.png',
    receiverName: 'R',
    receiverPhone: '+254722000111',
    deliveredAt: DateTime.now(),
  })
  return { order }
}
const disputed = async (w: World) => {
  const order = await makeAssignedOrder(w.shipper, w.carrier, { status: 'disputed' })
  const dispute = await Dispute.create({
    orderId: order.id,
    openedById: w.shipper.id,
    reason: 'damaged',
    description: 'Torn sacks on arrival',
    evidence: [],
    status: 'open',
  })
  return { order, dispute }
}

/** The carrier's driver has a photo stored on the (faked) disk. */
const withDriverPhoto = (setup: (w: World) => Promise<{ order: Order }>) => async (w: World) => {
  const key = `users/${w.carrier.driver.id}/photo/face.png`
  await drive.use().put(key, PNG)
  await w.carrier.driver.merge({ photoKey: key }).save()
  return setup(w)
}

/** The crew a role would dispatch: its own carrier's, or the carrier's for everyone else. */
const crewOf = (w: World, user: User) =>
  user.organisationId === w.otherCarrier.organisation.id ? w.otherCarrier : w.carrier

const url = (order: Order, path = '') => `/api/v1/orders/${order.id}${path}`

/** The order's allowedActions as `user` reads them, or null when they may not see it. */
async function allowedActionsOf(client: ApiClient, order: Order, user: User) {
  const response = await client.get(url(order)).loginAs(user)
  return response.status() === 200 ? (response.body().allowedActions as OrderAction[]) : null
}

const CASES: Case[] = [
  {
    endpoint: 'GET /orders/:id (draft)',
    setup: draft,
    call: (c, { order }) => c.get(url(order)),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 404,
      carrierDriver: 404,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /orders/:id (posted: on the load board)',
    setup: posted,
    call: (c, { order }) => c.get(url(order)),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 200,
      otherCarrierDriver: 200,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /orders/:id (assigned)',
    setup: assigned,
    call: (c, { order }) => c.get(url(order)),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /orders/:id/crew (assigned)',
    setup: assigned,
    call: (c, { order }) => c.get(url(order, '/crew')),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /orders/:id/crew (posted: bidders see no crew)',
    setup: posted,
    call: (c, { order }) => c.get(url(order, '/crew')),
    expect: {
      shipper: 409,
      colleague: 409,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 409,
      admin: 409,
    },
  },
  {
    endpoint: 'GET /orders/:id/crew/photo (assigned, the driver has a photo)',
    setup: withDriverPhoto(assigned),
    call: (c, { order }) => c.get(url(order, '/crew/photo')),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
    fakeDrive: true,
  },
  {
    endpoint: 'GET /orders/:id/crew/photo (posted: bidders see no crew)',
    setup: withDriverPhoto(posted),
    call: (c, { order }) => c.get(url(order, '/crew/photo')),
    expect: {
      shipper: 409,
      colleague: 409,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 409,
      admin: 409,
    },
    fakeDrive: true,
  },
  {
    endpoint: 'PATCH /orders/:id',
    action: 'edit',
    setup: draft,
    call: (c, { order }) => c.patch(url(order)).json({ notes: 'Gate 2' }),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 404,
      carrierDriver: 404,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
  },
  {
    endpoint: 'POST /orders/:id/post',
    action: 'post',
    setup: draft,
    call: (c, { order }) => c.post(url(order, '/post')).json({}),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 404,
      carrierDriver: 404,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
  },
  {
    endpoint: 'POST /orders/:id/cancel',
    action: 'cancel',
    setup: posted,
    call: (c, { order }) => c.post(url(order, '/cancel')).json({ reason: 'No longer needed' }),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/cargo-photos',
    action: 'addCargoPhoto',
    setup: posted,
    call: (c, { order }) =>
      c.post(url(order, '/cargo-photos')).file('photo', PNG, { filename: 'cargo.png' }),
    expect: {
      shipper: 201,
      colleague: 201,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 403,
      admin: 403,
    },
    fakeDrive: true,
  },
  {
    endpoint: 'GET /orders/:id/events',
    setup: assigned,
    call: (c, { order }) => c.get(url(order, '/events')),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /orders/:id/bids',
    setup: withBid,
    call: (c, { order }) => c.get(url(order, '/bids')),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 200,
      otherCarrierDriver: 200,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/bids',
    action: 'bid',
    setup: posted,
    call: (c, { order, w, user }) =>
      c.post(url(order, '/bids')).json({
        amount: 3_900_000,
        currency: 'KES',
        vehicleId: crewOf(w, user).vehicle.id,
        estimatedPickupAt: DateTime.now().plus({ hours: 4 }).toISO(),
      }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 201,
      carrierDriver: 201,
      otherCarrierDispatcher: 201,
      otherCarrierDriver: 201,
      platformDispatcher: 403,
      admin: 403,
    },
  },
  {
    endpoint: "PATCH /orders/:id/bids/:bidId (the carrier's bid)",
    setup: withBid,
    call: (c, { order, bid }) =>
      c.patch(url(order, `/bids/${bid!.id}`)).json({ amount: 3_500_000 }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 403,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
  },
  {
    endpoint: "DELETE /orders/:id/bids/:bidId (the carrier's bid)",
    setup: withBid,
    call: (c, { order, bid }) => c.delete(url(order, `/bids/${bid!.id}`)),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 403,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
  },
  {
    endpoint: 'POST /orders/:id/accept-bid',
    action: 'acceptBid',
    setup: withBid,
    call: (c, { order, bid }) => c.post(url(order, '/accept-bid')).json({ bidId: bid!.id }),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/assign',
    action: 'assign',
    setup: posted,
    call: (c, { order, w, user }) => {
      const crew = crewOf(w, user)
      return c
        .post(url(order, '/assign'))
        .json({ driverId: crew.driver.id, vehicleId: crew.vehicle.id })
    },
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 403,
      otherCarrierDispatcher: 200,
      otherCarrierDriver: 403,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/assign (reassign an assigned order)',
    action: 'reassign',
    setup: assigned,
    call: (c, { order, w }) =>
      c
        .post(url(order, '/assign'))
        .json({ driverId: w.carrier.driver.id, vehicleId: w.carrier.vehicle.id }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 403,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/unassign',
    action: 'unassign',
    setup: assigned,
    call: (c, { order }) => c.post(url(order, '/unassign')).json({ reason: 'Truck broke down' }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 403,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /orders/:id/suggestions',
    setup: posted,
    call: (c, { order }) => c.get(url(order, '/suggestions')),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 403,
      otherCarrierDispatcher: 200,
      otherCarrierDriver: 403,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/status (pickup_pending)',
    action: 'startPickup',
    setup: assigned,
    call: (c, { order }) => c.post(url(order, '/status')).json({ status: 'pickup_pending' }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 403,
    },
  },
  {
    endpoint: 'POST /orders/:id/proof-of-delivery',
    action: 'submitProof',
    setup: (w) =>
      makeAssignedOrder(w.shipper, w.carrier, { status: 'in_transit' }).then((order) => ({
        order,
      })),
    call: (c, { order }) =>
      c
        .post(url(order, '/proof-of-delivery'))
        .fields({ receiverName: 'Wanjiku', receiverPhone: '+254722000111' })
        .file('photo', PNG, { filename: 'p.png' })
        .file('signature', PNG, { filename: 's.png' }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 201,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
    fakeDrive: true,
  },
  {
    endpoint: 'GET /orders/:id/proof-of-delivery',
    setup: deliveredWithProof,
    call: (c, { order }) => c.get(url(order, '/proof-of-delivery')),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/confirm-delivery',
    action: 'confirmDelivery',
    setup: deliveredWithProof,
    call: (c, { order }) => c.post(url(order, '/confirm-delivery')).json({}),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/dispute',
    action: 'dispute',
    setup: deliveredWithProof,
    call: (c, { order }) =>
      c
        .post(url(order, '/dispute'))
        .json({ reason: 'damaged', description: 'Three sacks arrived torn.' }),
    expect: {
      shipper: 201,
      colleague: 201,
      otherShipper: 404,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
  },
  {
    endpoint: 'GET /orders/:id/dispute',
    setup: disputed,
    call: (c, { order }) => c.get(url(order, '/dispute')),
    expect: {
      shipper: 200,
      colleague: 200,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /admin/disputes/:id/decision',
    action: 'resolveDispute',
    setup: disputed,
    call: (c, { dispute }) =>
      c
        .post(`/api/v1/admin/disputes/${dispute!.id}/decision`)
        .json({ decision: 'pay_carrier', note: 'Photos show intact sacks' }),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 403,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 403,
      admin: 200,
    },
  },
  {
    endpoint: 'POST /orders/:id/rate',
    action: 'rate',
    setup: (w) =>
      makeAssignedOrder(w.shipper, w.carrier, { status: 'completed' }).then((order) => ({ order })),
    call: (c, { order }) => c.post(url(order, '/rate')).json({ score: 4 }),
    expect: {
      shipper: 201,
      colleague: 201,
      otherShipper: 404,
      carrierDispatcher: 201,
      carrierDriver: 201,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 403,
      admin: 403,
    },
  },
]

test.group('Orders: authorization matrix', (group) => {
  isolateDatabase(group)

  for (const testCase of CASES) {
    test(testCase.endpoint, async ({ client, assert }) => {
      if (testCase.fakeDrive) drive.fake('fs')
      try {
        const w = await makeWorld()
        const actual: Record<string, number> = {}
        const disagreements: string[] = []
        for (const [role, userOf] of Object.entries(ROLES)) {
          const user = userOf(w)
          const ctx = await testCase.setup(w)
          const listed = testCase.action && (await allowedActionsOf(client, ctx.order, user))
          const response = await testCase.call(client, { ...ctx, w, user }).loginAs(user)
          actual[role] = response.status()
          const succeeded = response.status() < 300
          if (listed && listed.includes(testCase.action!) !== succeeded) {
            disagreements.push(`${role}: allowedActions [${listed}], answer ${response.status()}`)
          }
          // Retire the order so its driver is free for the next role's fresh one.
          await db.from('orders').where('id', ctx.order.id).update({ status: 'cancelled' })
        }
        assert.deepEqual(actual, testCase.expect)
        assert.deepEqual(disagreements, [], `allowedActions and ${testCase.endpoint} disagree`)
      } finally {
        if (testCase.fakeDrive) drive.restore('fs')
      }
    })
  }

  test('every endpoint refuses anonymous callers with 401', async ({ client, assert }) => {
    const w = await makeWorld()
    for (const testCase of CASES) {
      const ctx = await testCase.setup(w)
      const response = await testCase.call(client, { ...ctx, w, user: w.shipper })
      assert.equal(response.status(), 401, testCase.endpoint)
    }
    for (const path of [
      '/api/v1/orders',
      '/api/v1/bids',
      '/api/v1/ratings/organisations/1',
      '/api/v1/ratings/users/1',
    ]) {
      const response = await client.get(path)
      assert.equal(response.status(), 401, path)
    }
  })
})

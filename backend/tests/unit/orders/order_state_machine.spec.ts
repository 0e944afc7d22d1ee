import { test } from '@japa/runner'
import Order, { ORDER_STATUSES, type OrderStatus } from '#orders/models/order'
import User, { type Role } from '#accounts/models/user'
import type { Standing } from '#accounts/membership_rules'
import { partiesOf, type Party } from '#orders/order_parties'
import {
  ACTIVE_DRIVER_STATUSES,
  DRIVER_STATUS_MOVES,
  allowedActions,
  assertAllowed,
  refusal,
  RULES,
  USER_ACTIONS,
  type OrderAction,
  type OrderFacts,
} from '#orders/order_state_machine'

const orderIn = (status: OrderStatus, overrides: Partial<Order> = {}) => {
  const order = new Order()
  order.merge({
    status,
    shipperId: 1,
    shipperOrganisationId: 10,
    priceAmount: 4_500_000,
    paymentMethod: 'mobile_money',
  })
  order.cargoPhotos = []
  order.id = 7
  // From assignment on, the order is the carrier 20's, driven by user 3.
  if (!['draft', 'posted', 'bidding'].includes(status)) {
    order.merge({ carrierOrganisationId: 20, assignedDriverId: 3 })
  }
  order.merge(overrides)
  return order
}

const can = (order: Order, action: OrderAction, parties: Party[]) =>
  refusal(order, action, new Set(parties), {
    proofSubmitted: false,
    ratedByCallerSide: false,
    carrierOpenBidId: null,
    paid: true,
  }) === null

const moves = Object.values(RULES).filter(
  (rule): rule is typeof rule & { to: OrderStatus } => 'to' in rule
)

test.group('Order state machine', () => {
  test('holds every arrow of the lifecycle in docs/architecture.md', ({ assert }) => {
    const arrows = new Set(
      moves.flatMap((rule) =>
        rule.grants.flatMap((g) => g.from.map((from) => `${from}->${rule.to}`))
      )
    )
    const expected = [
      'draft->posted',
      'posted->bidding',
      'bidding->assigned',
      'posted->assigned',
      'assigned->pickup_pending',
      'pickup_pending->picked_up',
      'picked_up->in_transit',
      'in_transit->delivered',
      'delivered->completed',
      'delivered->disputed',
      'disputed->resolved',
      'disputed->cancelled',
      ...['draft', 'posted', 'bidding', 'assigned', 'pickup_pending'].map((s) => `${s}->cancelled`),
    ]
    for (const arrow of expected) assert.isTrue(arrows.has(arrow), arrow)
    // Nothing cancels once the goods are on the truck.
    for (const late of ['picked_up', 'in_transit', 'delivered', 'completed']) {
      assert.isFalse(arrows.has(`${late}->cancelled`), late)
    }
    // Terminal states lead nowhere.
    for (const terminal of ['completed', 'cancelled', 'resolved']) {
      assert.isFalse(
        [...arrows].some((arrow) => arrow.startsWith(`${terminal}->`)),
        terminal
      )
    }
  })

  test('a wrong state is 409 E_INVALID_STATE naming the current state', ({ assert }) => {
    try {
      assertAllowed(orderIn('assigned'), 'deliver', new Set(['driver'] as Party[]))
      assert.fail('should refuse')
    } catch (error) {
      assert.equal((error as { status: number }).status, 409)
      assert.equal((error as { code: string }).code, 'E_INVALID_STATE')
      assert.include((error as Error).message, 'Order 7 is assigned')
    }
  })

  test('the wrong party is 403 whatever the state', ({ assert }) => {
    for (const status of ORDER_STATUSES) {
      const refused = refusal(orderIn(status), 'deliver', new Set(['shipper', 'admin'] as Party[]))
      assert.equal(refused?.status, 403, status)
    }
  })

  test('who may make each move', ({ assert }) => {
    assert.isTrue(can(orderIn('draft'), 'post', ['shipper']))
    assert.isFalse(can(orderIn('draft'), 'post', ['carrier', 'platform']))
    assert.isTrue(can(orderIn('posted'), 'openBidding', ['system']))
    assert.isFalse(can(orderIn('posted'), 'openBidding', ['shipper']))
    assert.isTrue(can(orderIn('in_transit'), 'deliver', ['driver']))
    assert.isFalse(can(orderIn('in_transit'), 'deliver', ['carrier']))
    assert.isTrue(can(orderIn('delivered'), 'autoComplete', ['system']))
    assert.isTrue(can(orderIn('disputed'), 'resolveDispute', ['admin']))
    assert.isFalse(can(orderIn('disputed'), 'resolveDispute', ['platform', 'shipper']))
    assert.isTrue(can(orderIn('pickup_pending'), 'unassign', ['carrier']))
    assert.isFalse(can(orderIn('picked_up'), 'unassign', ['carrier']))
  })

  test('a fact the action needs but nobody loaded is a bug, not a yes', ({ assert }) => {
    assert.throws(
      () => refusal(orderIn('completed'), 'rate', new Set(['shipper'] as Party[]), {}),
      /needs the fact ratedByCallerSide/
    )
  })
})

/**
 * Everybody of the allowedActions matrix, as the API sees them: standing
 * from accounts' rules, parties from the order (partiesOf).
 */
function person(
  id: number,
  role: Role,
  organisationId: number | null,
  standing: Partial<Standing>
) {
  const user = new User()
  user.merge({ id, role, organisationId })
  return {
    user,
    standing: {
      admin: false,
      platformDispatcher: false,
      carrierId: null,
      manager: false,
      ...standing,
    },
  }
}

const PEOPLE = {
  shipper: person(1, 'shipper', 10, {}),
  otherShipper: person(2, 'shipper', 11, {}),
  /** The driver the order is (or will be) assigned to. */
  driver: person(3, 'driver', 20, { carrierId: 20 }),
  /** A dispatcher of the carrier the order is assigned to. */
  dispatcher: person(4, 'dispatcher', 20, { carrierId: 20, manager: true }),
  /** A driver of that carrier who is not on this order. */
  colleagueDriver: person(5, 'driver', 20, { carrierId: 20 }),
  /** The owner of that carrier, who drives but not this order. */
  owner: person(6, 'driver', 20, { carrierId: 20, manager: true }),
  otherDispatcher: person(7, 'dispatcher', 30, { carrierId: 30, manager: true }),
  otherDriver: person(8, 'driver', 30, { carrierId: 30 }),
  platform: person(9, 'dispatcher', 1, { platformDispatcher: true }),
  admin: person(10, 'admin', null, { admin: true }),
}
type Person = keyof typeof PEOPLE

const NO_FACTS: OrderFacts = {
  proofSubmitted: false,
  ratedByCallerSide: false,
  carrierOpenBidId: null,
  paid: true,
  disputed: false,
}
const actionsOf = (who: Person, order: Order, facts: Partial<OrderFacts> = {}) =>
  allowedActions(order, partiesOf(PEOPLE[who], order), { ...NO_FACTS, ...facts })

type Row = Partial<Record<Person, OrderAction[]>>

const OPEN: Row = {
  shipper: ['addCargoPhoto', 'cancel', 'acceptBid'],
  driver: ['bid'],
  dispatcher: ['bid', 'assign'],
  colleagueDriver: ['bid'],
  owner: ['bid', 'assign'],
  otherDispatcher: ['bid', 'assign'],
  otherDriver: ['bid'],
  platform: ['cancel', 'acceptBid', 'assign'],
  admin: ['cancel', 'acceptBid', 'assign'],
}
const NOTHING: Row = {}
const RATING: Row = { shipper: ['rate'], driver: ['rate'], dispatcher: ['rate'], owner: ['rate'] }

/** Every state × everybody; a person left out may do nothing. */
const MATRIX: Record<OrderStatus, Row> = {
  draft: {
    shipper: ['edit', 'post', 'addCargoPhoto', 'cancel'],
    platform: ['cancel'],
    admin: ['cancel'],
  },
  posted: OPEN,
  bidding: OPEN,
  assigned: {
    shipper: ['cancel'],
    driver: ['startPickup'],
    dispatcher: ['reassign', 'unassign', 'startPickup'],
    owner: ['reassign', 'unassign', 'startPickup'],
    platform: ['cancel', 'reassign', 'unassign', 'startPickup'],
    admin: ['cancel', 'reassign', 'unassign'],
  },
  pickup_pending: {
    shipper: ['cancel'],
    driver: ['pickUp'],
    dispatcher: ['reassign', 'unassign'],
    owner: ['reassign', 'unassign'],
    platform: ['cancel', 'reassign', 'unassign'],
    admin: ['cancel', 'reassign', 'unassign'],
  },
  picked_up: { driver: ['depart'] },
  in_transit: { driver: ['deliver', 'submitProof'] },
  delivered: {
    shipper: ['confirmDelivery', 'dispute'],
    driver: ['submitProof'],
    admin: ['confirmDelivery'],
  },
  completed: RATING,
  cancelled: NOTHING,
  disputed: { admin: ['resolveDispute', 'cancelDispute'] },
  resolved: RATING,
}

test.group('Order state machine: allowedActions', () => {
  test('every state, everybody', ({ assert }) => {
    for (const status of ORDER_STATUSES) {
      const order = orderIn(status)
      const actual = Object.fromEntries(
        (Object.keys(PEOPLE) as Person[]).map((who) => [who, actionsOf(who, order)])
      )
      const expected = Object.fromEntries(
        (Object.keys(PEOPLE) as Person[]).map((who) => [who, MATRIX[status][who] ?? []])
      )
      assert.deepEqual(actual, expected, status)
    }
  })

  test('the facts decide: a proof given, a rating left, an open bid, no price, no room', ({
    assert,
  }) => {
    assert.deepEqual(actionsOf('driver', orderIn('delivered'), { proofSubmitted: true }), [])
    assert.deepEqual(actionsOf('driver', orderIn('in_transit'), { proofSubmitted: true }), [
      'deliver',
    ])
    // The shipper side rated; the carrier side has not.
    assert.deepEqual(actionsOf('shipper', orderIn('completed'), { ratedByCallerSide: true }), [])
    assert.deepEqual(actionsOf('dispatcher', orderIn('completed')), ['rate'])
    // The carrier already bid: it changes that bid rather than placing another.
    assert.deepEqual(actionsOf('driver', orderIn('bidding'), { carrierOpenBidId: 12 }), [])
    // Without a price, a carrier takes the order by bidding; platform staff still assign.
    const unpriced = orderIn('posted', { priceAmount: null })
    assert.deepEqual(actionsOf('otherDispatcher', unpriced), ['bid'])
    assert.deepEqual(actionsOf('platform', unpriced), ['cancel', 'acceptBid', 'assign'])
    // Goods leave once paid, or when the driver collects cash on delivery.
    assert.deepEqual(actionsOf('driver', orderIn('pickup_pending'), { paid: false }), [])
    assert.deepEqual(
      actionsOf('driver', orderIn('pickup_pending', { paymentMethod: 'cash' }), { paid: false }),
      ['pickUp']
    )
    const full = orderIn('draft', { cargoPhotos: ['1', '2', '3', '4', '5', '6'] })
    assert.deepEqual(actionsOf('shipper', full), ['edit', 'post', 'cancel'])
    // The shipper side pays a mobile money order once a carrier has it, before pickup, once.
    for (const status of ['assigned', 'pickup_pending'] as const) {
      assert.deepEqual(actionsOf('shipper', orderIn(status), { paid: false }), ['cancel', 'pay'])
      assert.notInclude(actionsOf('platform', orderIn(status), { paid: false }), 'pay')
      assert.notInclude(actionsOf('dispatcher', orderIn(status), { paid: false }), 'pay')
    }
    const cashOrder = orderIn('assigned', { paymentMethod: 'cash' })
    assert.deepEqual(actionsOf('shipper', cashOrder, { paid: false }), ['cancel'])
    assert.deepEqual(actionsOf('shipper', orderIn('picked_up'), { paid: false }), [])
  })

  test('the owner of the carrier who drives the order is its driver and runs its carrier', ({
    assert,
  }) => {
    const order = orderIn('assigned', { assignedDriverId: PEOPLE.owner.user.id })
    assert.deepEqual(actionsOf('owner', order), ['reassign', 'unassign', 'startPickup'])
    assert.deepEqual(actionsOf('owner', orderIn('pickup_pending', { assignedDriverId: 6 })), [
      'reassign',
      'unassign',
      'pickUp',
    ])
  })

  test('lists every action a user can take and none of the system moves', ({ assert }) => {
    assert.notInclude(USER_ACTIONS, 'openBidding')
    assert.notInclude(USER_ACTIONS, 'autoComplete')
    assert.notInclude(USER_ACTIONS, 'view')
    const listed = new Set(Object.values(MATRIX).flatMap((row) => Object.values(row).flat()))
    listed.add('pay') // only while unpaid: the facts test
    for (const action of USER_ACTIONS) assert.isTrue(listed.has(action), action)
  })
})

test.group('Order state machine: reading the conversation', () => {
  const reads = (status: OrderStatus, who: Person, disputed: boolean) =>
    refusal(orderIn(status), 'readChat', partiesOf(PEOPLE[who], orderIn(status)), { disputed })
      ?.status ?? 200

  test('its parties read it from assignment on; an admin only as the case file of a dispute', ({
    assert,
  }) => {
    for (const status of ['assigned', 'delivered', 'completed', 'cancelled'] as const) {
      assert.equal(reads(status, 'shipper', false), 200, status)
      assert.equal(reads(status, 'driver', false), 200, status)
    }
    assert.equal(reads('disputed', 'admin', true), 200)
    assert.equal(reads('resolved', 'admin', true), 200)
    // A full refund cancels a disputed order: its conversation stays in the case file.
    assert.equal(reads('cancelled', 'admin', true), 200)
    assert.equal(reads('cancelled', 'admin', false), 403)
    assert.equal(reads('in_transit', 'admin', false), 409)
    assert.equal(reads('completed', 'admin', false), 409)
    assert.equal(reads('disputed', 'platform', true), 403)
    assert.equal(reads('disputed', 'otherDispatcher', true), 403)
  })
})

test.group("Order state machine: the driver's active order", () => {
  test('is the order in every state from which a driver still has a move to make, and no other', ({
    assert,
  }) => {
    const withAMove = ORDER_STATUSES.filter((status) =>
      Object.values(DRIVER_STATUS_MOVES).some(
        (move) =>
          refusal(orderIn(status), move, new Set<Party>(['driver']), { paid: true }) === null
      )
    )
    assert.sameMembers([...ACTIVE_DRIVER_STATUSES], withAMove)
  })
})

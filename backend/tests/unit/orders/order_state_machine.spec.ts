import { test } from '@japa/runner'
import Order, { ORDER_STATUSES, type OrderStatus } from '#orders/models/order'
import OrderStateMachine, {
  TRANSITIONS,
  type TransitionName,
} from '#orders/services/order_state_machine'

const orderIn = (status: OrderStatus) => {
  const order = new Order()
  order.id = 7
  order.status = status
  return order
}

const moves = Object.entries(TRANSITIONS) as [
  TransitionName,
  (typeof TRANSITIONS)[TransitionName],
][]

test.group('Order state machine', () => {
  test('holds every arrow of the lifecycle in docs/architecture.md', ({ assert }) => {
    const arrows = new Set(moves.flatMap(([, t]) => t.from.map((from) => `${from}->${t.to}`)))
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
      OrderStateMachine.assertCan(orderIn('assigned'), 'deliver', ['driver'])
      assert.fail('should refuse')
    } catch (error) {
      assert.equal((error as { status: number }).status, 409)
      assert.equal((error as { code: string }).code, 'E_INVALID_STATE')
      assert.include((error as Error).message, 'Order 7 is assigned')
    }
  })

  test('the wrong party is 403 whatever the state', ({ assert }) => {
    for (const status of ORDER_STATUSES) {
      try {
        OrderStateMachine.assertCan(orderIn(status), 'deliver', ['shipper', 'admin'])
        assert.fail('should refuse')
      } catch (error) {
        assert.equal((error as { status: number }).status, 403, status)
      }
    }
  })

  test('who may make each move', ({ assert }) => {
    assert.isTrue(OrderStateMachine.can(orderIn('draft'), 'post', ['shipper']))
    assert.isFalse(OrderStateMachine.can(orderIn('draft'), 'post', ['carrier', 'platform']))
    assert.isTrue(OrderStateMachine.can(orderIn('posted'), 'openBidding', ['system']))
    assert.isFalse(OrderStateMachine.can(orderIn('posted'), 'openBidding', ['shipper']))
    assert.isTrue(OrderStateMachine.can(orderIn('in_transit'), 'deliver', ['driver']))
    assert.isFalse(OrderStateMachine.can(orderIn('in_transit'), 'deliver', ['carrier']))
    assert.isTrue(OrderStateMachine.can(orderIn('delivered'), 'autoComplete', ['system']))
    assert.isTrue(OrderStateMachine.can(orderIn('disputed'), 'resolve', ['admin']))
    assert.isFalse(OrderStateMachine.can(orderIn('disputed'), 'resolve', ['platform', 'shipper']))
    assert.isTrue(OrderStateMachine.can(orderIn('pickup_pending'), 'unassign', ['carrier']))
    assert.isFalse(OrderStateMachine.can(orderIn('picked_up'), 'unassign', ['carrier']))
  })
})

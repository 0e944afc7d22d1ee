import DomainException from '#core/exceptions/domain_exception'
import type Order from '#orders/models/order'
import ordersConfig from '#config/orders'
import type { Party } from '#orders/order_parties'

/**
 * The one place that says which action is allowed on an order in which
 * state, and by whom (docs/architecture.md, "One authority per rule").
 * Policies ask it who may ever take an action (403), services ask it again
 * on the locked order (409 E_INVALID_STATE naming the state), and the API
 * lists what the caller may do now (`allowedActions`). Nothing here reads
 * the database: what it needs beyond the order comes in as `OrderFacts`.
 */

/** The lifecycle's states, as the API writes them. */
export const ORDER_STATUSES = [
  'draft',
  'posted',
  'bidding',
  'assigned',
  'pickup_pending',
  'picked_up',
  'in_transit',
  'delivered',
  'completed',
  'cancelled',
  'disputed',
  'resolved',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Open to carriers: on the load board, taking bids. */
export const ON_LOAD_BOARD: readonly OrderStatus[] = ['posted', 'bidding']
const BEFORE_ASSIGNMENT: readonly OrderStatus[] = ['draft', ...ON_LOAD_BOARD]
/** Assigned, goods not yet on the truck: the crew can still change. */
export const ASSIGNED_BEFORE_PICKUP: readonly OrderStatus[] = ['assigned', 'pickup_pending']
const BEFORE_PICKUP = [...BEFORE_ASSIGNMENT, ...ASSIGNED_BEFORE_PICKUP]
/**
 * The driver is working on the order, from assignment to the road: it is
 * their active order (one at a time, E_DRIVER_BUSY), the one their GPS
 * tracks, and an event leaving these states ends their part.
 */
export const ACTIVE_DRIVER_STATUSES: readonly OrderStatus[] = [
  ...ASSIGNED_BEFORE_PICKUP,
  'picked_up',
  'in_transit',
]
const FINISHED: readonly OrderStatus[] = ['completed', 'resolved']
/** From assignment on, to the end (a cancelled order keeps its conversation, read-only later). */
const WITH_A_CARRIER: readonly OrderStatus[] = ORDER_STATUSES.filter(
  (status) => !['draft', ...ON_LOAD_BOARD].includes(status)
)

/** What an action may need to know beyond the order's own columns, about the caller. */
export interface OrderFacts {
  /** The order has a proof of delivery. */
  proofSubmitted: boolean
  /** The caller's side (shipper or carrier) has rated the order. */
  ratedByCallerSide: boolean
  /** The open bid of the caller's carrier on the order, if any (one per carrier). */
  carrierOpenBidId: number | null
  /** The order's price is paid into escrow (money's answer, through OrderPayments). */
  paid: boolean
  /** The shipper opened a dispute on the order (open or decided since). */
  disputed: boolean
}

interface Requirement {
  /** The fact it reads; the caller must have loaded it (a missing one is a bug, not a yes). */
  fact?: keyof OrderFacts
  holds(order: Order, facts: Partial<OrderFacts>): boolean
  refusal(order: Order, facts: Partial<OrderFacts>): DomainException
}

const REQUIREMENTS = {
  priced: {
    holds: (order) => order.priceAmount !== null,
    refusal: (order) =>
      new DomainException(
        `Order ${order.id} has no offered price; a carrier takes it by bidding.`,
        { status: 409, code: 'E_PRICE_REQUIRED' }
      ),
  },
  roomForCargoPhoto: {
    holds: (order) => order.cargoPhotos.length < ordersConfig.uploads.maxCargoPhotos,
    refusal: () =>
      new DomainException(
        `An order has at most ${ordersConfig.uploads.maxCargoPhotos} cargo photos.`,
        { status: 422, code: 'E_VALIDATION', field: 'photo' }
      ),
  },
  noProof: {
    fact: 'proofSubmitted',
    holds: (_, facts) => !facts.proofSubmitted,
    refusal: (order) =>
      new DomainException(`Order ${order.id} already has a proof of delivery.`, {
        status: 409,
        code: 'E_POD_EXISTS',
      }),
  },
  noOpenBidOfTheCarrier: {
    fact: 'carrierOpenBidId',
    holds: (_, facts) => facts.carrierOpenBidId === null,
    refusal: (_, facts) =>
      new DomainException(
        `Your carrier already has open bid ${facts.carrierOpenBidId} on this order; update or withdraw it.`,
        { status: 409, code: 'E_BID_EXISTS' }
      ),
  },
  /** Goods leave only once the price is in escrow, unless the driver collects cash on delivery. */
  paidOrCash: {
    fact: 'paid',
    holds: (order, facts) => order.paymentMethod === 'cash' || facts.paid === true,
    refusal: (order) =>
      new DomainException(
        `Order ${order.id} is not paid yet: it is picked up once the shipper has paid (or when it is cash on delivery).`,
        { status: 409, code: 'E_NOT_PAID' }
      ),
  },
  /** Mobile money is paid into escrow through the app; cash goes to the driver on delivery. */
  paidByMobileMoney: {
    holds: (order) => order.paymentMethod === 'mobile_money',
    refusal: (order) =>
      new DomainException(`Order ${order.id} is paid in cash to the driver on delivery.`, {
        status: 409,
        code: 'E_CASH_ORDER',
      }),
  },
  notPaidYet: {
    fact: 'paid',
    holds: (_, facts) => facts.paid !== true,
    refusal: (order) =>
      new DomainException(`Order ${order.id} is already paid.`, {
        status: 409,
        code: 'E_ALREADY_PAID',
      }),
  },
  /** An admin reads an order's conversation only as the case file of its dispute. */
  hadDispute: {
    fact: 'disputed',
    holds: (_, facts) => facts.disputed === true,
    refusal: (order) =>
      new DomainException(
        `Order ${order.id} was never disputed: its conversation is its parties' alone.`,
        { status: 403, code: 'E_AUTHORIZATION_FAILURE' }
      ),
  },
  notRatedYet: {
    fact: 'ratedByCallerSide',
    holds: (_, facts) => !facts.ratedByCallerSide,
    refusal: () =>
      new DomainException('This order has already been rated by your side.', {
        status: 409,
        code: 'E_ALREADY_RATED',
      }),
  },
} satisfies Record<string, Requirement>

/** Who may take an action from which states, and what must hold then. */
interface Grant {
  from: readonly OrderStatus[]
  by: readonly Party[]
  requires?: readonly Requirement[]
}

interface Rule {
  grants: readonly Grant[]
  /** The state it moves the order to; none for actions that keep the state. */
  to?: OrderStatus
  /** Timeline event type when it is not simply the new state. */
  event?: string
  /** For messages: "You may not <does> this order". */
  does?: string
  /** Not in `allowedActions`: seeing the order, and what the bid's own routes authorise. */
  unlisted?: true
}

const only = (from: readonly OrderStatus[], by: readonly Party[], requires?: Requirement[]) => [
  { from, by, requires },
]

/**
 * Every action on an order. The names are the API's `allowedActions` (each
 * the route of the same name: see app/orders/openapi.ts), except the
 * unlisted ones and the system's own moves.
 */
export const RULES = {
  view: {
    does: 'see',
    unlisted: true,
    grants: [
      { from: ORDER_STATUSES, by: ['shipper', 'driver', 'crew', 'carrier', 'platform', 'admin'] },
      // A new driver reads the board while joining a carrier; only a carrier's people bid.
      { from: ON_LOAD_BOARD, by: ['bidder', 'newcomer'] },
    ],
  },
  /**
   * Following the order live (room `order:<id>`): its parties only. A carrier
   * reads the load board over REST; there is nothing live to follow before a
   * crew is assigned, and keeping bidders out means the room never holds a
   * carrier that the next assignment would have to remove.
   */
  watch: {
    does: 'follow',
    unlisted: true,
    grants: [
      { from: ORDER_STATUSES, by: ['shipper', 'driver', 'crew', 'carrier', 'platform', 'admin'] },
    ],
  },
  edit: { does: 'edit', grants: only(['draft'], ['shipper']) },
  post: { to: 'posted', grants: only(['draft'], ['shipper']) },
  addCargoPhoto: {
    does: 'add a cargo photo to',
    grants: only(BEFORE_ASSIGNMENT, ['shipper'], [REQUIREMENTS.roomForCargoPhoto]),
  },
  cancel: { to: 'cancelled', grants: only(BEFORE_PICKUP, ['shipper', 'platform', 'admin']) },
  /** Place the carrier's bid: one open bid per carrier. */
  bid: {
    does: 'bid on',
    grants: only(ON_LOAD_BOARD, ['bidder'], [REQUIREMENTS.noOpenBidOfTheCarrier]),
  },
  /** Change the carrier's open bid (who may change which bid: OrderPolicy.manageBid). */
  changeBid: { does: 'change a bid on', unlisted: true, grants: only(ON_LOAD_BOARD, ['bidder']) },
  openBidding: { to: 'bidding', grants: only(['posted'], ['system']) },
  acceptBid: { to: 'assigned', grants: only(ON_LOAD_BOARD, ['shipper', 'platform', 'admin']) },
  /** Platform staff use any carrier; a carrier takes an open order at its offered price. */
  assign: {
    to: 'assigned',
    grants: [
      // Listed for an order open to bids too: the dispatcher agrees a price with the carrier
      // then (DispatchService.assign refuses a direct assignment without one).
      { from: ON_LOAD_BOARD, by: ['platform', 'admin'] },
      { from: ON_LOAD_BOARD, by: ['fleet'], requires: [REQUIREMENTS.priced] },
    ],
  },
  reassign: {
    to: 'assigned',
    event: 'reassigned',
    grants: only(ASSIGNED_BEFORE_PICKUP, ['carrier', 'platform', 'admin']),
  },
  unassign: {
    to: 'posted',
    event: 'unassigned',
    grants: [
      { from: ASSIGNED_BEFORE_PICKUP, by: ['carrier', 'platform', 'admin'] },
      // An admin suspended the driver: the load goes back to the board (SuspendedWorkService).
      { from: ASSIGNED_BEFORE_PICKUP, by: ['system'] },
    ],
  },
  /**
   * Pay the price into escrow: fixed once a carrier has the order, paid
   * before pickup (pickUp requires it), by the shipper side, once.
   */
  pay: {
    does: 'pay for',
    grants: only(
      ASSIGNED_BEFORE_PICKUP,
      ['shipper'],
      [REQUIREMENTS.paidByMobileMoney, REQUIREMENTS.priced, REQUIREMENTS.notPaidYet]
    ),
  },
  startPickup: {
    to: 'pickup_pending',
    grants: only(['assigned'], ['driver', 'carrier', 'platform']),
  },
  pickUp: {
    to: 'picked_up',
    grants: only(['pickup_pending'], ['driver'], [REQUIREMENTS.paidOrCash]),
  },
  depart: { to: 'in_transit', grants: only(['picked_up'], ['driver']) },
  deliver: { to: 'delivered', grants: only(['in_transit'], ['driver']) },
  /** In transit it also delivers the order; once delivered it adds a missing proof. */
  submitProof: {
    does: 'submit a proof of delivery for',
    grants: only(['in_transit', 'delivered'], ['driver'], [REQUIREMENTS.noProof]),
  },
  confirmDelivery: { to: 'completed', grants: only(['delivered'], ['shipper', 'admin']) },
  autoComplete: {
    to: 'completed',
    event: 'auto_completed',
    grants: only(['delivered'], ['system']),
  },
  dispute: { to: 'disputed', grants: only(['delivered'], ['shipper']) },
  resolveDispute: { to: 'resolved', grants: only(['disputed'], ['admin']) },
  cancelDispute: { to: 'cancelled', grants: only(['disputed'], ['admin']) },
  /** The order's conversation (app/chat): its parties once a carrier has it, an admin during a dispute. */
  chat: {
    does: 'chat on',
    unlisted: true,
    grants: [
      { from: WITH_A_CARRIER, by: ['shipper', 'driver', 'carrier'] },
      { from: ['disputed'], by: ['admin'] },
    ],
  },
  /**
   * Reading the conversation (history, attachments): whoever chats on it,
   * and an admin once it is disputed, after the decision too (a full refund
   * cancels the order), as the case file of the dispute.
   */
  readChat: {
    does: 'read the conversation of',
    unlisted: true,
    grants: [
      { from: WITH_A_CARRIER, by: ['shipper', 'driver', 'carrier'] },
      {
        from: ['disputed', 'resolved', 'cancelled'],
        by: ['admin'],
        requires: [REQUIREMENTS.hadDispute],
      },
    ],
  },
  /** Who is coming (GET /orders/:id/crew): driver, truck and carrier, once a carrier has the order. */
  seeCrew: {
    does: 'see the crew of',
    unlisted: true,
    grants: only(WITH_A_CARRIER, ['shipper', 'driver', 'crew', 'carrier', 'platform', 'admin']),
  },
  /** The driver's phone, for the shipper and those who run the job, while the truck is on its way. */
  callDriver: {
    does: 'call the driver of',
    unlisted: true,
    grants: only(
      [...ACTIVE_DRIVER_STATUSES, 'delivered'],
      ['shipper', 'carrier', 'platform', 'admin']
    ),
  },
  rate: {
    does: 'rate',
    grants: only(FINISHED, ['shipper', 'carrier', 'driver'], [REQUIREMENTS.notRatedYet]),
  },
} satisfies Record<string, Rule>

export type OrderAction = keyof typeof RULES

/** The actions a user can take (`allowedActions`), in the order of the lifecycle. */
export const USER_ACTIONS = (Object.keys(RULES) as OrderAction[]).filter(
  (name) =>
    !(RULES[name] as Rule).unlisted &&
    (RULES[name] as Rule).grants.some((grant) => grant.by.some((party) => party !== 'system'))
)

/** The actions that move the order (to another state, or the same one again). */
export type OrderMove = {
  [K in OrderAction]: (typeof RULES)[K] extends { to: OrderStatus } ? K : never
}[OrderAction]

/**
 * The moves that put a crew on the order or take it off (a dispatcher's
 * assignment, an accepted bid, a reassignment, an unassignment): what the
 * crew was doing on the order (tracking's open exceptions) ends with it.
 */
export const CREW_MOVES = [
  'assign',
  'acceptBid',
  'reassign',
  'unassign',
] as const satisfies readonly OrderMove[]

/** The driver's moves through `POST /orders/:id/status`, by the status asked for. */
export const DRIVER_STATUS_MOVES = {
  pickup_pending: 'startPickup',
  picked_up: 'pickUp',
  in_transit: 'depart',
  delivered: 'deliver',
} as const satisfies Partial<Record<OrderStatus, OrderMove>>

export function targetOf(action: OrderMove): OrderStatus {
  return (RULES[action] as Rule).to!
}

export function eventOf(action: OrderMove): string {
  const rule: Rule = RULES[action]
  return rule.event ?? rule.to!
}

/** `POST /orders/:id/assign` reassigns an assigned order and assigns any other. */
export function dispatchActionFor(order: Order): 'assign' | 'reassign' {
  return RULES.reassign.grants[0].from.includes(order.status) ? 'reassign' : 'assign'
}

const overlaps = (by: readonly Party[], parties: ReadonlySet<Party>) =>
  by.some((party) => parties.has(party))

/** Whether any of `parties` may ever take `action`, in some state: the policies' question. */
export function mayEver(action: OrderAction, parties: ReadonlySet<Party>) {
  return (RULES[action] as Rule).grants.some((grant) => overlaps(grant.by, parties))
}

function describe(action: OrderAction) {
  const rule: Rule = RULES[action]
  return rule.does ? `${rule.does} this order` : `move this order to ${rule.to}`
}

/**
 * Why `parties` may not take `action` on `order` now, or null when they may:
 * 403 E_AUTHORIZATION_FAILURE when no grant is theirs, 409 E_INVALID_STATE
 * naming the current state when none of theirs starts from it, else the
 * first unmet requirement's own answer.
 */
export function refusal(
  order: Order,
  action: OrderAction,
  parties: ReadonlySet<Party>,
  facts: Partial<OrderFacts> = {}
): DomainException | null {
  const grants = (RULES[action] as Rule).grants.filter((grant) => overlaps(grant.by, parties))
  if (grants.length === 0) {
    return new DomainException(`You may not ${describe(action)}.`, {
      status: 403,
      code: 'E_AUTHORIZATION_FAILURE',
    })
  }
  const inState = grants.filter((grant) => grant.from.includes(order.status))
  if (inState.length === 0) {
    const from = [...new Set(grants.flatMap((grant) => grant.from))].join(', ')
    return new DomainException(
      `Order ${order.id} is ${order.status}; you cannot ${describe(action)} (allowed when ${from}).`,
      { status: 409, code: 'E_INVALID_STATE' }
    )
  }
  let unmet: Requirement | null = null
  for (const grant of inState) {
    const missing = (grant.requires ?? []).find((requirement) => {
      if (requirement.fact && facts[requirement.fact] === undefined) {
        throw new Error(`${action} needs the fact ${requirement.fact}; load it first`)
      }
      return !requirement.holds(order, facts)
    })
    if (!missing) return null
    unmet ??= missing
  }
  return unmet!.refusal(order, facts)
}

export function assertAllowed(
  order: Order,
  action: OrderAction,
  parties: ReadonlySet<Party>,
  facts?: Partial<OrderFacts>
) {
  const refused = refusal(order, action, parties, facts)
  if (refused) throw refused
}

/**
 * The facts `allowedActions` will need for this order: those of the
 * requirements of actions the parties may take in its state.
 */
export function factsNeeded(order: Order, parties: ReadonlySet<Party>) {
  const needed = new Set<keyof OrderFacts>()
  for (const action of USER_ACTIONS) {
    for (const grant of (RULES[action] as Rule).grants) {
      if (!overlaps(grant.by, parties) || !grant.from.includes(order.status)) continue
      for (const requirement of grant.requires ?? []) {
        if (requirement.fact) needed.add(requirement.fact)
      }
    }
  }
  return needed
}

/** What `parties` may do on `order` now; `facts` holds at least `factsNeeded()`. */
export function allowedActions(
  order: Order,
  parties: ReadonlySet<Party>,
  facts: Partial<OrderFacts>
): OrderAction[] {
  return USER_ACTIONS.filter((action) => refusal(order, action, parties, facts) === null)
}

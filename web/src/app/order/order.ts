import type { Body } from '../core/api/api-client';
import type { components } from '../core/api/openapi';

/**
 * The order module: an order's wire shapes, taken from the API's OpenAPI
 * document (core/api/openapi.d.ts, generated) rather than copied, and what
 * the app derives from its status. Shipper, driver and dispatch pages all
 * read orders through these names, so an API change reaches every screen
 * through the compiler.
 */
type Schemas = components['schemas'];

export type Order = Schemas['Order'];
export type OrderStatus = Schemas['OrderStatus'];
export type Place = Order['pickup'];
export type Bid = Schemas['Bid'];
export type PriceSplit = Schemas['PriceSplit'];
export type OrderEvent = Schemas['OrderEvent'];
export type OrderTrack = Schemas['OrderTrack'];
export type Eta = NonNullable<OrderTrack['eta']>;
export type ProofOfDelivery = Schemas['ProofOfDelivery'];
export type Rating = Schemas['Rating'];
export type Dispute = Schemas['Dispute'];
export type DisputeReason = Dispute['reason'];
export type PaymentMethod = Order['paymentMethod'];
export type DispatchSuggestion = Schemas['DispatchSuggestion'];
export type OrderCrew = Schemas['OrderCrew'];
export type Page<T> = { data: T[]; meta: Schemas['PageMeta'] };

export type OrderInput = Body<'/api/v1/orders', 'post'>;
/** A PATCH also takes null to clear the price, the vehicle type or the notes. */
export type OrderChanges = Body<'/api/v1/orders/{id}', 'patch'>;
export type PlaceInput = OrderInput['pickup'];
export type BidInput = Body<'/api/v1/orders/{id}/bids', 'post'>;
export type BidChanges = Body<'/api/v1/orders/{id}/bids/{bidId}', 'patch'>;

/** The moves a driver makes through `POST /orders/:id/status`. */
export type DriverMove = Body<'/api/v1/orders/{id}/status', 'post'>['status'];
/** What the caller may do on an order now, as the API lists it in `allowedActions`. */
export type OrderAction = Schemas['OrderAction'];

/**
 * Every value of a type the API documents, in the order the app shows them:
 * written as a record so the compiler refuses a list that misses one or
 * names one the API does not have.
 */
const every = <T extends string>(values: Record<T, true>) => Object.keys(values) as T[];

/**
 * Whether the caller may take `action` on `order` now. The API answers it
 * for each order (`allowedActions`, from the order state machine, the one
 * authority on who may do what in which state): every button on an order
 * asks here, and the app keeps no status list of its own to decide one.
 */
export function can(order: Pick<Order, 'allowedActions'> | null | undefined, action: OrderAction) {
  return order?.allowedActions.includes(action) ?? false;
}

/**
 * Each driver move under its two API names: the status `POST /orders/:id/status`
 * takes, and the action `allowedActions` lists for it. In the order a driver
 * makes them (the steps of the job screen).
 */
const DRIVER_ACTIONS: Readonly<Record<DriverMove, OrderAction>> = {
  pickup_pending: 'startPickup',
  picked_up: 'pickUp',
  in_transit: 'depart',
  delivered: 'deliver',
};

export const DRIVER_MOVES = Object.keys(DRIVER_ACTIONS) as DriverMove[];

/** The move the server allows the driver to make next on `order`, if any. */
export function nextDriverMove(order: Pick<Order, 'allowedActions'> | null | undefined) {
  return DRIVER_MOVES.find((move) => can(order, DRIVER_ACTIONS[move])) ?? null;
}

export const DISPUTE_REASONS: readonly DisputeReason[] = every<DisputeReason>({
  damaged: true,
  missing_items: true,
  not_delivered: true,
  late: true,
  wrong_address: true,
  other: true,
});

/**
 * Where a status stands in the lifecycle (docs/architecture.md): the one
 * place the app groups statuses. `assigned` and `moving` are before and
 * after pickup; `delivered` waits for the shipper (or a dispute), `closed`
 * is settled.
 */
export type Phase = 'draft' | 'open' | 'assigned' | 'moving' | 'delivered' | 'closed' | 'cancelled';

export const PHASES: Readonly<Record<OrderStatus, Phase>> = {
  draft: 'draft',
  posted: 'open',
  bidding: 'open',
  assigned: 'assigned',
  pickup_pending: 'assigned',
  picked_up: 'moving',
  in_transit: 'moving',
  delivered: 'delivered',
  disputed: 'delivered',
  completed: 'closed',
  resolved: 'closed',
  cancelled: 'cancelled',
};

/** Every status, in the order a load moves through them. */
export const ORDER_STATUSES = Object.keys(PHASES) as OrderStatus[];

export function phaseOf(status: OrderStatus | null | undefined): Phase | null {
  return status ? PHASES[status] : null;
}

/** Taking bids: the shipper compares them, drivers see the load on the board. */
export function isOpen(status: OrderStatus | null | undefined): boolean {
  return phaseOf(status) === 'open';
}

/** A driver holds it and has not delivered yet: the truck is followed live, the phone streams. */
export function isUnderway(status: OrderStatus | null | undefined): boolean {
  const phase = phaseOf(status);
  return phase === 'assigned' || phase === 'moving';
}

/** Delivered, whatever came after (confirmed, disputed, resolved): there is a proof to show. */
export function isDelivered(status: OrderStatus | null | undefined): boolean {
  const phase = phaseOf(status);
  return phase === 'delivered' || phase === 'closed';
}

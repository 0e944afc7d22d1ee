import { ORDER_STATUSES, OrderEvent } from './order';

/**
 * The order's timeline from two sources: the REST history and the socket's
 * live `order:event`s. An event may come from both (a socket event that
 * arrived while the history was loading): events are keyed by id, and the
 * result is in time order, oldest first.
 */
export function mergeTimeline(
  current: readonly OrderEvent[],
  incoming: readonly OrderEvent[],
): OrderEvent[] {
  const byId = new Map<number, OrderEvent>();
  for (const event of current) byId.set(event.id, event);
  for (const event of incoming) byId.set(event.id, event);
  return [...byId.values()].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id,
  );
}

/** Status-changing event types: a status reached, or a move named otherwise (docs/architecture.md). */
const TRANSITIONS = new Set<string>([
  ...ORDER_STATUSES.filter((status) => status !== 'draft'),
  'auto_completed',
  'reassigned',
  'unassigned',
]);

const GEOFENCE = new Set(['arrived_pickup', 'left_pickup', 'arrived_dropoff', 'left_dropoff']);

/** Event types with a translated label (shipper.timeline.types.*). */
export const KNOWN_EVENT_TYPES = new Set([
  ...TRANSITIONS,
  ...GEOFENCE,
  'created',
  'bid_placed',
  'bid_withdrawn',
  'proof_of_delivery',
]);

export type EventKind = 'status' | 'geofence' | 'bid' | 'other';

export function eventKind(type: string): EventKind {
  if (TRANSITIONS.has(type) || type === 'created') return 'status';
  if (GEOFENCE.has(type)) return 'geofence';
  if (type.startsWith('bid_')) return 'bid';
  return 'other';
}

/** Inside a stop's geofence right now, according to the newest arrived/left event of that stop. */
export function insideStops(events: readonly OrderEvent[]): { pickup: boolean; dropoff: boolean } {
  const inside = { pickup: false, dropoff: false };
  for (const event of events) {
    const match = /^(arrived|left)_(pickup|dropoff)$/.exec(event.type);
    if (match) inside[match[2] as 'pickup' | 'dropoff'] = match[1] === 'arrived';
  }
  return inside;
}

/** The geofence radius the server reported (data.radiusM of a geofence event), else its default. */
export function geofenceRadius(events: readonly OrderEvent[], fallback = 200): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const radius = events[i].data?.['radiusM'];
    if (GEOFENCE.has(events[i].type) && typeof radius === 'number') return radius;
  }
  return fallback;
}

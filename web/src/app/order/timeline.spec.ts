import { OrderEvent } from './order';
import { eventKind, geofenceRadius, insideStops, mergeTimeline } from './timeline';

const event = (
  id: number,
  type: string,
  minute: number,
  data: Record<string, unknown> = {},
): OrderEvent => ({
  id,
  orderId: 1,
  type,
  actorId: null,
  position: null,
  data,
  createdAt: new Date(Date.UTC(2026, 10, 23, 8, minute)).toISOString(),
});

describe('timeline', () => {
  it('merges the REST history with live socket events, once each, oldest first', () => {
    const history = [event(1, 'created', 0), event(2, 'posted', 1), event(3, 'assigned', 5)];
    // The socket delivered event 3 while the history was loading, then event 4.
    const live = [event(4, 'arrived_pickup', 9), event(3, 'assigned', 5)];
    expect(mergeTimeline(history, live).map((e) => e.id)).toEqual([1, 2, 3, 4]);
    // A late event with an earlier time lands in its place.
    const late = mergeTimeline(mergeTimeline(history, live), [event(5, 'pickup_pending', 7)]);
    expect(late.map((e) => e.type)).toEqual([
      'created',
      'posted',
      'assigned',
      'pickup_pending',
      'arrived_pickup',
    ]);
  });

  it('orders events written in the same instant by id', () => {
    const merged = mergeTimeline([event(8, 'delivered', 3)], [event(7, 'proof_of_delivery', 3)]);
    expect(merged.map((e) => e.id)).toEqual([7, 8]);
  });

  it('tells status changes, geofence events and bids apart', () => {
    expect(eventKind('picked_up')).toBe('status');
    expect(eventKind('arrived_dropoff')).toBe('geofence');
    expect(eventKind('bid_placed')).toBe('bid');
    expect(eventKind('proof_of_delivery')).toBe('other');
  });

  it('knows whether the truck is inside each stop now, and the radius the server uses', () => {
    const events = [
      event(1, 'arrived_pickup', 1, { radiusM: 250 }),
      event(2, 'left_pickup', 2, { radiusM: 250 }),
      event(3, 'arrived_dropoff', 3, { radiusM: 250 }),
    ];
    expect(insideStops(events)).toEqual({ pickup: false, dropoff: true });
    expect(geofenceRadius(events)).toBe(250);
    expect(geofenceRadius([])).toBe(200);
  });
});

import { Order } from '../order/order';
import { PositionEvent } from '../core/realtime/realtime-types';
import {
  FleetDriver,
  STALE_AFTER_MS,
  applyPosition,
  applyPositions,
  boardColumns,
  assignAction,
  filterFleet,
  fromNearby,
  toMarker,
} from './fleet';

const now = Date.parse('2026-11-23T08:00:00Z');
const truck = (over: Partial<FleetDriver>): FleetDriver => ({
  id: 1,
  name: 'Juma',
  plate: 'KCA 123A',
  vehicleType: 'flatbed_10t',
  lat: -1.29,
  lng: 36.82,
  heading: null,
  activeOrderId: null,
  seenAt: now - 1000,
  ...over,
});
const position = (over: Partial<PositionEvent>): PositionEvent => ({
  driverId: 1,
  orderId: null,
  lat: -1.3,
  lng: 36.9,
  recordedAt: new Date(now).toISOString(),
  accuracy: 5,
  speed: 10,
  heading: 90,
  altitude: null,
  battery: null,
  latest: true,
  ...over,
});

describe('fleet', () => {
  it('builds a truck from the nearby answer', () => {
    expect(
      fromNearby({
        driverId: 4,
        name: 'Amina',
        phone: '+254700000004',
        organisationId: 1,
        distanceM: 120,
        lat: 1,
        lng: 2,
        recordedAt: new Date(now).toISOString(),
        speed: null,
        heading: null,
        activeOrderId: 9,
        vehicle: { id: 2, plate: 'KBZ 1', type: 'box_5t', capacityKg: 5000 },
      }),
    ).toMatchObject({
      id: 4,
      plate: 'KBZ 1',
      vehicleType: 'box_5t',
      activeOrderId: 9,
      seenAt: now,
    });
  });

  it('moves a truck on a live point, keeps its name, never moves it back in time', () => {
    const fleet = new Map([[1, truck({})]]);
    const moved = applyPosition(fleet, position({ orderId: 7 }))!;
    expect(moved.get(1)).toMatchObject({ lat: -1.3, lng: 36.9, name: 'Juma', activeOrderId: 7 });
    expect(
      applyPosition(moved, position({ recordedAt: new Date(now - 5000).toISOString() })),
    ).toBeNull();
    expect(applyPosition(moved, position({ latest: false }))).toBeNull();
    // A driver seen for the first time appears.
    expect(applyPosition(fleet, position({ driverId: 2 }))!.size).toBe(2);
    // Many points in one go: one new map, the newest point of each truck wins.
    const batch = applyPositions(fleet, [
      position({ lat: 1 }),
      position({ lat: 2, recordedAt: new Date(now + 1000).toISOString() }),
      position({ driverId: 3 }),
    ])!;
    expect(batch.get(1)!.lat).toBe(2);
    expect(batch.size).toBe(2);
    expect(fleet.get(1)!.lat).toBe(-1.29);
  });

  it('filters by duty, vehicle type and job', () => {
    const trucks = [
      truck({ id: 1 }),
      truck({ id: 2, activeOrderId: 5, vehicleType: 'box_5t' }),
      truck({ id: 3, seenAt: now - STALE_AFTER_MS - 1 }),
    ];
    const ids = (f: Parameters<typeof filterFleet>[1]) =>
      filterFleet(trucks, f, now).map((d) => d.id);
    expect(ids({ onDutyOnly: true, vehicleType: '', job: 'any' })).toEqual([1, 2]);
    expect(ids({ onDutyOnly: false, vehicleType: '', job: 'any' })).toEqual([1, 2, 3]);
    expect(ids({ onDutyOnly: true, vehicleType: 'box_5t', job: 'any' })).toEqual([2]);
    expect(ids({ onDutyOnly: false, vehicleType: '', job: 'without' })).toEqual([1, 3]);
    expect(ids({ onDutyOnly: false, vehicleType: '', job: 'with' })).toEqual([2]);
  });

  it('colours a marker by what the truck is doing', () => {
    expect(toMarker(truck({}), now).state).toBe('available');
    expect(toMarker(truck({ activeOrderId: 3 }), now).state).toBe('busy');
    expect(toMarker(truck({ seenAt: 0 }), now).state).toBe('stale');
    expect(toMarker(truck({}), now).label).toBe('Juma · KCA 123A');
  });

  it('puts orders in board columns by state, and knows which can be (re)assigned', () => {
    const orders = [
      { id: 1, status: 'posted', updatedAt: '', allowedActions: ['assign'] },
      { id: 2, status: 'assigned', updatedAt: '', allowedActions: ['reassign', 'unassign'] },
      { id: 3, status: 'in_transit', updatedAt: '', allowedActions: [] },
      { id: 4, status: 'completed', updatedAt: '', allowedActions: [] },
    ] as Order[];
    expect(boardColumns(orders).map((c) => [c.id, c.orders.map((o) => o.id)])).toEqual([
      ['open', [1]],
      ['assigned', [2]],
      ['moving', [3]],
      ['delivered', []],
    ]);
    expect(orders.map(assignAction)).toEqual(['assign', 'reassign', null, null]);
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { OrderEventMessage, PositionEvent } from '../core/realtime/realtime-types';
import { Socket } from '../core/realtime/socket';
import { Order, OrderEvent, OrderStatus, OrderTrack } from './order';
import { OrderStore, TRACK_SETTLE_MS } from './order-store';
import { OrdersApi } from './orders-api';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const order = (status: OrderStatus) => ({ id: 7, status }) as Order;
const event = (id: number, type: string, at: string): OrderEvent => ({
  id,
  orderId: 7,
  type,
  actorId: null,
  position: null,
  data: {},
  createdAt: `2026-11-23T08:${at}:00.000Z`,
});
const position = (over: Partial<PositionEvent>): PositionEvent => ({
  driverId: 9,
  orderId: 7,
  lat: -1.2,
  lng: 36.8,
  recordedAt: '2026-11-23T08:10:00.000Z',
  accuracy: null,
  speed: null,
  heading: null,
  altitude: null,
  battery: null,
  latest: true,
  ...over,
});
const track = (lastAt: string, coordinates: number[][]): OrderTrack =>
  ({
    orderId: 7,
    actual: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } },
    planned: { type: 'Feature', properties: {}, geometry: null },
    lastPosition: { driverId: 9, lat: -1.1, lng: 36.9, heading: 90, recordedAt: lastAt },
    eta: null,
  }) as unknown as OrderTrack;

function setUp(first: Order) {
  const socket = {
    positions$: new Subject<PositionEvent>(),
    orderEvents$: new Subject<OrderEventMessage>(),
    connects$: new Subject<void>(),
    watchOrder: vi.fn().mockResolvedValue({ ok: true, room: 'order:7' }),
    unwatchOrder: vi.fn().mockResolvedValue({ ok: true, room: 'order:7' }),
  };
  const api = {
    order: vi.fn().mockResolvedValue(first),
    events: vi.fn().mockResolvedValue([]),
    bids: vi.fn().mockResolvedValue([]),
    track: vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 404 })),
    proof: vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 404 })),
  };
  TestBed.configureTestingModule({
    providers: [
      OrderStore,
      { provide: Socket, useValue: socket },
      { provide: OrdersApi, useValue: api },
    ],
  });
  return { store: TestBed.inject(OrderStore), socket, api };
}

describe('OrderStore', () => {
  afterEach(() => vi.useRealTimers());

  it('merges the REST history and the live events into one timeline, each event once', async () => {
    const { store, socket, api } = setUp(order('bidding'));
    let answerHistory!: (events: OrderEvent[]) => void;
    api.events.mockReturnValueOnce(new Promise((resolve) => (answerHistory = resolve)));
    store.follow(7, { timeline: true });
    expect(socket.watchOrder).toHaveBeenCalledWith(7);

    // An event said live while the history is on its way, and in the history too.
    socket.orderEvents$.next(event(3, 'bid_placed', '05'));
    answerHistory([
      event(1, 'created', '01'),
      event(2, 'posted', '02'),
      event(3, 'bid_placed', '05'),
    ]);
    await settle();
    expect(store.events().map((e) => e.id)).toEqual([1, 2, 3]);
  });

  it('reloads the order when the server announces a move, not when the truck reaches a stop', async () => {
    const { store, socket, api } = setUp(order('assigned'));
    store.follow(7, { timeline: true });
    await settle();
    expect(store.order()?.status).toBe('assigned');

    api.order.mockResolvedValue(order('pickup_pending'));
    socket.orderEvents$.next(event(4, 'arrived_pickup', '10'));
    await settle();
    expect(store.order()?.status).toBe('assigned');
    socket.orderEvents$.next(event(5, 'pickup_pending', '11'));
    await settle();
    expect(store.order()?.status).toBe('pickup_pending');
    expect(store.events().map((e) => e.type)).toEqual(['arrived_pickup', 'pickup_pending']);
  });

  it('reads the bids again when one is placed or withdrawn, and the order while it waits for the first', async () => {
    const { store, socket, api } = setUp(order('posted'));
    store.follow(7, { bids: true });
    await settle();
    api.order.mockResolvedValue(order('bidding'));
    api.bids.mockResolvedValue([{ id: 11 }]);
    socket.orderEvents$.next(event(6, 'bid_placed', '12'));
    await settle();
    expect(store.bids().map((b) => b.id)).toEqual([11]);
    expect(store.order()?.status).toBe('bidding');
  });

  it('catches up after a reconnection: what was said while away is read again', async () => {
    const { store, socket, api } = setUp(order('in_transit'));
    store.follow(7, { timeline: true });
    await settle();
    api.order.mockResolvedValue(order('delivered'));
    api.events.mockResolvedValue([event(8, 'delivered', '30')]);
    socket.connects$.next();
    await settle();
    expect(store.order()?.status).toBe('delivered');
    expect(store.events().map((e) => e.type)).toEqual(['delivered']);
  });

  it('moves the truck to its newest point only, and draws the path driven after the stored track', async () => {
    vi.useFakeTimers();
    const { store, socket, api } = setUp(order('in_transit'));
    api.track.mockResolvedValue(
      track('2026-11-23T08:05:00.000Z', [
        [36.8, -1.3],
        [36.9, -1.1],
      ]),
    );
    store.follow(7, { track: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.truck()).toMatchObject({ lat: -1.1, lng: 36.9, heading: 90 });
    expect(store.travelled()).toEqual([
      [-1.3, 36.8],
      [-1.1, 36.9],
    ]);

    socket.positions$.next(position({ lat: -1.0, recordedAt: '2026-11-23T08:10:00.000Z' }));
    // A point recorded earlier, flushed late by the phone: trail only.
    socket.positions$.next(
      position({ lat: -1.05, recordedAt: '2026-11-23T08:08:00.000Z', latest: false }),
    );
    // Another order's truck is not ours.
    socket.positions$.next(position({ orderId: 8, lat: 5 }));
    expect(store.truck()).toMatchObject({ lat: -1.0, recordedAt: '2026-11-23T08:10:00.000Z' });
    expect(store.travelled().slice(2)).toEqual([
      [-1.05, 36.8],
      [-1.0, 36.8],
    ]);

    // Once stored, the points come back in the track, drawn once.
    api.track.mockResolvedValue(
      track('2026-11-23T08:10:00.000Z', [
        [36.8, -1.3],
        [36.9, -1.1],
        [36.8, -1.05],
        [36.8, -1.0],
      ]),
    );
    await vi.advanceTimersByTimeAsync(TRACK_SETTLE_MS);
    expect(api.track).toHaveBeenCalledTimes(2);
    expect(store.travelled()).toHaveLength(4);
    expect(store.truck()).toMatchObject({ lat: -1.0 });
  });

  it('never puts the truck on a point the server already knows is not its newest', async () => {
    const { store, socket } = setUp(order('in_transit'));
    store.follow(7, { track: true });
    await settle();
    expect(store.truck()).toBeNull();
    socket.positions$.next(position({ latest: false }));
    expect(store.truck()).toBeNull();
    expect(store.travelled()).toEqual([[-1.2, 36.8]]);
  });

  it('says why the order cannot be read, and forgets it once it can', async () => {
    const { store, api, socket } = setUp(order('posted'));
    api.order.mockRejectedValue(new HttpErrorResponse({ status: 0 }));
    store.follow(7);
    await settle();
    expect(store.error()?.formErrors[0].code).toBe('E_NETWORK');
    expect(store.notFound()).toBe(false);

    api.order.mockResolvedValue(order('bidding'));
    socket.connects$.next();
    await settle();
    expect(store.error()).toBeNull();
    expect(store.order()?.status).toBe('bidding');

    api.order.mockRejectedValue(
      new HttpErrorResponse({
        status: 404,
        error: { errors: [{ code: 'E_NOT_FOUND', message: '' }] },
      }),
    );
    store.follow(8);
    await settle();
    expect(store.notFound()).toBe(true);
  });

  it('stops listening to an order it no longer follows', async () => {
    const { store, socket, api } = setUp(order('in_transit'));
    store.follow(7, { track: true });
    await settle();
    TestBed.resetTestingModule(); // the page goes
    expect(socket.unwatchOrder).toHaveBeenCalledWith(7);
    api.order.mockClear();
    socket.orderEvents$.next(event(9, 'delivered', '40'));
    socket.positions$.next(position({}));
    await settle();
    expect(api.order).not.toHaveBeenCalled();
    expect(store.truck()).toBeNull();
  });
});

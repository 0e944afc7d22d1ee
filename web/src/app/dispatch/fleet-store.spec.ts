import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { NearbyDriver, TrackingException } from '../core/api/api-types';
import { FleetException, PositionEvent } from '../core/realtime/realtime-types';
import { Socket } from '../core/realtime/socket';
import { DispatchApi } from './dispatch-api';
import { FleetStore, POSITION_FLUSH_MS } from './fleet-store';

const at = (minute: number) => `2026-11-23T08:${String(minute).padStart(2, '0')}:00.000Z`;
const nearby = (driverId: number, lat: number, minute: number): NearbyDriver => ({
  driverId,
  lat,
  lng: 36.8,
  name: `Driver ${driverId}`,
  phone: `+25470000000${driverId}`,
  organisationId: 1,
  distanceM: 100,
  recordedAt: at(minute),
  speed: null,
  heading: null,
  activeOrderId: null,
  vehicle: { id: driverId, plate: `KCA 00${driverId}`, type: 'flatbed_10t', capacityKg: 10_000 },
});
const position = (driverId: number, lat: number, minute: number): PositionEvent => ({
  driverId,
  orderId: null,
  lat,
  lng: 36.8,
  recordedAt: at(minute),
  accuracy: null,
  speed: null,
  heading: null,
  altitude: null,
  battery: null,
  latest: true,
});
const exception = (id: number, resolvedAt: string | null = null) =>
  ({ id, kind: 'long_stop', driverId: 1, resolvedAt }) as unknown as TrackingException;

function setUp() {
  const socket = {
    positions$: new Subject<PositionEvent>(),
    exceptions$: new Subject<FleetException>(),
    connects$: new Subject<void>(),
    watchFleet: vi.fn().mockResolvedValue({ ok: true, room: 'fleet:2' }),
    unwatchFleet: vi.fn().mockResolvedValue({ ok: true, room: 'fleet:2' }),
  };
  const api = {
    nearby: vi.fn().mockResolvedValue([nearby(1, -1.3, 0), nearby(2, -1.2, 0)]),
    exceptions: vi.fn().mockResolvedValue([exception(10)]),
    driver: vi.fn((id: number) =>
      Promise.resolve({
        driverId: id,
        name: `Far driver ${id}`,
        organisationId: 1,
        vehicle: { id, plate: `KDA 90${id}`, type: 'box_3t', capacityKg: 3_000 },
      }),
    ),
  };
  TestBed.configureTestingModule({
    providers: [
      FleetStore,
      { provide: Socket, useValue: socket },
      { provide: DispatchApi, useValue: api },
    ],
  });
  return { store: TestBed.inject(FleetStore), socket, api };
}

const lats = (store: FleetStore) => [...store.drivers().values()].map((d) => [d.id, d.lat]);

describe('FleetStore', () => {
  afterEach(() => vi.useRealTimers());

  it('watches the fleet room while the page is open', () => {
    const { socket } = setUp();
    expect(socket.watchFleet).toHaveBeenCalled();
    TestBed.resetTestingModule();
    expect(socket.unwatchFleet).toHaveBeenCalled();
  });

  it("keeps each truck's newest point, whether it came live or in the snapshot", async () => {
    vi.useFakeTimers();
    const { store, socket, api } = setUp();
    let answer!: (drivers: NearbyDriver[]) => void;
    api.nearby.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const loading = store.load({ lat: -1.3, lng: 36.8 });

    // Truck 1 moves live while the snapshot (older for it) is on its way.
    socket.positions$.next(position(1, -1.0, 5));
    await vi.advanceTimersByTimeAsync(POSITION_FLUSH_MS);
    answer([nearby(1, -1.3, 0), nearby(2, -1.2, 0)]);
    await loading;
    expect(store.loaded()).toBe(true);
    expect(lats(store)).toEqual([
      [1, -1.0],
      [2, -1.2],
    ]);
    // What the snapshot knew of the truck besides its point stays.
    socket.positions$.next(position(2, -1.1, 6));
    await vi.advanceTimersByTimeAsync(POSITION_FLUSH_MS);
    expect(store.drivers().get(2)).toMatchObject({ lat: -1.1, plate: 'KCA 002' });
  });

  it('names a truck the first picture did not hold by looking its driver up, once', async () => {
    vi.useFakeTimers();
    const { store, socket, api } = setUp();
    await store.load({ lat: -1.3, lng: 36.8 });

    // Truck 3 is beyond the snapshot's 500 km / 200 trucks: its points carry no name.
    socket.positions$.next(position(3, 4.2, 5));
    await vi.advanceTimersByTimeAsync(POSITION_FLUSH_MS);
    expect(api.driver).toHaveBeenCalledWith(3);
    expect(store.drivers().get(3)).toMatchObject({
      lat: 4.2,
      name: 'Far driver 3',
      plate: 'KDA 903',
      vehicleType: 'box_3t',
    });

    // Its next points keep the name and ask for nothing; known trucks are never looked up.
    for (const minute of [6, 7, 8]) {
      socket.positions$.next(position(3, 4.3, minute));
      socket.positions$.next(position(1, -1.0, minute));
      await vi.advanceTimersByTimeAsync(POSITION_FLUSH_MS);
    }
    expect(api.driver).toHaveBeenCalledTimes(1);
    expect(store.drivers().get(3)).toMatchObject({ lat: 4.3, name: 'Far driver 3' });
    expect(api.nearby).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed lookup, but not for a driver outside the fleet', async () => {
    vi.useFakeTimers();
    const { store, socket, api } = setUp();
    await store.load({ lat: -1.3, lng: 36.8 });
    api.driver.mockRejectedValueOnce({ status: 0 }).mockRejectedValueOnce({ status: 404 });

    socket.positions$.next(position(3, 4.2, 5));
    socket.positions$.next(position(4, 4.1, 5));
    await vi.advanceTimersByTimeAsync(POSITION_FLUSH_MS);
    expect(api.driver.mock.calls).toEqual([[3], [4]]);

    socket.positions$.next(position(3, 4.3, 6));
    socket.positions$.next(position(4, 4.0, 6));
    await vi.advanceTimersByTimeAsync(POSITION_FLUSH_MS);
    expect(api.driver.mock.calls).toEqual([[3], [4], [3]]);
    expect(store.drivers().get(3)?.name).toBe('Far driver 3');
    expect(store.drivers().get(4)?.name).toBeNull();
  });

  it('adds exceptions as they are raised and drops them once resolved', async () => {
    const { store, socket } = setUp();
    await store.load({ lat: -1.3, lng: 36.8 });
    socket.exceptions$.next(exception(11) as unknown as FleetException);
    expect(store.exceptions().map((e) => e.id)).toEqual([11, 10]);
    socket.exceptions$.next(exception(10, at(9)) as unknown as FleetException);
    expect(store.exceptions().map((e) => e.id)).toEqual([11]);
  });

  it('reads the fleet and its exceptions again after a reconnection', async () => {
    const { store, socket, api } = setUp();
    await store.load({ lat: -1.3, lng: 36.8 });
    // Raised while the socket was down: only a fresh read can show it.
    api.exceptions.mockResolvedValue([exception(12), exception(10)]);
    api.nearby.mockResolvedValue([nearby(3, -1.25, 8)]);
    socket.connects$.next();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.nearby).toHaveBeenLastCalledWith(-1.3, 36.8);
    expect(store.exceptions().map((e) => e.id)).toEqual([12, 10]);
    expect(lats(store)).toEqual([
      [1, -1.3],
      [2, -1.2],
      [3, -1.25],
    ]);
  });
});

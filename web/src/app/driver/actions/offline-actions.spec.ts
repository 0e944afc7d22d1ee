import 'fake-indexeddb/auto';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';
import { Me } from '../../core/api/api-types';
import { Session } from '../../core/auth/session';
import { Connectivity } from '../../core/network/connectivity';
import { DriverMove } from '../../order/order';
import { NewAction, OfflineActions } from './offline-actions';
import { nextRequest, settle, until } from '../testing';

const driver: Me = {
  id: 9,
  phone: '+254712345678',
  name: 'Juma',
  role: 'driver',
  capabilities: ['drive', 'run_milk_routes'],
  locale: 'en',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const move = (status: DriverMove): NewAction<'/api/v1/orders/{id}/status'> => ({
  kind: 'status',
  orderId: 42,
  path: '/api/v1/orders/{id}/status',
  params: { id: 42 },
  json: { status },
  label: status,
});

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(Session).start({ token: 'oat_1', user: driver });
  const actions = TestBed.inject(OfflineActions);
  const connectivity = TestBed.inject(Connectivity);
  const http = TestBed.inject(HttpTestingController);
  TestBed.tick();
  return { actions, connectivity, http };
}

describe('OfflineActions', () => {
  beforeEach(() => {
    localStorage.clear();
    globalThis.indexedDB = new IDBFactory();
  });

  it('sends at once when online and nothing waits', async () => {
    const { actions, http } = setUp();
    await settle();
    const done = actions.run(move('pickup_pending'));
    (await nextRequest(http, '/api/v1/orders/42/status')).flush({ status: 'pickup_pending' });
    expect(await done).toEqual({ queued: false, result: { status: 'pickup_pending' } });
  });

  it('throws a refusal made online to the caller, queueing nothing', async () => {
    const { actions, http } = setUp();
    await settle();
    const done = actions.run(move('delivered'));
    (await nextRequest(http, '/api/v1/orders/42/status')).flush(
      { errors: [{ code: 'E_INVALID_STATE', message: 'No' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(done).rejects.toMatchObject({ status: 409 });
    expect(actions.pending()).toEqual([]);
  });

  it('queues actions made offline and replays them in order when back online', async () => {
    const { actions, connectivity, http } = setUp();
    connectivity.online.set(false);
    TestBed.tick();
    expect(await actions.run(move('pickup_pending'))).toEqual({ queued: true });
    await actions.run(move('picked_up'));
    await actions.run(move('in_transit'));
    expect(actions.pending().map((a) => a.label)).toEqual([
      'pickup_pending',
      'picked_up',
      'in_transit',
    ]);
    http.expectNone('/api/v1/orders/42/status');

    const settled: string[] = [];
    actions.settled$.subscribe(({ action }) => settled.push(action.label));
    connectivity.online.set(true);
    TestBed.tick();
    for (const status of ['pickup_pending', 'picked_up', 'in_transit']) {
      const request = await nextRequest(http, '/api/v1/orders/42/status');
      expect(request.request.body).toEqual({ status });
      request.flush({ status });
    }
    // The list is read back from IndexedDB after the last one: a busy machine takes a while.
    await until(() => actions.pending().length === 0);
    expect(settled).toEqual(['pickup_pending', 'picked_up', 'in_transit']);
    expect(actions.pending()).toEqual([]);
  });

  it('queues an action whose request never reached the server, behind nothing else', async () => {
    const { actions, http } = setUp();
    await settle();
    const done = actions.run(move('pickup_pending'));
    (await nextRequest(http, '/api/v1/orders/42/status')).error(new ProgressEvent('error'));
    expect(await done).toEqual({ queued: true });
    expect(actions.pending()).toHaveLength(1);
  });

  it('drops a replayed action the server refuses, reports it and goes on with the next', async () => {
    const { actions, connectivity, http } = setUp();
    connectivity.online.set(false);
    TestBed.tick();
    await actions.run(move('picked_up'));
    await actions.run(move('in_transit'));
    const outcomes: boolean[] = [];
    actions.settled$.subscribe(({ ok }) => outcomes.push(ok));

    connectivity.online.set(true);
    TestBed.tick();
    (await nextRequest(http, '/api/v1/orders/42/status')).flush(
      { errors: [{ code: 'E_INVALID_STATE', message: 'Order is cancelled' }] },
      { status: 409, statusText: 'Conflict' },
    );
    (await nextRequest(http, '/api/v1/orders/42/status')).flush(
      { errors: [{ code: 'E_INVALID_STATE', message: 'Order is cancelled' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await until(() => outcomes.length === 2);
    expect(outcomes).toEqual([false, false]);
    expect(actions.rejections().map((r) => r.errors[0].code)).toEqual([
      'E_INVALID_STATE',
      'E_INVALID_STATE',
    ]);
    expect(actions.pending()).toEqual([]);
  });

  it('keeps the queue when the server is down (5xx) and sends it later', async () => {
    const { actions, connectivity, http } = setUp();
    connectivity.online.set(false);
    TestBed.tick();
    await actions.run(move('picked_up'));
    connectivity.online.set(true);
    TestBed.tick();
    (await nextRequest(http, '/api/v1/orders/42/status')).flush(null, {
      status: 503,
      statusText: 'Unavailable',
    });
    await settle();
    expect(actions.pending()).toHaveLength(1);

    const replay = actions.replay();
    (await nextRequest(http, '/api/v1/orders/42/status')).flush({ status: 'picked_up' });
    await replay;
    expect(actions.pending()).toEqual([]);
  });
});

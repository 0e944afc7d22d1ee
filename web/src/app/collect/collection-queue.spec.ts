import 'fake-indexeddb/auto';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';
import { Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { CollectionQueue } from './collection-queue';
import { nextRequest, settle, until } from '../driver/testing';

const clerk: Me = {
  id: 31,
  phone: '+254700000031',
  name: 'John Kariuki',
  role: 'clerk',
  capabilities: ['run_milk_routes', 'work_in_cooperative'],
  locale: 'en',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const milk = (farmerId: number) => ({
  farmerId,
  shift: 'am' as const,
  collectedAt: '2026-11-30T06:30:00.000Z',
  quantityLitres: 12.5,
  cans: 1,
  lactometer: 28,
  alcoholPassed: true,
});

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(Session).start({ token: 'oat_1', user: clerk });
  return { queue: TestBed.inject(CollectionQueue), http: TestBed.inject(HttpTestingController) };
}

describe('CollectionQueue', () => {
  beforeEach(() => {
    localStorage.clear();
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps collections made offline and sends them once the network is back; stored ones leave the queue', async () => {
    const { queue, http } = setUp();
    await queue.add(milk(1), 'Wanjiku');
    // No network: the request fails and the collection stays on the phone.
    (await nextRequest(http, '/api/v1/collections/sync')).error(new ProgressEvent('error'), {
      status: 0,
    });
    await until(() => queue.waiting().length === 1);
    await queue.add(milk(2), 'Kamau');
    (await nextRequest(http, '/api/v1/collections/sync')).error(new ProgressEvent('error'), {
      status: 0,
    });
    await until(() => queue.waiting().length === 2);
    const ids = queue.waiting().map((item) => item.id);

    // Back online: one batch with both, each with the id made on the phone.
    const syncing = queue.sync();
    const request = await nextRequest(http, '/api/v1/collections/sync');
    expect(request.request.body.collections.map((c: { id: string }) => c.id).sort()).toEqual(
      [...ids].sort(),
    );
    request.flush({
      results: ids.map((id, index) => ({
        id,
        status: index === 0 ? 'stored' : 'duplicate',
        collection: { reference: `MREF000${index}` },
      })),
    });
    await syncing;
    await until(() => queue.waiting().length === 0 && queue.stored().length === 2);
    expect(queue.waiting()).toEqual([]);
    expect(
      queue
        .stored()
        .map((s) => s.reference)
        .sort(),
    ).toEqual(['MREF0000', 'MREF0001']);
  });

  it('shows a refused collection with its reason and never sends it again', async () => {
    const { queue, http } = setUp();
    const id = await queue.add(milk(7), 'Njeri');
    (await nextRequest(http, '/api/v1/collections/sync')).flush({
      results: [
        {
          id,
          status: 'refused',
          error: {
            code: 'E_PERIOD_CLOSED',
            message: 'The period is closed.',
            field: 'collectedAt',
          },
        },
      ],
    });
    await until(() => queue.refused().length === 1);
    expect(queue.refused()[0].error?.code).toBe('E_PERIOD_CLOSED');
    await queue.sync();
    http.expectNone('/api/v1/collections/sync');
    await queue.dismiss(id);
    expect(queue.refused()).toEqual([]);
  });

  it('reads the queue back after the app restarts', async () => {
    const first = setUp();
    await first.queue.add(milk(3), 'Mwangi');
    (await nextRequest(first.http, '/api/v1/collections/sync')).error(new ProgressEvent('error'), {
      status: 0,
    });
    await settle(20);
    TestBed.resetTestingModule();
    const second = setUp();
    await second.queue.load();
    expect(second.queue.waiting().map((item) => item.farmerName)).toEqual(['Mwangi']);
  });
});

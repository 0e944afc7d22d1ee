import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { Language } from '../core/i18n/language';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { PositionEvent } from '../core/realtime/realtime-types';
import { Socket } from '../core/realtime/socket';
import { Order } from '../order/order';
import { DispatchPage } from './dispatch-page';

const dispatcher: Me = {
  id: 5,
  phone: '+254700000005',
  name: 'Wanjiku',
  role: 'dispatcher',
  capabilities: ['watch_fleet'],
  locale: 'en',
  country: 'KE',
  organisation: { id: 2, name: 'Sahel Haulage', kind: 'carrier', country: 'KE' },
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const posted = {
  id: 41,
  name: 'maize · Moi Avenue → Thika',
  status: 'posted',
  pickup: { address: 'Moi Avenue', lat: -1.28, lng: 36.82 },
  dropoff: { address: 'Thika', lat: -1.03, lng: 37.07 },
  cargo: { kind: 'maize', weightKg: 5000, fragile: false, refrigerated: false },
  updatedAt: '2026-11-23T08:00:00.000Z',
  priceAmount: 2_500_000,
  currency: 'KES',
  allowedActions: ['assign'],
} as Order;
const suggestion = {
  driver: { id: 9, name: 'Otieno', phone: '+254711000009' },
  vehicle: { id: 3, plate: 'KCA123A', typeCode: 'flatbed_10t', capacityKg: 10000 },
  carrierOrganisationId: 2,
  distanceM: 2100,
  locationSource: 'live',
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits (briefly) for the lazily loaded `dispatch` translations and the render after them. */
async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

async function setUp(board: Order[] = [posted]) {
  const positions = new Subject<PositionEvent>();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTransloco({
        config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
      {
        provide: Socket,
        useValue: {
          state: signal('connected'),
          positions$: positions.asObservable(),
          exceptions$: new Subject().asObservable(),
          connects$: new Subject().asObservable(),
          watchFleet: () => Promise.resolve({ ok: true, room: 'fleet:2' }),
          unwatchFleet: () => Promise.resolve({ ok: true, room: 'fleet:2' }),
        },
      },
    ],
  });
  localStorage.clear();
  await TestBed.inject(Language).choose('en');
  TestBed.inject(Session).start({ token: 'oat_d', user: dispatcher });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(DispatchPage);
  const element = fixture.nativeElement as HTMLElement;
  const answerBoard = (orders: Order[]) => {
    for (const request of http.match((r) => r.url === '/api/v1/orders')) {
      request.flush({ data: request.request.params.has('near') ? [] : orders });
    }
  };
  http
    .match('/api/v1/config')
    .forEach((r) => r.flush({ tileUrl: '', defaultCountry: 'KE', locales: ['en'] }));
  http.expectOne((r) => r.url === '/api/v1/drivers/nearby').flush({ data: [] });
  http.expectOne('/api/v1/vehicle-types').flush({ data: [] });
  http.expectOne((r) => r.url === '/api/v1/dispatch/exceptions').flush({ data: [] });
  answerBoard(board);
  await until(() => {
    fixture.detectChanges();
    return element.textContent?.includes('Waiting for a truck') ?? false;
  });
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
  return { fixture, element, http, positions, answerBoard, button };
}

describe('DispatchPage', () => {
  it('refuses an assignment the server rejects, shows why, and keeps the board as the server has it', async () => {
    const { fixture, element, http, answerBoard, button } = await setUp();
    expect(element.querySelector('[data-testid=column-open]')?.textContent).toContain('maize');

    button('Assign').click();
    http.expectOne('/api/v1/orders/41/suggestions').flush({
      data: [
        {
          driver: { id: 9, name: 'Otieno', phone: '+254711000009' },
          vehicle: { id: 3, plate: 'KCA123A', typeCode: 'flatbed_10t', capacityKg: 10000 },
          carrierOrganisationId: 2,
          distanceM: 2100,
          locationSource: 'live',
        },
      ],
    });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=suggestions]')?.textContent).toContain('2.1 km');

    element.querySelector<HTMLButtonElement>('[data-testid=suggestions] button')!.click();
    await fixture.whenStable();
    // Asked once more, at the order's price.
    expect(element.querySelector('[data-testid=confirm-assign]')?.textContent).toContain(
      'Assign “maize · Moi Avenue → Thika” to Otieno (KCA123A) at',
    );
    http.expectNone('/api/v1/orders/41/assign');
    element.querySelector<HTMLButtonElement>('[data-testid=confirm-assign-yes]')!.click();
    http
      .expectOne('/api/v1/orders/41/assign')
      .flush(
        { errors: [{ code: 'E_INVALID_STATE', message: 'The order was cancelled meanwhile.' }] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    // The board is read again: the order is gone from it, as on the server.
    answerBoard([]);
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'This cannot be done at this stage of the order.',
    );
    expect(element.querySelector('[data-testid=column-open]')?.textContent).not.toContain('maize');
    expect(element.querySelector('[data-testid=assigned-message]')).toBeNull();
  });

  it('shows the open bids first, and a direct assignment of a load without a price needs one agreed', async () => {
    const bidding = {
      ...posted,
      status: 'bidding',
      priceAmount: null,
      allowedActions: ['acceptBid', 'assign'],
    } as Order;
    const { fixture, element, http, button } = await setUp([bidding]);
    button('Assign').click();
    http.expectOne('/api/v1/orders/41/bids').flush({
      data: [
        {
          id: 5,
          orderId: 41,
          status: 'open',
          amount: 2_300_000,
          currency: 'KES',
          carrier: { id: 2, name: 'Rift Valley Haulage', rating: { average: 4.5, count: 3 } },
          vehicle: {
            id: 3,
            plate: 'KCA123A',
            make: null,
            model: null,
            type: null,
            capacityKg: 10000,
          },
        },
      ],
      meta: {},
    });
    http.expectOne('/api/v1/orders/41/suggestions').flush({ data: [suggestion] });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=open-bid-5]')?.textContent).toContain(
      'Rift Valley Haulage',
    );

    element.querySelector<HTMLButtonElement>('[data-testid=suggestions] button')!.click();
    await fixture.whenStable();
    const yes = element.querySelector<HTMLButtonElement>('[data-testid=confirm-assign-yes]')!;
    expect(yes.disabled).toBe(true);
    const price = element.querySelector<HTMLInputElement>('#agreed-price')!;
    price.value = '24000';
    price.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(yes.disabled).toBe(false);
    yes.click();
    const request = http.expectOne('/api/v1/orders/41/assign');
    expect(request.request.body).toEqual({ driverId: 9, vehicleId: 3, priceAmount: 2_400_000 });
  });

  it('names orders by cargo and place and drivers by name, never by id, even off the map', async () => {
    const assigned = (id: number, driverId: number, assignedDriverName: string | null) =>
      ({
        ...posted,
        id,
        status: 'assigned',
        assignedDriverId: driverId,
        assignedDriverName,
        allowedActions: [],
      }) as Order;
    const { element } = await setUp([
      posted,
      assigned(42, 77, 'Achieng Odhiambo'),
      assigned(43, 78, null),
    ]);
    const board = element.querySelector('[data-testid=board]') ?? element;
    const assignedColumn = element.querySelector('[data-testid=column-assigned]')!.textContent!;
    expect(assignedColumn).toContain('Achieng Odhiambo');
    expect(assignedColumn).toContain('a driver without a name');
    expect(element.querySelector('[data-testid=order-41]')?.textContent).toContain(
      'Moi Avenue → Thika',
    );
    expect(board.textContent).not.toMatch(/#\d/);
  });

  it('counts trucks from the live positions, through the filters', async () => {
    const { fixture, element, positions } = await setUp();
    const now = new Date().toISOString();
    const point = (driverId: number, orderId: number | null): PositionEvent => ({
      driverId,
      orderId,
      lat: -1.3,
      lng: 36.8,
      recordedAt: now,
      accuracy: 5,
      speed: 3,
      heading: 10,
      altitude: null,
      battery: null,
      latest: true,
    });
    positions.next(point(1, null));
    positions.next(point(2, 77));
    await new Promise((resolve) => setTimeout(resolve, 300)); // positions are applied in batches
    await fixture.whenStable();
    const count = () => element.querySelector('[data-testid=fleet-count]')?.textContent?.trim();
    expect(count()).toBe('2 of 2 trucks shown');

    const job = element.querySelector<HTMLSelectElement>('#filter-job')!;
    job.value = 'with';
    job.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(count()).toBe('1 of 2 trucks shown');
  });

  it('names a truck beyond the first picture on the map, asking for its driver once', async () => {
    const { fixture, http, positions } = await setUp();
    const point = (lat: number): PositionEvent => ({
      driverId: 9,
      orderId: null,
      lat,
      lng: 29.2,
      recordedAt: new Date().toISOString(),
      accuracy: 5,
      speed: 3,
      heading: 10,
      altitude: null,
      battery: null,
      latest: true,
    });
    const labels = () =>
      (fixture.componentInstance['markers']() as { id: number; label?: string }[]).map((m) => [
        m.id,
        m.label,
      ]);
    positions.next(point(-3.4)); // Kigoma: 900 km from the first picture's centre
    await new Promise((resolve) => setTimeout(resolve, 300)); // positions are applied in batches
    expect(labels()).toEqual([[9, '']]);
    http.expectOne('/api/v1/drivers/9').flush({
      driverId: 9,
      name: 'Achieng Odhiambo',
      organisationId: 2,
      vehicle: { id: 4, plate: 'KDA 901X', type: 'flatbed_10t', capacityKg: 10_000 },
    });
    await fixture.whenStable();
    expect(labels()).toEqual([[9, 'Achieng Odhiambo · KDA 901X']]);

    positions.next(point(-3.5));
    positions.next(point(-3.6));
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.expectNone('/api/v1/drivers/9');
    expect(labels()).toEqual([[9, 'Achieng Odhiambo · KDA 901X']]);
  });
});

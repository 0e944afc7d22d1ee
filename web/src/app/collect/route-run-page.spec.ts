import 'fake-indexeddb/auto';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';
import { of } from 'rxjs';
import { RouteRun, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { FALLBACK_SETTINGS } from '../core/config/settings';
import { GEOLOCATION } from '../driver/gps/gps-streamer';
import { nextRequest, settle, until } from '../driver/testing';
import { phoneToday } from './route-run';
import { RouteRunPage } from './route-run-page';
import { provideTestApp } from '../testing';

const driver: Me = {
  id: 9,
  phone: '+254712345678',
  name: 'Dan',
  role: 'driver',
  capabilities: ['drive', 'run_milk_routes'],
  locale: 'en',
  country: 'KE',
  organisation: null,
  hasPhoto: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** Keys stand for themselves: the assertions read `collect.nextStop`. */

const point = { lat: -1.05, lng: 36.77 };
const run = (day = phoneToday()): RouteRun => ({
  route: {
    id: 5,
    cooperativeId: 2,
    name: 'Route A',
    vehicleId: 1,
    driverId: 9,
    shifts: [{ shift: 'am', days: [1, 2, 3, 4, 5, 6, 7] }],
    active: true,
    stops: [],
  },
  cooperative: {
    id: 2,
    name: 'Kiambu Dairy',
    country: 'KE',
    code: '100001',
    currency: 'KES',
    carrierOrganisationId: 3,
    milkDensity: 1.03,
    lactometerMin: 26,
    lactometerMax: 32,
    maxTemperatureC: 30,
    alcoholTestRequired: true,
    minFatPct: 3.25,
    minSnfPct: 8.25,
    maxLitres: 200,
    varianceThresholdPct: 2,
    closedThrough: null,
  },
  day,
  shifts: ['am'],
  stops: [
    {
      id: 11,
      position: 1,
      kind: 'farm_gate',
      centreId: null,
      name: 'Kamau gate',
      location: point,
      farmers: [
        { id: 101, name: 'Kamau', memberNumber: 'K0001' },
        { id: 102, name: 'Wanjiku', memberNumber: 'K0002' },
      ],
    },
    {
      id: 12,
      position: 2,
      kind: 'farm_gate',
      centreId: null,
      name: 'Ikinu junction',
      location: point,
      farmers: [{ id: 103, name: 'Njeri', memberNumber: 'K0003' }],
    },
  ],
});

async function open(
  answer: (request: ReturnType<HttpTestingController['match']>[0]) => void,
  geolocation: Partial<Geolocation> | null = null,
) {
  TestBed.configureTestingModule({
    providers: [...provideTestApp(), { provide: GEOLOCATION, useValue: geolocation }],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user: driver });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(RouteRunPage);
  fixture.componentRef.setInput('id', '5');
  fixture.detectChanges();
  answer(await nextRequest(http, '/api/v1/collection-routes/5/today'));
  await settle();
  fixture.detectChanges();
  for (const config of http.match('/api/v1/config')) config.flush(FALLBACK_SETTINGS);
  await settle();
  fixture.detectChanges();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

const names = (element: HTMLElement) =>
  [...element.querySelectorAll('[data-testid=farmer] option')]
    .map((o) => o.textContent!.trim())
    .slice(1);

function fill(fixture: ComponentFixture<RouteRunPage>, farmerIndex: number, litres: string) {
  const element = fixture.nativeElement as HTMLElement;
  const select = element.querySelector<HTMLSelectElement>('[data-testid=farmer]')!;
  select.selectedIndex = farmerIndex + 1;
  select.dispatchEvent(new Event('change'));
  const quantity = element.querySelector<HTMLInputElement>('[data-testid=quantity]')!;
  quantity.value = litres;
  quantity.dispatchEvent(new Event('input'));
  element.querySelector<HTMLButtonElement>('[data-testid=record]')!.click();
}

describe('RouteRunPage', () => {
  beforeEach(() => {
    localStorage.clear();
    globalThis.indexedDB = new IDBFactory();
  });

  it('walks the stops in order and records each can with its route and stop, once', async () => {
    const { fixture, http, element } = await open((request) => request.flush(run()));
    const stops = [...element.querySelectorAll('[data-testid=stops] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(stops).toHaveLength(2);
    expect(stops[0]).toContain('1. Kamau gate');
    expect(element.querySelector('[data-testid=current-stop]')!.textContent).toContain(
      'collect.atStop',
    );
    expect(names(element)).toEqual(['K0001 · Kamau', 'K0002 · Wanjiku']);
    expect(element.querySelector('[data-testid=hint-lactometer]')).not.toBeNull();
    expect(element.querySelector('[data-testid=saved-copy]')).toBeNull();

    element.querySelector<HTMLButtonElement>('[data-testid=next-stop]')!.click();
    fixture.detectChanges();
    expect(names(element)).toEqual(['K0003 · Njeri']);
    expect(element.querySelector('[data-testid=next-stop]')).toBeNull();

    fill(fixture, 0, '14.5');
    const sync = await nextRequest(http, '/api/v1/collections/sync');
    const [sent] = sync.request.body.collections;
    expect(sent).toMatchObject({
      farmerId: 103,
      routeId: 5,
      stopId: 12,
      shift: 'am',
      quantityLitres: 14.5,
    });
    expect(sent.id).toMatch(/^[0-9a-f-]{36}$/);
    sync.flush({ results: [{ id: sent.id, status: 'duplicate' }] });
    await settle();
    http.verify();
  });

  it('judges the milk on the phone with no network, by the cooperative’s thresholds, as it is typed', async () => {
    const { fixture, http, element } = await open((request) => request.flush(run()));
    const verdict = () => element.querySelector('[data-testid=verdict]')!.textContent!.trim();
    const type = (label: string, value: string) => {
      const input = [...element.querySelectorAll('label')]
        .find((l) => l.textContent!.includes(label))!
        .querySelector('input')!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      fixture.detectChanges();
    };
    expect(verdict()).toContain('collect.verdict.accepted');
    type('collect.lactometer', '25.9');
    expect(verdict()).toContain('collect.verdict.lactometer_low');
    type('collect.lactometer', '28');
    type('collect.fat', '3.2');
    expect(verdict()).toContain('collect.verdict.accepted');
    expect(element.querySelector('[data-testid=verdict]')!.classList).not.toContain('refused');
    type('collect.temperature', '31');
    expect(verdict()).toContain('collect.verdict.temperature_high');
    expect(element.querySelector('[data-testid=verdict]')!.classList).toContain('refused');

    fill(fixture, 0, '10');
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=saved]')!.textContent).toContain(
      'collect.verdict.savedRefused',
    );
    const sync = await nextRequest(http, '/api/v1/collections/sync');
    // What was judged is what is sent: the server judges the same values again.
    expect(sync.request.body.collections[0]).toMatchObject({
      lactometer: 28,
      fatPct: 3.2,
      temperatureC: 31,
    });
    const [sent] = sync.request.body.collections;
    sync.flush({ results: [{ id: sent.id, status: 'duplicate' }] });
    await settle();
  });

  it('shows the route on a map: a numbered marker per stop, drawn without tiles', async () => {
    const { element } = await open((request) => request.flush(run()));
    const markers = [...element.querySelectorAll('.njia-route-stop')].map((m) =>
      m.textContent!.trim(),
    );
    expect(markers).toEqual(['1', '2']);
  });

  it('shows the phone’s own position among the stops, from its GPS, and stops watching on leaving', async () => {
    let report: PositionCallback | undefined;
    const cleared: number[] = [];
    const geolocation: Partial<Geolocation> = {
      watchPosition: (success) => {
        report ??= success;
        return 41;
      },
      clearWatch: (id) => void cleared.push(id),
    };
    const { fixture, element } = await open((request) => request.flush(run()), geolocation);
    const own = () => element.querySelector('[data-testid=own-position]')!.textContent!.trim();
    expect(own()).toBe('collect.whereAreYou');
    report!({
      coords: { latitude: -1.06, longitude: 36.76, heading: 90 },
      timestamp: Date.now(),
    } as GeolocationPosition);
    fixture.detectChanges();
    expect(own()).toBe('collect.youAreHere');
    fixture.destroy();
    expect(cleared).toContain(41);
  });

  it('says when the route shown is one kept on the phone from another day', async () => {
    const { element } = await open((request) => request.flush(run('2026-01-02')));
    expect(element.querySelector('[data-testid=saved-copy]')).not.toBeNull();
  });

  it('says the route could not be loaded when there is neither network nor a kept copy', async () => {
    const { element } = await open((request) =>
      request.error(new ProgressEvent('error'), { status: 0 }),
    );
    await until(() => element.textContent!.includes('collect.runLoadError'));
    expect(element.textContent).toContain('collect.runLoadError');
  });
});

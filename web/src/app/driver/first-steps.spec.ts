import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { FleetReadiness } from '../core/api/api-types';
import { DriverApi } from './driver-api';
import { FirstSteps } from './first-steps';
import { nextRequest, settle } from './testing';
import en from '../../i18n/driver/en.json';
import fr from '../../i18n/driver/fr.json';
import sw from '../../i18n/driver/sw.json';
import { provideTestApp } from '../testing';

const paper = (kind: FleetReadiness['papers'][number]['kind'], state: string) =>
  ({ kind, state, vehicleId: null }) as FleetReadiness['papers'][number];

async function render(readiness: FleetReadiness) {
  TestBed.configureTestingModule({
    providers: [
      { provide: DriverApi, useValue: { readiness: async () => readiness } },
      ...provideTestApp(),
    ],
  });
  const fixture = TestBed.createComponent(FirstSteps);
  fixture.detectChanges();
  await settle();
  fixture.detectChanges();
  return Object.assign(fixture.nativeElement as HTMLElement, { fixture });
}

const step = (element: HTMLElement, id: string) =>
  element.querySelector<HTMLElement>(`[data-testid=step-${id}]`)!;

describe('FirstSteps', () => {
  // A session or settings another spec left in this worker's storage would change the country.
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('puts a new driver at the first step, linking it, with every paper to upload', async () => {
    const element = await render({
      carrier: null,
      vehicle: null,
      papers: [paper('registration_card', 'missing'), paper('driving_licence', 'missing')],
      papersUploaded: false,
      mayBid: false,
      reviewHours: 24,
    });
    expect(step(element, 'carrier').getAttribute('aria-current')).toBe('step');
    expect(step(element, 'carrier').querySelector('a')?.getAttribute('href')).toBe('/organisation');
    expect(step(element, 'truck').className).toContain('step--todo');
    expect(element.querySelector('[data-testid=paper-driving_licence]')?.textContent).toContain(
      'driver.firstSteps.paper.missing',
    );
  });

  it('says the driver waits for verification once the API says every paper is uploaded', async () => {
    const element = await render({
      carrier: { id: 1, name: 'Kamau Haulage' },
      vehicle: { id: 2, plate: 'KDA 001A' },
      papers: [paper('registration_card', 'pending'), paper('driving_licence', 'verified')],
      papersUploaded: true,
      mayBid: false,
      reviewHours: 24,
    });
    expect(step(element, 'papers').className).toContain('step--done');
    expect(step(element, 'verification').className).toContain('step--waiting');
    expect(step(element, 'verification').textContent).toContain(
      'driver.firstSteps.verification.delay',
    );
  });

  it('keeps the papers step open while the API says something is left to upload', async () => {
    // The page has no list of its own of which states need an upload: the API decides.
    const element = await render({
      carrier: { id: 1, name: 'Kamau Haulage' },
      vehicle: { id: 2, plate: 'KDA 001A' },
      papers: [paper('registration_card', 'pending'), paper('driving_licence', 'verified')],
      papersUploaded: false,
      mayBid: false,
      reviewHours: 24,
    });
    expect(step(element, 'papers').className).toContain('step--current');
    expect(step(element, 'verification').className).toContain('step--todo');
  });

  it('is gone once the driver may bid', async () => {
    const element = await render({
      carrier: { id: 1, name: 'Kamau Haulage' },
      vehicle: { id: 2, plate: 'KDA 001A' },
      papers: [paper('registration_card', 'verified')],
      papersUploaded: true,
      mayBid: true,
      reviewHours: 24,
    });
    expect(element.querySelector('[data-testid=first-steps]')).toBeNull();
  });

  it('sets up an owner-driver in one go: their carrier, their truck, and themselves as its driver', async () => {
    const element = await render({
      carrier: null,
      vehicle: null,
      papers: [paper('registration_card', 'missing')],
      papersUploaded: false,
      mayBid: false,
      reviewHours: 24,
    });
    const http = TestBed.inject(HttpTestingController);
    // Each request is awaited however long the steps before it take (a fixed 5 ms wait
    // failed on a busy machine in the full run).
    (await nextRequest(http, '/api/v1/vehicle-types')).flush({
      data: [
        {
          id: 4,
          code: 'flatbed_10t',
          name: 'Flatbed 10 t',
          names: { en: 'Flatbed 10 t', fr: 'Plateau', sw: 'Lori' },
        },
      ],
    });
    await settle();
    const fill = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('#own-carrier-name', 'Kamau Haulage');
    fill('#own-carrier-plate', 'KDA 001A');
    element.querySelector('[data-testid=own-carrier]')!.dispatchEvent(new Event('submit'));
    const founded = await nextRequest(http, '/api/v1/organisations');
    expect(founded.request.body).toEqual({ name: 'Kamau Haulage', country: 'KE' });
    founded.flush({ id: 8 });
    (await nextRequest(http, '/api/v1/me')).flush({
      id: 5,
      role: 'driver',
      organisation: { id: 8 },
    });
    const vehicle = await nextRequest(http, '/api/v1/vehicles');
    expect(vehicle.request.body).toEqual({ plate: 'KDA 001A', vehicleTypeId: 4 });
    vehicle.flush({ id: 21 });
    const linked = await nextRequest(http, '/api/v1/vehicles/21/drivers');
    expect(linked.request.body).toEqual({ driverId: 5 });
  });

  it('says each thing once in step 1, in every language: joining a company, then setting up alone', () => {
    const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).map((t) => t.trim());
    for (const texts of [en, fr, sw]) {
      const joining = sentences(texts.firstSteps.carrier.how);
      const alone = sentences(texts.ownCarrier.intro);
      expect(joining.filter((sentence) => alone.includes(sentence))).toEqual([]);
    }
  });
});

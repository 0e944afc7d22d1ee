import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Translation, TranslocoLoader, provideTransloco } from '@jsverse/transloco';
import { of } from 'rxjs';
import { FleetReadiness } from '../core/api/api-types';
import { DriverApi } from './driver-api';
import { FirstSteps } from './first-steps';
import { settle } from './testing';

class KeysLoader implements TranslocoLoader {
  getTranslation() {
    return of({} as Translation);
  }
}

const paper = (kind: FleetReadiness['papers'][number]['kind'], state: string) =>
  ({ kind, state, vehicleId: null }) as FleetReadiness['papers'][number];

async function render(readiness: FleetReadiness) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: DriverApi, useValue: { readiness: async () => readiness } },
      provideTransloco({
        config: {
          availableLangs: ['en'],
          defaultLang: 'en',
          missingHandler: { logMissingKey: false },
        },
        loader: KeysLoader,
      }),
    ],
  });
  const fixture = TestBed.createComponent(FirstSteps);
  fixture.detectChanges();
  await settle();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const step = (element: HTMLElement, id: string) =>
  element.querySelector<HTMLElement>(`[data-testid=step-${id}]`)!;

describe('FirstSteps', () => {
  it('puts a new driver at the first step, linking it, with every paper to upload', async () => {
    const element = await render({
      carrier: null,
      vehicle: null,
      papers: [paper('registration_card', 'missing'), paper('driving_licence', 'missing')],
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

  it('says the driver waits for verification once every paper is uploaded', async () => {
    const element = await render({
      carrier: { id: 1, name: 'Kamau Haulage' },
      vehicle: { id: 2, plate: 'KDA 001A' },
      papers: [paper('registration_card', 'pending'), paper('driving_licence', 'verified')],
      mayBid: false,
      reviewHours: 24,
    });
    expect(step(element, 'papers').className).toContain('step--done');
    expect(step(element, 'verification').className).toContain('step--waiting');
    expect(step(element, 'verification').textContent).toContain(
      'driver.firstSteps.verification.delay',
    );
  });

  it('is gone once the driver may bid', async () => {
    const element = await render({
      carrier: { id: 1, name: 'Kamau Haulage' },
      vehicle: { id: 2, plate: 'KDA 001A' },
      papers: [paper('registration_card', 'verified')],
      mayBid: true,
      reviewHours: 24,
    });
    expect(element.querySelector('[data-testid=first-steps]')).toBeNull();
  });
});

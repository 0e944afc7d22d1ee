import { TestBed } from '@angular/core/testing';
import { Api } from '../core/api/api-client';
import type { Capability, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { provideTestApp } from '../testing';
import { FleetPage } from './fleet-page';

/** A driver of a carrier, with what `/me` says they may do. */
function driver(capabilities: Capability[]): Me {
  return {
    id: 3,
    phone: '+254712345678',
    name: 'Otieno',
    role: 'driver',
    capabilities,
    locale: 'en',
    country: 'KE',
    organisation: { id: 7, name: 'Otieno Haulage', kind: 'carrier', country: 'KE' },
    hasPhoto: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

async function render(user: Me, vehicles: unknown[] = []) {
  const get = vi.fn(async (path: string) => ({
    data: path === '/api/v1/vehicles' ? vehicles : [],
  }));
  TestBed.configureTestingModule({
    imports: [FleetPage],
    providers: [...provideTestApp(), { provide: Api, useValue: { get, post: vi.fn() } }],
  });
  TestBed.inject(Session).start({ token: 'oat_1', user });
  const fixture = TestBed.createComponent(FleetPage);
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }
  const element = fixture.nativeElement as HTMLElement;
  return {
    get,
    element,
    addVehicle: () => element.querySelector('form [formControlName=plate]'),
  };
}

describe('FleetPage', () => {
  beforeEach(() => localStorage.clear());

  it('offers to add a vehicle to the driver who owns the carrier, as the API allows', async () => {
    const page = await render(driver(['drive', 'watch_fleet', 'manage_vehicles']));
    expect(page.addVehicle()).not.toBeNull();
  });

  it("offers no vehicle form to a carrier's other drivers, whom the API refuses", async () => {
    const page = await render(driver(['drive', 'run_milk_routes']));
    expect(page.addVehicle()).toBeNull();
    // Who owns the carrier is the API's question now: the page no longer asks for the organisation.
    expect(page.get).not.toHaveBeenCalledWith('/api/v1/organisations/{id}', expect.anything());
  });

  it('words why a vehicle is not ready in the reader’s language, never the API’s English', async () => {
    const page = await render(driver(['drive', 'watch_fleet', 'manage_vehicles']), [
      {
        id: 11,
        plate: 'KDA 404X',
        eligibility: {
          eligible: false,
          reasons: [
            { code: 'VEHICLE_ARCHIVED', message: 'Vehicle KDA 404X is archived.' },
            {
              code: 'INSURANCE_EXPIRED',
              message: "Vehicle KDA 404X's insurance certificate expired on 2026-11-30.",
              paper: { kind: 'insurance', problem: 'expired' },
            },
            { code: 'SOMETHING_NEW', message: 'A reason this page does not know yet.' },
          ],
        },
      },
    ]);
    const reasons = [...page.element.querySelectorAll('.reasons li')].map((li) =>
      li.textContent?.trim(),
    );
    // The account scope's own English words; the paper's name is the general key's here.
    expect(reasons).toEqual([
      'Archived: it takes no loads.',
      'papers.insurance: expired.',
      'Not ready for another reason: ask Njia support.',
    ]);
  });
});

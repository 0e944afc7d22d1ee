import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { Capability, CollectionRoute, Me, Role } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { Language } from '../core/i18n/language';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { nextRequest, settle } from '../driver/testing';
import { Home } from './home';

/** What `/me` gives each role in a carrier (or a cooperative, for its people). */
const CAPABILITIES_OF: Record<Role, Capability[]> = {
  shipper: ['post_orders'],
  driver: ['drive', 'run_milk_routes'],
  dispatcher: ['watch_fleet', 'manage_vehicles'],
  clerk: ['run_milk_routes', 'work_in_cooperative'],
  grader: ['work_in_cooperative'],
  admin: [
    'watch_fleet',
    'administer_money',
    'administer_accounts',
    'read_audit',
    'view_operations',
  ],
};

/** A driver's milk routes as GET /collection-routes/mine answers (null: not asked, or no answer). */
async function homeOf(
  role: Role,
  routes: CollectionRoute[] | null = [],
  capabilities = CAPABILITIES_OF[role],
  kind: 'carrier' | 'cooperative' = 'carrier',
) {
  TestBed.resetTestingModule();
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [Home],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTransloco({
        config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  await TestBed.inject(Language).choose('en');
  const user: Me = {
    id: 7,
    phone: '+221771234567',
    name: 'Moussa',
    role,
    capabilities,
    locale: 'fr',
    country: 'SN',
    organisation: { id: 3, name: 'Sahel Transport', kind, country: 'SN' },
    hasPhoto: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  TestBed.inject(Session).start({ token: 'oat_x', user });
  const fixture = TestBed.createComponent(Home);
  if (role === 'driver') {
    const request = await nextRequest(
      TestBed.inject(HttpTestingController),
      '/api/v1/collection-routes/mine',
    );
    if (routes) request.flush({ data: routes });
    else request.flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
  }
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const entries = [...element.querySelectorAll('[data-testid^=entry-]')].map((e) =>
    e.getAttribute('data-testid')!.replace('entry-', ''),
  );
  const soon = [...element.querySelectorAll('.entry.soon')].length;
  return { element, entries, soon };
}

describe('Home', () => {
  it('gives each role its own entry points', async () => {
    expect((await homeOf('shipper')).entries).toEqual([
      'postLoad',
      'myOrders',
      'bids',
      'map',
      'profile',
    ]);
    expect((await homeOf('driver')).entries).toContain('loadBoard');
    expect((await homeOf('driver')).entries).not.toContain('postLoad');
    expect((await homeOf('dispatcher')).entries).toContain('fleetMap');
    expect((await homeOf('admin')).entries).toContain('apiDocs');
  });

  it('offers the milk route only to a driver assigned to one that runs', async () => {
    const route = (shifts: CollectionRoute['shifts'], active = true): CollectionRoute => ({
      id: 5,
      cooperativeId: 2,
      name: 'Route A',
      vehicleId: 1,
      driverId: 7,
      shifts,
      active,
      stops: [],
    });
    expect((await homeOf('driver')).entries).not.toContain('milkRoute');
    expect((await homeOf('driver', null)).entries).not.toContain('milkRoute');
    expect((await homeOf('driver', [route([])])).entries).not.toContain('milkRoute');
    expect(
      (await homeOf('driver', [route([{ shift: 'am', days: [1] }], false)])).entries,
    ).not.toContain('milkRoute');
    const assigned = await homeOf('driver', [route([{ shift: 'am', days: [1, 3, 5] }])]);
    expect(assigned.entries).toContain('milkRoute');
    expect(
      assigned.element.querySelector('[data-testid=entry-milkRoute] a')?.getAttribute('href'),
    ).toBe('/collect/route');
  });

  it("starts a cooperative's manager from its dashboard, recording milk among the entries", async () => {
    // The API lets every member of the cooperative record collections, its manager included.
    const manager = await homeOf(
      'dispatcher',
      [],
      ['run_milk_routes', 'work_in_cooperative', 'manage_cooperative'],
      'cooperative',
    );
    expect(manager.entries).toContain('cooperativeDashboard');
    expect(manager.entries).toContain('recordCollections');
    expect(manager.entries).not.toContain('fleetMap');
  });

  it('offers no entry to a page the API would refuse', async () => {
    // A dispatcher whose fleet the API does not let them watch (no carrier yet).
    const { entries } = await homeOf('dispatcher', [], []);
    expect(entries).not.toContain('fleetMap');
    expect(entries).not.toContain('orderBoard');
    expect(entries).toContain('profile');
  });

  it("opens the console's money tab as the admin's ledger, never as coming soon", async () => {
    const admin = await homeOf('admin');
    expect(admin.element.querySelector('[data-testid=entry-ledger] a')?.getAttribute('href')).toBe(
      '/console/money',
    );
    expect(admin.soon).toBe(0);
    // An admin the API does not let administer money is not offered it.
    const { entries } = await homeOf('admin', [], ['administer_accounts']);
    expect(entries).not.toContain('ledger');
  });

  it('marks what is not built yet as coming soon, with no made-up numbers', async () => {
    // Collection routes (milk runs) have no page yet.
    const { element, soon } = await homeOf('dispatcher');
    expect(soon).toBe(1);
    expect(element.querySelectorAll('.soon-badge').length).toBe(1);
    expect(element.textContent).not.toMatch(/\d+ (loads|jobs|orders)/);
  });

  it('greets the user by name with their role and organisation', async () => {
    const { element } = await homeOf('dispatcher');
    expect(element.querySelector('h1')?.textContent).toContain('Welcome, Moussa');
    expect(element.textContent).toContain('Dispatcher');
    expect(element.textContent).toContain('Sahel Transport · SN');
  });
});

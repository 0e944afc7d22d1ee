import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  CanActivateFn,
  Route,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { routes } from '../../app.routes';
import { collectRoutes } from '../../collect/collect.routes';
import { consoleTabsFor } from '../../console/console-access';
import { cooperativeRoutes } from '../../cooperative/cooperative.routes';
import { driverRoutes } from '../../driver/driver.routes';
import { shipperRoutes } from '../../shipper/shipper.routes';
import { provideTestApp } from '../../testing';
import { Capability, Me, Role } from '../api/api-types';
import { Session } from './session';

/** A signed-in user with the capabilities the API gave them on `/me`. */
function signIn(
  role: Role,
  capabilities: Capability[],
  kind: 'carrier' | 'cooperative' = 'carrier',
) {
  const user: Me = {
    id: 1,
    phone: '+254712345678',
    name: 'Wanjiru',
    role,
    capabilities,
    locale: 'en',
    country: 'KE',
    organisation: { id: 2, name: 'Org', kind, country: 'KE' },
    hasPhoto: false,
    createdAt: '2026-12-01T08:00:00Z',
  };
  TestBed.inject(Session).start({ token: 'oat_1', user });
}

/** The page's guards, in order: whether they let the user in (else where they send them). */
function opens(pages: Route[], path: string): boolean {
  const children = pages[0].children ?? pages;
  const page = children.find((route) => route.path === path);
  if (!page) throw new Error(`no page ${path}`);
  const guards = [...(pages[0].canActivate ?? []), ...(page.canActivate ?? [])] as CanActivateFn[];
  return guards.every((guard) => {
    const answer = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url: `/${path}` } as RouterStateSnapshot),
    );
    if (answer instanceof UrlTree) expect(answer.toString()).toBe('/');
    return answer === true;
  });
}

const dispatchPage = routes[1].children!.filter((route) => route.path === 'dispatch');

describe('Pages open by the capabilities /me gives, not by roles', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
  });

  it("opens the collection page to a cooperative's manager, whom the API lets record milk", () => {
    // A dispatcher of a cooperative runs it: the API takes their collections (CooperativePolicy.work).
    signIn(
      'dispatcher',
      ['run_milk_routes', 'work_in_cooperative', 'manage_cooperative'],
      'cooperative',
    );
    expect(opens(collectRoutes, '')).toBe(true);
    expect(opens(collectRoutes, 'route')).toBe(true);
    expect(opens(cooperativeRoutes, '')).toBe(true);
    expect(opens(cooperativeRoutes, 'payouts')).toBe(true);
  });

  it("keeps a cooperative's clerk to collections and routes, out of its management", () => {
    signIn('clerk', ['run_milk_routes', 'work_in_cooperative'], 'cooperative');
    expect(opens(collectRoutes, '')).toBe(true);
    expect(opens(collectRoutes, 'route')).toBe(true);
    expect(opens(cooperativeRoutes, 'routes/:id')).toBe(true);
    expect(opens(cooperativeRoutes, '')).toBe(false);
    expect(opens(cooperativeRoutes, 'payouts/:id')).toBe(false);
    expect(opens(driverRoutes, '')).toBe(false);
  });

  it("lets a driver run milk routes but not record at a centre nor see a cooperative's maps", () => {
    signIn('driver', ['drive', 'run_milk_routes']);
    expect(opens(driverRoutes, '')).toBe(true);
    expect(opens(collectRoutes, 'route')).toBe(true);
    expect(opens(collectRoutes, '')).toBe(false);
    expect(opens(cooperativeRoutes, 'routes/:id')).toBe(false);
    expect(opens(shipperRoutes, '')).toBe(false);
    expect(opens(dispatchPage, 'dispatch')).toBe(false);
  });

  it('opens the shipper pages to whoever may post orders, and dispatch to whoever may watch a fleet', () => {
    signIn('shipper', ['post_orders']);
    expect(opens(shipperRoutes, '')).toBe(true);
    expect(opens(driverRoutes, '')).toBe(false);
    expect(opens(collectRoutes, 'route')).toBe(false);
    TestBed.inject(Session).clear();
    signIn('dispatcher', ['watch_fleet']);
    expect(opens(dispatchPage, 'dispatch')).toBe(true);
    expect(opens(collectRoutes, '')).toBe(false);
    expect(opens(collectRoutes, 'route')).toBe(false);
  });

  it('shows each console tab only when /me has the capability its endpoints ask for', () => {
    signIn('dispatcher', ['watch_fleet', 'review_disputes', 'view_operations']);
    expect(consoleTabsFor(TestBed.inject(Session).user())).toEqual(['disputes', 'operations']);
    expect(consoleTabsFor(null)).toEqual([]);
  });

  it('opens nothing to a user the app kept from an older version until /me answers', () => {
    localStorage.setItem('njia.token', 'oat_1');
    localStorage.setItem('njia.user', JSON.stringify({ id: 1, role: 'clerk' }));
    expect(TestBed.inject(Session).can('work_in_cooperative')).toBe(false);
    expect(opens(collectRoutes, '')).toBe(false);
  });
});

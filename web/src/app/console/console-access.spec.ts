import { Capability, Me } from '../core/api/api-types';
import { capabilityValues } from '../core/api/openapi-enums';
import { CONSOLE_TABS, consoleTabsFor } from './console-access';

/** A user as `/me` describes them: the console reads only their capabilities. */
const user = (role: Me['role'], capabilities: Capability[]): Me => ({
  id: 1,
  name: 'Amina',
  phone: '+254712345678',
  role,
  capabilities,
  locale: 'en',
  country: 'KE',
  hasPhoto: false,
  createdAt: '2026-12-01T08:00:00Z',
  organisation: null,
});

describe('console access', () => {
  it('gives every tab to whoever the API lets do everything in the console (an admin)', () => {
    // Every capability the API knows: a new one needs no edit here.
    const admin = user('admin', [...capabilityValues]);
    expect(consoleTabsFor(admin)).toEqual(CONSOLE_TABS);
  });

  it('gives platform dispatchers the disputes and operations read views', () => {
    const platform = user('dispatcher', ['watch_fleet', 'review_disputes', 'view_operations']);
    expect(consoleTabsFor(platform)).toEqual(['disputes', 'operations']);
  });

  it('follows the capability, not the role: an admin the API allowed less sees less', () => {
    expect(consoleTabsFor(user('admin', ['read_audit']))).toEqual(['audit']);
  });

  it('gives a carrier’s dispatcher, a shipper, a driver or nobody no console', () => {
    expect(consoleTabsFor(user('dispatcher', ['watch_fleet']))).toEqual([]);
    expect(consoleTabsFor(user('shipper', ['post_orders']))).toEqual([]);
    expect(consoleTabsFor(user('driver', ['drive', 'run_milk_routes']))).toEqual([]);
    expect(consoleTabsFor(null)).toEqual([]);
  });
});

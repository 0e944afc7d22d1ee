import { User } from '../core/api/api-types';
import { CONSOLE_TABS, actsInConsole, consoleTabsFor } from './console-access';

const user = (role: User['role'], kind?: 'carrier' | 'platform' | 'shipper'): User => ({
  id: 1,
  name: 'Amina',
  phone: '+254712345678',
  role,
  locale: 'en',
  country: 'KE',
  hasPhoto: false,
  createdAt: '2026-12-01T08:00:00Z',
  organisation: kind ? { id: 2, name: 'Org', kind, country: 'KE' } : null,
});

describe('console access', () => {
  it('gives admins every tab and every action', () => {
    expect(consoleTabsFor(user('admin', 'platform'))).toEqual(CONSOLE_TABS);
    expect(actsInConsole(user('admin', 'platform'))).toBe(true);
  });

  it('gives platform dispatchers the disputes and operations read views, and no action', () => {
    expect(consoleTabsFor(user('dispatcher', 'platform'))).toEqual(['disputes', 'operations']);
    expect(actsInConsole(user('dispatcher', 'platform'))).toBe(false);
  });

  it('gives a carrier’s dispatcher, a shipper, a driver or nobody no console', () => {
    expect(consoleTabsFor(user('dispatcher', 'carrier'))).toEqual([]);
    expect(consoleTabsFor(user('shipper', 'shipper'))).toEqual([]);
    expect(consoleTabsFor(user('driver'))).toEqual([]);
    expect(consoleTabsFor(null)).toEqual([]);
  });
});

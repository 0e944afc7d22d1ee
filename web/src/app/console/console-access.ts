import { inject } from '@angular/core';
import { CanActivateChildFn, CanActivateFn, Router } from '@angular/router';
import { Capability, Me } from '../core/api/api-types';
import { Session } from '../core/auth/session';

export const CONSOLE_TABS = [
  'papers',
  'disputes',
  'money',
  'accounts',
  'vehicle-types',
  'audit',
  'operations',
] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

/** What each tab's endpoints ask of the caller: the capability `/me` lists when they may. */
const TAB_NEEDS: Record<ConsoleTab, Capability> = {
  papers: 'review_papers',
  disputes: 'review_disputes',
  money: 'administer_money',
  accounts: 'administer_accounts',
  'vehicle-types': 'manage_vehicle_types',
  audit: 'read_audit',
  operations: 'view_operations',
};

/**
 * Which parts of the console a user sees (docs/architecture.md, "The
 * operator's console"): those whose endpoints the API opens to them (today
 * admins every tab; platform dispatchers the read views of disputes and
 * operations). The API refuses the rest; this only keeps the screens to what works.
 */
export function consoleTabsFor(user: Me | null): readonly ConsoleTab[] {
  return CONSOLE_TABS.filter((tab) => user?.capabilities.includes(TAB_NEEDS[tab]));
}

/** The console opens for whoever sees a tab of it. */
export const consoleGuard: CanActivateFn = () =>
  consoleTabsFor(inject(Session).user()).length > 0 ? true : inject(Router).createUrlTree(['/']);

/** Each page only for those whose tabs include it; others land on their first tab. */
export const consoleTabGuard: CanActivateChildFn = (route) => {
  const tabs = consoleTabsFor(inject(Session).user());
  const tab = route.url[0]?.path;
  if (!tab || (tabs as readonly string[]).includes(tab)) return true;
  return inject(Router).createUrlTree(['/console', tabs[0]]);
};

/** Where `/console` opens: the first tab this operator sees. */
export const firstConsoleTab = () => consoleTabsFor(inject(Session).user())[0] ?? 'papers';

import { inject } from '@angular/core';
import { CanActivateChildFn, CanActivateFn, Router } from '@angular/router';
import { User } from '../core/api/api-types';
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

/**
 * Who sees which part of the console (docs/architecture.md, "The operator's
 * console"): admins everything; platform dispatchers the read views of
 * disputes and operations, with no money, account or paper action. The API
 * refuses the rest; this only keeps the screens to what works.
 */
export function consoleTabsFor(user: User | null): readonly ConsoleTab[] {
  if (user?.role === 'admin') return CONSOLE_TABS;
  if (user?.role === 'dispatcher' && user.organisation?.kind === 'platform') {
    return ['disputes', 'operations'];
  }
  return [];
}

/** Deciding, retrying, moving money: the admins' alone. */
export function actsInConsole(user: User | null): boolean {
  return user?.role === 'admin';
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

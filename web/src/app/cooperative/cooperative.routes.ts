import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Session } from '../core/auth/session';

/** Whoever runs a cooperative (its owner or a dispatcher of it); everyone else goes home. */
const cooperativeGuard: CanActivateFn = () =>
  inject(Session).user()?.organisation?.kind === 'cooperative' &&
  inject(Session).role() === 'dispatcher'
    ? true
    : inject(Router).createUrlTree(['/']);

/** A cooperative's staff: its manager, clerks and graders (the API checks the route). */
const staffGuard: CanActivateFn = () =>
  inject(Session).user()?.organisation?.kind === 'cooperative'
    ? true
    : inject(Router).createUrlTree(['/']);

export const cooperativeRoutes: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope({
        scope: 'cooperative',
        loader: {
          en: () => import('../../i18n/cooperative/en.json'),
          fr: () => import('../../i18n/cooperative/fr.json'),
          sw: () => import('../../i18n/cooperative/sw.json'),
        },
      }),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        canActivate: [cooperativeGuard],
        loadComponent: () => import('./cooperative-dashboard').then((m) => m.CooperativeDashboard),
      },
      {
        path: 'payouts',
        canActivate: [cooperativeGuard],
        loadComponent: () => import('./payout-runs-page').then((m) => m.PayoutRunsPage),
      },
      {
        path: 'payouts/:id',
        canActivate: [cooperativeGuard],
        loadComponent: () => import('./payout-run-page').then((m) => m.PayoutRunPage),
      },
      {
        path: 'routes/:id',
        canActivate: [staffGuard],
        loadComponent: () => import('./route-map-page').then((m) => m.RouteMapPage),
      },
    ],
  },
];

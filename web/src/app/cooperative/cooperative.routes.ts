import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { allowedTo } from '../core/auth/guards';

/** Whoever runs a cooperative (its owner or a dispatcher of it). */
const cooperativeGuard = allowedTo('manage_cooperative');
/** A cooperative's people: its manager, clerks and graders (the API checks the route). */
const staffGuard = allowedTo('work_in_cooperative');

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

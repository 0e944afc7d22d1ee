import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Role } from '../core/api/api-types';
import { Session } from '../core/auth/session';

/** Lets in the roles given; everyone else goes home (the API checks each record). */
const rolesGuard =
  (roles: Role[]): CanActivateFn =>
  () =>
    roles.includes(inject(Session).role() as Role) ? true : inject(Router).createUrlTree(['/']);

export const collectRoutes: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope({
        scope: 'collect',
        loader: {
          en: () => import('../../i18n/collect/en.json'),
          fr: () => import('../../i18n/collect/fr.json'),
          sw: () => import('../../i18n/collect/sw.json'),
        },
      }),
    ],
    children: [
      {
        // Clerks and graders of a cooperative, at a centre or a stop.
        path: '',
        pathMatch: 'full',
        canActivate: [rolesGuard(['clerk', 'grader'])],
        loadComponent: () => import('./collect-page').then((m) => m.CollectPage),
      },
      {
        // A route's driver, or the cooperative's staff riding with the truck.
        path: 'route',
        canActivate: [rolesGuard(['driver', 'clerk', 'grader', 'dispatcher'])],
        children: [
          {
            path: '',
            loadComponent: () => import('./route-list-page').then((m) => m.RouteListPage),
          },
          {
            path: ':id',
            loadComponent: () => import('./route-run-page').then((m) => m.RouteRunPage),
          },
        ],
      },
    ],
  },
];

import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { allowedTo } from '../core/auth/guards';

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
        // A cooperative's people (its manager, clerks, graders), at a centre or a stop.
        path: '',
        pathMatch: 'full',
        canActivate: [allowedTo('work_in_cooperative')],
        loadComponent: () => import('./collect-page').then((m) => m.CollectPage),
      },
      {
        // A route's driver, or the cooperative's staff riding with the truck.
        path: 'route',
        canActivate: [allowedTo('run_milk_routes')],
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

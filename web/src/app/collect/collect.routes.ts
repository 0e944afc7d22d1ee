import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Session } from '../core/auth/session';

/** Clerks and graders of a cooperative; everyone else goes home. */
const collectGuard: CanActivateFn = () =>
  ['clerk', 'grader'].includes(inject(Session).role() ?? '')
    ? true
    : inject(Router).createUrlTree(['/']);

export const collectRoutes: Routes = [
  {
    path: '',
    canActivate: [collectGuard],
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
    loadComponent: () => import('./collect-page').then((m) => m.CollectPage),
  },
];

import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { Session } from '../core/auth/session';
import { driverTranslations } from './driver-i18n';

/** Drivers only; everyone else goes home. */
const driverGuard: CanActivateFn = () =>
  inject(Session).role() === 'driver' ? true : inject(Router).createUrlTree(['/']);

export const driverRoutes: Routes = [
  {
    path: '',
    canActivate: [driverGuard],
    providers: [driverTranslations],
    children: [
      { path: '', loadComponent: () => import('./driver-home').then((m) => m.DriverHome) },
      {
        path: 'orders/:id/bid',
        loadComponent: () => import('./bid-form').then((m) => m.BidForm),
      },
      { path: 'jobs/:id', loadComponent: () => import('./job').then((m) => m.Job) },
    ],
  },
];

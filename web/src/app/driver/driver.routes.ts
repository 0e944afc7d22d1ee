import { Routes } from '@angular/router';
import { allowedTo } from '../core/auth/guards';
import { driverTranslations } from './driver-i18n';

export const driverRoutes: Routes = [
  {
    path: '',
    canActivate: [allowedTo('drive')],
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

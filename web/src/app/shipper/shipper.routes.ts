import { Routes } from '@angular/router';
import { allowedTo } from '../core/auth/guards';
import { provideShipperTranslations } from './shipper-i18n';

/** Shippers' own pages; other roles have their own boards. */
const shipperGuard = allowedTo('post_orders');

export const shipperRoutes: Routes = [
  {
    path: '',
    canActivate: [shipperGuard],
    providers: [provideShipperTranslations()],
    children: [
      { path: '', loadComponent: () => import('./order-list').then((m) => m.OrderList) },
      { path: 'new', loadComponent: () => import('./order-editor').then((m) => m.OrderEditor) },
      {
        path: ':id/edit',
        loadComponent: () => import('./order-editor').then((m) => m.OrderEditor),
      },
      { path: ':id', loadComponent: () => import('./order-detail').then((m) => m.OrderDetail) },
    ],
  },
];

import { Routes } from '@angular/router';
import { SignIn } from './auth/sign-in';
import { allowedTo, signedInGuard, signedOutGuard } from './core/auth/guards';

/** Every page but sign-in is its own lazy chunk, so sign-in ships only what sign-in needs. */
export const routes: Routes = [
  {
    path: 'sign-in',
    canActivate: [signedOutGuard],
    // In the first bundle: on a 3G first visit, a lazy chunk (and its own
    // imports) would cost two more round trips before the form shows.
    component: SignIn,
    title: 'Njia',
  },
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./home/home').then((m) => m.Home),
      },
      { path: 'map', loadComponent: () => import('./map/map-page').then((m) => m.MapPage) },
      { path: 'profile', loadComponent: () => import('./profile/profile').then((m) => m.Profile) },
      {
        path: 'orders',
        loadChildren: () => import('./shipper/shipper.routes').then((m) => m.shipperRoutes),
      },
      {
        path: 'driver',
        loadChildren: () => import('./driver/driver.routes').then((m) => m.driverRoutes),
      },
      {
        path: 'cooperative',
        loadChildren: () =>
          import('./cooperative/cooperative.routes').then((m) => m.cooperativeRoutes),
      },
      {
        path: 'collect',
        loadChildren: () => import('./collect/collect.routes').then((m) => m.collectRoutes),
      },
      {
        path: 'organisation',
        loadComponent: () => import('./account/organisation-page').then((m) => m.OrganisationPage),
      },
      {
        path: 'fleet',
        loadComponent: () => import('./account/fleet-page').then((m) => m.FleetPage),
      },
      {
        path: 'notifications',
        loadComponent: () =>
          import('./account/notifications-page').then((m) => m.NotificationsPage),
      },
      {
        path: 'console',
        loadChildren: () => import('./console/console.routes').then((m) => m.consoleRoutes),
      },
      {
        path: 'earnings',
        loadComponent: () => import('./earnings/earnings-page').then((m) => m.EarningsPage),
      },
      {
        path: 'dispatch',
        canActivate: [allowedTo('watch_fleet')],
        loadComponent: () => import('./dispatch/dispatch-page').then((m) => m.DispatchPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];

import { Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './core/auth/guards';

/** Every page is its own lazy chunk, so sign-in ships only what sign-in needs. */
export const routes: Routes = [
  {
    path: 'sign-in',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/sign-in').then((m) => m.SignIn),
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
    ],
  },
  { path: '**', redirectTo: '' },
];

import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { consoleGuard, consoleTabGuard, firstConsoleTab } from './console-access';

export const consoleRoutes: Routes = [
  {
    path: '',
    canActivate: [consoleGuard],
    canActivateChild: [consoleTabGuard],
    providers: [
      provideTranslocoScope({
        scope: 'console',
        loader: {
          en: () => import('../../i18n/console/en.json'),
          fr: () => import('../../i18n/console/fr.json'),
          sw: () => import('../../i18n/console/sw.json'),
        },
      }),
    ],
    loadComponent: () => import('./console-shell').then((m) => m.ConsoleShell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: firstConsoleTab },
      { path: 'papers', loadComponent: () => import('./papers-page').then((m) => m.PapersPage) },
      { path: 'money', loadComponent: () => import('./money-page').then((m) => m.MoneyPage) },
      {
        path: 'accounts',
        loadComponent: () => import('./accounts-page').then((m) => m.AccountsPage),
      },
      {
        path: 'disputes',
        loadComponent: () => import('./disputes-page').then((m) => m.DisputesPage),
      },
      {
        path: 'disputes/:id',
        loadComponent: () => import('./dispute-case').then((m) => m.DisputeCasePage),
      },
      {
        path: 'vehicle-types',
        loadComponent: () => import('./vehicle-types-page').then((m) => m.VehicleTypesPage),
      },
      {
        path: 'operations',
        loadComponent: () => import('./operations-page').then((m) => m.OperationsPage),
      },
      { path: 'audit', loadComponent: () => import('./audit-page').then((m) => m.AuditPage) },
    ],
  },
];

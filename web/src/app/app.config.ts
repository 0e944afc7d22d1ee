import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, isDevMode, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth-interceptor';
import { lastDataInterceptor } from './core/offline/last-data';
import { provideI18n } from './core/i18n/i18n-providers';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor, lastDataInterceptor])),
    ...provideI18n(),
    // Angular's worker with page loads asked of the server first (public/njia-worker.js).
    provideServiceWorker('njia-worker.js', {
      enabled: !isDevMode(),
      // Let the first screen settle before the worker downloads the app shell.
      registrationStrategy: 'registerWhenStable:30000',
    }),
  ],
};

import {
  HttpErrorResponse,
  HttpHeaders,
  HttpInterceptorFn,
  HttpResponse,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, of, tap, throwError } from 'rxjs';
import { Session } from '../auth/session';
import { recall, remember } from './last-data-store';

/**
 * The last answer of the API reads a page needs to open, kept on the phone
 * per user, and served when the network is gone (no response, or the
 * service worker's 504): the app opens offline with the last data, not an
 * empty screen. Only allow-listed reads, at most MAX_ENTRIES of them, each
 * at most MAX_BYTES; everything is forgotten on sign-out. The service
 * worker only caches the app shell: its data cache is keyed by URL alone,
 * so it would show one user's orders to the next one on a shared phone.
 */
const CACHEABLE = [
  /^\/api\/v1\/me$/,
  /^\/api\/v1\/orders(\/\d+(\/(events|track|bids|proof-of-delivery))?)?$/,
  /^\/api\/v1\/organisations\/\d+$/,
  /^\/api\/v1\/(vehicles|documents|vehicle-types|trackers)$/,
  /^\/api\/v1\/dispatch\/exceptions$/,
  /^\/api\/v1\/drivers\/nearby$/,
  /^\/api\/v1\/cooperatives\/(mine|\d+\/(farmers|routes))$/,
  /^\/api\/v1\/collection-routes\/(mine|\d+\/today)$/,
];
/** Set on an answer that came from the phone, not the server. */
export const OFFLINE_COPY_HEADER = 'X-Njia-Offline-Copy';

export const lastDataInterceptor: HttpInterceptorFn = (request, next) => {
  const path = pathOf(request.url);
  const userId = inject(Session).user()?.id;
  if (request.method !== 'GET' || userId === undefined || !CACHEABLE.some((re) => re.test(path)))
    return next(request);
  const key = `${userId}:${request.urlWithParams}`;
  return next(request).pipe(
    tap((event) => {
      if (event instanceof HttpResponse && event.ok) remember(key, event.body);
    }),
    catchError((error: unknown) => {
      const unreachable =
        error instanceof HttpErrorResponse && (error.status === 0 || error.status === 504);
      const copy = unreachable ? recall(key) : undefined;
      if (copy === undefined) return throwError(() => error);
      return of(
        new HttpResponse({
          status: 200,
          body: copy,
          url: request.urlWithParams,
          headers: new HttpHeaders({ [OFFLINE_COPY_HEADER]: '1' }),
        }),
      );
    }),
  );
};

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://app.invalid').pathname;
  } catch {
    return url;
  }
}

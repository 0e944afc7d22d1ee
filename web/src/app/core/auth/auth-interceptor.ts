import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Session } from './session';

/**
 * Adds the bearer token to calls of our own API, and sends the user back to
 * sign-in when the server says the token is no longer valid.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(Session);
  const router = inject(Router);
  const token = session.token();
  const ownApi = request.url.startsWith('/api/');
  const authorised =
    ownApi && token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

  return next(authorised).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && ownApi && token) {
        session.clear();
        void router.navigate(['/sign-in'], { queryParams: { expired: 1 } });
      }
      return throwError(() => error);
    }),
  );
};

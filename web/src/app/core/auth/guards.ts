import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Capability } from '../api/api-types';
import { Session } from './session';

/** Pages for signed-in users; others are sent to sign-in and come back after. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(Session).signedIn()) return true;
  const next = state.url === '/' ? {} : { next: state.url };
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: next });
};

/** The sign-in page is pointless when already signed in. */
export const signedOutGuard: CanActivateFn = () =>
  inject(Session).signedIn() ? inject(Router).createUrlTree(['/']) : true;

/** Pages for those the API says may do `capability` (`/me`); others go home. The API checks each record. */
export const allowedTo =
  (capability: Capability): CanActivateFn =>
  () =>
    inject(Session).can(capability) ? true : inject(Router).createUrlTree(['/']);

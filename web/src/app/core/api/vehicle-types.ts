import { Injectable, inject } from '@angular/core';
import { Api } from './api-client';
import { VehicleType } from './api-types';
import { Session } from '../auth/session';

/**
 * The vehicle types of the account's country (order form, dispatch filters,
 * fleet; the server picks the country): they change rarely, so fetched once
 * per account.
 */
@Injectable({ providedIn: 'root' })
export class VehicleTypes {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private pending: Promise<VehicleType[]> | null = null;
  private pendingFor: number | null = null;

  list(): Promise<VehicleType[]> {
    // Another account on this phone may live in another country.
    const account = this.session.user()?.id ?? null;
    if (account !== this.pendingFor) this.pending = null;
    this.pendingFor = account;
    this.pending ??= this.api
      .get('/api/v1/vehicle-types')
      .then((page) => page.data ?? [])
      .catch((error: unknown) => {
        this.pending = null; // try again next time
        throw error;
      });
    return this.pending;
  }

  /** An operator added or renamed a type: the next `list()` reads them again. */
  forget(): void {
    this.pending = null;
  }
}

import { Injectable, inject } from '@angular/core';
import { Api } from './api-client';
import { VehicleType } from './api-types';

/** The vehicle types (order form, dispatch filters, fleet): they change rarely, so fetched once. */
@Injectable({ providedIn: 'root' })
export class VehicleTypes {
  private readonly api = inject(Api);
  private pending: Promise<VehicleType[]> | null = null;

  list(): Promise<VehicleType[]> {
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

import { Injectable, inject } from '@angular/core';
import { Api } from '../core/api/api-client';
import { FleetReadiness, Vehicle } from '../core/api/api-types';
import { PositionPoint } from '../core/realtime/realtime-types';

/** The driver's own endpoints beyond orders (those are in OrdersApi): vehicles and GPS. */
@Injectable({ providedIn: 'root' })
export class DriverApi {
  private readonly api = inject(Api);

  /** The carrier's vehicles, to bid with. */
  async vehicles(): Promise<Vehicle[]> {
    return (await this.api.get('/api/v1/vehicles')).data;
  }

  /** Where the driver stands on the way to a first bid: carrier, truck, papers, verification. */
  readiness(): Promise<FleetReadiness> {
    return this.api.get('/api/v1/fleet/readiness');
  }

  /** The HTTP twin of the socket's `positions`, used while the socket is down. */
  postPositions(points: PositionPoint[]) {
    return this.api.post('/api/v1/tracking/positions', { body: { points } });
  }
}

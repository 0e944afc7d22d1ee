import { Injectable, inject } from '@angular/core';
import { Api } from '../core/api/api-client';
import {
  DispatchSuggestion,
  NearbyDriver,
  Order,
  TrackingException,
  VehicleType,
} from '../core/api/api-types';

/** The endpoints the dispatch board uses, all typed by the OpenAPI document. */
@Injectable({ providedIn: 'root' })
export class DispatchApi {
  private readonly api = inject(Api);

  /** On-duty drivers with a fresh position around a point (the fleet's first picture). */
  async nearby(lat: number, lng: number, radiusKm = 500): Promise<NearbyDriver[]> {
    const { data } = await this.api.get('/api/v1/drivers/nearby', {
      query: { lat, lng, radiusKm, limit: 200 },
    });
    return data ?? [];
  }

  async exceptions(): Promise<TrackingException[]> {
    const { data } = await this.api.get('/api/v1/dispatch/exceptions', {
      query: { open: true, limit: 100 },
    });
    return data ?? [];
  }

  /** The orders this dispatcher sees, plus the open load board around a point. */
  async orders(near?: { lat: number; lng: number }): Promise<Order[]> {
    const own = this.api.get('/api/v1/orders', { query: { perPage: 100 } });
    const board = near
      ? this.api.get('/api/v1/orders', {
          query: { near: `${near.lat},${near.lng}`, radiusKm: 1000, perPage: 100 },
        })
      : Promise.resolve({ data: [] as Order[] });
    const [mine, open] = await Promise.all([own, board.catch(() => ({ data: [] as Order[] }))]);
    const byId = new Map<number, Order>();
    for (const order of [...(mine.data ?? []), ...(open.data ?? [])]) {
      if (order.id !== undefined) byId.set(order.id, order);
    }
    return [...byId.values()];
  }

  async suggestions(orderId: number): Promise<DispatchSuggestion[]> {
    const { data } = await this.api.get('/api/v1/orders/{id}/suggestions', {
      path: { id: orderId },
    });
    return data ?? [];
  }

  assign(orderId: number, driverId: number, vehicleId: number): Promise<Order> {
    return this.api.post('/api/v1/orders/{id}/assign', {
      path: { id: orderId },
      body: { driverId, vehicleId },
    });
  }

  async vehicleTypes(): Promise<VehicleType[]> {
    const { data } = await this.api.get('/api/v1/vehicle-types');
    return data ?? [];
  }
}

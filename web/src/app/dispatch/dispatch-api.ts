import { Injectable, inject } from '@angular/core';
import { Api } from '../core/api/api-client';
import { FleetDriverRecord, NearbyDriver, TrackingException } from '../core/api/api-types';
import { Order } from '../order/order';
import { OrdersApi } from '../order/orders-api';

/** What the dispatch board reads: the fleet's picture, its exceptions and the orders it works on. */
@Injectable({ providedIn: 'root' })
export class DispatchApi {
  private readonly api = inject(Api);
  private readonly ordersApi = inject(OrdersApi);

  /** On-duty drivers with a fresh position around a point (the fleet's first picture). */
  async nearby(lat: number, lng: number, radiusKm = 500): Promise<NearbyDriver[]> {
    const { data } = await this.api.get('/api/v1/drivers/nearby', {
      query: { lat, lng, radiusKm, limit: 200 },
    });
    return data;
  }

  /** One driver of the fleet, named with their truck (a live point from a driver the snapshot did not hold). */
  driver(id: number): Promise<FleetDriverRecord> {
    return this.api.get('/api/v1/drivers/{id}', { path: { id } });
  }

  async exceptions(): Promise<TrackingException[]> {
    const { data } = await this.api.get('/api/v1/dispatch/exceptions', {
      query: { open: true, limit: 100 },
    });
    return data;
  }

  /** The orders this dispatcher sees, plus the open load board around a point. */
  async orders(near?: { lat: number; lng: number }): Promise<Order[]> {
    const own = this.ordersApi.list({ perPage: 100 });
    const board = near
      ? this.ordersApi
          .list({ near: `${near.lat},${near.lng}`, radiusKm: 1000, perPage: 100 })
          .catch(() => ({ data: [] as Order[] }))
      : Promise.resolve({ data: [] as Order[] });
    const [mine, open] = await Promise.all([own, board]);
    const byId = new Map<number, Order>();
    for (const order of [...mine.data, ...open.data]) byId.set(order.id, order);
    return [...byId.values()];
  }
}

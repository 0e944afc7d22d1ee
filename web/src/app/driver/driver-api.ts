import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PositionPoint } from '../core/realtime/realtime-types';
import { Bid, BidInput, DriverMove, Duty, Order, Page, Vehicle } from './driver-types';

/** The REST endpoints the driver app calls. */
@Injectable({ providedIn: 'root' })
export class DriverApi {
  private readonly http = inject(HttpClient);

  setDuty(onDuty: boolean): Promise<Duty> {
    return firstValueFrom(this.http.post<Duty>('/api/v1/drivers/me/duty', { onDuty }));
  }

  /** Posted orders whose pickup is within `radiusKm` of the driver, nearest first. */
  loadBoard(near: { lat: number; lng: number }, radiusKm: number): Promise<Page<Order>> {
    const params = { near: `${near.lat},${near.lng}`, radiusKm, perPage: 50 };
    return firstValueFrom(this.http.get<Page<Order>>('/api/v1/orders', { params }));
  }

  /** Orders assigned to this driver, newest first. */
  myJobs(): Promise<Page<Order>> {
    return firstValueFrom(
      this.http.get<Page<Order>>('/api/v1/orders', { params: { perPage: 50 } }),
    );
  }

  order(id: number): Promise<Order> {
    return firstValueFrom(this.http.get<Order>(`/api/v1/orders/${id}`));
  }

  vehicles(): Promise<Page<Vehicle>> {
    return firstValueFrom(this.http.get<Page<Vehicle>>('/api/v1/vehicles'));
  }

  placeBid(orderId: number, bid: BidInput): Promise<Bid> {
    return firstValueFrom(this.http.post<Bid>(`/api/v1/orders/${orderId}/bids`, bid));
  }

  myBids(orderId: number): Promise<Page<Bid> | Bid[]> {
    return firstValueFrom(this.http.get<Page<Bid> | Bid[]>(`/api/v1/orders/${orderId}/bids`));
  }

  move(orderId: number, status: DriverMove): Promise<Order> {
    return firstValueFrom(this.http.post<Order>(`/api/v1/orders/${orderId}/status`, { status }));
  }

  /** The HTTP twin of the socket's `positions`, used while the socket is down. */
  postPositions(points: PositionPoint[]): Promise<{ ackedSeq: number }> {
    return firstValueFrom(
      this.http.post<{ ackedSeq: number }>('/api/v1/tracking/positions', { points }),
    );
  }
}

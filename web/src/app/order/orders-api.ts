import { Injectable, inject } from '@angular/core';
import { Api, Query } from '../core/api/api-client';
import {
  Bid,
  BidChanges,
  BidInput,
  DispatchSuggestion,
  Dispute,
  DisputeReason,
  Order,
  OrderChanges,
  OrderCrew,
  OrderEvent,
  OrderInput,
  OrderTrack,
  Page,
  ProofOfDelivery,
  Rating,
} from './order';

/**
 * The orders endpoints, for every role, through the typed client (paths and
 * bodies checked against the OpenAPI document). Every call answers with
 * what the server now holds, which the pages show instead of guessing.
 */
@Injectable({ providedIn: 'root' })
export class OrdersApi {
  private readonly api = inject(Api);

  /** The caller's own orders, or the load board around `near` ("lat,lng"). */
  list(query: Query<'/api/v1/orders', 'get'> = {}): Promise<Page<Order>> {
    return this.api.get('/api/v1/orders', { query });
  }

  order(id: number): Promise<Order> {
    return this.api.get('/api/v1/orders/{id}', { path: { id } });
  }

  create(input: OrderInput): Promise<Order> {
    return this.api.post('/api/v1/orders', { body: input });
  }

  /** A PATCH may clear the price or vehicle type with null (the API's validator allows it). */
  update(id: number, changes: OrderChanges): Promise<Order> {
    return this.api.patch('/api/v1/orders/{id}', {
      path: { id },
      body: changes,
    });
  }

  post(id: number): Promise<Order> {
    return this.api.post('/api/v1/orders/{id}/post', { path: { id } });
  }

  cancel(id: number, reason: string): Promise<Order> {
    return this.api.post('/api/v1/orders/{id}/cancel', {
      path: { id },
      body: { reason },
    });
  }

  /** The shipper sees every bid, a carrier its own. */
  async bids(id: number): Promise<Bid[]> {
    const page = await this.api.get('/api/v1/orders/{id}/bids', { path: { id } });
    return page.data;
  }

  placeBid(id: number, bid: BidInput): Promise<Bid> {
    return this.api.post('/api/v1/orders/{id}/bids', { path: { id }, body: bid });
  }

  /** The open bids of the caller's carrier ("My bids"). */
  async myOpenBids(): Promise<Bid[]> {
    const page = await this.api.get('/api/v1/bids', { query: { status: 'open', perPage: 100 } });
    return page.data;
  }

  updateBid(id: number, bidId: number, changes: BidChanges): Promise<Bid> {
    return this.api.patch('/api/v1/orders/{id}/bids/{bidId}', {
      path: { id, bidId },
      body: changes,
    });
  }

  withdrawBid(id: number, bidId: number): Promise<Bid> {
    return this.api.delete('/api/v1/orders/{id}/bids/{bidId}', { path: { id, bidId } });
  }

  acceptBid(id: number, bidId: number): Promise<Order> {
    return this.api.post('/api/v1/orders/{id}/accept-bid', {
      path: { id },
      body: { bidId },
    });
  }

  /** Who is coming: driver (with a phone to call while on the way), truck, carrier. */
  crew(id: number): Promise<OrderCrew> {
    return this.api.get('/api/v1/orders/{id}/crew', { path: { id } });
  }

  async events(id: number): Promise<OrderEvent[]> {
    const page = await this.api.get('/api/v1/orders/{id}/events', { path: { id } });
    return page.data;
  }

  track(id: number): Promise<OrderTrack> {
    return this.api.get('/api/v1/orders/{id}/track', { path: { id } });
  }

  proof(id: number): Promise<ProofOfDelivery> {
    return this.api.get('/api/v1/orders/{id}/proof-of-delivery', {
      path: { id },
    });
  }

  confirmDelivery(id: number): Promise<Order> {
    return this.api.post('/api/v1/orders/{id}/confirm-delivery', {
      path: { id },
    });
  }

  rate(id: number, score: number, comment?: string): Promise<Rating> {
    return this.api.post('/api/v1/orders/{id}/rate', {
      path: { id },
      body: comment ? { score, comment } : { score },
    });
  }

  dispute(
    id: number,
    reason: DisputeReason,
    description: string,
  ): Promise<{ order: Order; dispute: Dispute }> {
    return this.api.post('/api/v1/orders/{id}/dispute', {
      path: { id },
      body: { reason, description },
    });
  }

  /** The nearest suitable trucks for a dispatcher to assign. */
  async suggestions(id: number): Promise<DispatchSuggestion[]> {
    const page = await this.api.get('/api/v1/orders/{id}/suggestions', { path: { id } });
    return page.data;
  }

  /** `priceAmount`: the price agreed with the carrier (minor units), for an order without one. */
  assign(id: number, driverId: number, vehicleId: number, priceAmount?: number): Promise<Order> {
    return this.api.post('/api/v1/orders/{id}/assign', {
      path: { id },
      body: { driverId, vehicleId, ...(priceAmount === undefined ? {} : { priceAmount }) },
    });
  }
}

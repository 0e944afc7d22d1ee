import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { ApiError, toApiError } from '../core/api/api-error';
import { PositionEvent } from '../core/realtime/realtime-types';
import type { LatLngPair } from '../map/layers/order-track-layer';
import { Socket } from '../core/realtime/socket';
import {
  Bid,
  Order,
  OrderEvent,
  OrderTrack,
  ProofOfDelivery,
  isDelivered,
  isOpen,
  isUnderway,
} from './order';
import { OrdersApi } from './orders-api';
import { mergeTimeline } from './timeline';

/** What a page shows of its order besides the order and its timeline. */
export interface Following {
  /** The timeline (`events`). */
  timeline?: boolean;
  /** The bids while the order takes them. */
  bids?: boolean;
  /** The truck, the path driven and the ETA while underway and after. */
  track?: boolean;
  /** The proof of delivery once delivered. */
  proof?: boolean;
}

export interface Truck {
  driverId: number;
  lat: number;
  lng: number;
  heading: number | null;
  recordedAt: string;
}

/** How often the ETA (GET /track) is refreshed while positions keep coming. */
export const TRACK_REFRESH_MS = 15_000;
/** Positions are fanned out before they are stored: the track is asked for a moment later. */
export const TRACK_SETTLE_MS = 1_500;

/**
 * One order, live: what the REST API says of it and what the socket adds,
 * merged in one place (as traccar-web feeds its map from one socket
 * controller into a store). The page provides it, calls `follow(id)` and
 * reads signals; it never talks to the socket itself. An event announced
 * by the server reloads what it changes, and a reconnection catches up on
 * what was said while away, so the page never disagrees with the server.
 */
@Injectable()
export class OrderStore {
  private readonly api = inject(OrdersApi);
  private readonly socket = inject(Socket);

  readonly order = signal<Order | null>(null);
  /** The timeline, oldest first: the REST history and the live `order:event`s, each once. */
  readonly events = signal<OrderEvent[]>([]);
  readonly bids = signal<Bid[]>([]);
  readonly track = signal<OrderTrack | null>(null);
  readonly proof = signal<ProofOfDelivery | null>(null);
  /** The truck's newest point, from the track or the socket, whichever is newer. */
  readonly truck = signal<Truck | null>(null);
  /** Why the order (or its bids) could not be read; cleared by the next good read. */
  readonly error = signal<ApiError | null>(null);
  readonly notFound = computed(() => this.error()?.status === 404);

  /** Points received live, drawn after the fetched track until a newer fetch holds them. */
  private readonly livePoints = signal<{ lat: number; lng: number; at: number }[]>([]);

  /** The path driven: the stored track, then the points received since. */
  readonly travelled = computed<LatLngPair[]>(() => {
    const until = this.trackedUntil(this.track());
    const live = this.livePoints()
      .filter((p) => p.at > until)
      .sort((a, b) => a.at - b.at)
      .map((p) => [p.lat, p.lng] as LatLngPair);
    return [...lineOf(this.track()?.actual), ...live];
  });
  readonly planned = computed<LatLngPair[]>(() => lineOf(this.track()?.planned));

  private id: number | null = null;
  private following: Following = {};
  private stop: (() => void) | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop?.());
  }

  /** Loads the order and keeps it live until another `follow` or the page goes. */
  follow(id: number, following: Following = {}): void {
    this.stop?.();
    this.id = id;
    this.following = following;
    this.order.set(null);
    this.events.set([]);
    this.bids.set([]);
    this.track.set(null);
    this.proof.set(null);
    this.truck.set(null);
    this.livePoints.set([]);
    this.error.set(null);
    void this.refresh();
    void this.socket.watchOrder(id);

    let lastTrackFetch = 0;
    let trackTimer: ReturnType<typeof setTimeout> | undefined;
    const positions = this.socket.positions$.subscribe((p) => {
      if (p.orderId !== id || !following.track) return;
      this.onPosition(p);
      const due = !this.track()?.eta || Date.now() - lastTrackFetch > TRACK_REFRESH_MS;
      if (due && trackTimer === undefined) {
        trackTimer = setTimeout(() => {
          trackTimer = undefined;
          lastTrackFetch = Date.now();
          void this.loadTrack(id);
        }, TRACK_SETTLE_MS);
      }
    });
    const events = this.socket.orderEvents$.subscribe((event) => {
      if (event.orderId !== id) return;
      if (following.timeline) {
        this.events.update((current) => mergeTimeline(current, [event as OrderEvent]));
      }
      void this.onEvent(event as OrderEvent);
    });
    const reconnects = this.socket.connects$.subscribe(() => void this.refresh());
    this.stop = () => {
      clearTimeout(trackTimer);
      positions.unsubscribe();
      events.unsubscribe();
      reconnects.unsubscribe();
      void this.socket.unwatchOrder(id);
      this.stop = null;
    };
  }

  /** Reads the order (and its timeline) again. */
  async refresh(): Promise<void> {
    await Promise.all([this.reload(), this.loadEvents()]);
  }

  /** The order an action answered with (a move, an accepted bid...): shown at once. */
  set(order: Order): void {
    this.order.set(order);
  }

  async loadBids(): Promise<void> {
    const id = this.id;
    if (id === null) return;
    try {
      this.bids.set(await this.api.bids(id));
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  /** The order, then whatever its state shows. */
  private async reload(): Promise<void> {
    const id = this.id;
    if (id === null) return;
    try {
      const order = await this.api.order(id);
      if (id !== this.id) return;
      this.order.set(order);
      this.error.set(null);
      const { bids, track, proof } = this.following;
      await Promise.all([
        bids && isOpen(order.status) ? this.loadBids() : null,
        track && (isUnderway(order.status) || isDelivered(order.status))
          ? this.loadTrack(id)
          : null,
        proof && isDelivered(order.status) ? this.loadProof(id) : null,
      ]);
    } catch (error) {
      if (id === this.id) this.error.set(toApiError(error));
    }
  }

  private async loadEvents(): Promise<void> {
    const id = this.id;
    if (id === null || !this.following.timeline) return;
    try {
      const history = await this.api.events(id);
      if (id === this.id) this.events.update((current) => mergeTimeline(current, history));
    } catch {
      // The order itself shows the error; the timeline stays as it was.
    }
  }

  private async loadTrack(id: number): Promise<void> {
    try {
      const track = await this.api.track(id);
      if (id !== this.id) return;
      this.track.set(track);
      // Live points the track now holds are drawn by it (see `travelled`).
      const until = this.trackedUntil(track);
      this.livePoints.update((points) => points.filter((p) => p.at > until));
      const last = track.lastPosition;
      if (last) this.moveTruck({ ...last, heading: last.heading ?? null });
    } catch {
      // No track yet (no position): the live socket fills it in.
    }
  }

  private async loadProof(id: number): Promise<void> {
    try {
      const proof = await this.api.proof(id);
      if (id === this.id) this.proof.set(proof);
    } catch {
      this.proof.set(null); // none yet (404), or offline
    }
  }

  private onPosition(p: PositionEvent): void {
    this.livePoints.update((points) => [
      ...points,
      { lat: p.lat, lng: p.lng, at: Date.parse(p.recordedAt) },
    ]);
    // A late point draws the trail only: the truck stays where its newest point is.
    if (p.latest !== false) this.moveTruck({ ...p, heading: p.heading ?? null });
  }

  private moveTruck({ driverId, lat, lng, heading, recordedAt }: Truck): void {
    const current = this.truck();
    if (current && Date.parse(current.recordedAt) >= Date.parse(recordedAt)) return;
    this.truck.set({ driverId, lat, lng, heading, recordedAt });
  }

  /** A status change or a new bid announced by the server: read again what it affects. */
  private async onEvent(event: OrderEvent): Promise<void> {
    if (event.type === 'bid_placed' || event.type === 'bid_withdrawn') {
      if (this.following.bids) await this.loadBids();
      // The first bid opens bidding.
      if (this.order()?.status === 'posted') await this.reload();
      return;
    }
    // Arriving at or leaving a stop changes nothing but the timeline.
    if (!/^(arrived|left)_/.test(event.type)) await this.reload();
  }

  private trackedUntil(track: OrderTrack | null): number {
    return track?.lastPosition ? Date.parse(track.lastPosition.recordedAt) : -Infinity;
  }
}

/** A GeoJSON line of the track API as the map layer draws it ([lat, lng]). */
export function lineOf(feature: OrderTrack['actual'] | undefined): LatLngPair[] {
  const coordinates = feature?.geometry?.coordinates ?? [];
  return coordinates.map(([lng, lat]) => [lat, lng] as LatLngPair);
}

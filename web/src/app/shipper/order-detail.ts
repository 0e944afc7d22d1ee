import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { ErrorMessages } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { Socket } from '../core/realtime/socket';
import { PositionEvent } from '../core/realtime/realtime-types';
import { DriversLayer } from '../map/layers/drivers-layer';
import { GeofencesLayer, Geofence } from '../map/layers/geofences-layer';
import { LatLngPair, OrderTrackLayer } from '../map/layers/order-track-layer';
import { StopsLayer } from '../map/layers/stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { BidList } from './bid-list';
import { DeliveryPanel } from './delivery-panel';
import { formatDateTime } from '../core/i18n/format';
import { formatMoney } from '../core/money';
import {
  Bid,
  Order,
  OrderEvent,
  OrderTrack,
  ProofOfDelivery,
  isDelivered,
  isOpen,
  isUnderway,
  phaseOf,
} from '../order/order';
import { OrderStatusBadge } from '../order/order-status';
import { OrdersApi } from '../order/orders-api';
import { OrderTimeline } from './order-timeline';
import { geofenceRadius, insideStops, mergeTimeline } from './timeline';

/** How often the ETA (GET /track) is refreshed while positions keep coming. */
const TRACK_REFRESH_MS = 15_000;
const TRACK_SETTLE_MS = 1_500;

/**
 * One order, whatever its state: its bids to compare and accept while open;
 * the truck live on the map (socket `position`), the path driven and the
 * planned route, the ETA and the timeline (REST history + socket
 * `order:event`) while it moves; the proof of delivery, confirm, dispute and
 * rate at the end. Any change announced by the server reloads the order, so
 * the page never disagrees with it.
 */
@Component({
  selector: 'njia-order-detail',
  imports: [
    RouterLink,
    TranslocoPipe,
    ReactiveFormsModule,
    MapView,
    StopsLayer,
    GeofencesLayer,
    OrderTrackLayer,
    DriversLayer,
    BidList,
    DeliveryPanel,
    OrderTimeline,
    OrderStatusBadge,
  ],
  providers: [LeafletMap],
  templateUrl: './order-detail.html',
  styleUrl: './shipper.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderDetail {
  private readonly api = inject(OrdersApi);
  private readonly router = inject(Router);
  private readonly messages = inject(ErrorMessages);
  protected readonly language = inject(Language);
  protected readonly socket = inject(Socket);
  protected readonly leaflet = inject(LeafletMap);

  readonly id = input.required<string>();
  protected readonly orderId = computed(() => Number(this.id()));

  protected readonly order = signal<Order | null>(null);
  protected readonly notFound = signal(false);
  protected readonly events = signal<OrderEvent[]>([]);
  protected readonly bids = signal<Bid[]>([]);
  protected readonly track = signal<OrderTrack | null>(null);
  protected readonly proof = signal<ProofOfDelivery | null>(null);
  /** Points received live, drawn after the fetched track until a newer fetch holds them. */
  private readonly livePoints = signal<{ lat: number; lng: number; at: number }[]>([]);
  protected readonly truck = signal<{
    lat: number;
    lng: number;
    recordedAt: string;
    heading: number | null;
    driverId: number;
  } | null>(null);
  protected readonly now = signal(Date.now());
  protected readonly error = signal<ApiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly cancelForm = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });

  protected readonly status = computed(() => this.order()?.status ?? null);
  protected readonly isOpen = computed(() => isOpen(this.status()));
  protected readonly isMoving = computed(() => isUnderway(this.status()));
  protected readonly isDone = computed(() => isDelivered(this.status()));
  protected readonly canCancel = computed(() =>
    ['draft', 'open', 'assigned'].includes(phaseOf(this.status()) ?? ''),
  );

  protected readonly travelled = computed<LatLngPair[]>(() => {
    const track = this.track();
    const until = track?.lastPosition ? Date.parse(track.lastPosition.recordedAt) : -Infinity;
    const live = this.livePoints()
      .filter((p) => p.at > until)
      .sort((a, b) => a.at - b.at)
      .map((p) => [p.lat, p.lng] as LatLngPair);
    return [...lineOf(track?.actual), ...live];
  });
  protected readonly planned = computed<LatLngPair[]>(() => lineOf(this.track()?.planned));
  protected readonly truckMarkers = computed(() => {
    const truck = this.truck();
    return truck
      ? [
          {
            id: truck.driverId,
            lat: truck.lat,
            lng: truck.lng,
            heading: truck.heading,
            state: 'busy' as const,
          },
        ]
      : [];
  });
  protected readonly fences = computed<Geofence[]>(() => {
    const order = this.order();
    if (!order || !(this.isMoving() || this.isDone())) return [];
    const events = this.events();
    const radiusM = geofenceRadius(events);
    const inside = insideStops(events);
    return (['pickup', 'dropoff'] as const).map((kind) => ({
      id: kind,
      lat: order[kind].lat,
      lng: order[kind].lng,
      radiusM,
      inside: inside[kind],
    }));
  });

  protected readonly eta = computed(() => {
    const eta = this.track()?.eta;
    if (!eta || !this.isMoving()) return null;
    return {
      stop: eta.nextStop,
      time: formatDateTime(eta.at, this.language.current(), { hour: '2-digit', minute: '2-digit' }),
      km: (eta.remainingM / 1000).toFixed(eta.remainingM < 10_000 ? 1 : 0),
    };
  });

  /** "12 s ago" for the truck's last point, refreshed by the clock below. */
  protected readonly seenAgo = computed(() => {
    const truck = this.truck();
    if (!truck) return null;
    const seconds = Math.max(0, Math.round((this.now() - Date.parse(truck.recordedAt)) / 1000));
    if (seconds < 10) return { key: 'shipper.live.justNow', n: 0 };
    if (seconds < 120) return { key: 'shipper.live.secondsAgo', n: seconds };
    return { key: 'shipper.live.minutesAgo', n: Math.round(seconds / 60) };
  });

  protected readonly errorTexts = computed(() => {
    this.language.current();
    return (this.error()?.formErrors ?? []).map((e) => this.messages.text(e));
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect((onCleanup) => {
      const id = this.orderId();
      // Only the order id drives this effect: the socket's own signals must not restart it.
      const stop = untracked(() => this.follow(id));
      onCleanup(stop);
    });
    const clock = setInterval(() => this.now.set(Date.now()), 5_000);
    destroyRef.onDestroy(() => clearInterval(clock));

    // Frame the stops (and the truck) once the map and the order are there.
    let framed = false;
    effect(() => {
      const map = this.leaflet.map();
      const order = this.order();
      if (!map || !order || framed) return;
      framed = true;
      const truck = untracked(this.truck);
      this.leaflet.fitTo(
        [
          [order.pickup.lat, order.pickup.lng],
          [order.dropoff.lat, order.dropoff.lng],
          ...(truck ? [[truck.lat, truck.lng] as [number, number]] : []),
        ],
        13,
      );
    });
  }

  /** Loads the order and listens to its room; returns what stops listening. */
  private follow(id: number): () => void {
    void this.loadAll(id);
    void this.socket.watchOrder(id);
    let lastTrackFetch = 0;
    let trackTimer: ReturnType<typeof setTimeout> | undefined;
    const positions = this.socket.positions$.subscribe((p) => {
      if (p.orderId !== id) return;
      this.onPosition(p);
      // Positions arrive before they are stored: ask for the track (ETA) a moment later.
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
      this.events.update((current) => mergeTimeline(current, [event as OrderEvent]));
      void this.onEvent(event as OrderEvent);
    });
    // After a reconnection, catch up on what was said while away.
    const reconnects = this.socket.connects$.subscribe(() => {
      void this.loadEvents(id);
      void this.reload(id);
    });
    return () => {
      clearTimeout(trackTimer);
      positions.unsubscribe();
      events.unsubscribe();
      reconnects.unsubscribe();
      void this.socket.unwatchOrder(id);
    };
  }

  private async loadAll(id: number): Promise<void> {
    await Promise.all([this.reload(id), this.loadEvents(id)]);
  }

  /** The order, then whatever its state shows. */
  private async reload(id: number): Promise<void> {
    try {
      const order = await this.api.order(id);
      if (order.status === 'draft') {
        await this.router.navigate(['/orders', id, 'edit'], { replaceUrl: true });
        return;
      }
      this.order.set(order);
      const work: Promise<unknown>[] = [];
      if (isOpen(order.status)) work.push(this.loadBids(id));
      if (isUnderway(order.status) || isDelivered(order.status)) work.push(this.loadTrack(id));
      if (isDelivered(order.status)) work.push(this.loadProof(id));
      await Promise.all(work);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 404) this.notFound.set(true);
      else this.error.set(apiError);
    }
  }

  private async loadEvents(id: number): Promise<void> {
    try {
      const history = await this.api.events(id);
      this.events.update((current) => mergeTimeline(current, history));
    } catch {
      // The order itself shows the error; the timeline stays as it was.
    }
  }

  protected async loadBids(id = this.orderId()): Promise<void> {
    try {
      this.bids.set(await this.api.bids(id));
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  private async loadTrack(id: number): Promise<void> {
    try {
      const track = await this.api.track(id);
      this.track.set(track);
      // Live points the track now holds are drawn by it (see `travelled`).
      const until = track.lastPosition ? Date.parse(track.lastPosition.recordedAt) : -Infinity;
      this.livePoints.update((points) => points.filter((p) => p.at > until));
      const last = track.lastPosition;
      const current = this.truck();
      if (last && (!current || Date.parse(last.recordedAt) > Date.parse(current.recordedAt))) {
        this.truck.set({ ...last, heading: last.heading ?? null });
      }
    } catch {
      // No track yet (no position): the live socket fills it in.
    }
  }

  private async loadProof(id: number): Promise<void> {
    try {
      this.proof.set(await this.api.proof(id));
    } catch {
      this.proof.set(null);
    }
  }

  private onPosition(p: PositionEvent): void {
    this.livePoints.update((points) => [
      ...points,
      { lat: p.lat, lng: p.lng, at: Date.parse(p.recordedAt) },
    ]);
    if (p.latest === false) return; // a late point: trail only
    const current = this.truck();
    if (current && Date.parse(current.recordedAt) > Date.parse(p.recordedAt)) return;
    this.truck.set({
      driverId: p.driverId,
      lat: p.lat,
      lng: p.lng,
      recordedAt: p.recordedAt,
      heading: p.heading ?? null,
    });
  }

  /** A status change (or a new bid) announced by the server: reload what it affects. */
  private async onEvent(event: OrderEvent): Promise<void> {
    const id = this.orderId();
    if (event.type === 'bid_placed' || event.type === 'bid_withdrawn') {
      await this.loadBids(id);
      if (this.status() === 'posted') await this.reload(id);
      return;
    }
    if (!/^(arrived|left)_/.test(event.type)) await this.reload(id);
  }

  protected price(order: Order): string | null {
    return order.priceAmount === null
      ? null
      : formatMoney(order.priceAmount, order.currency, this.language.current());
  }

  protected onAccepted(order: Order): void {
    this.order.set(order);
    void this.reload(order.id);
  }

  protected refresh(): void {
    void this.reload(this.orderId());
    void this.loadEvents(this.orderId());
  }

  protected async cancel(): Promise<void> {
    this.cancelForm.markAllAsTouched();
    if (this.cancelForm.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.order.set(
        await this.api.cancel(this.orderId(), this.cancelForm.getRawValue().reason.trim()),
      );
      this.cancelling.set(false);
      void this.loadEvents(this.orderId());
    } catch (error) {
      this.error.set(toApiError(error));
      void this.reload(this.orderId());
    } finally {
      this.busy.set(false);
    }
  }
}

function lineOf(feature: OrderTrack['actual'] | undefined): LatLngPair[] {
  const coordinates = feature?.geometry?.coordinates ?? [];
  return coordinates.map(([lng, lat]) => [lat, lng] as LatLngPair);
}

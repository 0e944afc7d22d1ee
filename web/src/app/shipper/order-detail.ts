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
import { errorTexts } from '../core/api/error-messages';
import { LocalNumberPipe, formatDateTime, formatKm } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { formatMoney } from '../core/money';
import { Socket } from '../core/realtime/socket';
import { DriversLayer } from '../map/layers/drivers-layer';
import { GeofencesLayer, Geofence } from '../map/layers/geofences-layer';
import { OrderTrackLayer } from '../map/layers/order-track-layer';
import { StopsLayer } from '../map/layers/stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { Order, can, isDelivered, isOpen, isUnderway } from '../order/order';
import { OrderStatusBadge } from '../order/order-status';
import { PriceSplitView } from '../order/price-split';
import { OrderStore } from '../order/order-store';
import { OrdersApi } from '../order/orders-api';
import { geofenceRadius, insideStops } from '../order/timeline';
import { BidList } from './bid-list';
import { CrewCard } from './crew-card';
import { DeliveryPanel } from './delivery-panel';
import { PaymentCard } from './payment-card';
import { OrderTimeline } from './order-timeline';
import { ChatPanel } from '../chat/chat-panel';
import { PushPrompt } from '../account/push-prompt';
import { NearPlace } from '../places/near-place';

/**
 * One order, whatever its state: its bids to compare and accept while open;
 * the truck live on the map, the path driven and the planned route, the ETA
 * and the timeline while it moves; the proof of delivery, confirm, dispute
 * and rate at the end. Everything it shows comes from its OrderStore, which
 * keeps the order live from the REST API and the socket.
 */
@Component({
  selector: 'njia-order-detail',
  imports: [
    LocalNumberPipe,
    NearPlace,
    RouterLink,
    TranslocoPipe,
    ReactiveFormsModule,
    MapView,
    StopsLayer,
    GeofencesLayer,
    OrderTrackLayer,
    DriversLayer,
    BidList,
    CrewCard,
    DeliveryPanel,
    PaymentCard,
    OrderTimeline,
    OrderStatusBadge,
    ChatPanel,
    PushPrompt,
    PriceSplitView,
  ],
  providers: [LeafletMap, OrderStore],
  templateUrl: './order-detail.html',
  styleUrl: './shipper.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderDetail {
  private readonly api = inject(OrdersApi);
  private readonly router = inject(Router);
  protected readonly language = inject(Language);
  protected readonly socket = inject(Socket);
  protected readonly leaflet = inject(LeafletMap);
  protected readonly store = inject(OrderStore);

  readonly id = input.required<string>();
  protected readonly orderId = computed(() => Number(this.id()));

  protected readonly order = this.store.order;
  protected readonly now = signal(Date.now());
  /** Why the cancellation was refused. */
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly cancelForm = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });

  protected readonly status = computed(() => this.order()?.status ?? null);
  protected readonly isOpen = computed(() => isOpen(this.status()));
  protected readonly isMoving = computed(() => isUnderway(this.status()));
  protected readonly isDone = computed(() => isDelivered(this.status()));
  protected readonly canCancel = computed(() => can(this.order(), 'cancel'));

  protected readonly truckMarkers = computed(() => {
    const truck = this.store.truck();
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
    const events = this.store.events();
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
    const eta = this.store.track()?.eta;
    if (!eta || !this.isMoving()) return null;
    return {
      stop: eta.nextStop,
      time: formatDateTime(eta.at, this.language.current(), { hour: '2-digit', minute: '2-digit' }),
      km: formatKm(eta.remainingM, this.language.current()),
    };
  });

  /** "12 s ago" for the truck's last point, refreshed by the clock below. */
  protected readonly seenAgo = computed(() => {
    const truck = this.store.truck();
    if (!truck) return null;
    const seconds = Math.max(0, Math.round((this.now() - Date.parse(truck.recordedAt)) / 1000));
    if (seconds < 10) return { key: 'shipper.live.justNow', n: 0 };
    if (seconds < 120) return { key: 'shipper.live.secondsAgo', n: seconds };
    return { key: 'shipper.live.minutesAgo', n: Math.round(seconds / 60) };
  });

  /** A missing order has its own notice; any other failure is said here. */
  private readonly loadErrors = errorTexts(() =>
    this.store.notFound() ? null : this.store.error(),
  );
  private readonly actionErrors = errorTexts(this.actionError);
  protected readonly errorTexts = computed(() => [
    ...this.loadErrors().form,
    ...this.actionErrors().form,
  ]);

  constructor() {
    effect(() => {
      const id = this.orderId();
      untracked(() =>
        this.store.follow(id, { timeline: true, bids: true, track: true, proof: true }),
      );
    });
    // An order its shipper may still edit (a draft) opens in the editor.
    effect(() => {
      const order = this.order();
      if (order && can(order, 'edit')) {
        void this.router.navigate(['/orders', order.id, 'edit'], { replaceUrl: true });
      }
    });
    const clock = setInterval(() => this.now.set(Date.now()), 5_000);
    inject(DestroyRef).onDestroy(() => clearInterval(clock));

    // Frame the stops (and the truck) once the map and the order are there.
    let framed = false;
    effect(() => {
      const map = this.leaflet.map();
      const order = this.order();
      if (!map || !order || framed) return;
      framed = true;
      const truck = untracked(this.store.truck);
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

  protected price(order: Order): string | null {
    return order.priceAmount === null
      ? null
      : formatMoney(order.priceAmount, order.currency, this.language.current());
  }

  /** A child's action answered with the order: shown at once, then read in full. */
  protected onChanged(order: Order): void {
    this.store.set(order);
    void this.store.refresh();
  }

  protected async cancel(): Promise<void> {
    this.cancelForm.markAllAsTouched();
    if (this.cancelForm.invalid || this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const reason = this.cancelForm.getRawValue().reason.trim();
      this.store.set(await this.api.cancel(this.orderId(), reason));
      this.cancelling.set(false);
      void this.store.refresh();
    } catch (error) {
      this.actionError.set(toApiError(error));
      void this.store.refresh();
    } finally {
      this.busy.set(false);
    }
  }
}

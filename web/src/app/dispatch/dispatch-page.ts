import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Face } from '../core/face/face';
import { interval } from 'rxjs';
import { ApiError, toApiError } from '../core/api/api-error';
import { VehicleType } from '../core/api/api-types';
import { VehicleTypes } from '../core/api/vehicle-types';
import { errorTexts } from '../core/api/error-messages';
import { LocalNumberPipe, formatDateTime, formatKm } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { Socket } from '../core/realtime/socket';
import { DriversLayer } from '../map/layers/drivers-layer';
import { PlacesLayer } from '../map/layers/places-layer';
import { StopPoint, StopsLayer } from '../map/layers/stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { corridorFor } from '../map/places';
import { Bid, DispatchSuggestion, Order, can } from '../order/order';
import { formatMoney, toMinor } from '../core/money';
import { vehicleTypeName } from '../core/i18n/vehicle-type-name';
import { OrderStatusBadge } from '../order/order-status';
import { OrdersApi } from '../order/orders-api';
import { DispatchApi } from './dispatch-api';
import { dispatchTranslations } from './dispatch-i18n';
import {
  FleetFilters,
  NO_FILTERS,
  assignAction,
  boardColumns,
  filterFleet,
  toMarker,
} from './fleet';
import { FleetStore } from './fleet-store';
import { HomeCountry } from '../core/country';
import { VehicleTypeNamePipe } from '../core/i18n/vehicle-type-name';

/**
 * The dispatcher's big screen: the fleet live on one map with filters, the
 * order board by state, (re)assignment from the nearest suitable trucks, and
 * the exceptions that need a call to the driver.
 */
@Component({
  selector: 'njia-dispatch-page',
  imports: [
    LocalNumberPipe,
    VehicleTypeNamePipe,
    FormsModule,
    TranslocoPipe,
    MapView,
    DriversLayer,
    PlacesLayer,
    StopsLayer,
    OrderStatusBadge,
    Face,
  ],
  providers: [LeafletMap, FleetStore, dispatchTranslations],
  templateUrl: './dispatch-page.html',
  styleUrl: './dispatch-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DispatchPage {
  protected readonly leaflet = inject(LeafletMap);
  protected readonly socket = inject(Socket);
  private readonly api = inject(DispatchApi);
  protected readonly fleet = inject(FleetStore);
  private readonly ordersApi = inject(OrdersApi);
  private readonly vehicleTypesApi = inject(VehicleTypes);
  private readonly language = inject(Language);
  private readonly homeCountry = inject(HomeCountry);

  protected readonly focus = computed(() => corridorFor(this.homeCountry.code()));
  protected readonly center = computed<[number, number]>(() => {
    const { lat, lng } = this.focus().places[0];
    return [lat, lng];
  });

  /** Re-evaluated every few seconds so a silent truck turns grey. */
  private readonly clock = signal(Date.now());
  protected readonly filters = signal<FleetFilters>(NO_FILTERS);
  protected readonly vehicleTypes = signal<VehicleType[]>([]);
  protected readonly shownDrivers = computed(() =>
    filterFleet(this.fleet.drivers().values(), this.filters(), this.clock()),
  );
  protected readonly markers = computed(() =>
    this.shownDrivers().map((d) => toMarker(d, this.clock())),
  );
  protected readonly fleetSize = computed(() => this.fleet.drivers().size);

  protected readonly orders = signal<Order[]>([]);
  protected readonly columns = computed(() => boardColumns(this.orders()));
  protected readonly loadError = signal(false);

  protected readonly selectedOrder = signal<Order | null>(null);
  protected readonly suggestions = signal<DispatchSuggestion[] | null>(null);
  /** The order's open bids: a dispatcher sees them before assigning over them. */
  protected readonly bids = signal<Bid[]>([]);
  /** The truck chosen, waiting for the dispatcher's confirmation (and a price when the order has none). */
  protected readonly pending = signal<DispatchSuggestion | null>(null);
  protected readonly agreedPrice = signal<number | null>(null);
  protected readonly selectedDriverId = signal<number | null>(null);
  protected readonly busy = signal(false);
  protected readonly assignError = signal<ApiError | null>(null);
  protected readonly assignErrors = errorTexts(this.assignError);
  protected readonly done = signal<{ order: string; name: string } | null>(null);
  protected readonly assignAction = assignAction;
  /** The order being assigned: its pickup and drop-off on the map, beside the trucks. */
  protected readonly stops = computed(() => {
    const order = this.selectedOrder();
    const point = (stop: { lat?: number; lng?: number } | undefined): StopPoint | null =>
      stop?.lat !== undefined && stop.lng !== undefined ? { lat: stop.lat, lng: stop.lng } : null;
    return { pickup: point(order?.pickup), dropoff: point(order?.dropoff) };
  });
  private readonly assignTitle = viewChild<ElementRef<HTMLElement>>('assignTitle');

  constructor() {
    interval(15_000)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.clock.set(Date.now()));
    // The board has no room of its own: refresh it now and then.
    interval(30_000)
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.loadOrders());
    // Once the first snapshot is in, the map frames the trucks.
    let framed = false;
    effect(() => {
      if (framed || !this.leaflet.map() || !this.fleet.loaded()) return;
      framed = true;
      const points = untracked(() => this.shownDrivers()).map(
        (d) => [d.lat, d.lng] as [number, number],
      );
      // After the places layer has framed the corridor: the trucks matter more.
      if (points.length) setTimeout(() => this.leaflet.fitTo(points, 11));
    });
    void this.load();
  }

  protected setFilter<K extends keyof FleetFilters>(key: K, value: FleetFilters[K]): void {
    this.filters.update((f) => ({ ...f, [key]: value }));
  }

  protected async load(): Promise<void> {
    const [lat, lng] = this.center();
    const types = this.vehicleTypesApi.list().then((t) => this.vehicleTypes.set(t));
    const results = await Promise.allSettled([
      this.fleet.load({ lat, lng }),
      types,
      this.loadOrders(),
    ]);
    this.loadError.set(results.some((r) => r.status === 'rejected'));
  }

  protected async loadOrders(): Promise<void> {
    const [lat, lng] = this.center();
    this.orders.set(await this.api.orders({ lat, lng }));
  }

  protected async openAssign(order: Order): Promise<void> {
    this.selectedOrder.set(order);
    this.suggestions.set(null);
    this.assignError.set(null);
    this.done.set(null);
    // Keyboard and screen-reader users land on the panel that just opened.
    setTimeout(() => this.assignTitle()?.nativeElement.focus());
    this.bids.set([]);
    this.pending.set(null);
    this.agreedPrice.set(null);
    if (can(order, 'acceptBid')) {
      this.ordersApi.bids(order.id).then(
        (bids) => this.bids.set(bids.filter((bid) => bid.status === 'open')),
        () => this.bids.set([]),
      );
    }
    try {
      this.suggestions.set(await this.ordersApi.suggestions(order.id));
    } catch (error) {
      this.suggestions.set([]);
      this.assignError.set(toApiError(error));
    }
  }

  protected closeAssign(): void {
    this.selectedOrder.set(null);
    this.suggestions.set(null);
    this.selectedDriverId.set(null);
    this.pending.set(null);
    this.bids.set([]);
  }

  /** A direct assignment is asked once more, with the price it is made at. */
  protected ask(suggestion: DispatchSuggestion): void {
    this.assignError.set(null);
    this.pending.set(suggestion);
  }

  /** What the pending assignment is made at: the order's price, else the one typed (minor units). */
  protected readonly price = computed(() => {
    const order = this.selectedOrder();
    if (!order) return null;
    if (order.priceAmount !== null) return order.priceAmount;
    const typed = this.agreedPrice();
    return typed && typed > 0 ? toMinor(typed, order.currency) : null;
  });

  protected money(minor: number | null, order: Order): string {
    return minor === null ? '' : formatMoney(minor, order.currency, this.language.current());
  }

  protected async assign(): Promise<void> {
    const order = this.selectedOrder();
    const suggestion = this.pending();
    const driverId = suggestion?.driver?.id;
    const vehicleId = suggestion?.vehicle?.id;
    const price = this.price();
    if (driverId === undefined || vehicleId === undefined || price === null || !order) return;
    const agreed = order.priceAmount === null ? price : undefined;
    await this.putOn(suggestion?.driver?.name ?? suggestion?.driver?.phone ?? '', (id) =>
      this.ordersApi.assign(id, driverId, vehicleId, agreed),
    );
  }

  /** Takes an open bid: the carrier's price, truck and driver. */
  protected async acceptBid(bid: Bid): Promise<void> {
    await this.putOn(bid.carrier?.name ?? '', (id) => this.ordersApi.acceptBid(id, bid.id));
  }

  /** Gives the selected order to `name` by `action`; the board shows what the server answers. */
  private async putOn(name: string, action: (orderId: number) => Promise<Order>): Promise<void> {
    const order = this.selectedOrder();
    if (!order?.id || this.busy()) return;
    this.busy.set(true);
    this.assignError.set(null);
    try {
      const updated = await action(order.id);
      this.orders.update((list) => list.map((o) => (o.id === updated.id ? updated : o)));
      this.done.set({ order: order.name, name });
      this.closeAssign();
    } catch (error) {
      this.assignError.set(toApiError(error));
      // The server may know better (someone else assigned it): show its state.
      void this.loadOrders();
    } finally {
      this.busy.set(false);
    }
  }

  /** A vehicle type in words, in the reader's language ("Flatbed 10 t"), from its code. */
  protected typeName(code: string | undefined): string {
    const type = this.vehicleTypes().find((t) => t.code === code);
    return type ? vehicleTypeName(type, this.language.current()) : (code ?? '');
  }

  /** A driver as people call them: the name the server gave, else the fleet's; never an id. */
  protected driverName(driverId: number, known: string | null): string | null {
    return known ?? this.fleet.drivers().get(driverId)?.name ?? null;
  }

  /** The load an exception is about, by name, when it is on the board. */
  protected orderNameOf(orderId: number): string | null {
    return this.orders().find((o) => o.id === orderId)?.name ?? null;
  }

  protected km(metres: number | undefined): string {
    return formatKm(metres, this.language.current());
  }

  protected time(iso: string | undefined): string {
    return formatDateTime(iso, this.language.current(), { hour: '2-digit', minute: '2-digit' });
  }

  protected selectDriver(id: string | number): void {
    this.selectedDriverId.set(typeof id === 'number' ? id : Number(id));
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  effect,
  inject,
  input,
  numberAttribute,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { Api } from '../core/api/api-client';
import { RouteRun } from '../core/api/api-types';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { Socket } from '../core/realtime/socket';
import { DriversLayer } from '../map/layers/drivers-layer';
import { RouteStopsLayer } from '../map/layers/route-stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';

/**
 * A milk route on the map for its cooperative's manager and clerks: the
 * stops in order and the truck live, from the route's socket room
 * (`route:<id>`, which the server checks at join and before each point).
 * The stops are also listed, for who cannot use the map.
 */
@Component({
  selector: 'njia-route-map-page',
  imports: [TranslocoPipe, RouterLink, MapView, RouteStopsLayer, DriversLayer],
  providers: [LeafletMap],
  templateUrl: './route-map-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RouteMapPage implements OnInit {
  private readonly api = inject(Api);
  private readonly socket = inject(Socket);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly leaflet = inject(LeafletMap);

  readonly id = input.required({ transform: numberAttribute });

  protected readonly run = signal<RouteRun | null>(null);
  protected readonly loadError = signal(false);
  /** The server took us out of the room: no longer the route's driver or the cooperative's staff. */
  protected readonly lost = signal(false);
  protected readonly connected = this.socket.connected;
  /**
   * The newest position heard of each driver: the room sends the truck's last
   * known one as soon as we join, which may come before the route itself.
   */
  private readonly heard = signal<
    ReadonlyMap<number, { lat: number; lng: number; heading: number | null; at: string }>
  >(new Map());
  private readonly truckAt = computed(() => {
    const driverId = this.run()?.route.driverId;
    return driverId ? (this.heard().get(driverId) ?? null) : null;
  });

  protected readonly stops = computed(() =>
    (this.run()?.stops ?? []).map((s) => ({
      position: s.position,
      name: s.name,
      lat: s.location.lat,
      lng: s.location.lng,
    })),
  );
  protected readonly truck = computed(() => {
    const at = this.truckAt();
    return at
      ? [{ id: 'truck', lat: at.lat, lng: at.lng, heading: at.heading, state: 'busy' as const }]
      : [];
  });
  protected readonly lastSeen = computed(() => {
    const at = this.truckAt()?.at;
    if (!at) return null;
    // The last known position may be from another day: then the day is said too.
    const today = new Date(at).toDateString() === new Date().toDateString();
    return formatDateTime(
      at,
      this.language.current(),
      today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
  });

  constructor() {
    effect(() => {
      const points = this.stops().map((s) => [s.lat, s.lng] as [number, number]);
      if (this.leaflet.map()) this.leaflet.fitTo(points, 14);
    });
    this.socket.positions$
      .pipe(
        filter((p) => p.latest),
        takeUntilDestroyed(),
      )
      .subscribe((p) =>
        this.heard.update((heard) =>
          new Map(heard).set(p.driverId, {
            lat: p.lat,
            lng: p.lng,
            heading: p.heading,
            at: p.recordedAt,
          }),
        ),
      );
    this.socket.unwatched$
      .pipe(
        filter((room) => room === `route:${this.id()}`),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.lost.set(true));
  }

  ngOnInit(): void {
    const id = this.id();
    void this.load(id);
    void this.socket.watchRoute(id).then((ack) => {
      if (!ack.ok && ack.error?.code === 'E_NOT_FOUND') this.lost.set(true);
    });
    this.destroyRef.onDestroy(() => void this.socket.unwatchRoute(id));
  }

  private async load(id: number): Promise<void> {
    try {
      this.run.set(await this.api.get('/api/v1/collection-routes/{id}/today', { path: { id } }));
    } catch {
      this.loadError.set(true);
    }
  }
}

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
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { formatDateTime } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { CollectionQueue } from './collection-queue';
import { CollectionForm, Measured } from './collection-form';
import { QueueStatus } from './queue-status';
import { RouteRun } from '../core/api/api-types';
import { phoneToday } from './route-run';
import { GEOLOCATION } from '../driver/gps/gps-streamer';
import { DriversLayer } from '../map/layers/drivers-layer';
import { RouteStopsLayer } from '../map/layers/route-stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';

/**
 * A route's driver (or a clerk riding with the truck) runs today's route
 * stop by stop: at each stop, the farmers who bring milk there, recorded
 * with the same form and offline queue as /collect. The route itself is
 * kept on the phone by the last-data cache, so a run starts and goes on
 * without network; each collection carries the route and the stop.
 */
@Component({
  selector: 'njia-route-run-page',
  imports: [
    TranslocoPipe,
    RouterLink,
    CollectionForm,
    QueueStatus,
    MapView,
    RouteStopsLayer,
    DriversLayer,
  ],
  providers: [LeafletMap],
  templateUrl: './route-run-page.html',
  styleUrl: './route-run-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RouteRunPage implements OnInit {
  private readonly api = inject(Api);
  private readonly queue = inject(CollectionQueue);
  private readonly language = inject(Language);
  private readonly geolocation = inject(GEOLOCATION);
  protected readonly leaflet = inject(LeafletMap);
  /** Where this phone is (its own GPS: no network needed), drawn among the stops. */
  protected readonly here = signal<{ lat: number; lng: number; heading: number | null } | null>(
    null,
  );
  protected readonly ownMarker = computed(() => {
    const here = this.here();
    return here ? [{ id: 'me', ...here, state: 'available' as const }] : [];
  });

  /** The route id, from the URL. */
  readonly id = input.required({ transform: numberAttribute });

  protected readonly run = signal<RouteRun | null>(null);
  protected readonly loadError = signal(false);
  protected readonly stopIndex = signal(0);
  protected readonly stop = computed(() => this.run()?.stops[this.stopIndex()] ?? null);
  protected readonly stopPoints = computed(() =>
    (this.run()?.stops ?? []).map((s) => ({
      position: s.position,
      name: s.name,
      lat: s.location.lat,
      lng: s.location.lng,
    })),
  );
  /** Set when the phone shows a route kept from another day (no network to refresh it). */
  protected readonly savedOn = computed(() => {
    const day = this.run()?.day;
    return day && day !== phoneToday()
      ? formatDateTime(day, this.language.current(), { dateStyle: 'medium' })
      : null;
  });
  protected readonly shift = computed(() => {
    const shifts = this.run()?.shifts ?? [];
    return shifts.length === 1 ? shifts[0] : null;
  });

  constructor() {
    const watch = this.geolocation?.watchPosition(
      (p) =>
        this.here.set({
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          heading: p.coords.heading ?? null,
        }),
      () => undefined, // Refused or no fix: the page says the position is not known.
      { enableHighAccuracy: true, maximumAge: 30_000 },
    );
    inject(DestroyRef).onDestroy(() => {
      if (watch !== undefined) this.geolocation?.clearWatch(watch);
    });
    // The stop being worked at, on the map of the whole route.
    effect(() => {
      const here = this.stop();
      if (here && this.leaflet.map()) {
        this.leaflet.fitTo([[here.location.lat, here.location.lng]], 14);
      }
    });
  }

  ngOnInit(): void {
    void this.queue.load().then(() => this.queue.sync());
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.run.set(
        await this.api.get('/api/v1/collection-routes/{id}/today', { path: { id: this.id() } }),
      );
    } catch {
      this.loadError.set(true);
    }
  }

  protected choose(index: number): void {
    this.stopIndex.set(index);
  }

  protected async save({ farmer, body }: Measured): Promise<void> {
    const run = this.run();
    const stop = this.stop();
    if (!run || !stop) return;
    await this.queue.add({ ...body, routeId: run.route.id, stopId: stop.id }, farmer.name);
  }
}

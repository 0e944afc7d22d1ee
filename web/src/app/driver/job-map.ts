import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DriversLayer } from '../map/layers/drivers-layer';
import { LatLngPair, OrderTrackLayer } from '../map/layers/order-track-layer';
import { StopsLayer } from '../map/layers/stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { Order } from '../order/order';
import { Fix } from './gps/gps-streamer';

/**
 * The job on a small map: pickup and drop-off named by their address, the
 * straight line between them, and the truck where the phone is now with
 * the road driven since the screen opened. The app's own map and layers.
 */
@Component({
  selector: 'njia-job-map',
  imports: [TranslocoPipe, MapView, StopsLayer, OrderTrackLayer, DriversLayer],
  providers: [LeafletMap],
  template: `
    <njia-map-view
      class="map-view--inset"
      data-testid="job-map"
      [center]="[order().pickup.lat, order().pickup.lng]"
      [zoom]="9"
      [label]="'driver.job.mapLabel' | transloco"
    />
    @if (leaflet.map()) {
      <njia-order-track-layer [travelled]="trail()" [planned]="route()" />
      <njia-stops-layer
        [pickup]="order().pickup"
        [dropoff]="order().dropoff"
        [labels]="{ pickup: order().pickup.address, dropoff: order().dropoff.address }"
        [showLabels]="true"
      />
      <njia-drivers-layer [drivers]="truck()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobMap {
  protected readonly leaflet = inject(LeafletMap);
  readonly order = input.required<Order>();
  readonly fix = input<Fix | null>(null);

  protected readonly route = computed<[number, number][]>(() => {
    const { pickup, dropoff } = this.order();
    return [
      [pickup.lat, pickup.lng],
      [dropoff.lat, dropoff.lng],
    ];
  });
  protected readonly trail = signal<LatLngPair[]>([]);
  protected readonly truck = computed(() => {
    const fix = this.fix();
    return fix ? [{ id: 'me', lat: fix.lat, lng: fix.lng, state: 'busy' as const }] : [];
  });

  constructor() {
    effect(() => {
      const fix = this.fix();
      if (fix) this.trail.update((trail) => [...trail, [fix.lat, fix.lng]]);
    });
    effect(() => {
      if (this.leaflet.map()) this.leaflet.fitTo(this.route(), 13);
    });
  }
}

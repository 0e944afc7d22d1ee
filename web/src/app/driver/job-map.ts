import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  ViewEncapsulation,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import * as L from 'leaflet';
import { LeafletMap } from '../map/leaflet-map';
import { attachDriverMap, positionMarker } from './driver-map';
import { Order } from '../order/order';
import { Fix } from './gps/gps-streamer';

/** The job on a small map: pickup, drop-off and where the phone is now. */
@Component({
  selector: 'njia-job-map',
  imports: [TranslocoPipe],
  providers: [LeafletMap],
  template: `<div
    #map
    class="driver-map"
    data-testid="job-map"
    role="region"
    [attr.aria-label]="'driver.job.mapLabel' | transloco"
  ></div>`,
  styleUrl: './driver-map.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobMap {
  private readonly leaflet = inject(LeafletMap);
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  readonly order = input.required<Order>();
  readonly fix = input<Fix | null>(null);

  constructor() {
    attachDriverMap(
      () => this.container().nativeElement,
      () => ({ center: [this.order().pickup.lat, this.order().pickup.lng], zoom: 9 }),
    );
    let removeStops: (() => void) | null = null;
    effect(() => {
      const map = this.leaflet.map();
      const order = this.order();
      removeStops?.();
      removeStops = null;
      if (!map) return;
      removeStops = this.leaflet.add(stopsLayer(order));
      this.leaflet.fitTo(
        [
          [order.pickup.lat, order.pickup.lng],
          [order.dropoff.lat, order.dropoff.lng],
        ],
        13,
      );
    });
    let me: L.CircleMarker | null = null;
    let trail: L.Polyline | null = null;
    effect(() => {
      const map = this.leaflet.map();
      const fix = this.fix();
      if (!map || !fix) return;
      // The road travelled since the screen opened, under the current position.
      if (!trail) {
        trail = L.polyline([], { color: '#b45309', weight: 4, opacity: 0.8, interactive: false });
        this.leaflet.add(trail);
      }
      trail.addLatLng([fix.lat, fix.lng]);
      if (!me) {
        me = positionMarker(fix.lat, fix.lng);
        this.leaflet.add(me);
      } else me.setLatLng([fix.lat, fix.lng]);
    });
  }
}

function stopsLayer(order: Order): L.LayerGroup {
  const group = L.layerGroup();
  const stop = (place: Order['pickup'], kind: 'pickup' | 'dropoff') =>
    L.marker([place.lat, place.lng], {
      title: place.address,
      alt: place.address,
      icon: L.divIcon({
        className: `njia-marker njia-marker--stop ${kind}`,
        html: '<span aria-hidden="true"></span>',
        iconSize: [18, 18],
      }),
    })
      .bindTooltip(place.address, { permanent: true, direction: 'right' })
      .addTo(group);
  stop(order.pickup, 'pickup');
  stop(order.dropoff, 'dropoff');
  L.polyline(
    [
      [order.pickup.lat, order.pickup.lng],
      [order.dropoff.lat, order.dropoff.lng],
    ],
    { color: '#0f766e', weight: 3, dashArray: '6 6', interactive: false },
  ).addTo(group);
  return group;
}

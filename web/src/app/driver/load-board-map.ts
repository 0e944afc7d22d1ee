import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
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

/**
 * The load board on a map: one marker per pickup (its popup links to the
 * bid form) and the driver's own position. Draws through its own LeafletMap.
 */
@Component({
  selector: 'njia-load-board-map',
  imports: [TranslocoPipe],
  providers: [LeafletMap],
  template: `
    @if (leaflet.tilesUnavailable()) {
      <p class="driver-map-notice" role="status">
        {{ 'driver.board.tilesUnavailable' | transloco }}
      </p>
    }
    <div
      #map
      class="driver-map"
      data-testid="load-board-map"
      role="region"
      [attr.aria-label]="'driver.board.mapLabel' | transloco"
    ></div>
  `,
  styleUrl: './driver-map.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadBoardMap {
  protected readonly leaflet = inject(LeafletMap);
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  readonly orders = input.required<Order[]>();
  readonly here = input<{ lat: number; lng: number } | null>(null);

  constructor() {
    let remove: (() => void) | null = null;
    // Registered first so the board's layer goes before the map is detached.
    inject(DestroyRef).onDestroy(() => remove?.());
    attachDriverMap(
      () => this.container().nativeElement,
      () => {
        const here = this.here() ?? this.orders()[0]?.pickup ?? { lat: -1.29, lng: 36.82 };
        return { center: [here.lat, here.lng], zoom: 8 };
      },
    );
    effect(() => {
      const map = this.leaflet.map();
      const orders = this.orders();
      const here = this.here();
      remove?.();
      remove = map ? this.leaflet.add(boardLayer(orders, here)) : null;
      if (map) {
        const points: L.LatLngTuple[] = orders.map((o) => [o.pickup.lat, o.pickup.lng]);
        if (here) points.push([here.lat, here.lng]);
        this.leaflet.fitTo(points, 13);
      }
    });
  }
}

function boardLayer(orders: Order[], here: { lat: number; lng: number } | null): L.LayerGroup {
  const group = L.layerGroup();
  for (const order of orders) {
    const popup = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = `${order.pickup.address} → ${order.dropoff.address}`;
    const link = document.createElement('a');
    link.href = `/driver/orders/${order.id}/bid`;
    link.textContent = `${order.cargo.kind}, ${order.cargo.weightKg} kg`;
    popup.append(title, document.createElement('br'), link);
    L.marker([order.pickup.lat, order.pickup.lng], {
      title: order.pickup.address,
      alt: order.pickup.address,
      keyboard: true,
      icon: L.divIcon({
        className: 'njia-marker njia-marker--load',
        html: '<span aria-hidden="true"></span>',
        iconSize: [16, 16],
      }),
    })
      .bindPopup(popup)
      .addTo(group);
  }
  if (here) positionMarker(here.lat, here.lng).addTo(group);
  return group;
}

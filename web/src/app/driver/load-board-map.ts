import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DriversLayer } from '../map/layers/drivers-layer';
import { Pin, PinsLayer } from '../map/layers/pins-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { Order, can } from '../order/order';
import { HomeCountry } from '../core/country';
import { capitalOf } from '../map/places';

type Point = { lat: number; lng: number };

/**
 * The load board on a map: one pin per pickup (its popup links to the bid
 * form while the driver may bid) and the driver where the phone is. The app's own map and layers.
 */
@Component({
  selector: 'njia-load-board-map',
  imports: [TranslocoPipe, MapView, PinsLayer, DriversLayer],
  providers: [LeafletMap],
  template: `
    <njia-map-view
      class="map-view--inset"
      data-testid="load-board-map"
      [center]="center()"
      [zoom]="8"
      [label]="'driver.board.mapLabel' | transloco"
    />
    @if (leaflet.map()) {
      <njia-pins-layer [pins]="pins()" />
      <njia-drivers-layer [drivers]="me()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadBoardMap {
  protected readonly leaflet = inject(LeafletMap);
  private readonly homeCountry = inject(HomeCountry);
  readonly orders = input.required<Order[]>();
  readonly here = input<Point | null>(null);

  protected readonly center = computed<[number, number]>(() => {
    const here = this.here() ?? this.orders()[0]?.pickup ?? capitalOf(this.homeCountry.code());
    return [here.lat, here.lng];
  });
  protected readonly pins = computed<Pin[]>(() =>
    this.orders().map((order) => ({
      id: order.id,
      lat: order.pickup.lat,
      lng: order.pickup.lng,
      name: order.pickup.address,
      title: `${order.pickup.address} → ${order.dropoff.address}`,
      link: {
        text: `${order.cargo.kind}, ${order.cargo.weightKg} kg`,
        href: can(order, 'bid') ? `/driver/orders/${order.id}/bid` : null,
      },
    })),
  );
  protected readonly me = computed(() => {
    const here = this.here();
    return here ? [{ id: 'me', lat: here.lat, lng: here.lng, state: 'available' as const }] : [];
  });

  constructor() {
    effect(() => {
      if (!this.leaflet.map()) return;
      const points: [number, number][] = this.pins().map((p) => [p.lat, p.lng]);
      const here = this.here();
      if (here) points.push([here.lat, here.lng]);
      this.leaflet.fitTo(points, 13);
    });
  }
}

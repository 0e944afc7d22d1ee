import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
} from '@angular/core';
import * as L from 'leaflet';
import { LeafletMap } from '../leaflet-map';

export type LatLngPair = readonly [number, number];

/**
 * An order's journey: the planned route (dashed) under the path driven so far
 * (solid). Points are [lat, lng]; the polylines are updated in place, so a
 * new point per second costs nothing.
 */
@Component({
  selector: 'njia-order-track-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderTrackLayer {
  private readonly leaflet = inject(LeafletMap);
  readonly travelled = input<readonly LatLngPair[]>([]);
  readonly planned = input<readonly LatLngPair[]>([]);

  private readonly plannedLine = L.polyline([], {
    color: '#57534e',
    weight: 4,
    opacity: 0.7,
    dashArray: '8 8',
    interactive: false,
    className: 'njia-track-planned',
  });
  private readonly travelledLine = L.polyline([], {
    color: '#0f766e',
    weight: 5,
    opacity: 0.9,
    interactive: false,
    className: 'njia-track-travelled',
  });

  constructor() {
    let removers: (() => void)[] = [];
    effect(() => {
      const map = this.leaflet.map();
      removers.forEach((remove) => remove());
      removers = map
        ? [this.leaflet.add(this.plannedLine), this.leaflet.add(this.travelledLine)]
        : [];
    });
    effect(() => this.plannedLine.setLatLngs(this.planned().map(([lat, lng]) => [lat, lng])));
    effect(() => this.travelledLine.setLatLngs(this.travelled().map(([lat, lng]) => [lat, lng])));
    inject(DestroyRef).onDestroy(() => removers.forEach((remove) => remove()));
  }
}

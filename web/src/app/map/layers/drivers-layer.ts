import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { LeafletMap } from '../leaflet-map';
import { DriverCanvas, DriverId, DriverMarker } from './driver-canvas';

export type { DriverId, DriverMarker, DriverState } from './driver-canvas';

/**
 * Drivers on the page's map, drawn on one canvas so 2,000 moving trucks stay
 * smooth; each marker glides from its last point to the new one.
 *
 * Give the whole set through `drivers` (diffed by id: new ones appear, known
 * ones glide, missing ones go), or stream single positions with `upsert()`
 * (e.g. from the socket's `position` events) and leave `drivers` unset.
 */
@Component({
  selector: 'njia-drivers-layer',
  template: '',
  host: { '[attr.data-count]': 'drivers()?.length ?? null' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DriversLayer {
  private readonly leaflet = inject(LeafletMap);
  readonly drivers = input<readonly DriverMarker[] | undefined>(undefined);
  readonly selectedId = input<DriverId | null>(null);
  /** A driver was clicked or tapped on the map. */
  readonly driverClick = output<DriverId>();
  /** The Leaflet layer itself (for tests and benchmarks). */
  readonly canvas = new DriverCanvas();

  constructor() {
    this.canvas.onClick((id) => this.driverClick.emit(id));
    let remove: (() => void) | null = null;
    effect(() => {
      const map = this.leaflet.map();
      remove?.();
      remove = map ? this.leaflet.add(this.canvas) : null;
    });
    effect(() => {
      const drivers = this.drivers();
      if (drivers) this.canvas.setDrivers(drivers);
    });
    effect(() => this.canvas.setSelected(this.selectedId()));
    inject(DestroyRef).onDestroy(() => remove?.());
  }

  /** Adds or moves drivers without touching the others. */
  upsert(markers: readonly DriverMarker[]): void {
    this.canvas.upsert(markers);
  }

  remove(id: DriverId): void {
    this.canvas.removeDriver(id);
  }
}

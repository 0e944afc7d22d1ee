import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import * as L from 'leaflet';
import { textLabel } from '../text-label';
import { LeafletMap } from '../leaflet-map';

export type StopKind = 'pickup' | 'dropoff';
export interface StopPoint {
  lat: number;
  lng: number;
}
export interface StopMoved extends StopPoint {
  kind: StopKind;
}

/**
 * Pickup (A) and drop-off (B) markers. When `editable`, both can be dragged,
 * and a click on the map places the stop named by `placing`.
 */
@Component({
  selector: 'njia-stops-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StopsLayer {
  private readonly leaflet = inject(LeafletMap);
  readonly pickup = input<StopPoint | null>(null);
  readonly dropoff = input<StopPoint | null>(null);
  readonly editable = input(false);
  /** Which stop a click on the map places (editable only). */
  readonly placing = input<StopKind | null>(null);
  /** Accessible names of the markers, in the page's language. */
  readonly labels = input<Record<StopKind, string>>({ pickup: 'Pickup', dropoff: 'Drop-off' });
  /** Also write each label beside its marker (the driver's map names the addresses). */
  readonly showLabels = input(false);
  readonly moved = output<StopMoved>();

  private readonly markers = signal<Record<StopKind, L.Marker> | null>(null);

  constructor() {
    effect((onCleanup) => {
      const map = this.leaflet.map();
      if (!map) return;
      const markers = untracked(() => ({
        pickup: this.marker('pickup'),
        dropoff: this.marker('dropoff'),
      }));
      this.markers.set(markers);
      const click = (event: L.LeafletMouseEvent) => {
        const kind = this.placing();
        if (!this.editable() || !kind) return;
        this.moved.emit({ kind, lat: round(event.latlng.lat), lng: round(event.latlng.lng) });
      };
      map.on('click', click);
      onCleanup(() => {
        map.off('click', click);
        markers.pickup.remove();
        markers.dropoff.remove();
        this.markers.set(null);
      });
    });
    for (const kind of ['pickup', 'dropoff'] as const) {
      effect(() => {
        const marker = this.markers()?.[kind];
        const point = kind === 'pickup' ? this.pickup() : this.dropoff();
        if (!marker) return;
        if (point) {
          marker.setLatLng([point.lat, point.lng]);
          if (!marker.getElement()) this.leaflet.add(marker);
        } else {
          marker.remove();
        }
      });
    }
    // Labels follow their input (the driver's map names the addresses of the order shown now).
    effect(() => {
      const labels = this.labels();
      const show = this.showLabels();
      for (const [kind, marker] of Object.entries(this.markers() ?? {}) as [StopKind, L.Marker][]) {
        marker.options.title = labels[kind];
        marker.getElement()?.setAttribute('title', labels[kind]);
        marker.unbindTooltip();
        if (show)
          marker.bindTooltip(textLabel(labels[kind]), { permanent: true, direction: 'right' });
      }
    });
    effect(() => {
      const editable = this.editable();
      for (const marker of Object.values(this.markers() ?? {})) {
        if (!marker.dragging) continue;
        if (editable) marker.dragging.enable();
        else marker.dragging.disable();
      }
    });
    inject(DestroyRef).onDestroy(() => {
      this.markers()?.pickup.remove();
      this.markers()?.dropoff.remove();
    });
  }

  private marker(kind: StopKind): L.Marker {
    const label = this.labels()[kind];
    const marker = L.marker([0, 0], {
      draggable: this.editable(),
      autoPan: true,
      keyboard: true,
      title: label,
      alt: label,
      icon: L.divIcon({
        className: `njia-stop njia-stop--${kind}`,
        html: `<span aria-hidden="true">${kind === 'pickup' ? 'A' : 'B'}</span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 14],
      }),
    });
    marker.on('dragend', () => {
      const at = marker.getLatLng();
      this.moved.emit({ kind, lat: round(at.lat), lng: round(at.lng) });
    });
    return marker;
  }
}

/** Six decimals is about 10 cm: more only makes the numbers unreadable. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

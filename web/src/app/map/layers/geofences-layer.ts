import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import * as L from 'leaflet';
import { textLabel } from '../text-label';
import { LeafletMap } from '../leaflet-map';

export interface Geofence {
  id: string;
  lat: number;
  lng: number;
  radiusM: number;
  /** Tooltip text. */
  label?: string;
  /** inside: the truck is in it now (drawn filled). */
  inside?: boolean;
}

/** Geofences as circles in metres (they keep their real size at every zoom). */
@Component({
  selector: 'njia-geofences-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GeofencesLayer {
  private readonly leaflet = inject(LeafletMap);
  readonly fences = input<readonly Geofence[]>([]);

  constructor() {
    this.leaflet.draw(() =>
      L.layerGroup(
        this.fences().map((fence) => {
          const circle = L.circle([fence.lat, fence.lng], {
            radius: fence.radiusM,
            color: fence.inside ? '#b45309' : '#0f766e',
            weight: 2,
            fillOpacity: fence.inside ? 0.25 : 0.08,
            className: `njia-geofence${fence.inside ? ' njia-geofence--inside' : ''}`,
          });
          return fence.label ? circle.bindTooltip(textLabel(fence.label)) : circle;
        }),
      ),
    );
  }
}

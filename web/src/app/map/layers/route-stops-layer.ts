import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import * as L from 'leaflet';
import { LeafletMap } from '../leaflet-map';
import { textLabel } from '../text-label';

export interface RouteStopPoint {
  position: number;
  name: string;
  lat: number;
  lng: number;
}

/**
 * A route's stops in order: numbered markers drawn with CSS (no image to
 * load, so they show on the plain sheet when tiles cannot load), named
 * beside each, and the line the truck follows between them.
 */
@Component({
  selector: 'njia-route-stops-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RouteStopsLayer {
  private readonly leaflet = inject(LeafletMap);
  readonly stops = input.required<readonly RouteStopPoint[]>();

  constructor() {
    this.leaflet.draw(() => {
      const stops = this.stops();
      const group = L.layerGroup();
      L.polyline(
        stops.map((s) => [s.lat, s.lng] as L.LatLngTuple),
        { color: '#0b6e4f', weight: 3, dashArray: '6 6', interactive: false },
      ).addTo(group);
      for (const stop of stops) {
        L.marker([stop.lat, stop.lng], {
          icon: L.divIcon({
            className: 'njia-route-stop',
            html: textLabel(String(stop.position), 'strong'),
            iconSize: [28, 28],
          }),
          title: `${stop.position}. ${stop.name}`,
          alt: `${stop.position}. ${stop.name}`,
          keyboard: false,
        })
          .bindTooltip(textLabel(stop.name), {
            permanent: true,
            direction: 'right',
            offset: [14, 0],
            className: 'njia-place-label',
          })
          .addTo(group);
      }
      return group;
    });
  }
}

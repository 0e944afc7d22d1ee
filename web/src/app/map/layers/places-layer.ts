import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import * as L from 'leaflet';
import { LeafletMap } from '../leaflet-map';
import { CORRIDORS, Corridor, Place } from '../places';
import { textLabel } from '../text-label';

/**
 * Capitals and freight corridors, with their names always visible: the map is
 * readable even when no tile loads. Draws through the page's LeafletMap.
 */
@Component({
  selector: 'njia-places-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacesLayer {
  private readonly leaflet = inject(LeafletMap);
  /** The corridor to frame and highlight (the user's country). */
  readonly focus = input.required<Corridor>();

  constructor() {
    // Named here once: the background drawn when tiles fail leaves them to this layer.
    this.leaflet.namesReferenceTowns();
    this.leaflet.draw(() => {
      const focus = this.focus();
      this.leaflet.fitTo(focus.places.map((p) => [p.lat, p.lng]));
      return placesLayer(focus);
    });
  }
}

function placesLayer(focus: Corridor): L.LayerGroup {
  const group = L.layerGroup();
  for (const corridor of CORRIDORS) {
    const highlighted = corridor.id === focus.id;
    L.polyline(
      corridor.places.map((p) => [p.lat, p.lng] as L.LatLngTuple),
      {
        color: highlighted ? '#0f766e' : '#78716c',
        weight: highlighted ? 4 : 2,
        dashArray: highlighted ? undefined : '6 6',
        interactive: false,
      },
    ).addTo(group);
    for (const place of corridor.places) placeMarker(place).addTo(group);
  }
  return group;
}

function placeMarker(place: Place): L.Marker {
  const kind = place.capital ? 'capital' : 'city';
  return L.marker([place.lat, place.lng], {
    title: place.name,
    alt: place.name,
    keyboard: true,
    icon: L.divIcon({
      className: `njia-marker njia-marker--${kind}`,
      html: '<span aria-hidden="true"></span>',
      iconSize: place.capital ? [18, 18] : [12, 12],
    }),
  }).bindTooltip(textLabel(place.name), {
    permanent: true,
    direction: 'right',
    className: 'njia-place-label',
  });
}

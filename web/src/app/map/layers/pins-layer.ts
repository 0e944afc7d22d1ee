import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import * as L from 'leaflet';
import { textLabel } from '../text-label';
import { LeafletMap } from '../leaflet-map';

/** A place to pick on the map: named for screen readers, its popup says what it is and links on. */
export interface Pin {
  id: number;
  lat: number;
  lng: number;
  /** The marker's accessible name (a pickup's address). */
  name: string;
  title: string;
  /** What the pin is, linking on when there is somewhere to go (null: plain text). */
  link: { text: string; href: string | null };
}

/**
 * Pins a user picks from (the driver's load board): markers reachable by
 * keyboard, each opening a popup with its title and a link. Draws through
 * the page's LeafletMap; the whole set is redrawn when it changes.
 */
@Component({
  selector: 'njia-pins-layer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PinsLayer {
  private readonly leaflet = inject(LeafletMap);
  readonly pins = input<readonly Pin[]>([]);

  constructor() {
    this.leaflet.draw(() => pinsLayer(this.pins()));
  }
}

function pinsLayer(pins: readonly Pin[]): L.LayerGroup {
  const group = L.layerGroup();
  for (const pin of pins) {
    const popup = document.createElement('div');
    const link = document.createElement(pin.link.href ? 'a' : 'span');
    if (pin.link.href) link.setAttribute('href', pin.link.href);
    link.append(textLabel(pin.link.text));
    popup.append(textLabel(pin.title, 'strong'), document.createElement('br'), link);
    L.marker([pin.lat, pin.lng], {
      title: pin.name,
      alt: pin.name,
      keyboard: true,
      icon: L.divIcon({
        className: 'njia-marker njia-marker--pin',
        html: '<span aria-hidden="true"></span>',
        iconSize: [16, 16],
      }),
    })
      .bindPopup(popup)
      .addTo(group);
  }
  return group;
}

import * as L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { CORRIDORS } from './places';
import { textLabel } from './text-label';

/**
 * What the map shows when its tiles cannot load: Natural Earth's countries
 * at 1:50m (coasts and borders, public domain, from `world-atlas`) on a sea
 * colour, and the reference towns. This module is imported only then, so
 * its ~230 kB (gzipped) are never part of the app's first load.
 */
export function basemapLayer(pane: string): L.LayerGroup {
  const world = countries as unknown as Topology<{ countries: GeometryCollection }>;
  return L.geoJSON(feature(world, world.objects.countries), {
    pane,
    interactive: false,
    style: { color: '#a8a29e', weight: 1, fillColor: '#f5f2ea', fillOpacity: 1 },
  });
}

/**
 * The reference towns on the background, for a map where no layer names
 * them already (the editor's); `/map`'s places layer names them itself.
 */
export function basemapTowns(pane: string): L.LayerGroup {
  const group = L.layerGroup();
  for (const place of CORRIDORS.flatMap((c) => c.places)) {
    L.circleMarker([place.lat, place.lng], {
      pane,
      radius: 3,
      color: '#57534e',
      fillOpacity: 1,
      interactive: false,
    })
      .bindTooltip(textLabel(place.name), {
        permanent: true,
        direction: 'right',
        className: 'njia-place-label',
      })
      .addTo(group);
  }
  return group;
}

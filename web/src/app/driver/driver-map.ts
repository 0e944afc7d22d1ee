import { DestroyRef, afterNextRender, inject } from '@angular/core';
import * as L from 'leaflet';
import { Settings } from '../core/config/settings';
import { LeafletMap, MapOptions } from '../map/leaflet-map';

/**
 * What the driver's maps (job, load board) share. Call from the component's
 * constructor, which provides its own LeafletMap: once rendered, attaches it
 * to `container` with the server's tile URL and the view `start()` gives
 * then; on destroy, detaches it.
 */
export function attachDriverMap(
  container: () => HTMLElement,
  start: () => Omit<MapOptions, 'tileUrl'>,
): void {
  const leaflet = inject(LeafletMap);
  const settings = inject(Settings);
  let destroyed = false;
  afterNextRender(async () => {
    const { tileUrl } = await settings.load();
    if (destroyed) return;
    leaflet.attach(container(), { tileUrl, ...start() });
  });
  inject(DestroyRef).onDestroy(() => {
    destroyed = true;
    leaflet.detach();
  });
}

/** The driver's own position: an amber dot with a white ring. */
export function positionMarker(lat: number, lng: number): L.CircleMarker {
  return L.circleMarker([lat, lng], {
    radius: 8,
    color: '#fff',
    weight: 3,
    fillColor: '#b45309',
    fillOpacity: 1,
  });
}

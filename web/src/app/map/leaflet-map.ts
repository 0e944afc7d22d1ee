import { DestroyRef, Injectable, effect, inject, signal } from '@angular/core';
import * as L from 'leaflet';

export interface MapOptions {
  tileUrl: string;
  center: L.LatLngExpression;
  zoom: number;
}

/**
 * The one owner of a Leaflet map. A page provides it, attaches it to an
 * element, and its layer components add and remove what they draw through it.
 */
@Injectable()
export class LeafletMap {
  readonly map = signal<L.Map | null>(null);
  /** True when tiles fail and none has loaded: the page says so, the map stays clean. */
  readonly tilesUnavailable = signal(false);

  attach(element: HTMLElement, options: MapOptions): L.Map {
    this.detach();
    const map = L.map(element, { center: options.center, zoom: options.zoom, zoomControl: true });
    let loaded = 0;
    L.tileLayer(options.tileUrl, {
      maxZoom: 18,
      attribution: '&copy; OpenStreetMap contributors',
      crossOrigin: true,
    })
      .on('tileload', () => {
        loaded++;
        this.tilesUnavailable.set(false);
      })
      .on('tileerror', (event: L.TileErrorEvent) => {
        // A failed tile would show the browser's broken-image icon: hide it instead.
        event.tile.style.visibility = 'hidden';
        if (loaded === 0) {
          this.tilesUnavailable.set(true);
          void this.showBasemap(map);
        }
      })
      .addTo(map);
    this.map.set(map);
    return map;
  }

  private basemapShown = false;
  /** A layer of the page names the reference towns: the background must not name them again. */
  private townsNamedByPage = false;
  private basemapTowns: L.Layer | null = null;

  /** Called by a layer that draws the reference towns with their names (`/map`'s places). */
  namesReferenceTowns(): void {
    this.townsNamedByPage = true;
    this.basemapTowns?.remove();
    this.basemapTowns = null;
  }

  /** Coasts, borders and towns drawn in place of the tiles (loaded only when tiles fail). */
  private async showBasemap(map: L.Map): Promise<void> {
    if (this.basemapShown) return;
    this.basemapShown = true;
    try {
      const { basemapLayer, basemapTowns } = await import('./basemap');
      if (this.map() !== map) return;
      map.createPane('basemap').style.zIndex = '150';
      map.getContainer().classList.add('map-view--basemap');
      basemapLayer('basemap').addTo(map);
      if (!this.townsNamedByPage) this.basemapTowns = basemapTowns('basemap').addTo(map);
    } catch {
      // Without it the map stays the plain sheet it was: nothing on it is lost.
    }
  }

  /** Adds a layer to the map and returns a function that removes it. */
  add(layer: L.Layer): () => void {
    const map = this.map();
    if (!map) throw new Error('LeafletMap.add called before attach');
    layer.addTo(map);
    return () => layer.remove();
  }

  /**
   * Keeps what `draw` returns on the map: drawn again whenever a signal it
   * reads changes, removed when the calling component goes. For a layer
   * component's constructor.
   */
  draw(draw: () => L.Layer | null): void {
    let remove: (() => void) | null = null;
    effect(() => {
      remove?.();
      remove = null;
      const layer = this.map() ? draw() : null;
      if (layer) remove = this.add(layer);
    });
    inject(DestroyRef).onDestroy(() => remove?.());
  }

  fitTo(points: L.LatLngExpression[], maxZoom = 8): void {
    const map = this.map();
    if (map && points.length) map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom });
  }

  detach(): void {
    this.map()?.remove();
    this.map.set(null);
    this.basemapShown = false;
    this.basemapTowns = null;
    this.tilesUnavailable.set(false);
  }
}

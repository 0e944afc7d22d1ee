import { Injectable, inject } from '@angular/core';
import { Api } from '../core/api/api-client';
import { components } from '../core/api/openapi';

export type Place = components['schemas']['Place'];
export type NearestPlace = components['schemas']['NearestPlace'];

/**
 * The gazetteer: places by name for the address fields, and the nearest
 * place to a position, so pages say "near Limuru" instead of numbers.
 * Nearest answers are kept per ~100 m square (a moving truck asks again
 * only when it has moved), and the same question in flight is asked once.
 */
@Injectable({ providedIn: 'root' })
export class PlacesApi {
  private readonly api = inject(Api);
  private readonly nearestCache = new Map<string, Promise<NearestPlace>>();

  async search(q: string): Promise<Place[]> {
    const page = await this.api.get('/api/v1/places', { query: { q } });
    return page.data ?? [];
  }

  nearest(lat: number, lng: number, address?: string): Promise<NearestPlace> {
    const key = `${lat.toFixed(3)},${lng.toFixed(3)},${address ?? ''}`;
    let pending = this.nearestCache.get(key);
    if (!pending) {
      pending = this.api.get('/api/v1/places/nearest', {
        query: { lat, lng, ...(address ? { address } : {}) },
      });
      pending.catch(() => this.nearestCache.delete(key));
      if (this.nearestCache.size > 200) this.nearestCache.clear();
      this.nearestCache.set(key, pending);
    }
    return pending;
  }
}

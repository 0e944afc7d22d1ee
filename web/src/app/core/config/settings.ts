import { Injectable, inject, signal } from '@angular/core';
import { Api } from '../api/api-client';
import { RuntimeSettings } from '../api/api-types';
import { localeValues } from '../api/openapi-enums';

/** Used until the server answers, or when it can't be reached at all. */
export const FALLBACK_SETTINGS: RuntimeSettings = {
  tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
  defaultCountry: 'KE',
  locales: [...localeValues],
};

/** Public runtime settings from `GET /api/v1/config`, fetched once. */
@Injectable({ providedIn: 'root' })
export class Settings {
  private readonly api = inject(Api);
  private pending: Promise<RuntimeSettings> | null = null;
  readonly current = signal<RuntimeSettings | null>(null);

  load(): Promise<RuntimeSettings> {
    this.pending ??= this.api
      .get('/api/v1/config')
      .catch(() => {
        this.pending = null; // try again next time
        return FALLBACK_SETTINGS;
      })
      .then((settings) => {
        this.current.set(settings);
        return settings;
      });
    return this.pending;
  }
}

import { Injectable, inject, signal } from '@angular/core';
import { Api } from '../api/api-client';
import { RuntimeSettings } from '../api/api-types';
import { localeValues } from '../api/openapi-enums';
import { bootData } from '../boot/boot-data';

/** Used until the server answers, or when it can't be reached at all. */
export const FALLBACK_SETTINGS: RuntimeSettings = {
  tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
  defaultCountry: 'KE',
  locales: [...localeValues],
  paymentSimulators: [],
};

/**
 * Public runtime settings: those the server wrote into the page (core/boot),
 * else `GET /api/v1/config`, fetched once (the service worker keeps its last
 * answer for when the network is slow or gone).
 */
@Injectable({ providedIn: 'root' })
export class Settings {
  private readonly api = inject(Api);
  private readonly fromPage = bootData()?.config ?? null;
  private pending: Promise<RuntimeSettings> | null = this.fromPage
    ? Promise.resolve(this.fromPage)
    : null;
  readonly current = signal<RuntimeSettings | null>(this.fromPage);
  /** True when the server could not be asked (no answer, or an error): the fallback is in use. */
  readonly unreachable = signal(false);

  load(): Promise<RuntimeSettings> {
    this.pending ??= this.api
      .get('/api/v1/config')
      .then((settings) => {
        this.unreachable.set(false);
        this.current.set(settings);
        return settings;
      })
      .catch(() => {
        this.pending = null; // try again next time
        this.unreachable.set(true);
        return FALLBACK_SETTINGS;
      });
    return this.pending;
  }
}

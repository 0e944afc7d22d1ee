import type { components } from '../core/api/openapi';

/** `GET /api/v1/collection-routes/{id}/today`: the stops in order, their farmers, the thresholds. */
export type RouteRun = components['schemas']['RouteRun'];
export type RunStop = RouteRun['stops'][number];

/** The phone's own date (a Kenyan phone keeps the cooperative's day), as the API writes it. */
export function phoneToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

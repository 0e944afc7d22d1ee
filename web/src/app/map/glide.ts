/**
 * Marker gliding: each marker moves from where it is drawn now to its newest
 * point over a short time instead of jumping. Pure (no DOM, no Leaflet), so
 * it is cheap for thousands of markers and easy to test with a fake clock.
 */
export interface Point {
  lat: number;
  lng: number;
}

interface Track {
  from: Point;
  to: Point;
  start: number;
  duration: number;
  /** When the previous target arrived: the glide lasts about one report interval. */
  lastUpdate: number;
}

export const MIN_GLIDE_MS = 250;
export const MAX_GLIDE_MS = 2000;
/** Further than this (degrees, about 55 km) is a teleport, not a drive: no glide. */
const JUMP_DEGREES = 0.5;

export class Glide<K = string | number> {
  private readonly tracks = new Map<K, Track>();

  /** Moves `id` towards `to` from wherever it is drawn at `now`. Returns false for a new marker. */
  setTarget(id: K, to: Point, now: number): boolean {
    const track = this.tracks.get(id);
    if (!track) {
      this.tracks.set(id, { from: to, to, start: now, duration: 0, lastUpdate: now });
      return false;
    }
    const from = this.positionAt(id, now)!;
    const far =
      Math.abs(from.lat - to.lat) > JUMP_DEGREES || Math.abs(from.lng - to.lng) > JUMP_DEGREES;
    const interval = now - track.lastUpdate;
    track.from = from;
    track.to = { lat: to.lat, lng: to.lng };
    track.start = now;
    track.duration = far ? 0 : Math.min(MAX_GLIDE_MS, Math.max(MIN_GLIDE_MS, interval));
    track.lastUpdate = now;
    return true;
  }

  /** Where `id` is drawn at `now` (linear between its last drawn point and its target). */
  positionAt(id: K, now: number): Point | null {
    const track = this.tracks.get(id);
    if (!track) return null;
    const t =
      track.duration <= 0 ? 1 : Math.min(1, Math.max(0, (now - track.start) / track.duration));
    if (t >= 1) return track.to;
    return {
      lat: track.from.lat + (track.to.lat - track.from.lat) * t,
      lng: track.from.lng + (track.to.lng - track.from.lng) * t,
    };
  }

  /** The newest point reported for `id` (where it will stop). */
  targetOf(id: K): Point | null {
    return this.tracks.get(id)?.to ?? null;
  }

  /** True while some marker is still on its way: keep animating. */
  moving(now: number): boolean {
    for (const track of this.tracks.values()) {
      if (track.duration > 0 && now < track.start + track.duration) return true;
    }
    return false;
  }

  has(id: K): boolean {
    return this.tracks.has(id);
  }

  delete(id: K): void {
    this.tracks.delete(id);
  }

  ids(): IterableIterator<K> {
    return this.tracks.keys();
  }

  get size(): number {
    return this.tracks.size;
  }
}

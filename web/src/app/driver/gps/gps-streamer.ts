import { HttpErrorResponse } from '@angular/common/http';
import {
  DestroyRef,
  Injectable,
  InjectionToken,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Session } from '../../core/auth/session';
import { Connectivity } from '../../core/network/connectivity';
import { PositionPoint, PositionsAck } from '../../core/realtime/realtime-types';
import { Socket } from '../../core/realtime/socket';
import { DriverApi } from '../driver-api';
import { DriverStorage } from '../offline-db';
import { NewPoint, PositionQueue } from './position-queue';

/** The browser's geolocation; a test provides a fake. */
export const GEOLOCATION = new InjectionToken<Geolocation | null>('GEOLOCATION', {
  providedIn: 'root',
  factory: () => globalThis.navigator?.geolocation ?? null,
});

export const BATCH_SIZE = 100;
/** Points recorded within this window go in one batch. */
export const BATCH_DELAY_MS = 2_000;
/** How often unacknowledged points are tried again while any wait. */
export const RETRY_MS = 5_000;

/** Refusals that will never succeed: drop the point (or batch) rather than resend it forever. */
const PERMANENT = new Set([
  'E_VALIDATION',
  'E_FUTURE_TIMESTAMP',
  'E_TOO_OLD',
  'E_NOT_A_DRIVER',
  'E_ORDER_NOT_HELD',
  'E_AUTHORIZATION_FAILURE',
]);

type Outcome = { kind: 'acked' } | { kind: 'retry' } | { kind: 'drop'; seqs: number[] };

export interface Fix {
  lat: number;
  lng: number;
  accuracy: number | null;
  recordedAt: string;
}

/**
 * The GPS pipeline of the driver's phone: `watchPosition` -> IndexedDB ->
 * batches over the socket (`positions`, with `seq`), or over HTTP while the
 * socket is down. A point is deleted only once the server acknowledged it
 * (after commit), so a lost connection, a closed tab or a crash loses
 * nothing: what waits is sent again on reconnection and at the next start.
 */
@Injectable({ providedIn: 'root' })
export class GpsStreamer {
  private readonly geolocation = inject(GEOLOCATION);
  private readonly socket = inject(Socket);
  private readonly connectivity = inject(Connectivity);
  private readonly api = inject(DriverApi);
  private readonly storage = inject(DriverStorage);
  private readonly session = inject(Session);

  readonly tracking = signal(false);
  /** Points recorded but not yet acknowledged. */
  readonly queueSize = signal(0);
  readonly lastFix = signal<Fix | null>(null);
  readonly locationError = signal<'denied' | 'unavailable' | null>(null);
  /** Points the server refused for good (bad clock, too old...). */
  readonly dropped = signal(0);
  /** How the last acknowledged batch travelled. */
  readonly lastSentVia = signal<'socket' | 'http' | null>(null);

  private watchId: number | null = null;
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  private followUp: Promise<void> | null = null;
  private queues = new WeakMap<object, PositionQueue>();

  constructor() {
    this.socket.connects$.pipe(takeUntilDestroyed()).subscribe(() => void this.flush());
    effect(() => {
      if (this.connectivity.online()) untracked(() => void this.flush());
    });
    effect(() => {
      const user = this.session.user();
      untracked(() => {
        if (!user) this.stop();
        void this.refreshCount().then(() => this.flush());
      });
    });
    const retry = setInterval(() => {
      if (this.queueSize() > 0) void this.flush();
    }, RETRY_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(retry);
      this.stop();
    });
  }

  /** Starts recording points (on duty or on a job); idempotent. */
  start(): void {
    if (this.watchId !== null || !this.geolocation) {
      if (!this.geolocation) this.locationError.set('unavailable');
      return;
    }
    this.locationError.set(null);
    this.watchId = this.geolocation.watchPosition(
      (position) => void this.record(position),
      (error) => this.locationError.set(error.code === 1 ? 'denied' : 'unavailable'),
      // No timeout: a parked truck gets no new fix, which is not an error.
      { enableHighAccuracy: true, maximumAge: 0 },
    );
    this.tracking.set(true);
  }

  /** Stops recording; what is queued is still sent. */
  stop(): void {
    if (this.watchId !== null) this.geolocation?.clearWatch(this.watchId);
    this.watchId = null;
    this.tracking.set(false);
  }

  /** Stores one fix and schedules its batch. */
  async record(position: GeolocationPosition): Promise<void> {
    const queue = await this.queue();
    if (!queue) return;
    const point = toPoint(position);
    this.locationError.set(null);
    await queue.add(point);
    this.queueSize.update((n) => n + 1);
    this.lastFix.set({
      lat: point.lat,
      lng: point.lng,
      accuracy: point.accuracy ?? null,
      recordedAt: point.recordedAt,
    });
    if (this.queueSize() >= BATCH_SIZE) void this.flush();
    else this.batchTimer ??= setTimeout(() => void this.flush(), BATCH_DELAY_MS);
  }

  /**
   * Sends every waiting point, oldest first, one batch at a time. A call made
   * while a drain runs resolves after a fresh drain that starts once it ends:
   * the running one may have read the queue before the caller's points.
   */
  flush(): Promise<void> {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    if (this.flushing) {
      this.followUp ??= this.flushing.then(() => {
        this.followUp = null;
        return this.flush();
      });
      return this.followUp;
    }
    this.flushing = this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async drain(): Promise<void> {
    const queue = await this.queue();
    if (!queue) return;
    try {
      for (;;) {
        const batch = await queue.oldest(BATCH_SIZE);
        if (!batch.length) break;
        const outcome = await this.send(batch);
        if (outcome.kind === 'retry') break;
        if (outcome.kind === 'acked') await queue.remove(batch.map((p) => p.seq));
        else {
          await queue.remove(outcome.seqs);
          this.dropped.update((n) => n + outcome.seqs.length);
        }
      }
    } finally {
      this.queueSize.set(await queue.count());
    }
  }

  private async send(batch: PositionPoint[]): Promise<Outcome> {
    if (this.socket.connected()) {
      const ack = await this.socket.emitWithAck<PositionsAck>('positions', batch);
      if (ack.ok) {
        this.lastSentVia.set('socket');
        return { kind: 'acked' };
      }
      if (PERMANENT.has(ack.error.code)) return refused(batch, ack.error.field);
      // Not an answer about the points (offline, timeout, store unavailable): try HTTP.
    }
    if (!this.connectivity.online()) return { kind: 'retry' };
    try {
      await this.api.postPositions(batch);
      this.lastSentVia.set('http');
      return { kind: 'acked' };
    } catch (error) {
      if (!(error instanceof HttpErrorResponse)) return { kind: 'retry' };
      const wire = (error.error as { errors?: { code: string; field?: string }[] } | null)
        ?.errors?.[0];
      if (wire && PERMANENT.has(wire.code)) return refused(batch, wire.field);
      return { kind: 'retry' };
    }
  }

  private async refreshCount(): Promise<void> {
    const queue = await this.queue();
    this.queueSize.set(queue ? await queue.count() : 0);
  }

  private async queue(): Promise<PositionQueue | null> {
    const db = await this.storage.db();
    if (!db) return null;
    let queue = this.queues.get(db);
    if (!queue) this.queues.set(db, (queue = new PositionQueue(db)));
    return queue;
  }
}

/**
 * A refused batch names the bad point (`points.3.recordedAt`): drop that one
 * and send the rest again; with no point named, the whole batch goes.
 */
function refused(batch: PositionPoint[], field: string | undefined): Outcome {
  const index = Number(/^points\.(\d+)/.exec(field ?? '')?.[1] ?? NaN);
  const bad = Number.isInteger(index) && batch[index] ? [batch[index]] : batch;
  return { kind: 'drop', seqs: bad.map((p) => p.seq) };
}

function toPoint(position: GeolocationPosition): NewPoint {
  const c = position.coords;
  // What the phone does not know is left out.
  const known = (value: number | null) =>
    value === null || Number.isNaN(value) ? undefined : value;
  return {
    lat: c.latitude,
    lng: c.longitude,
    recordedAt: new Date(position.timestamp).toISOString(),
    accuracy: known(c.accuracy),
    speed: known(c.speed),
    heading: known(c.heading),
    altitude: known(c.altitude),
  };
}

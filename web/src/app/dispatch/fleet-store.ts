import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { auditTime, tap } from 'rxjs';
import { TrackingException } from '../core/api/api-types';
import type { PositionEvent } from '../core/realtime/realtime-types';
import { Socket } from '../core/realtime/socket';
import { DispatchApi } from './dispatch-api';
import { FleetDriver, applyPositions, fromNearby } from './fleet';

/** How often live positions are applied to the map (the markers glide in between). */
export const POSITION_FLUSH_MS = 250;
/** A truck first seen live is named by reading the fleet again, at most this often. */
export const NAMES_REFRESH_MS = 10_000;

/**
 * The fleet a dispatcher watches, live: the trucks around a point and the
 * open exceptions as the REST API reads them, and the socket's positions
 * and exceptions, merged in one place. A truck's newest point wins, however
 * it came; after a reconnection both are read again, so nothing said while
 * away is missed. The page provides it and reads its signals.
 */
@Injectable()
export class FleetStore {
  private readonly api = inject(DispatchApi);
  private readonly socket = inject(Socket);

  readonly drivers = signal<ReadonlyMap<number, FleetDriver>>(new Map());
  /** Set once the first snapshot is in. */
  readonly loaded = signal(false);
  /** Open exceptions, newest first. */
  readonly exceptions = signal<TrackingException[]>([]);
  private around: { lat: number; lng: number } | null = null;

  constructor() {
    void this.socket.watchFleet();
    // 2,000 trucks send 2,000 points a second: apply them a few times a second, not one by one.
    let pending: PositionEvent[] = [];
    this.socket.positions$
      .pipe(
        tap((p) => pending.push(p)),
        auditTime(POSITION_FLUSH_MS),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        const known = this.drivers();
        const stranger = pending.some((p) => !known.has(p.driverId));
        const next = applyPositions(known, pending);
        pending = [];
        if (next) this.drivers.set(next);
        if (stranger) this.learnNames();
      });
    this.socket.exceptions$.pipe(takeUntilDestroyed()).subscribe((e) => {
      const exception: TrackingException = e;
      const others = this.exceptions().filter((x) => x.id !== exception.id);
      this.exceptions.set(exception.resolvedAt ? others : [exception, ...others]);
    });
    this.socket.connects$.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.around) this.load(this.around).catch(() => undefined);
    });
    inject(DestroyRef).onDestroy(() => void this.socket.unwatchFleet());
  }

  /** Reads the trucks around a point and the open exceptions; rejects when one cannot be read. */
  async load(around: { lat: number; lng: number }): Promise<void> {
    this.around = around;
    const fleet = this.api.nearby(around.lat, around.lng).then((drivers) => {
      const next = new Map(this.drivers());
      for (const driver of drivers.map(fromNearby)) {
        // A live point that arrived meanwhile is newer than the snapshot; its name, plate and type are not.
        const live = next.get(driver.id);
        next.set(
          driver.id,
          live && live.seenAt > driver.seenAt
            ? { ...live, name: driver.name, plate: driver.plate, vehicleType: driver.vehicleType }
            : driver,
        );
      }
      this.drivers.set(next);
      this.loaded.set(true);
    });
    const exceptions = this.api.exceptions().then((list) => this.exceptions.set(list));
    await Promise.all([fleet, exceptions]);
  }

  private namesDue = 0;

  /**
   * A position carries only a driver's id: a truck that comes on duty after
   * the first picture is named (and its plate and type known) by reading the
   * fleet again, so no one reads an id on the map.
   */
  private learnNames(): void {
    const now = Date.now();
    if (!this.around || now < this.namesDue) return;
    this.namesDue = now + NAMES_REFRESH_MS;
    this.load(this.around).catch(() => (this.namesDue = 0));
  }
}

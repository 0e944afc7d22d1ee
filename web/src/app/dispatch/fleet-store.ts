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
        const points = pending;
        pending = [];
        const next = applyPositions(known, points);
        if (!next) return;
        this.drivers.set(next);
        // Unnamed after the snapshot: look the driver up (once each; learnName keeps count).
        for (const p of points) if (next.get(p.driverId)?.name === null) this.learnName(p.driverId);
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

  /** Drivers whose name was asked for: each is asked once, however many points they send. */
  private readonly asked = new Set<number>();

  /**
   * A position carries only a driver's id: a truck the first picture did not
   * hold (further than its radius, past its 200 trucks, or on duty since) is
   * named, with its plate and type, by looking that one driver up. A driver
   * not in this fleet (404) is not asked again; a failed read is, at their
   * next point.
   */
  private learnName(driverId: number): void {
    if (this.asked.has(driverId)) return;
    this.asked.add(driverId);
    this.api.driver(driverId).then(
      (found) => {
        const current = this.drivers().get(driverId);
        if (!current) return;
        const next = new Map(this.drivers());
        next.set(driverId, {
          ...current,
          name: found.name,
          plate: found.vehicle?.plate ?? null,
          vehicleType: found.vehicle?.type ?? null,
        });
        this.drivers.set(next);
      },
      (error: unknown) => {
        if ((error as { status?: number }).status !== 404) this.asked.delete(driverId);
      },
    );
  }
}

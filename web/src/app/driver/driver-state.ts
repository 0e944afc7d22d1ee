import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Session } from '../core/auth/session';
import { readStored, writeStored } from '../core/storage';
import { Order, isUnderway } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { OfflineActions } from './actions/offline-actions';
import { GpsStreamer } from './gps/gps-streamer';

const dutyKey = (userId: number | string) => `njia.driver.${userId}.onDuty`;

/**
 * The driver's day: on or off duty, their jobs, and whether the phone
 * should stream GPS (on duty, or holding an active job).
 */
@Injectable({ providedIn: 'root' })
export class DriverState {
  private readonly api = inject(OrdersApi);
  private readonly session = inject(Session);
  private readonly actions = inject(OfflineActions);
  private readonly gps = inject(GpsStreamer);

  /** Last duty state the server confirmed or the driver chose (queued offline). */
  readonly onDuty = signal(false);
  readonly jobs = signal<Order[] | null>(null);
  readonly jobsError = signal(false);
  readonly activeJob = computed(() => this.jobs()?.find((job) => isUnderway(job.status)) ?? null);
  readonly streaming = computed(() => this.onDuty() || this.activeJob() !== null);

  constructor() {
    effect(() => {
      const userId = this.session.user()?.id;
      untracked(() => {
        this.onDuty.set(userId !== undefined && readStored(dutyKey(userId)) === 'true');
        this.jobs.set(null);
      });
    });
    effect(() => {
      if (this.streaming()) this.gps.start();
      else this.gps.stop();
    });
    // A duty change refused on replay: believe the server, not the button.
    this.actions.settled$.pipe(takeUntilDestroyed()).subscribe(({ action, ok }) => {
      if (action.kind === 'duty' && !ok)
        this.remember(!(action.json as { onDuty: boolean }).onDuty);
      if (action.kind !== 'duty') void this.refreshJobs();
    });
  }

  async setDuty(onDuty: boolean): Promise<void> {
    const before = this.onDuty();
    this.remember(onDuty);
    try {
      const done = await this.actions.run({
        kind: 'duty',
        orderId: null,
        path: '/api/v1/drivers/me/duty',
        json: { onDuty },
        label: onDuty ? 'onDuty' : 'offDuty',
      });
      if (!done.queued) this.remember(done.result.onDuty ?? onDuty);
    } catch (error) {
      this.remember(before);
      throw error;
    }
  }

  async refreshJobs(): Promise<void> {
    try {
      this.jobs.set((await this.api.list({ perPage: 50 })).data);
      this.jobsError.set(false);
    } catch (error) {
      // Offline: keep showing the last list.
      this.jobsError.set(!(error instanceof HttpErrorResponse && error.status === 0));
    }
  }

  /** Puts a fresher copy of one order into the list. */
  updateJob(order: Order): void {
    const jobs = this.jobs() ?? [];
    const known = jobs.some((job) => job.id === order.id);
    this.jobs.set(
      known ? jobs.map((job) => (job.id === order.id ? order : job)) : [order, ...jobs],
    );
  }

  private remember(onDuty: boolean): void {
    this.onDuty.set(onDuty);
    const userId = this.session.user()?.id;
    if (userId !== undefined) writeStored(dutyKey(userId), String(onDuty));
  }
}

import { HttpErrorResponse } from '@angular/common/http';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '../core/api/api-error';
import { ErrorMessages } from '../core/api/error-messages';
import { OfflineActions } from './actions/offline-actions';
import { DriverState } from './driver-state';
import { FirstSteps } from './first-steps';
import { GpsStatus } from './gps-status';
import { LoadBoard } from './load-board';
import { isUnderway } from '../order/order';
import { OrderStatusBadge } from '../order/order-status';
import { PendingActions } from './pending-actions';

/** The driver's home: duty switch, GPS status, current jobs, the load board, then finished jobs. */
@Component({
  selector: 'njia-driver-home',
  imports: [
    NgTemplateOutlet,
    TranslocoPipe,
    RouterLink,
    FirstSteps,
    GpsStatus,
    LoadBoard,
    PendingActions,
    OrderStatusBadge,
  ],
  templateUrl: './driver-home.html',
  styleUrl: './driver.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DriverHome {
  protected readonly state = inject(DriverState);
  protected readonly actions = inject(OfflineActions);
  private readonly messages = inject(ErrorMessages);
  protected readonly busy = signal(false);
  protected readonly dutyError = signal<string | null>(null);
  /** Jobs still to drive; delivered, closed and cancelled ones go below the load board. */
  protected readonly currentJobs = computed(() =>
    (this.state.jobs() ?? []).filter((job) => isUnderway(job.status)),
  );
  protected readonly finishedJobs = computed(() =>
    (this.state.jobs() ?? []).filter((job) => !isUnderway(job.status)),
  );

  constructor() {
    void this.state.refreshJobs();
  }

  protected async toggleDuty(): Promise<void> {
    this.busy.set(true);
    this.dutyError.set(null);
    try {
      await this.state.setDuty(!this.state.onDuty());
    } catch (error) {
      const known = error instanceof HttpErrorResponse ? toApiError(error).formErrors[0] : null;
      this.dutyError.set(known ? this.messages.text(known) : String(error));
    } finally {
      this.busy.set(false);
    }
  }
}

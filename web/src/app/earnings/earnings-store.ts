import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { filter, merge } from 'rxjs';
import { Api, Response } from '../core/api/api-client';
import type { NotificationKind } from '../core/api/api-types';
import { Socket } from '../core/realtime/socket';

export type Earnings = Response<'/api/v1/earnings', 'get'>;

/** The notices (socket `notification`) after which a carrier's earnings read differently. */
export const EARNINGS_NOTICES: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'order_completed',
  'payout_sent',
  'payout_failed',
  'payout_reversed',
]);

/**
 * A carrier's earnings for the chosen month, live: read over REST, then read
 * again when the socket tells of a settlement or a payout (sent, failed,
 * reversed) and after a reconnection (what was said while away). Only the
 * newest read is shown, so a slow answer never overwrites a newer one.
 */
@Injectable()
export class EarningsStore {
  private readonly api = inject(Api);
  private readonly socket = inject(Socket);
  private reads = 0;

  /** YYYY-MM, or '' for every month. */
  readonly period = signal('');
  readonly earnings = signal<Earnings | null>(null);
  readonly failed = signal(false);

  constructor() {
    const live = merge(
      this.socket.notifications$.pipe(filter((notice) => EARNINGS_NOTICES.has(notice.kind))),
      this.socket.connects$,
    ).subscribe(() => void this.load());
    inject(DestroyRef).onDestroy(() => live.unsubscribe());
    void this.load();
  }

  choose(period: string): void {
    this.period.set(period);
    void this.load();
  }

  async load(): Promise<void> {
    const read = ++this.reads;
    try {
      const period = this.period() || undefined;
      const earnings = await this.api.get('/api/v1/earnings', { query: { period } });
      if (read !== this.reads) return;
      this.earnings.set(earnings);
      this.failed.set(false);
    } catch {
      if (read === this.reads) this.failed.set(true);
    }
  }
}

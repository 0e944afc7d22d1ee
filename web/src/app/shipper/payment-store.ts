import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subject, filter, merge } from 'rxjs';
import { ApiError, toApiError } from '../core/api/api-error';
import type { Payment, PaymentProvider } from '../core/api/api-types';
import { Socket } from '../core/realtime/socket';
import { PaymentsApi } from './payments-api';

/** Only while the socket is down: how often a waiting attempt is read again. */
export const FALLBACK_POLL_MS = 20_000;

/**
 * An order's payment attempts, live: read over REST, then read again when
 * the socket says one changed (`payment:status` in the order's payments
 * room) and after a reconnection (what was said while away). Only while the
 * socket is down and an attempt waits is it read on a slow timer.
 */
@Injectable()
export class PaymentStore {
  private readonly api = inject(PaymentsApi);
  private readonly socket = inject(Socket);

  readonly payments = signal<Payment[]>([]);
  readonly providers = signal<PaymentProvider[]>([]);
  readonly error = signal<ApiError | null>(null);
  readonly latest = computed(() => this.payments()[0] ?? null);
  /** The latest attempt went from waiting to received. */
  readonly received$ = new Subject<void>();

  private stop: (() => void) | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop?.());
  }

  follow(orderId: number): void {
    this.stop?.();
    this.payments.set([]);
    void this.load(orderId);
    void this.socket.watchPayments(orderId);
    const live = merge(
      this.socket.paymentStatus$.pipe(filter((event) => event.orderId === orderId)),
      this.socket.connects$,
    ).subscribe(() => void this.load(orderId));
    const fallback = setInterval(() => {
      if (!this.socket.connected() && this.latest()?.status === 'pending') void this.load(orderId);
    }, FALLBACK_POLL_MS);
    this.stop = () => {
      live.unsubscribe();
      clearInterval(fallback);
      void this.socket.unwatchPayments(orderId);
    };
  }

  /** An attempt the caller just started, shown before the socket tells of it. */
  add(payment: Payment): void {
    this.payments.update((list) => [payment, ...list.filter((p) => p.id !== payment.id)]);
  }

  private async load(orderId: number): Promise<void> {
    try {
      const before = this.latest()?.status;
      const { data, providers } = await this.api.list(orderId);
      this.payments.set(data);
      this.providers.set(providers);
      this.error.set(null);
      if (before === 'pending' && data[0]?.status === 'received') this.received$.next();
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}

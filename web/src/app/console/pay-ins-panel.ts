import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { formatDateTime, formatNumber } from '../core/i18n/format';
import { Currency, formatMoney } from '../core/money';
import { SignInAgain } from '../core/auth/sign-in-again';
import { FilterToggle } from './filter-toggle';

type PendingPayIn = Response<'/api/v1/admin/payments/pending', 'get'>['data'][number];
type Check = Response<'/api/v1/admin/payments/reconciliations', 'get'>['data'][number];
type PayInAction = 'check' | 'close';

/**
 * Incoming money that waits: pay-ins still pending at their provider,
 * oldest first, with their age and the last thing reconciliation found;
 * an operator asks the provider now or stops waiting, with a reason. Below,
 * what reconciliation checked and, above all, what it could not settle.
 */
@Component({
  selector: 'njia-pay-ins-panel',
  imports: [TranslocoPipe, SignInAgain, FilterToggle],
  templateUrl: './pay-ins-panel.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayInsPanel {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly pending = signal<PendingPayIn[]>([]);
  protected readonly stuckOnly = signal(false);
  protected readonly checks = signal<Check[]>([]);
  protected readonly unsettledOnly = signal(true);
  protected readonly failed = signal(false);
  protected readonly acting = signal<{ row: PendingPayIn; action: PayInAction } | null>(null);
  protected readonly reason = signal('');
  protected readonly done = signal<Check | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly actionErrors = errorTexts<'reason'>(this.actionError);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const [pending, checks] = await Promise.all([
        this.api.get('/api/v1/admin/payments/pending', {
          query: { perPage: 50, ...(this.stuckOnly() ? { stuck: true } : {}) },
        }),
        this.api.get('/api/v1/admin/payments/reconciliations', {
          query: { perPage: 50, ...(this.unsettledOnly() ? { unsettled: true } : {}) },
        }),
      ]);
      this.pending.set(pending.data);
      this.checks.set(checks.data);
    } catch {
      this.failed.set(true);
    }
  }

  protected showStuck(on: boolean): void {
    this.stuckOnly.set(on);
    void this.load();
  }

  protected showUnsettled(on: boolean): void {
    this.unsettledOnly.set(on);
    void this.load();
  }

  protected ask(row: PendingPayIn, action: PayInAction): void {
    this.acting.set({ row, action });
    this.reason.set('');
    this.done.set(null);
    this.actionError.set(null);
  }

  protected ready(): boolean {
    return this.acting() !== null && this.reason().trim().length >= 3;
  }

  protected async act(): Promise<void> {
    const acting = this.acting();
    if (!acting || !this.ready()) return;
    const options = { path: { id: acting.row.payment.id }, body: { reason: this.reason().trim() } };
    try {
      const result =
        acting.action === 'check'
          ? await this.api.post('/api/v1/admin/payments/{id}/check', options)
          : await this.api.post('/api/v1/admin/payments/{id}/close', options);
      this.done.set(result.check);
      this.acting.set(null);
      await this.load();
    } catch (error) {
      this.actionError.set(toApiError(error, ['reason']));
    }
  }

  /** `12 min`, `3 h`: how long the payer's money has been waiting, in the reader's language. */
  protected age(minutes: number): string {
    const hours = minutes >= 120;
    return formatNumber(hours ? Math.floor(minutes / 60) : minutes, this.language.current(), {
      style: 'unit',
      unit: hours ? 'hour' : 'minute',
      unitDisplay: 'short',
    });
  }

  protected money(minor: number, currency: Currency): string {
    return formatMoney(minor, currency, this.language.current());
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }
}

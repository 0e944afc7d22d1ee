import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Query, Response } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Payment } from '../core/api/api-types';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { Currency, formatMoney } from '../core/money';
import { SignInAgain } from '../core/auth/sign-in-again';
import { PayInsPanel } from './pay-ins-panel';
import { MoneyAlerts } from './money-alerts';
import { LedgerVerification } from './ledger-verification';
import { FilterToggle } from './filter-toggle';

type LedgerTotal = Response<'/api/v1/admin/ledger/totals', 'get'>['data'][number];
type Journal = Response<'/api/v1/admin/orders/{id}/ledger', 'get'>['data'][number];
type Payout = Response<'/api/v1/admin/payouts', 'get'>['data'][number];
type PayoutQuery = NonNullable<Query<'/api/v1/admin/payouts', 'get'>>;
type PayoutAction = Payout['allowedActions'][number];

/**
 * Money: the ledger's totals per currency (escrow held, owed to carriers,
 * in flight, refunds owed, commission) and its verification on demand,
 * pending pay-ins and what reconciliation found, payouts and refunds with their
 * status and the actions the API allows on each (`allowedActions`: retry,
 * cancel, or record what the provider's own records show: sent with its
 * receipt, or not sent; each with a reason), and one order's
 * payments and journals. Amounts in the reader's language.
 */
@Component({
  selector: 'njia-money-page',
  imports: [TranslocoPipe, SignInAgain, PayInsPanel, LedgerVerification, FilterToggle, MoneyAlerts],
  templateUrl: './money-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoneyPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly totals = signal<LedgerTotal[]>([]);
  protected readonly currencies = computed(() => [
    ...new Set(this.totals().map((total) => total.currency)),
  ]);
  protected readonly payouts = signal<Payout[]>([]);
  protected readonly attention = signal(false);
  protected readonly failed = signal(false);
  /** The payout an operator acts on, and how: send again, or record what the provider's own records show. */
  protected readonly acting = signal<{ payout: Payout; action: PayoutAction } | null>(null);
  protected readonly reason = signal('');
  protected readonly receipt = signal('');
  protected readonly done = signal<PayoutAction | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly actionErrors = errorTexts<'reason' | 'receipt'>(this.actionError);
  protected readonly orderId = signal('');
  protected readonly order = signal<{
    id: number;
    payments: Payment[];
    journals: Journal[];
  } | null>(null);
  protected readonly orderError = signal<ApiError | null>(null);
  protected readonly orderErrors = errorTexts(this.orderError);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const query: PayoutQuery = { perPage: 50, ...(this.attention() ? { attention: true } : {}) };
      const [totals, payouts] = await Promise.all([
        this.api.get('/api/v1/admin/ledger/totals'),
        this.api.get('/api/v1/admin/payouts', { query }),
      ]);
      this.totals.set(totals.data);
      this.payouts.set(payouts.data);
    } catch {
      this.failed.set(true);
    }
  }

  protected showAttention(on: boolean): void {
    this.attention.set(on);
    void this.load();
  }

  protected totalsOf(currency: string): LedgerTotal[] {
    return this.totals().filter((total) => total.currency === currency);
  }

  protected ask(payout: Payout, action: PayoutAction): void {
    this.acting.set({ payout, action });
    this.reason.set('');
    this.receipt.set('');
    this.done.set(null);
    this.actionError.set(null);
  }

  protected ready(): boolean {
    const acting = this.acting();
    if (!acting || this.reason().trim().length < 3) return false;
    return acting.action !== 'markSent' || this.receipt().trim().length >= 4;
  }

  protected async act(): Promise<void> {
    const acting = this.acting();
    if (!acting || !this.ready()) return;
    const reason = this.reason().trim();
    try {
      const changed = await this.send(acting.action, acting.payout.id, reason);
      this.payouts.update((all) => all.map((p) => (p.id === changed.id ? changed : p)));
      this.done.set(acting.action);
      this.acting.set(null);
    } catch (error) {
      this.actionError.set(toApiError(error, ['reason', 'receipt']));
    }
  }

  private send(action: PayoutAction, id: number, reason: string): Promise<Payout> {
    const path = { id };
    switch (action) {
      case 'retry':
        return this.api.post('/api/v1/admin/payouts/{id}/retry', { path, body: { reason } });
      case 'cancel':
        return this.api.post('/api/v1/admin/payouts/{id}/cancel', { path, body: { reason } });
      case 'markSent':
        return this.api.post('/api/v1/admin/payouts/{id}/mark-sent', {
          path,
          body: { reason, receipt: this.receipt().trim() },
        });
      case 'markFailed':
        return this.api.post('/api/v1/admin/payouts/{id}/mark-failed', { path, body: { reason } });
      case 'refundedByHand': {
        const receipt = this.receipt().trim();
        return this.api.post('/api/v1/admin/payouts/{id}/refunded-by-hand', {
          path,
          body: { reason, ...(receipt ? { receipt } : {}) },
        });
      }
    }
  }

  protected async lookUp(): Promise<void> {
    const id = Number(this.orderId());
    this.order.set(null);
    this.orderError.set(null);
    if (!Number.isInteger(id) || id < 1) return;
    try {
      const path = { id };
      const [payments, journals] = await Promise.all([
        this.api.get('/api/v1/orders/{id}/payments', { path }),
        this.api.get('/api/v1/admin/orders/{id}/ledger', { path }),
      ]);
      this.order.set({ id, payments: payments.data, journals: journals.data });
    } catch (error) {
      this.orderError.set(toApiError(error));
    }
  }

  protected money(minor: number, currency: Currency): string {
    return formatMoney(minor, currency, this.language.current());
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }
}

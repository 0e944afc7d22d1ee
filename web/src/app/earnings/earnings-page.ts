import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { Currency, formatMoney } from '../core/money';
import { PayoutNumberCard } from './payout-number-card';
import { StellarWalletCard } from './stellar-wallet-card';

export type Earnings = Response<'/api/v1/earnings', 'get'>;

/**
 * A carrier's earnings (owner or dispatcher): what it is owed and being
 * paid out per currency, one line per settled order with its payout's
 * status, a month at a time, and the same lines as CSV.
 */
@Component({
  selector: 'njia-earnings-page',
  imports: [TranslocoPipe, RouterLink, PayoutNumberCard, StellarWalletCard],
  templateUrl: './earnings-page.html',
  styleUrl: './earnings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EarningsPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  /** YYYY-MM, or '' for every month. */
  protected readonly period = signal('');
  protected readonly earnings = signal<Earnings | null>(null);
  protected readonly failed = signal(false);
  protected readonly empty = computed(() => {
    const shown = this.earnings();
    return shown !== null && shown.balances.length === 0 && shown.lines.length === 0;
  });

  constructor() {
    void this.load();
  }

  protected choose(period: string): void {
    this.period.set(period);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const period = this.period() || undefined;
      this.earnings.set(await this.api.get('/api/v1/earnings', { query: { period } }));
    } catch {
      this.failed.set(true);
    }
  }

  protected async downloadCsv(): Promise<void> {
    const period = this.period();
    const blob = await this.api.blob(
      `/api/v1/earnings?format=csv${period ? `&period=${period}` : ''}`,
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `njia-earnings-${period || 'all'}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  protected money(minor: number, currency: Currency): string {
    return formatMoney(minor, currency, this.language.current());
  }

  protected day(iso: string): string {
    return formatDateTime(iso, this.language.current(), { dateStyle: 'medium' });
  }
}

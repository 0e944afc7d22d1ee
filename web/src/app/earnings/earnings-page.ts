import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { Currency, formatMoney } from '../core/money';
import { PayoutNumberCard } from './payout-number-card';
import { StellarWalletCard } from './stellar-wallet-card';
import { EarningsStore } from './earnings-store';

export type { Earnings } from './earnings-store';

/**
 * A carrier's earnings (owner or dispatcher): what it is owed and being
 * paid out per currency, one line per settled order with its payout's
 * status, a month at a time, and the same lines as CSV. Live: a payout
 * shows paid (or failed) as it happens (EarningsStore).
 */
@Component({
  selector: 'njia-earnings-page',
  imports: [TranslocoPipe, RouterLink, PayoutNumberCard, StellarWalletCard],
  templateUrl: './earnings-page.html',
  styleUrl: './earnings-page.scss',
  providers: [EarningsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EarningsPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  private readonly store = inject(EarningsStore);

  protected readonly period = this.store.period;
  protected readonly earnings = this.store.earnings;
  protected readonly failed = this.store.failed;
  protected readonly empty = computed(() => {
    const shown = this.earnings();
    return shown !== null && shown.balances.length === 0 && shown.lines.length === 0;
  });

  protected choose(period: string): void {
    this.store.choose(period);
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

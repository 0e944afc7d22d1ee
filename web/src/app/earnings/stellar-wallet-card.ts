import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { Currency, formatMoney } from '../core/money';

export type StellarWallet = Response<'/api/v1/stellar-wallet', 'get'>;
export type PayoutRail = Response<'/api/v1/payout-rail', 'get'>;

/**
 * The carrier's optional Stellar wallet (shown only where the rail is on):
 * what it is for, the owner's opt-in (a wallet opened on the network), its
 * public address, whether it is on the network, what it holds, and the
 * choice to be paid there instead of by mobile money. Only the owner's: a
 * dispatcher reads how the carrier is paid, nothing more.
 */
@Component({
  selector: 'njia-stellar-wallet-card',
  imports: [TranslocoPipe],
  templateUrl: './stellar-wallet-card.html',
  styleUrl: './stellar-wallet-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StellarWalletCard {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly rail = signal<PayoutRail | null>(null);
  protected readonly wallet = signal<StellarWallet | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);
  protected readonly paidHere = computed(() => this.rail()?.rail === 'stellar');

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      const rail = await this.api.get('/api/v1/payout-rail');
      this.rail.set(rail.stellarOffered ? rail : null);
      // The wallet payouts go to is the owner's: a dispatcher reads only how the carrier is paid.
      if (rail.stellarOffered && rail.yours) {
        this.wallet.set(await this.api.get('/api/v1/stellar-wallet'));
      }
    } catch {
      this.rail.set(null);
    }
  }

  /** Opens the wallet, or continues one not on the network yet. */
  protected async open(): Promise<void> {
    await this.act(async () => this.wallet.set(await this.api.post('/api/v1/stellar-wallet')));
  }

  protected async choose(rail: PayoutRail['rail']): Promise<void> {
    await this.act(async () => {
      this.rail.set(await this.api.put('/api/v1/payout-rail', { body: { rail } }));
      this.wallet.set(await this.api.get('/api/v1/stellar-wallet'));
    });
  }

  private async act(call: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await call();
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected money(minor: number, currency: Currency): string {
    return formatMoney(minor, currency, this.language.current());
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }
}

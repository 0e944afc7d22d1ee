import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { Cooperative } from '../core/api/api-types';
import { errorTexts } from '../core/api/error-messages';
import type { components } from '../core/api/openapi';
import { Language } from '../core/i18n/language';
import { Currency, formatMoney } from '../core/money';

type PayoutRun = components['schemas']['FarmerPayoutRun'];

/** Last month (yyyy-MM) on this phone: the period a manager usually pays. */
function lastMonth(now = new Date()): string {
  const month = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The cooperative's farmer payout runs: its manager prepares a month that
 * is over (the farmers' statements become the run's lines) and opens a run
 * to review and approve it.
 */
@Component({
  selector: 'njia-payout-runs-page',
  imports: [TranslocoPipe, RouterLink],
  templateUrl: './payout-runs-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayoutRunsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly language = inject(Language);

  protected readonly cooperative = signal<Cooperative | null>(null);
  protected readonly runs = signal<PayoutRun[] | null>(null);
  protected readonly loadError = signal(false);
  protected readonly period = signal(lastMonth());
  protected readonly preparing = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts<'period'>(this.error);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const cooperative = await this.api.get('/api/v1/cooperatives/mine');
      this.cooperative.set(cooperative);
      const runs = await this.api.get('/api/v1/cooperatives/{id}/payout-runs', {
        path: { id: cooperative.id },
      });
      this.runs.set(runs.data);
    } catch {
      this.loadError.set(true);
    }
  }

  protected money(run: PayoutRun): string {
    return formatMoney(run.totalAmount, run.currency as Currency, this.language.current());
  }

  protected async prepare(event: Event): Promise<void> {
    event.preventDefault();
    const cooperative = this.cooperative();
    if (!cooperative || this.preparing()) return;
    this.preparing.set(true);
    this.error.set(null);
    try {
      const run = await this.api.post('/api/v1/cooperatives/{id}/payout-runs', {
        path: { id: cooperative.id },
        body: { period: this.period() },
      });
      await this.router.navigate(['/cooperative/payouts', run.id]);
    } catch (error) {
      this.error.set(toApiError(error, ['period']));
    } finally {
      this.preparing.set(false);
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  numberAttribute,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import type { components } from '../core/api/openapi';
import { Session } from '../core/auth/session';
import { SignInAgain } from '../core/auth/sign-in-again';
import { formatNumber } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { Currency, formatMoney } from '../core/money';

type RunDetail = components['schemas']['FarmerPayoutRunDetail'];

/**
 * One payout run, for the cooperative's manager: each farmer's litres, gross,
 * deductions, bonuses and net to review; approve it (a recent sign-in, and
 * another manager than who prepared it when there are two); then each
 * farmer's payout, with failed ones sent again.
 */
@Component({
  selector: 'njia-payout-run-page',
  imports: [TranslocoPipe, RouterLink, SignInAgain],
  templateUrl: './payout-run-page.html',
  styleUrl: './payout-run-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayoutRunPage implements OnInit {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private readonly language = inject(Language);

  readonly id = input.required({ transform: numberAttribute });

  protected readonly run = signal<RunDetail | null>(null);
  protected readonly loadError = signal(false);
  protected readonly busy = signal(false);
  /** The approval is asked for once more before money moves. */
  protected readonly confirming = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  /** Who prepared it may not approve it when the cooperative has a second manager. */
  protected readonly mustWaitForSecond = computed(() => {
    const run = this.run();
    return !!run && run.secondApproverRequired && run.preparedById === this.session.user()?.id;
  });
  protected readonly paidCount = computed(
    () => this.run()?.lines.filter((line) => line.net > 0).length ?? 0,
  );

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.run.set(await this.api.get('/api/v1/payout-runs/{id}', { path: { id: this.id() } }));
    } catch {
      this.loadError.set(true);
    }
  }

  protected money(minor: number): string {
    const run = this.run();
    return run ? formatMoney(minor, run.currency as Currency, this.language.current()) : '';
  }

  protected litres(value: number): string {
    return formatNumber(value, this.language.current(), { maximumFractionDigits: 2 });
  }

  protected approve(): Promise<void> {
    return this.act(() =>
      this.api.post('/api/v1/payout-runs/{id}/approve', { path: { id: this.id() } }),
    );
  }

  protected prepareAgain(): Promise<void> {
    const run = this.run();
    if (!run) return Promise.resolve();
    return this.act(() =>
      this.api.post('/api/v1/cooperatives/{id}/payout-runs', {
        path: { id: run.cooperativeId },
        body: { period: run.period },
      }),
    );
  }

  protected retry(lineId: number): Promise<void> {
    return this.act(() =>
      this.api.post('/api/v1/payout-runs/{id}/lines/{lineId}/retry', {
        path: { id: this.id(), lineId },
      }),
    );
  }

  private async act(call: () => Promise<RunDetail>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.run.set(await call());
      this.confirming.set(false);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}

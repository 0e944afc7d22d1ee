import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { CURRENCIES, Currency, formatMoney } from '../core/money';

type Verification = Response<'/api/v1/admin/ledger/verification', 'get'>;
type Problem = Verification['problems'][number];

/** The problems' values that are amounts, in minor units of the problem's `currency`. */
const AMOUNTS = ['balance', 'computed', 'total'];

/** `node ace ledger:verify` from the console: recompute every balance and check every invariant, on demand. */
@Component({
  selector: 'njia-ledger-verification',
  imports: [TranslocoPipe],
  template: `
    <section aria-labelledby="money-verify">
      <h2 id="money-verify">{{ 'console.money.verify.title' | transloco }}</h2>
      <p>{{ 'console.money.verify.explained' | transloco }}</p>
      <button type="button" (click)="run()" [disabled]="running()">
        {{ 'console.money.verify.run' | transloco }}
      </button>
      @if (failed()) {
        <p class="njia-error" role="alert">{{ 'console.failed' | transloco }}</p>
      }
      @if (result(); as r) {
        <div role="status" data-testid="ledger-verification">
          @if (r.sound) {
            <p>{{ 'console.money.verify.sound' | transloco: { when: when(r.checkedAt) } }}</p>
          } @else {
            <p class="njia-error">
              {{ 'console.money.verify.problems' | transloco: { count: r.problems.length } }}
            </p>
            <ul>
              @for (p of r.problems; track $index) {
                <li>
                  <strong>{{ 'console.money.verify.checks.' + p.check | transloco }}</strong>
                  <br />
                  {{ 'console.money.verify.details.' + p.check | transloco: words(p) }}
                </li>
              }
            </ul>
          }
        </div>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerVerification {
  private readonly api = inject(Api);
  private readonly language = inject(Language);
  private readonly transloco = inject(TranslocoService);

  protected readonly result = signal<Verification | null>(null);
  protected readonly running = signal(false);
  protected readonly failed = signal(false);

  protected async run(): Promise<void> {
    this.running.set(true);
    this.failed.set(false);
    try {
      this.result.set(await this.api.get('/api/v1/admin/ledger/verification'));
    } catch {
      this.failed.set(true);
    } finally {
      this.running.set(false);
    }
  }

  /** A problem's facts in the reader's words: amounts as money, an account's purpose named. */
  protected words(problem: Problem): Record<string, string | number> {
    const values: Record<string, string | number> = { ...problem.values };
    const currency = values['currency'] as Currency;
    if (CURRENCIES.includes(currency)) {
      for (const key of AMOUNTS) {
        if (typeof values[key] === 'number') {
          values[key] = formatMoney(values[key], currency, this.language.current());
        }
      }
    }
    if (typeof values['purpose'] === 'string') {
      values['purpose'] = this.transloco.translate(`console.money.purposes.${values['purpose']}`);
    }
    return values;
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }
}

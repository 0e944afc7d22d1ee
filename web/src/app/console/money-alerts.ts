import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';

type Alert = Response<'/api/v1/admin/payout-number-alerts', 'get'>['data'][number];

/**
 * Money alerts that did not go (a replaced payout number not warned by SMS),
 * read from the numbers themselves so none hides among other failed jobs;
 * an admin sends one now.
 */
@Component({
  selector: 'njia-money-alerts',
  imports: [TranslocoPipe],
  template: `
    <section aria-labelledby="money-alerts">
      <h2 id="money-alerts">{{ 'console.money.alerts.title' | transloco }}</h2>
      <p>{{ 'console.money.alerts.explained' | transloco }}</p>
      @for (text of errors().form; track $index) {
        <p class="njia-error" role="alert">{{ text }}</p>
      }
      @if (sent()) {
        <p role="status" data-testid="alert-sent">{{ 'console.money.alerts.sent' | transloco }}</p>
      }
      @if (alerts().length === 0) {
        <p data-testid="no-money-alerts">{{ 'console.money.alerts.none' | transloco }}</p>
      } @else {
        <table data-testid="money-alerts">
          <thead>
            <tr>
              <th scope="col">{{ 'console.money.alerts.carrier' | transloco }}</th>
              <th scope="col">{{ 'console.money.alerts.toWarn' | transloco }}</th>
              <th scope="col">{{ 'console.money.alerts.newNumber' | transloco }}</th>
              <th scope="col">{{ 'console.money.alerts.confirmed' | transloco }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ 'console.money.alerts.send' | transloco }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (alert of alerts(); track alert.id) {
              <tr>
                <td>{{ alert.organisation.name }}</td>
                <td>{{ alert.replacedPhone }}</td>
                <td>{{ alert.phone }}</td>
                <td>{{ when(alert.confirmedAt) }}</td>
                <td>
                  <button type="button" [disabled]="busy()" (click)="send(alert)">
                    {{ 'console.money.alerts.send' | transloco }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoneyAlerts implements OnInit {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly alerts = signal<Alert[]>([]);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  ngOnInit(): void {
    void this.load();
  }

  protected async send(alert: Alert): Promise<void> {
    this.busy.set(true);
    this.sent.set(false);
    this.error.set(null);
    try {
      await this.api.post('/api/v1/admin/payout-number-alerts/{id}/send', {
        path: { id: alert.id },
      });
      this.sent.set(true);
      await this.load();
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }

  private async load(): Promise<void> {
    try {
      this.alerts.set((await this.api.get('/api/v1/admin/payout-number-alerts')).data);
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}

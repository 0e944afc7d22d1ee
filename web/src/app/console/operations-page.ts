import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Operations } from '../core/api/api-types';
import { Language } from '../core/i18n/language';
import { formatDateTime, formatNumber } from '../core/i18n/format';
import { Session } from '../core/auth/session';

type Failure = NonNullable<Operations['failures']>[number];

/**
 * Operations: the health of the database, PostGIS, Redis and the job queue;
 * each queue's depth and the recent failed jobs, which an operator sends
 * again; and the day's figures (orders posted, assigned, delivered and on
 * time, GPS points, the payment success rate).
 */
@Component({
  selector: 'njia-operations-page',
  imports: [TranslocoPipe],
  templateUrl: './operations-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperationsPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);
  protected readonly overview = signal<Operations | null>(null);
  protected readonly retried = signal<string | null>(null);
  /** Only admins send a job again; platform dispatchers read the page. */
  protected readonly retries = inject(Session).can('retry_jobs');
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      this.overview.set(await this.api.get('/api/v1/admin/operations'));
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected async retry(failure: Failure): Promise<void> {
    this.error.set(null);
    this.retried.set(null);
    try {
      await this.api.post('/api/v1/admin/operations/jobs/{queue}/{id}/retry', {
        path: { queue: failure.queue, id: failure.id },
      });
      this.retried.set(failure.id);
      await this.load();
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected number(value: number): string {
    return formatNumber(value, this.language.current());
  }

  protected percent(rate: number | null): string {
    return rate === null
      ? '—'
      : formatNumber(rate, this.language.current(), { style: 'percent', maximumFractionDigits: 1 });
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }
}

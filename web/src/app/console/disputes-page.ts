import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Pager } from './pager';
import { Api, Query } from '../core/api/api-client';
import { DisputeCase } from '../core/api/api-types';
import { disputeStatusValues } from '../core/api/openapi-enums';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';

type DisputeQuery = NonNullable<Query<'/api/v1/admin/disputes', 'get'>>;
type Status = NonNullable<DisputeQuery['status']>;

/**
 * Disputes: open ones oldest first (or decided ones), each opening its case
 * page (dispute-case.ts) with the order's whole case file and the decision.
 */
@Component({
  selector: 'njia-disputes-page',
  imports: [Pager, TranslocoPipe, RouterLink],
  templateUrl: './disputes-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DisputesPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly statuses = disputeStatusValues;
  protected readonly status = signal<Status>('open');
  protected readonly disputes = signal<DisputeCase[]>([]);
  protected readonly page = signal(1);
  protected readonly lastPage = signal(1);
  protected readonly total = signal(0);
  protected readonly failed = signal(false);

  constructor() {
    void this.load();
  }

  protected show(status: Status): void {
    this.status.set(status);
    this.page.set(1);
    void this.load();
  }

  protected go(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const found = await this.api.get('/api/v1/admin/disputes', {
        query: { status: this.status(), page: this.page(), perPage: 20 },
      });
      this.disputes.set(found.data ?? []);
      this.total.set(found.meta?.total ?? 0);
      this.lastPage.set(found.meta?.lastPage ?? 1);
    } catch {
      this.failed.set(true);
    }
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }
}

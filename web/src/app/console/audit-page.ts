import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Pager } from './pager';
import { Api, Query, buildQuery } from '../core/api/api-client';
import { AuditEvent } from '../core/api/api-types';
import { auditActionValues } from '../core/api/openapi-enums';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';

type AuditQuery = NonNullable<Query<'/api/v1/admin/audit-events', 'get'>>;

/** Every sensitive action, newest first: search by action, words and dates; download as CSV. */
@Component({
  selector: 'njia-audit-page',
  imports: [Pager, TranslocoPipe],
  templateUrl: './audit-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  /** The actions the log records (the API's AuditAction): the filter's choices. */
  protected readonly actions = auditActionValues;
  protected readonly action = signal('');
  protected readonly words = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly page = signal(1);
  protected readonly lastPage = signal(1);
  protected readonly total = signal(0);
  protected readonly failed = signal(false);

  constructor() {
    void this.load();
  }

  protected search(): void {
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
      const found = await this.api.get('/api/v1/admin/audit-events', {
        query: { ...this.filters(), page: this.page(), perPage: 50 },
      });
      this.events.set(found.data);
      this.total.set(found.meta.total);
      this.lastPage.set(found.meta.lastPage);
    } catch {
      this.failed.set(true);
    }
  }

  protected async downloadCsv(): Promise<void> {
    const query = buildQuery(this.filters()).toString();
    const blob = await this.api.blob(
      `/api/v1/admin/audit-events/export${query ? `?${query}` : ''}`,
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `njia-audit-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }

  protected json(value: unknown): string {
    return value === null || value === undefined ? '' : JSON.stringify(value);
  }

  /** Dates typed as local days; `to` includes its whole day. */
  private filters(): AuditQuery {
    const day = (value: string, plusDays = 0) => {
      if (!value) return undefined;
      const date = new Date(`${value}T00:00:00`);
      date.setDate(date.getDate() + plusDays);
      return date.toISOString();
    };
    return {
      action: (this.action() || undefined) as AuditQuery['action'],
      q: this.words().trim() || undefined,
      from: day(this.from()),
      to: day(this.to(), 1),
    };
  }
}

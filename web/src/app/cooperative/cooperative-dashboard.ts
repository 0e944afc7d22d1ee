import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, buildPath, buildQuery } from '../core/api/api-client';
import {
  Cooperative,
  CollectionsDashboard as Dashboard,
  RouteVariance,
} from '../core/api/api-types';
import { Language } from '../core/i18n/language';
import { formatDateTime, formatNumber } from '../core/i18n/format';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The cooperative's manager sees the milk of a period: litres per route,
 * centre and day, what was refused and why, the intake variance per
 * route, and the farmers who brought nothing; the table as CSV.
 */
@Component({
  selector: 'njia-cooperative-dashboard',
  imports: [TranslocoPipe],
  templateUrl: './cooperative-dashboard.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CooperativeDashboard {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly cooperative = signal<Cooperative | null>(null);
  protected readonly dashboard = signal<Dashboard | null>(null);
  protected readonly variance = signal<RouteVariance[]>([]);
  protected readonly failed = signal(false);
  protected readonly from = signal(isoDay(new Date(Date.now() - 6 * 86_400_000)));
  protected readonly to = signal(isoDay(new Date()));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const cooperative = this.cooperative() ?? (await this.api.get('/api/v1/cooperatives/mine'));
      this.cooperative.set(cooperative);
      const range = { from: this.from(), to: this.to() };
      const path = { id: cooperative.id };
      const [dashboard, variance] = await Promise.all([
        this.api.get('/api/v1/cooperatives/{id}/dashboard', { path, query: range }),
        this.api.get('/api/v1/cooperatives/{id}/variance', { path, query: range }),
      ]);
      this.dashboard.set(dashboard);
      this.variance.set(variance.data);
    } catch {
      this.failed.set(true);
    }
  }

  protected setRange(from: string, to: string): void {
    this.from.set(from);
    this.to.set(to);
    void this.load();
  }

  protected litres(value: number | null | undefined): string {
    return value === null || value === undefined
      ? '–'
      : formatNumber(value, this.language.current());
  }

  protected day(iso: string): string {
    return formatDateTime(`${iso}T12:00:00Z`, this.language.current(), { dateStyle: 'medium' });
  }

  /** The route and day table as CSV, downloaded with the session's token like any call. */
  protected async downloadCsv(): Promise<void> {
    const cooperative = this.cooperative();
    if (!cooperative) return;
    const query = buildQuery({ from: this.from(), to: this.to(), format: 'csv' }).toString();
    const url = `${buildPath('/api/v1/cooperatives/{id}/dashboard', { id: cooperative.id })}?${query}`;
    const blob = await this.api.blob(url);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `collections-${this.from()}-${this.to()}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }
}

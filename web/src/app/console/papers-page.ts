import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Query } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { FleetDocument } from '../core/api/api-types';
import { documentKindValues } from '../core/api/openapi-enums';
import { COUNTRIES } from '../core/country';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { FileView } from './file-view';

type DocumentQuery = NonNullable<Query<'/api/v1/documents', 'get'>>;
type View = 'queue' | 'expiring';

/** Papers expiring within this many days are listed under "Expiring soon". */
const EXPIRING_WITHIN_DAYS = 30;

/**
 * Papers waiting for review, oldest first (filter by country, kind,
 * carrier), and papers expiring soon. Selecting one shows its file beside
 * its number and expiry; verify, or reject with a reason the carrier is
 * told (the notification pipeline sends it in their language).
 */
@Component({
  selector: 'njia-papers-page',
  imports: [TranslocoPipe, FileView],
  templateUrl: './papers-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PapersPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly kinds = documentKindValues;
  protected readonly countries = COUNTRIES;
  protected readonly view = signal<View>('queue');
  protected readonly kind = signal<string>('');
  protected readonly country = signal<string>('');
  protected readonly carrier = signal<number | null>(null);
  protected readonly papers = signal<FleetDocument[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly selected = signal<FleetDocument | null>(null);
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly done = signal<'verified' | 'rejected' | null>(null);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts<'reason'>(this.error);
  protected readonly reasonMissing = computed(() => this.reason().trim().length < 3);

  constructor() {
    void this.load();
  }

  protected show(view: View): void {
    this.view.set(view);
    void this.load();
  }

  protected filter(name: 'kind' | 'country', value: string): void {
    (name === 'kind' ? this.kind : this.country).set(value);
    void this.load();
  }

  protected byCarrier(id: number | null): void {
    this.carrier.set(id);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    const query: DocumentQuery = {
      kind: (this.kind() || undefined) as DocumentQuery['kind'],
      country: (this.country() || undefined) as DocumentQuery['country'],
      organisationId: this.carrier() ?? undefined,
      perPage: 50,
      ...(this.view() === 'queue'
        ? { status: 'pending', sort: 'oldest' }
        : { status: 'verified', sort: 'expiry', expiringWithinDays: EXPIRING_WITHIN_DAYS }),
    };
    try {
      const page = await this.api.get('/api/v1/documents', { query });
      this.papers.set(page.data ?? []);
      this.total.set(page.meta?.total ?? 0);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Its file shows beside it (FileView: zoom, PDF in a new tab, download). */
  protected select(paper: FleetDocument): void {
    this.selected.set(paper);
    this.reason.set('');
    this.error.set(null);
    this.done.set(null);
  }

  protected async verify(): Promise<void> {
    await this.review('verify');
  }

  protected async reject(): Promise<void> {
    if (this.reasonMissing()) return;
    await this.review('reject');
  }

  private async review(action: 'verify' | 'reject'): Promise<void> {
    const paper = this.selected();
    if (!paper) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const path = { id: paper.id! };
      if (action === 'verify') await this.api.post('/api/v1/documents/{id}/verify', { path });
      else
        await this.api.post('/api/v1/documents/{id}/reject', {
          path,
          body: { reason: this.reason().trim() },
        });
      this.done.set(action === 'verify' ? 'verified' : 'rejected');
      this.papers.update((list) => list.filter((p) => p.id !== paper.id));
      this.total.update((n) => Math.max(0, n - 1));
    } catch (error) {
      this.error.set(toApiError(error, ['reason']));
    } finally {
      this.busy.set(false);
    }
  }

  protected date(iso: string | null | undefined): string {
    return formatDateTime(iso ? `${iso.slice(0, 10)}T12:00:00Z` : iso, this.language.current(), {
      dateStyle: 'medium',
    });
  }

  protected dateTime(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }
}

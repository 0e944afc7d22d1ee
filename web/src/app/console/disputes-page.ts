import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Query } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { DisputeCase, DisputeCaseDetails } from '../core/api/api-types';
import { disputeDecisionValues, disputeStatusValues } from '../core/api/openapi-enums';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { Currency, fitsMinorUnit, formatMoney, toMinor } from '../core/money';
import { SignInAgain } from './sign-in-again';

type DisputeQuery = NonNullable<Query<'/api/v1/admin/disputes', 'get'>>;
type Status = NonNullable<DisputeQuery['status']>;
type Decision = NonNullable<DisputeCase['decision']>;

/**
 * Disputes: open ones oldest first (or decided ones), a case beside the
 * list with the order, both parties, the evidence files and what escrow
 * holds, and the decision (pay the carrier, refund the shipper, or split)
 * with a reason both parties read. The API moves the escrow once.
 */
@Component({
  selector: 'njia-disputes-page',
  imports: [TranslocoPipe, SignInAgain],
  templateUrl: './disputes-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DisputesPage {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly statuses = disputeStatusValues;
  protected readonly decisions = disputeDecisionValues;
  protected readonly status = signal<Status>('open');
  protected readonly disputes = signal<DisputeCase[]>([]);
  protected readonly page = signal(1);
  protected readonly lastPage = signal(1);
  protected readonly total = signal(0);
  protected readonly failed = signal(false);
  protected readonly selected = signal<DisputeCaseDetails | null>(null);
  protected readonly decision = signal<Decision | null>(null);
  /** The carrier's share of a split, as typed (major units). */
  protected readonly share = signal('');
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly decided = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts<'carrierAmount' | 'note'>(this.error);

  /** The split's share in minor units, or null while it is not a whole amount of the currency. */
  protected readonly shareMinor = computed(() => {
    const current = this.selected();
    const typed = Number(this.share().replace(',', '.'));
    if (!current || !this.share().trim() || !Number.isFinite(typed) || typed <= 0) return null;
    const currency = current.order.currency as Currency;
    return fitsMinorUnit(typed, currency) ? toMinor(typed, currency) : null;
  });
  protected readonly shareOutOfRange = computed(() => {
    const minor = this.shareMinor();
    return minor !== null && minor >= (this.selected()?.held ?? 0);
  });
  protected readonly canDecide = computed(() => {
    if (this.busy() || this.note().trim().length < 3 || !this.decision()) return false;
    return this.decision() !== 'split' || (this.shareMinor() !== null && !this.shareOutOfRange());
  });

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

  protected async select(dispute: DisputeCase): Promise<void> {
    this.decision.set(null);
    this.share.set('');
    this.note.set('');
    this.error.set(null);
    this.decided.set(false);
    try {
      this.selected.set(
        await this.api.get('/api/v1/admin/disputes/{id}', { path: { id: dispute.id } }),
      );
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected async decide(): Promise<void> {
    const current = this.selected();
    const decision = this.decision();
    if (!current || !decision || !this.canDecide()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await this.api.post('/api/v1/admin/disputes/{id}/decision', {
        path: { id: current.id },
        body: {
          decision,
          note: this.note().trim(),
          ...(decision === 'split' ? { carrierAmount: this.shareMinor()! } : {}),
        },
      });
      this.selected.set(result);
      this.decided.set(true);
      this.disputes.update((list) => list.filter((d) => d.id !== current.id));
      this.total.update((n) => Math.max(0, n - 1));
    } catch (error) {
      this.error.set(toApiError(error, ['carrierAmount', 'note']));
    } finally {
      this.busy.set(false);
    }
  }

  /** Opens an evidence file (the API needs the token, so it is fetched, then shown). */
  protected async open(url: string, fileName: string): Promise<void> {
    const blob = await this.api.blob(url);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  protected money(minor: number | null | undefined, currency: string): string {
    return minor === null || minor === undefined
      ? ''
      : formatMoney(minor, currency as Currency, this.language.current());
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { protectedFile } from '../core/api/protected-file';
import { ErrorMessages, errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { DISPUTE_REASONS, DisputeReason, Order, ProofOfDelivery, can } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { FieldError, FieldMessage } from './field-error';

/**
 * After delivery: the proof (photo, signature, who received it), then
 * confirm or dispute; once completed, rate the carrier. Every action
 * reports the order the server now holds (`changed`), or shows why not and
 * asks the parent to reload (`refused`).
 */
@Component({
  selector: 'njia-delivery-panel',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldError],
  templateUrl: './delivery-panel.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveryPanel {
  private readonly api = inject(OrdersApi);
  private readonly messages = inject(ErrorMessages);
  private readonly language = inject(Language);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly order = input.required<Order>();
  readonly proof = input<ProofOfDelivery | null>(null);
  readonly changed = output<Order>();
  readonly refused = output<void>();

  protected readonly reasons = DISPUTE_REASONS;
  protected readonly can = can;
  /** The proof's images sit behind the bearer token. */
  protected readonly photo = protectedFile(() => this.proof()?.photoUrl);
  protected readonly signature = protectedFile(() => this.proof()?.signatureUrl);
  protected readonly busy = signal<'confirm' | 'dispute' | 'rate' | null>(null);
  /** Completing pays the carrier: it is asked once more before it is done. */
  protected readonly confirming = signal(false);
  protected readonly disputing = signal(false);
  protected readonly rated = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly submitted = signal<'dispute' | 'rate' | null>(null);

  protected readonly disputeForm = this.fb.group({
    reason: this.fb.control<DisputeReason | ''>('', Validators.required),
    description: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(4000)]],
  });
  protected readonly ratingForm = this.fb.group({
    score: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(5),
    ]),
    comment: ['', Validators.maxLength(1000)],
  });

  protected readonly errorTexts = errorTexts(this.error);

  protected readonly receivedAt = computed(() =>
    formatDateTime(this.proof()?.deliveredAt, this.language.current()),
  );

  protected fieldError(form: 'dispute' | 'rate', field: string): FieldMessage | null {
    this.language.current();
    const server = this.error()?.fieldErrors[field]?.[0];
    if (server) return { text: this.messages.text(server) };
    const group: AbstractControl = form === 'dispute' ? this.disputeForm : this.ratingForm;
    const control = group.get(field);
    if (!control?.invalid || (this.submitted() !== form && !control.touched)) return null;
    return { key: `shipper.delivery.validation.${field}` };
  }

  protected async confirm(): Promise<void> {
    await this.run('confirm', [], () => this.api.confirmDelivery(this.order().id));
  }

  protected async dispute(): Promise<void> {
    this.submitted.set('dispute');
    this.disputeForm.markAllAsTouched();
    if (this.disputeForm.invalid) return;
    const { reason, description } = this.disputeForm.getRawValue();
    const done = await this.run('dispute', ['reason', 'description'], async () => {
      const result = await this.api.dispute(
        this.order().id,
        reason as DisputeReason,
        description.trim(),
      );
      return result.order;
    });
    if (done) this.disputing.set(false);
  }

  protected async rate(): Promise<void> {
    this.submitted.set('rate');
    this.ratingForm.markAllAsTouched();
    if (this.ratingForm.invalid) return;
    const { score, comment } = this.ratingForm.getRawValue();
    await this.run('rate', ['score', 'comment'], async () => {
      await this.api.rate(this.order().id, score!, comment.trim() || undefined);
      this.rated.set(true);
      return null;
    });
  }

  private async run(
    kind: 'confirm' | 'dispute' | 'rate',
    fields: string[],
    action: () => Promise<Order | null>,
  ): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(kind);
    this.error.set(null);
    try {
      const order = await action();
      if (order) this.changed.emit(order);
      return true;
    } catch (error) {
      const apiError = toApiError(error, fields);
      this.error.set(apiError);
      // Already rated (another device): the server is right, show it as done.
      if (apiError.formErrors.some((e) => e.code === 'E_ALREADY_RATED')) this.rated.set(true);
      if (apiError.status === 409) this.refused.emit();
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}

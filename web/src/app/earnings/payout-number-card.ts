import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';

export type PayoutNumber = Response<'/api/v1/payout-number', 'get'>;

/**
 * Where the carrier is paid: its payout number (else the owner's phone), a
 * new number proved by the code texted to it, and the safety delay after a
 * change. The API lets only the owner change it; others see their refusal.
 */
@Component({
  selector: 'njia-payout-number-card',
  imports: [TranslocoPipe],
  templateUrl: './payout-number-card.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayoutNumberCard {
  private readonly api = inject(Api);
  private readonly language = inject(Language);

  protected readonly number = signal<PayoutNumber | null>(null);
  protected readonly phone = signal('');
  protected readonly code = signal('');
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts<'phone' | 'code'>(this.error);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.number.set(await this.api.get('/api/v1/payout-number'));
    } catch {
      this.number.set(null);
    }
  }

  protected async ask(): Promise<void> {
    await this.act(() =>
      this.api.post('/api/v1/payout-number', { body: { phone: this.phone().trim() } }),
    );
  }

  protected async confirm(): Promise<void> {
    await this.act(() =>
      this.api.post('/api/v1/payout-number/confirm', { body: { code: this.code().trim() } }),
    );
  }

  private async act(call: () => Promise<PayoutNumber>): Promise<void> {
    this.error.set(null);
    try {
      this.number.set(await call());
      this.phone.set('');
      this.code.set('');
    } catch (error) {
      this.error.set(toApiError(error, ['phone', 'code']));
    }
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import type { Payment, PaymentProvider } from '../core/api/api-types';
import { Language } from '../core/i18n/language';
import { formatMoney } from '../core/money';
import { Order, can } from '../order/order';
import { PaymentsApi } from './payments-api';

const POLL_MS = 3_000;

/** The providers' own names, the same in every language. */
export const PROVIDER_NAMES: Record<PaymentProvider, string> = {
  mpesa: 'M-Pesa',
  wave: 'Wave',
  orange_money: 'Orange Money',
  airtel: 'Airtel Money',
  cash: '',
};

/**
 * The shipper's Payment card for a mobile money order: pay by one of the
 * providers the API offers for the order's currency (M-Pesa in Kenya, Wave
 * in Senegal), with the profile's phone or another; follow the prompt or
 * the provider's page (waiting → paid with the receipt, or failed with the
 * reason and a retry). The phone is shown masked as the API gives it.
 */
@Component({
  selector: 'njia-payment-card',
  imports: [FormsModule, TranslocoPipe],
  templateUrl: './payment-card.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentCard {
  private readonly api = inject(PaymentsApi);
  private readonly language = inject(Language);
  readonly order = input.required<Order>();
  /** The payment was received: the order's allowed actions changed. */
  readonly paid = output<void>();

  protected readonly payments = signal<Payment[]>([]);
  protected readonly latest = computed(() => this.payments()[0] ?? null);
  protected readonly providers = signal<PaymentProvider[]>([]);
  private readonly picked = signal<PaymentProvider | null>(null);
  /** The provider a new attempt uses: the one picked, else the first offered. */
  protected readonly provider = computed(() => this.picked() ?? this.providers()[0] ?? null);
  protected readonly providerName = computed(() => {
    const provider = this.provider();
    return provider ? PROVIDER_NAMES[provider] : '';
  });
  protected readonly names = PROVIDER_NAMES;
  protected readonly phone = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errorTexts = errorTexts(this.error);
  protected readonly amount = computed(() => {
    const order = this.order();
    return order.priceAmount === null
      ? ''
      : formatMoney(order.priceAmount, order.currency, this.language.current());
  });
  protected readonly canPay = computed(() => {
    const latest = this.latest();
    const live = latest?.status === 'pending' || latest?.status === 'received';
    return !live && this.provider() !== null && can(this.order(), 'pay');
  });

  constructor() {
    effect(() => {
      const id = this.order().id;
      untracked(() => void this.load(id));
    });
    const timer = setInterval(() => {
      if (this.latest()?.status === 'pending') void this.load(this.order().id);
    }, POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected pick(provider: PaymentProvider): void {
    this.picked.set(provider);
  }

  protected async pay(): Promise<void> {
    const provider = this.provider();
    if (!provider) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const payment = await this.api.pay(this.order().id, provider, this.phone());
      this.payments.update((list) => [payment, ...list]);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(orderId: number): Promise<void> {
    try {
      const before = this.latest()?.status;
      const { data, providers } = await this.api.list(orderId);
      this.payments.set(data);
      this.providers.set(providers);
      if (before === 'pending' && data[0]?.status === 'received') this.paid.emit();
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}

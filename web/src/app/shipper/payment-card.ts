import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import type { PaymentProvider } from '../core/api/api-types';
import { Language } from '../core/i18n/language';
import { Settings } from '../core/config/settings';
import { formatMoney } from '../core/money';
import { Order, can } from '../order/order';
import { PaymentsApi } from './payments-api';
import { PaymentStore } from './payment-store';

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
 * reason and a retry), live from the socket (PaymentStore). The phone is
 * shown masked as the API gives it.
 */
@Component({
  selector: 'njia-payment-card',
  imports: [FormsModule, TranslocoPipe],
  providers: [PaymentStore],
  templateUrl: './payment-card.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentCard {
  private readonly api = inject(PaymentsApi);
  private readonly store = inject(PaymentStore);
  private readonly language = inject(Language);
  private readonly settings = inject(Settings);
  readonly order = input.required<Order>();
  /** The payment was received: the order's allowed actions changed. */
  readonly paid = outputFromObservable(this.store.received$);

  protected readonly latest = this.store.latest;
  protected readonly providers = this.store.providers;
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
  /** A refused attempt, else the store's last failed read. */
  private readonly refused = signal<ApiError | null>(null);
  protected readonly error = computed(() => this.refused() ?? this.store.error());
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

  /**
   * In make dev (the server lists the provider among its simulators), where
   * a waiting phone prompt is answered by hand: the development phone. A
   * payment page (Wave, Orange Money) is already linked as `checkoutUrl`.
   */
  protected readonly devPhoneUrl = computed(() => {
    const latest = this.latest();
    const simulated = this.settings.current()?.paymentSimulators ?? [];
    return latest?.status === 'pending' &&
      !latest.checkoutUrl &&
      simulated.includes(latest.provider)
      ? `/api/v1/dev/phone/payments/${latest.id}`
      : null;
  });

  /**
   * Followed by id: the page reads the order again on every live change (and once paid),
   * and following anew would blank the card until the attempts are read again.
   */
  private readonly orderId = computed(() => this.order().id);

  constructor() {
    void this.settings.load();
    effect(() => {
      const id = this.orderId();
      untracked(() => this.store.follow(id));
    });
  }

  protected pick(provider: PaymentProvider): void {
    this.picked.set(provider);
  }

  protected async pay(): Promise<void> {
    const provider = this.provider();
    if (!provider) return;
    this.busy.set(true);
    this.refused.set(null);
    try {
      this.store.add(await this.api.pay(this.order().id, provider, this.phone()));
    } catch (error) {
      this.refused.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}

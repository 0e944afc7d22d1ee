import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { vehicleTypeName } from '../core/i18n/vehicle-type-name';
import { LocalNumberPipe, formatDateTime } from '../core/i18n/format';
import { formatMoney } from '../core/money';
import { Bid, Order, can } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { BidSort, bestOf, sortBids } from './bid-comparison';
import { PriceSplitView } from '../order/price-split';

/**
 * Open bids side by side (price, carrier rating, vehicle, pickup time), with
 * the cheapest, best rated and soonest marked. Accepting asks once more, then
 * reports the server's answer: the new order, or why not (and the parent
 * reloads, so a bid that went away meanwhile disappears).
 */
@Component({
  selector: 'njia-bid-list',
  imports: [LocalNumberPipe, TranslocoPipe, PriceSplitView],
  templateUrl: './bid-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BidList {
  protected readonly oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  private readonly api = inject(OrdersApi);
  private readonly language = inject(Language);
  readonly order = input.required<Order>();
  readonly bids = input.required<readonly Bid[]>();
  /** The order after a successful accept. */
  readonly accepted = output<Order>();
  /** An accept was refused: the parent reloads the order and the bids. */
  readonly refused = output<void>();
  readonly refresh = output<void>();

  protected readonly sortBy = signal<BidSort>('price');
  protected readonly sorted = computed(() => sortBids(this.bids(), this.sortBy()));
  protected readonly best = computed(() => bestOf(this.bids()));
  protected readonly mayAccept = computed(() => can(this.order(), 'acceptBid'));
  protected readonly confirming = signal<Bid | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errorTexts = errorTexts(this.error);

  protected money(bid: Bid): string {
    return formatMoney(bid.amount, bid.currency, this.language.current());
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current(), {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  protected vehicle(bid: Bid): string {
    const v = bid.vehicle;
    if (!v) return '—';
    const model = [v.make, v.model].filter(Boolean).join(' ');
    const type = v.type ? vehicleTypeName(v.type, this.language.current()) : null;
    return [type, model, v.plate].filter(Boolean).join(' · ');
  }

  protected ask(bid: Bid): void {
    this.error.set(null);
    this.confirming.set(bid);
  }

  protected async accept(): Promise<void> {
    const bid = this.confirming();
    if (!bid || this.busy()) return;
    this.busy.set(true);
    try {
      const order = await this.api.acceptBid(this.order().id, bid.id);
      this.confirming.set(null);
      this.accepted.emit(order);
    } catch (error) {
      this.error.set(toApiError(error));
      this.confirming.set(null);
      this.refused.emit();
    } finally {
      this.busy.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { ErrorMessages } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { WeightPipe, formatDateTime } from '../core/i18n/format';
import { formatMoney } from '../core/money';
import { Order, can } from '../order/order';
import { OrderStatusBadge } from '../order/order-status';
import { OrdersApi } from '../order/orders-api';

/** The shipper's orders, newest first, each with its state and a link. */
@Component({
  selector: 'njia-order-list',
  imports: [WeightPipe, RouterLink, TranslocoPipe, OrderStatusBadge],
  templateUrl: './order-list.html',
  styleUrl: './shipper.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderList {
  private readonly api = inject(OrdersApi);
  protected readonly messages = inject(ErrorMessages);
  protected readonly language = inject(Language);
  protected readonly orders = signal<Order[] | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    this.api.list().then(
      (page) => this.orders.set(page.data),
      (error) => this.error.set(toApiError(error)),
    );
  }

  protected price(order: Order): string | null {
    return order.priceAmount === null
      ? null
      : formatMoney(order.priceAmount, order.currency, this.language.current());
  }

  protected created(order: Order): string {
    return formatDateTime(order.createdAt, this.language.current(), { dateStyle: 'medium' });
  }

  /** What may still be edited (drafts) opens in the editor, everything else in the order page. */
  protected link(order: Order): unknown[] {
    return can(order, 'edit') ? ['/orders', order.id, 'edit'] : ['/orders', order.id];
  }
}

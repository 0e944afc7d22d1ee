import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '../core/api/api-error';
import { ErrorMessages } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { WeightPipe, formatKm } from '../core/i18n/format';
import { formatMoney } from '../core/money';
import { Bid, Order, can } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { GEOLOCATION, GpsStreamer } from './gps/gps-streamer';
import { LoadBoardMap } from './load-board-map';
import { PriceSplitView } from '../order/price-split';

export const RADII_KM = [25, 50, 100, 250, 500] as const;

/** Posted loads near the driver, as a list or on the map, nearest first. */
@Component({
  selector: 'njia-load-board',
  imports: [WeightPipe, TranslocoPipe, RouterLink, FormsModule, LoadBoardMap, PriceSplitView],
  templateUrl: './load-board.html',
  styleUrl: './load-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadBoard {
  private readonly api = inject(OrdersApi);
  private readonly gps = inject(GpsStreamer);
  private readonly geolocation = inject(GEOLOCATION);
  private readonly messages = inject(ErrorMessages);
  protected readonly language = inject(Language);

  protected readonly can = can;
  protected readonly radii = RADII_KM;
  protected readonly radiusKm = signal<number>(100);
  protected readonly view = signal<'list' | 'map'>('list');
  protected readonly orders = signal<Order[] | null>(null);
  protected readonly here = signal<{ lat: number; lng: number } | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The carrier's open bids ("My bids"): none for a driver not yet in a carrier. */
  protected readonly myBids = signal<Bid[]>([]);
  protected readonly bidOn = computed(
    () => new Map(this.myBids().map((bid) => [bid.orderId, bid])),
  );
  protected readonly orderById = computed(
    () => new Map((this.orders() ?? []).map((order) => [order.id, order])),
  );
  /** The order a bid was just placed or changed on, as the bid form says when it comes back. */
  protected readonly placed = signal<number | null>(
    (globalThis.history?.state as { bidPlaced?: number } | null)?.bidPlaced ?? null,
  );
  /** The bid asked to be withdrawn, waiting for the driver's yes. */
  protected readonly withdrawing = signal<Bid | null>(null);

  constructor() {
    void this.refresh();
  }

  protected money(order: Order): string {
    return order.priceAmount === null
      ? ''
      : formatMoney(order.priceAmount, order.currency, this.language.current());
  }

  protected bidMoney(bid: Bid): string {
    return formatMoney(bid.amount, bid.currency, this.language.current());
  }

  protected async withdraw(bid: Bid): Promise<void> {
    this.error.set(null);
    try {
      await this.api.withdrawBid(bid.orderId, bid.id);
      this.withdrawing.set(null);
      this.placed.set(null);
      await this.refresh();
    } catch (error) {
      if (error instanceof HttpErrorResponse) {
        this.error.set(this.messages.text(toApiError(error).formErrors[0]));
      }
    }
  }

  protected km(order: Order): string {
    return formatKm(order.distanceM, this.language.current());
  }

  protected setRadius(km: number): void {
    this.radiusKm.set(Number(km));
    void this.refresh();
  }

  async refresh(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const here = await this.locate();
      this.here.set(here);
      const near = `${here.lat},${here.lng}`;
      const [board, bids] = await Promise.all([
        this.api.list({ near, radiusKm: this.radiusKm(), perPage: 50 }),
        // Only a carrier's people have bids; anyone else is refused, and has none.
        this.api.myOpenBids().catch(() => [] as Bid[]),
      ]);
      this.orders.set(board.data);
      this.myBids.set(bids);
    } catch (error) {
      if (error instanceof HttpErrorResponse) {
        this.error.set(this.messages.text(toApiError(error).formErrors[0]));
      } else {
        this.error.set('driver.board.noLocation');
      }
    } finally {
      this.loading.set(false);
    }
  }

  private locate(): Promise<{ lat: number; lng: number }> {
    const fix = this.gps.lastFix();
    if (fix) return Promise.resolve({ lat: fix.lat, lng: fix.lng });
    return new Promise((resolve, reject) => {
      if (!this.geolocation) return reject(new Error('no geolocation'));
      this.geolocation.getCurrentPosition(
        (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
        reject,
        { maximumAge: 60_000, timeout: 20_000 },
      );
    });
  }
}

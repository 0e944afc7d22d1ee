import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../core/i18n/language';
import { formatNumber } from '../core/i18n/format';
import { Currency, formatMoney } from '../core/money';
import { Quote } from './price-quote';

/**
 * A price as the API split it (the commission rule is the server's): the
 * carrier reads what it nets, the shipper what it pays in all, each with the
 * commission beside it, in the reader's money format.
 */
@Component({
  selector: 'njia-price-split',
  imports: [TranslocoPipe],
  template: `
    @if (split() === 'unavailable') {
      <p class="hint" data-testid="split-unavailable">
        {{ 'order.split.unavailable' | transloco }}
      </p>
    } @else if (texts(); as t) {
      <p class="price-split" data-testid="price-split" aria-live="polite">
        @if (side() === 'carrier') {
          <strong data-testid="split-headline">{{
            'order.split.carrierNet' | transloco: t
          }}</strong>
          <small data-testid="split-detail">{{ 'order.split.carrierDetail' | transloco: t }}</small>
        } @else {
          <strong data-testid="split-headline">{{
            'order.split.shipperTotal' | transloco: t
          }}</strong>
          <small data-testid="split-detail">{{ 'order.split.shipperDetail' | transloco: t }}</small>
        }
      </p>
    }
  `,
  styles: `
    .price-split {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
      margin: 0.25rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriceSplitView {
  private readonly language = inject(Language);
  /** The split; null while there is no price; 'unavailable' when the API could not say. */
  readonly split = input.required<Quote>();
  readonly currency = input.required<Currency>();
  /** Whose figure leads: the carrier's net or the shipper's total. */
  readonly side = input.required<'carrier' | 'shipper'>();

  protected readonly texts = computed(() => {
    const split = this.split();
    if (!split || split === 'unavailable') return null;
    const language = this.language.current();
    const money = (amount: number) => formatMoney(amount, this.currency(), language);
    return {
      total: money(split.total),
      net: money(split.net),
      commission: money(split.commission),
      rate: formatNumber(split.basisPoints / 10_000, language, {
        style: 'percent',
        maximumFractionDigits: 2,
      }),
    };
  });
}

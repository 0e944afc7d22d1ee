import { Injectable, Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, debounceTime, distinctUntilChanged, from, map, of, switchMap } from 'rxjs';
import { Api } from '../core/api/api-client';
import { Currency } from '../core/money';
import { PriceSplit } from './order';

/** A price being typed, in minor units; null while the field holds no amount. */
export interface TypedPrice {
  amount: number | null;
  currency: Currency;
}

/** What the split of a typed price reads: the split, none yet, or the API did not answer. */
export type Quote = PriceSplit | null | 'unavailable';

/**
 * The split of a price the user is typing, asked of the API (which holds the
 * commission rule) once the typing pauses.
 */
@Injectable({ providedIn: 'root' })
export class PriceQuotes {
  private readonly api = inject(Api);

  split(amount: number, currency: Currency): Promise<PriceSplit> {
    return this.api.get('/api/v1/price-split', { query: { amount, currency } });
  }

  /** Follows `price` (call in an injection context): the latest typed price's split. */
  follow(price: Signal<TypedPrice>, pauseMs = 300): Signal<Quote> {
    return toSignal(
      toObservable(price).pipe(
        distinctUntilChanged((a, b) => a.amount === b.amount && a.currency === b.currency),
        debounceTime(pauseMs),
        switchMap(({ amount, currency }) =>
          amount === null || !Number.isInteger(amount) || amount < 1
            ? of(null)
            : from(this.split(amount, currency)).pipe(
                map((split): Quote => split),
                catchError(() => of('unavailable' as const)),
              ),
        ),
      ),
      { initialValue: null },
    );
  }
}

import { WeightPipe } from '../core/i18n/format';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map, startWith } from 'rxjs';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { ErrorMessages, errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { Vehicle } from '../core/api/api-types';
import { CURRENCIES, Currency, formatMoney, toMajor, toMinor } from '../core/money';
import { Bid, Order } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { DriverApi } from './driver-api';
import { VehicleTypeNamePipe } from '../core/i18n/vehicle-type-name';
import { PaperNamePipe } from '../core/i18n/paper-name';
import { PriceQuotes, TypedPrice } from '../order/price-quote';
import { PriceSplitView } from '../order/price-split';

const FIELDS = ['amount', 'currency', 'vehicleId', 'estimatedPickupAt', 'note'] as const;
type Field = (typeof FIELDS)[number];

/** `datetime-local` value for a time `hours` from now, in the phone's zone. */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A bid on a posted load: amount, currency, vehicle, pickup time and a note. */
@Component({
  selector: 'njia-bid-form',
  imports: [
    WeightPipe,
    VehicleTypeNamePipe,
    PaperNamePipe,
    ReactiveFormsModule,
    TranslocoPipe,
    RouterLink,
    PriceSplitView,
  ],
  templateUrl: './bid-form.html',
  styleUrl: './driver.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BidForm {
  private readonly api = inject(DriverApi);
  private readonly orders = inject(OrdersApi);
  private readonly router = inject(Router);
  private readonly messages = inject(ErrorMessages);
  private readonly language = inject(Language);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The order id, from the route. */
  readonly id = input.required<string>();
  /** `?bid=`: the carrier's open bid to change, instead of placing a new one. */
  readonly bid = input<string | undefined>();
  protected readonly changing = signal<Bid | null>(null);

  protected readonly currencies = CURRENCIES;
  protected readonly order = signal<Order | null>(null);
  protected readonly vehicles = signal<Vehicle[]>([]);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly loadError = signal<string | null>(null);

  protected readonly form = this.fb.group({
    amount: [null as number | null, [Validators.required, Validators.min(1)]],
    currency: ['KES' as Currency, Validators.required],
    vehicleId: [null as number | null, Validators.required],
    estimatedPickupAt: [localInputValue(new Date(Date.now() + 2 * 3600_000)), Validators.required],
    note: ['', Validators.maxLength(1000)],
  });

  /** What the carrier would net at the amount being typed (the API's split). */
  protected readonly quote = inject(PriceQuotes).follow(
    toSignal(
      this.form.valueChanges.pipe(
        startWith(null),
        map((): TypedPrice => {
          const { amount, currency } = this.form.getRawValue();
          return { amount: amount === null ? null : toMinor(Number(amount), currency), currency };
        }),
      ),
      { requireSync: true },
    ),
  );

  protected readonly price = computed(() => {
    const order = this.order();
    return order?.priceAmount != null
      ? formatMoney(order.priceAmount, order.currency, this.language.current())
      : '';
  });

  protected readonly serverErrors = errorTexts<Field>(this.apiError);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [order, vehicles] = await Promise.all([
        this.orders.order(Number(this.id())),
        this.api.vehicles(),
      ]);
      this.order.set(order);
      this.vehicles.set(vehicles);
      const own = this.bid()
        ? (await this.orders.bids(order.id)).find((b) => b.id === Number(this.bid()))
        : undefined;
      if (own?.status === 'open') {
        this.changing.set(own);
        this.form.patchValue({
          currency: own.currency,
          vehicleId: own.vehicleId,
          amount: toMajor(own.amount, own.currency),
          estimatedPickupAt: localInputValue(new Date(own.estimatedPickupAt)),
          note: own.note ?? '',
        });
        return;
      }
      this.form.patchValue({
        currency: order.currency,
        // The first truck that may bid; the others are listed, marked with the reason.
        vehicleId:
          (vehicles.find((v) => v.eligibility?.eligible !== false) ?? vehicles[0])?.id ?? null,
        amount: order.priceAmount ? toMajor(order.priceAmount, order.currency) : null,
      });
    } catch (error) {
      const e = toApiError(error);
      this.loadError.set(this.messages.text(e.formErrors[0] ?? Object.values(e.fieldErrors)[0][0]));
    }
  }

  /** The client's own check failed (shown as `driver.bid.invalid.<field>`). */
  protected clientInvalid(field: Field): boolean {
    return this.submitted() && this.form.controls[field].invalid;
  }

  protected serverErrorsFor(field: Field): string[] {
    return this.serverErrors().byField[field] ?? [];
  }

  protected invalid(field: Field): boolean {
    return this.clientInvalid(field) || this.serverErrorsFor(field).length > 0;
  }

  protected editing(field: Field): void {
    const error = this.apiError();
    if (error?.fieldErrors[field]) {
      const { [field]: _, ...rest } = error.fieldErrors;
      this.apiError.set({ ...error, fieldErrors: rest });
    }
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    const order = this.order();
    if (this.form.invalid || !order) return;
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.apiError.set(null);
    try {
      const bid = {
        amount: toMinor(Number(value.amount), value.currency),
        currency: value.currency,
        vehicleId: Number(value.vehicleId),
        estimatedPickupAt: new Date(value.estimatedPickupAt).toISOString(),
        ...(value.note.trim() ? { note: value.note.trim() } : {}),
      };
      const changing = this.changing();
      if (changing) await this.orders.updateBid(order.id, changing.id, bid);
      else await this.orders.placeBid(order.id, bid);
      await this.router.navigate(['/driver'], { state: { bidPlaced: order.id } });
    } catch (error) {
      this.apiError.set(toApiError(error, FIELDS));
    } finally {
      this.busy.set(false);
    }
  }
}

import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { Currency, fitsMinorUnit, toMajor, toMinor } from '../core/money';
import { phoneNumber } from '../core/phone-validators';
import { Order, OrderChanges, OrderInput, PaymentMethod, PlaceInput } from '../order/order';

export type Pricing = 'fixed' | 'bids';

/**
 * The order form mirrors the API body (pickup.address, cargo.weightKg, ...),
 * so a server error's `field` names the control it belongs to. The one
 * exception: the price is typed in major units (`price`), sent as
 * `priceAmount` in minor units.
 */
export function orderForm(fb: NonNullableFormBuilder) {
  const place = () =>
    fb.group({
      lat: fb.control<number | null>(null, [
        Validators.required,
        Validators.min(-90),
        Validators.max(90),
      ]),
      lng: fb.control<number | null>(null, [
        Validators.required,
        Validators.min(-180),
        Validators.max(180),
      ]),
      address: ['', [Validators.required, trimmedMin(3), Validators.maxLength(300)]],
      contactName: ['', [Validators.maxLength(120)]],
      contactPhone: ['', [phoneNumber]],
      /** `datetime-local` value (the browser's time zone); shown for the pickup only. */
      windowStart: [''],
    });
  return fb.group(
    {
      pickup: place(),
      dropoff: place(),
      cargo: fb.group({
        kind: ['', [Validators.required, trimmedMin(2), Validators.maxLength(80)]],
        weightKg: fb.control<number | null>(null, [
          Validators.required,
          Validators.min(0),
          Validators.max(100_000),
          integer,
        ]),
        volumeM3: fb.control<number | null>(null, [
          Validators.min(0),
          Validators.max(500),
          decimals(2),
        ]),
        count: fb.control<number | null>(null, [
          Validators.min(1),
          Validators.max(1_000_000),
          integer,
        ]),
        fragile: false,
        refrigerated: false,
      }),
      requiredVehicleTypeId: fb.control<number | null>(null),
      pricing: fb.control<Pricing>('bids'),
      price: fb.control<number | null>(null),
      currency: fb.control<Currency>('KES', Validators.required),
      paymentMethod: fb.control<PaymentMethod>('mobile_money', Validators.required),
      notes: ['', [Validators.maxLength(2000)]],
    },
    { validators: [priceWhenFixed, distinctStops] },
  );
}

export type OrderForm = ReturnType<typeof orderForm>;
export type OrderFormValue = ReturnType<OrderForm['getRawValue']>;

/** Wire field -> form control path, where they differ. */
const WIRE_TO_CONTROL: Record<string, string> = { priceAmount: 'price' };

/** The control a server error's `field` belongs to (null: not a field of this form). */
export function controlPathFor(field: string): string | null {
  const path = WIRE_TO_CONTROL[field] ?? field;
  return KNOWN_CONTROLS.includes(path) ? path : null;
}

export const KNOWN_CONTROLS = [
  ...['pickup', 'dropoff'].flatMap((p) =>
    ['lat', 'lng', 'address', 'contactName', 'contactPhone', 'windowStart'].map((f) => `${p}.${f}`),
  ),
  ...['kind', 'weightKg', 'volumeM3', 'count'].map((f) => `cargo.${f}`),
  'requiredVehicleTypeId',
  'price',
  'currency',
  'paymentMethod',
  'notes',
];
/** The wire names the API may report, for toApiError's "known fields". */
export const KNOWN_WIRE_FIELDS = [...KNOWN_CONTROLS.filter((c) => c !== 'price'), 'priceAmount'];

/**
 * The API body for a valid form: trimmed text, empty optionals null (a PATCH
 * clears them); `forCreate` leaves the nulls out for POST.
 */
export function toOrderChanges(value: OrderFormValue): Required<OrderChanges> {
  const place = (p: OrderFormValue['pickup']): PlaceInput => ({
    lat: p.lat!,
    lng: p.lng!,
    address: p.address.trim(),
    ...(p.contactName.trim() ? { contactName: p.contactName.trim() } : {}),
    ...(p.contactPhone.trim() ? { contactPhone: p.contactPhone.trim() } : {}),
    ...(p.windowStart ? { windowStart: new Date(p.windowStart).toISOString() } : {}),
  });
  const { cargo } = value;
  const fixed = value.pricing === 'fixed' && value.price !== null;
  return {
    pickup: place(value.pickup),
    dropoff: place(value.dropoff),
    cargo: {
      kind: cargo.kind.trim(),
      weightKg: cargo.weightKg!,
      ...(cargo.volumeM3 !== null ? { volumeM3: cargo.volumeM3 } : {}),
      ...(cargo.count !== null ? { count: cargo.count } : {}),
      fragile: cargo.fragile,
      refrigerated: cargo.refrigerated,
    },
    requiredVehicleTypeId: value.requiredVehicleTypeId,
    priceAmount: fixed ? toMinor(value.price!, value.currency) : null,
    openToBids: !fixed,
    currency: value.currency,
    paymentMethod: value.paymentMethod,
    notes: value.notes.trim() || null,
  };
}

export function forCreate(changes: Required<OrderChanges>): OrderInput {
  const entries = Object.entries(changes).filter(([, value]) => value !== null);
  return Object.fromEntries(entries) as OrderInput;
}

/** A saved draft back into the form, to keep editing it. */
export function fromOrder(order: Order): OrderFormValue {
  const place = (p: Order['pickup']) => ({
    lat: p.lat,
    lng: p.lng,
    address: p.address,
    contactName: p.contactName ?? '',
    contactPhone: p.contactPhone ?? '',
    windowStart: p.windowStart ? toLocalInput(p.windowStart) : '',
  });
  return {
    pickup: place(order.pickup),
    dropoff: place(order.dropoff),
    cargo: {
      kind: order.cargo.kind,
      weightKg: order.cargo.weightKg,
      volumeM3: order.cargo.volumeM3,
      count: order.cargo.count,
      fragile: order.cargo.fragile,
      refrigerated: order.cargo.refrigerated,
    },
    requiredVehicleTypeId: order.requiredVehicleTypeId,
    pricing: order.priceAmount !== null && !order.openToBids ? 'fixed' : 'bids',
    price: order.priceAmount !== null ? toMajor(order.priceAmount, order.currency) : null,
    currency: order.currency,
    paymentMethod: order.paymentMethod,
    notes: order.notes ?? '',
  };
}

/** An ISO instant as a `datetime-local` value in the browser's time zone. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The first failed check of a control, as the translation key suffix (`required`, `min`...). */
export function firstError(control: AbstractControl | null): string | null {
  const errors = control?.errors;
  return errors ? Object.keys(errors)[0] : null;
}

function integer(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || Number.isInteger(value) ? null : { integer: true };
}

function decimals(digits: number): ValidatorFn {
  return (control: AbstractControl<number | null>) => {
    const value = control.value;
    if (value === null) return null;
    return Math.abs(value * 10 ** digits - Math.round(value * 10 ** digits)) < 1e-6
      ? null
      : { decimals: true };
  };
}

function trimmedMin(length: number): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const value = (control.value ?? '').trim();
    return value && value.length < length ? { minlength: true } : null;
  };
}

/**
 * A fixed price needs an amount above zero that the currency's minor unit can
 * hold (no cents in XOF). Set on the price control so it shows beside it.
 */
function priceWhenFixed(group: AbstractControl): ValidationErrors | null {
  const price = group.get('price') as FormControl<number | null>;
  const currency = group.get('currency')!.value;
  let error: ValidationErrors | null = null;
  if (group.get('pricing')!.value === 'fixed') {
    const value = price.value;
    if (value === null) error = { required: true };
    else if (value <= 0) error = { positive: true };
    else if (!fitsMinorUnit(value, currency)) error = { decimals: true };
  }
  if (JSON.stringify(error) !== JSON.stringify(price.errors)) price.setErrors(error);
  return null;
}

/** Pickup and drop-off on the same spot is a mistake, shown beside the drop-off. */
function distinctStops(group: AbstractControl): ValidationErrors | null {
  const pickup = group.get('pickup')!.value as { lat: number | null; lng: number | null };
  const dropoff = group.get('dropoff')!.value as { lat: number | null; lng: number | null };
  const same =
    pickup.lat !== null &&
    dropoff.lat !== null &&
    Math.abs(pickup.lat - dropoff.lat!) < 1e-4 &&
    Math.abs(pickup.lng! - dropoff.lng!) < 1e-4;
  return same ? { sameStops: true } : null;
}

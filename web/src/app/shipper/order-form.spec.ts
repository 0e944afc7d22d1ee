import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import {
  KNOWN_WIRE_FIELDS,
  controlPathFor,
  firstError,
  fromOrder,
  orderForm,
  toOrderChanges,
  forCreate,
} from './order-form';
import { Order } from '../order/order';

function form() {
  return orderForm(TestBed.inject(NonNullableFormBuilder));
}

function filled() {
  const f = form();
  f.patchValue({
    pickup: {
      lat: -1.2864,
      lng: 36.8172,
      address: ' Moi Avenue, Nairobi ',
      contactPhone: '0712 345 678',
    },
    dropoff: { lat: -1.0333, lng: 37.0693, address: 'Thika town' },
    cargo: { kind: 'maize', weightKg: 5000 },
  });
  return f;
}

describe('order form', () => {
  it('asks for both stops on the map, an address, cargo and weight', () => {
    const f = form();
    expect(f.valid).toBe(false);
    expect(firstError(f.get('pickup.lat'))).toBe('required');
    expect(firstError(f.get('dropoff.lng'))).toBe('required');
    expect(firstError(f.get('pickup.address'))).toBe('required');
    expect(firstError(f.get('cargo.kind'))).toBe('required');
    expect(firstError(f.get('cargo.weightKg'))).toBe('required');
    expect(filled().valid).toBe(true);
  });

  it('catches out-of-range and malformed values before the server does', () => {
    const f = filled();
    f.patchValue({
      pickup: { address: 'ab', contactPhone: 'call me' },
      cargo: { weightKg: 100_001, volumeM3: 1.234, count: 0.5 },
    });
    expect(firstError(f.get('pickup.address'))).toBe('minlength');
    expect(firstError(f.get('pickup.contactPhone'))).toBe('phone');
    expect(firstError(f.get('cargo.weightKg'))).toBe('max');
    expect(firstError(f.get('cargo.volumeM3'))).toBe('decimals');
    expect(firstError(f.get('cargo.count'))).toBe('min');
  });

  it('needs a price above zero only when the price is fixed, in what the currency can hold', () => {
    const f = filled();
    expect(f.valid).toBe(true);
    f.patchValue({ pricing: 'fixed' });
    expect(firstError(f.get('price'))).toBe('required');
    f.patchValue({ price: 0 });
    expect(firstError(f.get('price'))).toBe('positive');
    f.patchValue({ price: 1500.5, currency: 'XOF' });
    expect(firstError(f.get('price'))).toBe('decimals');
    f.patchValue({ currency: 'KES' });
    expect(f.get('price')!.errors).toBeNull();
    f.patchValue({ pricing: 'bids', price: null });
    expect(f.valid).toBe(true);
  });

  it('refuses the same spot for pickup and drop-off', () => {
    const f = filled();
    f.patchValue({ dropoff: { lat: -1.2864, lng: 36.8172 } });
    expect(f.errors).toEqual({ sameStops: true });
  });

  it('sends trimmed text, the price in minor units, and leaves out empty optionals', () => {
    const f = filled();
    f.patchValue({ pricing: 'fixed', price: 1500.5, paymentMethod: 'cash' });
    const input = toOrderChanges(f.getRawValue());
    expect(input.pickup).toEqual({
      lat: -1.2864,
      lng: 36.8172,
      address: 'Moi Avenue, Nairobi',
      contactPhone: '0712 345 678',
    });
    expect(input.cargo).toEqual({
      kind: 'maize',
      weightKg: 5000,
      fragile: false,
      refrigerated: false,
    });
    expect(input.priceAmount).toBe(150050);
    expect(input.openToBids).toBe(false);
    expect(input.notes).toBeNull();
    expect(forCreate(input)).not.toHaveProperty('notes');
    expect(forCreate(input)).not.toHaveProperty('requiredVehicleTypeId');

    f.patchValue({ pricing: 'bids' });
    expect(toOrderChanges(f.getRawValue())).toMatchObject({ priceAmount: null, openToBids: true });
  });

  it('loads a saved draft back for editing', () => {
    const f = filled();
    f.patchValue({ pricing: 'fixed', price: 1200 });
    const input = toOrderChanges(f.getRawValue());
    const order = {
      ...input,
      id: 1,
      status: 'draft',
      pickup: {
        ...input.pickup,
        contactName: null,
        contactPhone: '+254712345678',
        windowStart: null,
        windowEnd: null,
      },
      dropoff: {
        ...input.dropoff,
        contactName: null,
        contactPhone: null,
        windowStart: null,
        windowEnd: null,
      },
      cargo: { ...input.cargo, volumeM3: null, count: null },
    } as unknown as Order;
    const value = fromOrder(order);
    expect(value.pricing).toBe('fixed');
    expect(value.price).toBe(1200);
    expect(value.pickup.contactPhone).toBe('+254712345678');
    expect(value.dropoff.contactName).toBe('');
  });

  it('sends the pickup date and time as an instant and shows it back as typed', () => {
    const f = filled();
    f.controls.pickup.patchValue({ windowStart: '2026-12-02T08:30' });
    const pickup = toOrderChanges(f.getRawValue()).pickup;
    expect(pickup.windowStart).toBe(new Date('2026-12-02T08:30').toISOString());
    const order = {
      pickup: { ...pickup, contactName: null, contactPhone: null, windowEnd: null },
      dropoff: { lat: 1, lng: 2, address: 'x', windowStart: null },
      cargo: { kind: 'maize', weightKg: 1, volumeM3: null, count: null },
      priceAmount: null,
      currency: 'KES',
    } as unknown as Order;
    expect(fromOrder(order).pickup.windowStart).toBe('2026-12-02T08:30');
    expect(fromOrder(order).dropoff.windowStart).toBe('');
    f.controls.pickup.patchValue({ windowStart: '' });
    expect(toOrderChanges(f.getRawValue()).pickup.windowStart).toBeUndefined();
  });

  it('puts a server error beside the control it names (priceAmount beside the price)', () => {
    expect(controlPathFor('pickup.address')).toBe('pickup.address');
    expect(controlPathFor('priceAmount')).toBe('price');
    expect(controlPathFor('cargo.photos')).toBeNull();
    expect(KNOWN_WIRE_FIELDS).toContain('priceAmount');
    expect(KNOWN_WIRE_FIELDS).not.toContain('price');
  });
});

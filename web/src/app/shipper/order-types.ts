import type { Body } from '../core/api/api-client';
import type { Present } from '../core/api/api-types';
import type { components } from '../core/api/openapi';

/**
 * The shipper's wire shapes, taken from the API's OpenAPI document
 * (core/api/openapi.d.ts, generated) rather than copied. The document marks
 * most response properties optional; the API always sends them (null when
 * empty), so `Present` makes them required for reading.
 */
type Schemas = components['schemas'];

export const CURRENCIES = ['KES', 'XOF', 'TZS', 'UGX'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const PAYMENT_METHODS = ['mobile_money', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const DISPUTE_REASONS = [
  'damaged',
  'missing_items',
  'not_delivered',
  'late',
  'wrong_address',
  'other',
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export type Order = Present<Schemas['Order']>;
export type OrderStatus = Order['status'];
export type Bid = Present<Schemas['Bid']>;
export type OrderEvent = Present<Schemas['OrderEvent']>;
export type OrderTrack = Present<Schemas['OrderTrack']>;
export type Eta = NonNullable<OrderTrack['eta']>;
export type VehicleType = Present<Schemas['VehicleType']>;
export type ProofOfDelivery = Present<Schemas['ProofOfDelivery']>;
export type Rating = Present<Schemas['Rating']>;
export type Dispute = Present<Schemas['Dispute']>;
export type Page<T> = { data: T[]; meta: Present<Schemas['OrderPage']>['meta'] };

export interface LatLng {
  lat: number;
  lng: number;
}

/** The create body; a PATCH also takes null to clear the price or the vehicle type. */
export type OrderInput = Body<'/api/v1/orders', 'post'>;
export type OrderChanges = Omit<
  Partial<OrderInput>,
  'priceAmount' | 'requiredVehicleTypeId' | 'notes'
> & {
  priceAmount?: number | null;
  requiredVehicleTypeId?: number | null;
  notes?: string | null;
};
export type PlaceInput = OrderInput['pickup'];

/** Digits after the decimal point of each currency's minor unit (ISO 4217). */
export const MINOR_DIGITS: Record<Currency, number> = { KES: 2, XOF: 0, TZS: 2, UGX: 0 };

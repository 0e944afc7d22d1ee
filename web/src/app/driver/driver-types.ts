import type { Body } from '../core/api/api-client';
import type { OrderStatus, Present } from '../core/api/api-types';
import type { components } from '../core/api/openapi';

/**
 * Wire shapes the driver app reads, taken from the API's OpenAPI document
 * (core/api/openapi.d.ts, generated) as the shipper's order-types.ts does:
 * only the fields the driver screens use.
 */
type Schemas = components['schemas'];
type WireOrder = Present<Schemas['Order']>;

export type { OrderStatus };

/** The moves a driver makes through `POST /orders/:id/status`. */
export type DriverMove = Body<'/api/v1/orders/{id}/status', 'post'>['status'];

export type Place = Pick<
  WireOrder['pickup'],
  'lat' | 'lng' | 'address' | 'contactName' | 'contactPhone'
>;

export type Order = Pick<
  WireOrder,
  | 'id'
  | 'status'
  | 'priceAmount'
  | 'currency'
  | 'openToBids'
  | 'paymentMethod'
  | 'notes'
  | 'assignedDriverId'
  | 'assignedVehicleId'
  | 'updatedAt'
> & {
  pickup: Place;
  dropoff: Place;
  cargo: Pick<WireOrder['cargo'], 'kind' | 'weightKg' | 'volumeM3' | 'count'>;
  /** On the load board only: metres from the driver to the pickup. */
  distanceM?: number;
};

export interface Page<T> {
  data: T[];
  meta: Present<Schemas['OrderPageMeta']>;
}

export interface Vehicle {
  id: number;
  plate: string;
  vehicleType: { id: number; code: string; name: string } | null;
}

export interface BidInput {
  amount: number;
  currency: string;
  vehicleId: number;
  estimatedPickupAt: string;
  note?: string;
}

export interface Bid extends BidInput {
  id: number;
  orderId: number;
  status: string;
}

export interface Duty {
  onDuty: boolean;
  since: string;
}

/** Where the driver's next move takes the order, from its current status. */
export const NEXT_MOVE: Partial<Record<OrderStatus, DriverMove>> = {
  assigned: 'pickup_pending',
  pickup_pending: 'picked_up',
  picked_up: 'in_transit',
  in_transit: 'delivered',
};

/** Statuses in which the order is the driver's active job (GPS streams). */
export const ACTIVE_JOB: readonly OrderStatus[] = [
  'assigned',
  'pickup_pending',
  'picked_up',
  'in_transit',
];

/** Minor units per major unit (XOF and friends have none). */
export function minorUnits(currency: string): number {
  return ['XOF', 'XAF', 'UGX', 'RWF'].includes(currency) ? 1 : 100;
}

/** "KES 12,500.00" from minor units, in the given locale. */
export function formatMoney(amount: number | null, currency: string, locale = 'en'): string {
  if (amount === null) return '';
  const digits = minorUnits(currency) === 1 ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / minorUnits(currency));
}

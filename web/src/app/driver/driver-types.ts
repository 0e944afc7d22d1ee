/** Wire shapes the driver app reads (backend/app/transformers, app/openapi). */

export type OrderStatus =
  | 'draft'
  | 'posted'
  | 'bidding'
  | 'assigned'
  | 'pickup_pending'
  | 'picked_up'
  | 'in_transit'
  | 'delivered'
  | 'completed'
  | 'cancelled'
  | 'disputed'
  | 'resolved';

/** The moves a driver makes through `POST /orders/:id/status`. */
export type DriverMove = 'pickup_pending' | 'picked_up' | 'in_transit' | 'delivered';

export interface Place {
  lat: number;
  lng: number;
  address: string;
  contactName: string | null;
  contactPhone: string | null;
}

export interface Order {
  id: number;
  status: OrderStatus;
  pickup: Place;
  dropoff: Place;
  cargo: { kind: string; weightKg: number; volumeM3: number | null; count: number | null };
  priceAmount: number | null;
  currency: string;
  openToBids: boolean;
  paymentMethod: string;
  notes: string | null;
  assignedDriverId: number | null;
  assignedVehicleId: number | null;
  updatedAt: string | null;
  /** On the load board only: metres from the driver to the pickup. */
  distanceM?: number;
}

export interface Page<T> {
  data: T[];
  meta: { total: number; perPage: number; currentPage: number; lastPage: number };
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

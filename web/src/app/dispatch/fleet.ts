import { NearbyDriver } from '../core/api/api-types';
import type { PositionEvent } from '../core/realtime/realtime-types';
import type { DriverMarker } from '../map/layers/drivers-layer';
import { Order, Phase, can, phaseOf } from '../order/order';

/** One truck on the dispatcher's map: its last point and what we know of it. */
export interface FleetDriver {
  id: number;
  name: string | null;
  plate: string | null;
  vehicleType: string | null;
  lat: number;
  lng: number;
  heading: number | null;
  activeOrderId: number | null;
  /** When the last point was recorded (ms since epoch). */
  seenAt: number;
}

export interface FleetFilters {
  /** Only drivers with a recent point (on duty and streaming). */
  onDutyOnly: boolean;
  /** A vehicle type code, or '' for any. */
  vehicleType: string;
  job: 'any' | 'with' | 'without';
}

export const NO_FILTERS: FleetFilters = { onDutyOnly: true, vehicleType: '', job: 'any' };

/** A driver whose last point is older than this is shown grey and counted off duty. */
export const STALE_AFTER_MS = 10 * 60_000;

export function fromNearby(driver: NearbyDriver): FleetDriver {
  return {
    id: driver.driverId,
    name: driver.name,
    plate: driver.vehicle?.plate ?? null,
    vehicleType: driver.vehicle?.type ?? null,
    lat: driver.lat,
    lng: driver.lng,
    heading: driver.heading,
    activeOrderId: driver.activeOrderId,
    seenAt: Date.parse(driver.recordedAt),
  };
}

/**
 * Applies live `position`s to the fleet, in one copy of the map however many
 * arrive (a big fleet sends thousands a second). A point older than the one
 * shown (a queue flushed late) does not move the truck back. Returns null
 * when nothing changed.
 */
export function applyPositions(
  fleet: ReadonlyMap<number, FleetDriver>,
  points: readonly PositionEvent[],
): Map<number, FleetDriver> | null {
  let next: Map<number, FleetDriver> | null = null;
  for (const p of points) {
    const known = (next ?? fleet).get(p.driverId);
    const seenAt = Date.parse(p.recordedAt);
    if (p.latest === false || (known && seenAt < known.seenAt)) continue;
    next ??= new Map(fleet);
    next.set(p.driverId, {
      id: p.driverId,
      name: known?.name ?? null,
      plate: known?.plate ?? null,
      vehicleType: known?.vehicleType ?? null,
      lat: p.lat,
      lng: p.lng,
      heading: p.heading ?? null,
      activeOrderId: p.orderId ?? null,
      seenAt,
    });
  }
  return next;
}

/** One position (see applyPositions). */
export function applyPosition(
  fleet: ReadonlyMap<number, FleetDriver>,
  p: PositionEvent,
): Map<number, FleetDriver> | null {
  return applyPositions(fleet, [p]);
}

export function isStale(driver: FleetDriver, now = Date.now()): boolean {
  return now - driver.seenAt > STALE_AFTER_MS;
}

export function filterFleet(
  drivers: Iterable<FleetDriver>,
  filters: FleetFilters,
  now = Date.now(),
): FleetDriver[] {
  const shown: FleetDriver[] = [];
  for (const d of drivers) {
    if (filters.onDutyOnly && isStale(d, now)) continue;
    if (filters.vehicleType && d.vehicleType !== filters.vehicleType) continue;
    if (filters.job === 'with' && d.activeOrderId === null) continue;
    if (filters.job === 'without' && d.activeOrderId !== null) continue;
    shown.push(d);
  }
  return shown;
}

export function toMarker(driver: FleetDriver, now = Date.now()): DriverMarker {
  return {
    id: driver.id,
    lat: driver.lat,
    lng: driver.lng,
    heading: driver.heading,
    state: isStale(driver, now) ? 'stale' : driver.activeOrderId !== null ? 'busy' : 'available',
    // Until its driver is looked up (FleetStore.learnName), an unknown truck has no label rather than an id.
    label: [driver.name, driver.plate].filter(Boolean).join(' · '),
  };
}

/** The order board's columns: the phases a dispatcher works on, in the order a load moves. */
export const BOARD_COLUMNS: readonly Phase[] = ['open', 'assigned', 'moving', 'delivered'];

export function boardColumns(orders: readonly Order[]) {
  return BOARD_COLUMNS.map((phase) => ({
    id: phase,
    orders: orders
      .filter((o) => phaseOf(o.status) === phase)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  }));
}

/** How the dispatcher may give the order a driver now, as the server says: none, assign or reassign. */
export function assignAction(order: Order): 'assign' | 'reassign' | null {
  if (can(order, 'reassign')) return 'reassign';
  return can(order, 'assign') ? 'assign' : null;
}

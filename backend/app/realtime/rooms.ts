/** Room names shared by the gateway (joins) and the services (fan-out). */
export const rooms = {
  order: (orderId: number) => `order:${orderId}`,
  fleet: (organisationId: number) => `fleet:${organisationId}`,
  /** Every driver of every carrier: platform dispatchers and admins. */
  platformFleet: 'fleet:platform',
  user: (userId: number) => `user:${userId}`,
  /** An order's payment attempts: the shipper side, platform dispatchers, admins (money's rule). */
  payments: (orderId: number) => `payments:${orderId}`,
  /** A milk route's stops and live truck: its driver and its cooperative's staff (collections' rule). */
  route: (routeId: number) => `route:${routeId}`,
}

/** The fleet rooms a driver's points and exceptions go to. */
export function fleetRoomsOf(organisationId: number | null) {
  return organisationId ? [rooms.fleet(organisationId), rooms.platformFleet] : [rooms.platformFleet]
}

import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import { attachRealtime } from '#providers/realtime_provider'
import db from '@adonisjs/lucid/services/db'
import {
  io as connect,
  type ManagerOptions,
  type Socket,
  type SocketOptions,
} from 'socket.io-client'
import Organisation from '#accounts/models/organisation'
import Order, { type OrderStatus } from '#orders/models/order'
import User, { type Role } from '#accounts/models/user'
import type { LatLng } from '#core/models/geo_point'
import RealtimeGateway from '#realtime/services/realtime_gateway'
import GpsWriteBuffer, { type PingRow } from '#tracking/services/gps_write_buffer'
import GpsFlushRunner from '#tracking/services/gps_flush_runner'
import GeofenceService from '#tracking/services/geofence_service'
import DriverContextService from '#tracking/services/driver_context_service'
import TrackingIngestService from '#tracking/services/tracking_ingest_service'
import IngestLimitService from '#tracking/services/ingest_limit_service'
import RoutePlanner from '#tracking/services/route_planner'
import RouteProvider from '#tracking/routing/route_provider'
import OrderEventService from '#orders/services/order_event_service'
import Broadcaster from '#realtime/services/broadcaster'
import RoomAccess from '#realtime/services/room_access'
import trackingConfig from '#config/tracking'
import type { Group } from '@japa/runner/core'

// Tests send points faster than a truck would: run geofence checks on every batch,
// so `geofencesSettled()` never waits for the throttle.
trackingConfig.exceptions.checkIntervalMs = 0
// Every test request comes from 127.0.0.1: the fuzz and protocol tests try many unknown
// device ids, which must not lock the address out for the suites after them.
trackingConfig.limits.unknownDevicesPer10Min = 1_000_000

let sequence = 0

export async function trackingOrg(kind: Organisation['kind'] = 'carrier') {
  return Organisation.create({ name: `${kind} t${++sequence}`, kind, country: 'KE' })
}

export async function trackingUser(role: Role, organisation?: Organisation | null) {
  sequence += 1
  const digits = `${process.pid % 1000}${Date.now() % 100000}${sequence}`.slice(-8).padStart(8, '0')
  return User.create({
    phone: `+2557${digits}`,
    name: `${role} ${sequence}`,
    role,
    organisationId: organisation?.id ?? null,
    locale: 'en',
  })
}

export async function tokenFor(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/** Nairobi CBD -> Thika, a typical short haul. */
export const PICKUP: LatLng = { lat: -1.2864, lng: 36.8172 }
export const DROPOFF: LatLng = { lat: -1.0333, lng: 37.0693 }

export async function assignedOrder(
  shipper: User,
  driver: User,
  carrier: Organisation | null,
  status: OrderStatus = 'assigned'
) {
  return Order.create({
    shipperId: shipper.id,
    status,
    pickup: PICKUP,
    pickupAddress: 'Moi Avenue, Nairobi',
    dropoff: DROPOFF,
    dropoffAddress: 'Thika town',
    cargoKind: 'maize',
    cargoWeightKg: 5000,
    currency: 'KES',
    paymentMethod: 'cash',
    assignedDriverId: driver.id,
    carrierOrganisationId: carrier?.id ?? null,
    // Assigned before the points the tests replay (a point older than the assignment is not the order's).
    assignedAt: DateTime.now().minus({ hours: 3 }),
    createdAt: DateTime.now().minus({ hours: 4 }),
  })
}

/** A point `secondsAgo` seconds old, `metresNorth` of `base`. */
export function point(seq: number, base: LatLng, secondsAgo: number, metresNorth = 0, extra = {}) {
  return {
    seq,
    lat: base.lat + metresNorth / 110_574,
    lng: base.lng,
    recordedAt: new Date(Date.now() - secondsAgo * 1000).toISOString(),
    accuracy: 8,
    speed: 10,
    ...extra,
  }
}

/** A validated point at the pickup, as the ways in hand it to the write buffer. */
export function pingRow(
  driverId: number,
  recordedAt: number,
  orderId: number | null = null
): PingRow {
  return {
    driverId,
    organisationId: null,
    orderId,
    recordedAt,
    lat: PICKUP.lat,
    lng: PICKUP.lng,
    accuracy: 5,
    speed: null,
    heading: null,
    altitude: null,
    battery: null,
    source: 'socket',
  }
}

/** A write buffer of its own (not the app's singleton), with the tests' flush runner. */
export async function writeBuffer(options: {
  batchSize: number
  flushMs: number
  spacingMs?: number
}) {
  return new GpsWriteBuffer(await app.container.make(GpsFlushRunner), options)
}

export async function countPings(driverId: number) {
  const result = await db.rawQuery('SELECT count(*)::int AS n FROM gps_pings WHERE driver_id = ?', [
    driverId,
  ])
  return result.rows[0].n as number
}

/** Attaches the Socket.IO gateway to the test HTTP server (the provider does it for `web`). */
export async function startRealtime() {
  const server = await app.container.make('server')
  await attachRealtime(server.getNodeServer()!)
  return `http://${process.env.HOST}:${process.env.PORT}`
}

/**
 * The gateway for the group's tests (started once) and `open(user)`, a
 * connected socket signed in as `user`; each test's sockets are closed
 * after it.
 */
export function socketsForEachTest(group: Group) {
  let url: string
  const sockets: Socket[] = []
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.teardown(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect())
  })
  return async (user: User) => {
    const socket = socketFor(url, await tokenFor(user))
    sockets.push(socket)
    await connected(socket)
    return socket
  }
}

/**
 * Drops every client and writes what is buffered. The gateway itself stays
 * attached until the app terminates (the provider closes it): engine.io
 * cannot be detached from an HTTP server and attached again.
 */
export async function stopRealtime() {
  const gateway = await app.container.make(RealtimeGateway)
  gateway.io?.disconnectSockets(true)
  const buffer = await app.container.make(GpsWriteBuffer)
  await buffer.drain()
}

/** Waits for the geofence and exception checks started so far (they run after the ack). */
export async function geofencesSettled() {
  const geofences = await app.container.make(GeofenceService)
  await geofences.settled()
}

/**
 * Plans routes with `router` until the returned function is called. The
 * container's `RouteProvider` is swapped, and the GPS pipeline's singletons
 * that hold a planner (the geofence checks, and the ingest entry that holds
 * them) are built afresh around it meanwhile; restoring brings the originals back.
 */
export async function routeWith(router: RouteProvider) {
  const make = app.container.make.bind(app.container)
  app.container.swap(RouteProvider, () => router)
  const geofences = new GeofenceService(
    await make(OrderEventService),
    await make(Broadcaster),
    await make(RoutePlanner)
  )
  const ingest = new TrackingIngestService(
    await make(DriverContextService),
    await make(IngestLimitService),
    await make(GpsWriteBuffer),
    geofences,
    await make(Broadcaster),
    await make(RoomAccess)
  )
  app.container.swap(GeofenceService, () => geofences)
  app.container.swap(TrackingIngestService, () => ingest)
  return async () => {
    await geofences.settled()
    app.container.restoreAll([RouteProvider, GeofenceService, TrackingIngestService])
  }
}

/** Forgets the cached driver contexts (every driver's, or one's). */
export async function forgetDriverContexts(driverId?: number) {
  const contexts = await app.container.make(DriverContextService)
  contexts.forget(driverId)
}

export function socketFor(
  url: string,
  token: string | undefined,
  options: Partial<ManagerOptions & SocketOptions> = {}
) {
  return connect(url, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...options,
  })
}

export function connected(socket: Socket) {
  return new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', (error) => reject(error))
  })
}

export function emitAck<T = any>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(10_000).emitWithAck(event, payload)
}

export function nextEvent<T = any>(socket: Socket, event: string, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs
    )
    socket.once(event, (payload: T) => {
      clearTimeout(timer)
      resolve(payload)
    })
  })
}

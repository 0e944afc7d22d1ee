import type { Server as HttpServer } from 'node:http'
import type { ApplicationService } from '@adonisjs/core/types'

/**
 * The gateway on an HTTP server, with every capability's socket events
 * registered (the tests attach it to their server the same way).
 */
export async function attachRealtime(nodeServer: HttpServer) {
  const { default: app } = await import('@adonisjs/core/services/app')
  const { default: RealtimeGateway } = await import('#realtime/services/realtime_gateway')
  const gateway = await app.container.make(RealtimeGateway)
  if (gateway.io) return gateway.io
  const { registerHandlers } = await import('#tracking/socket_handlers')
  const { default: WatchService } = await import('#tracking/services/watch_service')
  const watch = await app.container.make(WatchService)
  watch.registerRoomRules()
  const { default: LastPositions } = await import('#realtime/services/last_positions')
  const { default: DriverPositionService } =
    await import('#tracking/services/driver_position_service')
  const positions = await app.container.make(DriverPositionService)
  const lastPositions = await app.container.make(LastPositions)
  lastPositions.register((driverId) => positions.last(driverId))
  gateway.onConnection(registerHandlers)
  const { registerChatHandlers } = await import('#chat/socket_handlers')
  gateway.onConnection(registerChatHandlers)
  const { default: PaymentFeed } = await import('#money/services/payment_feed')
  const feed = await app.container.make(PaymentFeed)
  feed.registerRoomRule()
  const { registerPaymentHandlers } = await import('#money/socket_handlers')
  gateway.onConnection(registerPaymentHandlers)
  const { default: RouteFeed } = await import('#collections/services/route_feed')
  const routeFeed = await app.container.make(RouteFeed)
  routeFeed.register()
  const { registerRouteHandlers } = await import('#collections/socket_handlers')
  gateway.onConnection(registerRouteHandlers)
  return gateway.attach(nodeServer)
}

/**
 * Binds realtime's process-wide services as container singletons (the
 * broadcaster, who may be in which room, the rooms a driver's points also
 * go to, the gateway); starts the live side of the API once the HTTP server
 * exists: the Socket.IO gateway on the same server, the OsmAnd port when
 * OSMAND_PORT is set; and on shutdown writes whatever GPS points are still
 * buffered.
 */
export default class RealtimeProvider {
  #osmand?: HttpServer

  constructor(protected app: ApplicationService) {}

  /** Imported here, not at the top: the gateway reads the environment, not loaded at register(). */
  async boot() {
    const { default: Broadcaster } = await import('#realtime/services/broadcaster')
    const { default: RoomAccess } = await import('#realtime/services/room_access')
    const { default: TokenChecks } = await import('#realtime/services/token_checks')
    const { default: DriverRooms } = await import('#realtime/services/driver_rooms')
    const { default: LastPositions } = await import('#realtime/services/last_positions')
    const { default: RealtimeGateway } = await import('#realtime/services/realtime_gateway')
    const container = this.app.container
    container.singleton(Broadcaster, () => new Broadcaster())
    container.singleton(TokenChecks, () => new TokenChecks())
    container.singleton(
      RoomAccess,
      async (resolver) => new RoomAccess(await resolver.make(TokenChecks))
    )
    container.singleton(DriverRooms, () => new DriverRooms())
    container.singleton(LastPositions, () => new LastPositions())
    container.singleton(
      RealtimeGateway,
      async (resolver) =>
        new RealtimeGateway(await resolver.make(Broadcaster), await resolver.make(RoomAccess))
    )
  }

  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    const server = await this.app.container.make('server')
    const nodeServer = server.getNodeServer() as HttpServer | undefined
    if (!nodeServer) return
    await attachRealtime(nodeServer)

    const { default: trackingConfig } = await import('#config/tracking')
    if (trackingConfig.osmandPort) {
      const { startOsmandPort } = await import('#tracking/osmand_port')
      const { default: env } = await import('#start/env')
      this.#osmand = await startOsmandPort(
        trackingConfig.osmandPort,
        env.get('HOST'),
        server.handle.bind(server)
      )
    }
  }

  async shutdown() {
    this.#osmand?.close()
    const { default: RealtimeGateway } = await import('#realtime/services/realtime_gateway')
    const gateway = await this.app.container.make(RealtimeGateway)
    await gateway.close()
    const { default: GpsWriteBuffer } = await import('#tracking/services/gps_write_buffer')
    const buffer = await this.app.container.make(GpsWriteBuffer)
    await buffer.drain()
    const { default: GeofenceService } = await import('#tracking/services/geofence_service')
    const geofences = await this.app.container.make(GeofenceService)
    await geofences.settled()
  }
}

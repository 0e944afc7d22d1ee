// Live tracking: GPS ingest (HTTP + OsmAnd), duty, trackers, nearby drivers, tracks, exceptions.
// The Socket.IO side lives in app/realtime (see docs/realtime.md).
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { outsideProtocol } from '#core/http/outside_protocol'

const TrackingPositionsController = () =>
  import('#tracking/controllers/tracking_positions_controller')
const OsmandController = () => import('#tracking/controllers/osmand_controller')
const DriverDutyController = () => import('#tracking/controllers/driver_duty_controller')
const NearbyDriversController = () => import('#tracking/controllers/nearby_drivers_controller')
const FleetDriversController = () => import('#tracking/controllers/fleet_drivers_controller')
const TrackersController = () => import('#tracking/controllers/trackers_controller')
const OrderTracksController = () => import('#tracking/controllers/order_tracks_controller')
const DispatchExceptionsController = () =>
  import('#tracking/controllers/dispatch_exceptions_controller')

// Device apps authenticate with their tracker id, not a token; some POST the report raw.
outsideProtocol(router.route('/osmand', ['GET', 'POST'], [OsmandController, 'handle']), {
  readsRawBody: true,
})

router
  .group(() => {
    router.post('/tracking/positions', [TrackingPositionsController, 'store'])
    router.post('/drivers/me/duty', [DriverDutyController, 'update'])
    router.get('/drivers/nearby', [NearbyDriversController, 'index'])
    router.get('/drivers/:id', [FleetDriversController, 'show'])
    router.get('/trackers', [TrackersController, 'index'])
    router.post('/trackers', [TrackersController, 'store'])
    router.delete('/trackers/:id', [TrackersController, 'destroy'])
    router.get('/orders/:id/track', [OrderTracksController, 'show'])
    router.get('/dispatch/exceptions', [DispatchExceptionsController, 'index'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())

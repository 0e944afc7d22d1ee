import type { ApplicationService } from '@adonisjs/core/types'
import ErrorReporter from '#core/error_reporting/error_reporter'
import NominatimGeocoder from '#places/services/nominatim_geocoder'
import VehicleWork from '#fleet/services/vehicle_work'
import OrderPayments from '#orders/services/order_payments'
import SmsSender from '#sms/sms_sender'
import PushSender from '#notifications/push_sender'
import NotificationEvents from '#notifications/services/notification_events'
import UssdSessionStore from '#ussd/sessions/ussd_session_store'
import PaymentGateways from '#money/services/payment_gateways'
import PayoutGateways from '#money/services/payout_gateways'
import SimulatedPhone from '#money/providers/simulated_phone'
import StellarNetwork from '#money/providers/stellar_network'
import PayoutPayees from '#money/services/payout_payees'
import AuditSubjectNames from '#audit/services/audit_subject_names'
import UserCapabilities from '#accounts/services/user_capabilities'

/**
 * Process-wide services bound as container singletons, the outside
 * systems' implementations the configuration chooses, and the hooks one
 * capability offers and another fills (docs/architecture.md).
 */
export default class AppProvider {
  #errorReporter?: ErrorReporter

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(ErrorReporter, async () => {
      const { default: env } = await import('#start/env')
      const dsn = env.get('SENTRY_DSN')
      if (!dsn) {
        const { default: LogErrorReporter } =
          await import('#core/error_reporting/log_error_reporter')
        return new LogErrorReporter()
      }
      const { default: SentryErrorReporter } =
        await import('#core/error_reporting/sentry_error_reporter')
      return new SentryErrorReporter({
        dsn,
        environment: env.get('NODE_ENV'),
        serverName: env.get('APP_NAME'),
      })
    })
    this.app.container.singleton(SmsSender, async () => {
      const { default: smsConfig } = await import('#config/sms')
      const { makeSmsSender } = await import('#sms/senders/make_sms_sender')
      return makeSmsSender(smsConfig)
    })
    this.app.container.singleton(PushSender, async () => {
      const { default: config } = await import('#config/notifications')
      if (config.push.transport === 'fcm') {
        const { default: FcmPushSender } = await import('#notifications/senders/fcm_push_sender')
        return new FcmPushSender({
          projectId: config.push.projectId,
          credential: config.push.serviceAccount!,
        })
      }
      const { default: LogPushSender } = await import('#notifications/senders/log_push_sender')
      return new LogPushSender()
    })
    this.app.container.singleton(VehicleWork, () => new VehicleWork())
    // One request budget and one cache for the process (Nominatim's usage policy).
    this.app.container.singleton(NominatimGeocoder, () => new NominatimGeocoder())
    this.app.container.singleton(OrderPayments, () => new OrderPayments())
    this.app.container.singleton(PayoutPayees, () => new PayoutPayees())
    this.app.container.singleton(AuditSubjectNames, () => new AuditSubjectNames())
    this.app.container.singleton(UserCapabilities, () => new UserCapabilities())
    // The development phone's prompts: the simulators add them, its screen answers them.
    this.app.container.singleton(SimulatedPhone, () => new SimulatedPhone())
    this.app.container.singleton(PaymentGateways, async (resolver) => {
      const { default: moneyConfig } = await import('#config/money')
      const { makePayInGateways } = await import('#money/providers/make_payin_gateways')
      return new PaymentGateways(
        makePayInGateways(moneyConfig, await resolver.make(SimulatedPhone))
      )
    })
    this.app.container.singleton(PayoutGateways, async (resolver) => {
      const { default: moneyConfig } = await import('#config/money')
      const { makePayoutGateways } = await import('#money/providers/make_payout_gateways')
      const stellar = await resolver.make(StellarNetwork)
      return new PayoutGateways(makePayoutGateways(moneyConfig, stellar))
    })
    this.app.container.singleton(StellarNetwork, async () => {
      const { default: stellarConfig } = await import('#config/stellar')
      return new StellarNetwork(stellarConfig)
    })
    this.app.container.singleton(NotificationEvents, async (resolver) => {
      const { default: QueueService } = await import('#core/services/queue_service')
      return new NotificationEvents(await resolver.make(QueueService))
    })
    this.app.container.singleton(UssdSessionStore, async () => {
      const { redisEnabled } = await import('#config/redis')
      if (redisEnabled) {
        const { default: RedisUssdSessionStore } =
          await import('#ussd/sessions/redis_ussd_session_store')
        return new RedisUssdSessionStore()
      }
      const { default: DatabaseUssdSessionStore } =
        await import('#ussd/sessions/database_ussd_session_store')
      return new DatabaseUssdSessionStore()
    })
  }

  async boot() {
    // Sentry starts with the app, not at the first error.
    this.#errorReporter = await this.app.container.make(ErrorReporter)

    await this.#bindTracking()
    await this.#nameAuditSubjects()

    // What /me says a user may do: each capability asks the policy behind it (platform assembles them).
    const { capabilityRules } = await import('#platform/capability_rules')
    const { default: CooperativeService } =
      await import('#collections/services/cooperative_service')
    const capabilities = await this.app.container.make(UserCapabilities)
    capabilities.decideBy(
      capabilityRules(async (user) => {
        const cooperatives = await this.app.container.make(CooperativeService)
        return cooperatives.ofMember(user)
      })
    )

    // Orders ask money whether an order is paid (no pickup before payment, unless cash); money settles it on completion or as an admin decided its dispute.
    const { default: PaymentService } = await import('#money/services/payment_service')
    const orderPayments = await this.app.container.make(OrderPayments)
    orderPayments.register(async (orderIds, client) => {
      const payments = await this.app.container.make(PaymentService)
      return payments.paidOrderIds(orderIds, client)
    })
    const { default: SettlementService } = await import('#money/services/settlement_service')
    const { commissionRateFor, splitOnOrder } = await import('#money/commission')
    orderPayments.registerCommission({ rateFor: commissionRateFor, splitOn: splitOnOrder })
    orderPayments.onCompleted(async (order, trx) => {
      const settlement = await this.app.container.make(SettlementService)
      await settlement.settle(order, trx)
    })
    orderPayments.onCancelled(async (order, trx) => {
      const { default: RefundService } = await import('#money/services/refund_service')
      const refunds = await this.app.container.make(RefundService)
      await refunds.forCancellation(order, trx)
    })
    // The console names a farmer's payout by its farmer, whom only collections knows.
    const { default: FarmerPayoutLine } = await import('#collections/models/farmer_payout_line')
    const payees = await this.app.container.make(PayoutPayees)
    payees.register('farmer', async (payoutIds) => {
      const lines = await FarmerPayoutLine.query().whereIn('payout_id', payoutIds).preload('farmer')
      return new Map(lines.map((line) => [line.payoutId!, line.farmer.name]))
    })
    orderPayments.registerDisputes({
      settle: async (order, input, trx) => {
        const settlement = await this.app.container.make(SettlementService)
        return settlement.settleDispute(order, input, trx)
      },
      held: async (order) => {
        const settlement = await this.app.container.make(SettlementService)
        return settlement.held(order)
      },
    })

    const { default: Order } = await import('#orders/models/order')
    const work = await this.app.container.make(VehicleWork)
    work.register(async (vehicleId, driverId) => {
      const order = await Order.activeForVehicle(vehicleId, driverId)
      return order ? `order ${order.id} (${order.status})` : null
    })
  }

  /**
   * The audit log's rows recorded without their subject's name are named
   * when read, by the capability that owns the subject: an order (and a
   * payout or a pay-in, by the order it is for) by orders' one rule, a
   * person, an organisation, a paper, a vehicle type as new rows name them.
   */
  async #nameAuditSubjects() {
    // The module, not its default: the database service is set once the app has booted.
    const database = await import('@adonisjs/lucid/services/db')
    const db = { from: (table: string) => database.default.from(table) }
    const { orderName } = await import('#orders/order_name')
    const names = await this.app.container.make(AuditSubjectNames)
    const numeric = (ids: string[]) => ids.filter((id) => /^\d+$/.test(id)).map(Number)
    const byId = (rows: { id: number | string; name: string | null }[]) =>
      new Map(rows.flatMap((row) => (row.name ? [[String(row.id), row.name] as const] : [])))
    const column = (table: string, name: string) => async (ids: string[]) =>
      byId(await db.from(table).whereIn('id', numeric(ids)).select('id', `${name} as name`))
    names.register('user', column('users', 'name'))
    names.register('organisation', column('organisations', 'name'))
    names.register('document', column('fleet_documents', 'number'))
    names.register('vehicle_type', column('vehicle_types', 'name'))
    // `via`: the table whose rows are for an order (its order_id); none for the order itself.
    const orderOf = (via?: 'payouts' | 'payments') => async (ids: string[]) => {
      const subject = via ? `${via}.id` : 'o.id'
      const query = via
        ? db.from(via).join('orders as o', 'o.id', `${via}.order_id`)
        : db.from('orders as o')
      const rows = await query
        .whereIn(subject, numeric(ids))
        .select(`${subject} as id`, 'o.cargo_kind', 'o.pickup_address', 'o.dropoff_address')
      return new Map(
        rows.map((row) => [
          String(row.id),
          orderName({
            cargoKind: row.cargo_kind,
            pickupAddress: row.pickup_address,
            dropoffAddress: row.dropoff_address,
          }),
        ])
      )
    }
    names.register('order', orderOf())
    names.register('payout', orderOf('payouts'))
    names.register('payment', orderOf('payments'))
  }

  /**
   * The GPS pipeline's process-wide state: the ingest entry (recent points
   * per driver), the driver contexts it caches, the write buffer and the
   * geofence checks' throttle. Each is built once with its collaborators,
   * so a point costs no container look-up. Imported here, not at the top:
   * they read the configuration, which is not loaded at register().
   */
  async #bindTracking() {
    const { default: TrackingIngestService } =
      await import('#tracking/services/tracking_ingest_service')
    const { default: DriverContextService } =
      await import('#tracking/services/driver_context_service')
    const { default: IngestLimitService } = await import('#tracking/services/ingest_limit_service')
    const { default: GpsWriteBuffer } = await import('#tracking/services/gps_write_buffer')
    const { default: GpsFlushRunner } = await import('#tracking/services/gps_flush_runner')
    const { default: GeofenceService } = await import('#tracking/services/geofence_service')
    const { default: OrderEventService } = await import('#orders/services/order_event_service')
    const { default: Broadcaster } = await import('#realtime/services/broadcaster')
    const { default: RoomAccess } = await import('#realtime/services/room_access')
    const { default: DriverRooms } = await import('#realtime/services/driver_rooms')
    const { default: RouteProvider } = await import('#tracking/routing/route_provider')
    const { default: RoutePlanner } = await import('#tracking/services/route_planner')
    const { default: trackingConfig } = await import('#config/tracking')
    const container = this.app.container
    container.singleton(RouteProvider, async () => {
      if (!trackingConfig.routerUrl) {
        const { default: StraightLineRouter } =
          await import('#tracking/routing/straight_line_router')
        return new StraightLineRouter()
      }
      const { default: OsrmRouter } = await import('#tracking/routing/osrm_router')
      return new OsrmRouter(trackingConfig.routerUrl)
    })
    container.singleton(
      DriverContextService,
      async (resolver) => new DriverContextService(await resolver.make(DriverRooms))
    )
    container.singleton(GpsFlushRunner, () => new GpsFlushRunner())
    container.singleton(
      GpsWriteBuffer,
      async (resolver) => new GpsWriteBuffer(await resolver.make(GpsFlushRunner))
    )
    container.singleton(
      GeofenceService,
      async (resolver) =>
        new GeofenceService(
          await resolver.make(OrderEventService),
          await resolver.make(Broadcaster),
          await resolver.make(RoutePlanner)
        )
    )
    container.singleton(
      TrackingIngestService,
      async (resolver) =>
        new TrackingIngestService(
          await resolver.make(DriverContextService),
          await resolver.make(IngestLimitService),
          await resolver.make(GpsWriteBuffer),
          await resolver.make(GeofenceService),
          await resolver.make(Broadcaster),
          await resolver.make(RoomAccess)
        )
    )
  }

  /**
   * Notifications hear of business events where they happen: in the API and
   * in `queue:work` (jobs emit order events too). The test suites subscribe
   * when they want them, so other suites' events enqueue nothing.
   */
  async ready() {
    if (!['web', 'console'].includes(this.app.getEnvironment())) return
    const events = await this.app.container.make(NotificationEvents)
    events.subscribe()
  }

  /** After boot: the emitter service exists from here on. */
  async start() {
    const { default: TrackingListener } = await import('#tracking/services/tracking_listener')
    const { default: FarmerPayoutListener } =
      await import('#collections/services/farmer_payout_listener')
    const tracking = await this.app.container.make(TrackingListener)
    tracking.listen()
    const farmerPayouts = await this.app.container.make(FarmerPayoutListener)
    farmerPayouts.listen()
    await this.#releaseWorkOfSuspended()
  }

  /**
   * A suspended account's work under way goes back to who hands it out
   * (accounts cannot reach orders or collections). Made at each event, so
   * each service is the container's binding of that moment.
   */
  async #releaseWorkOfSuspended() {
    const { default: emitter } = await import('@adonisjs/core/services/emitter')
    const { default: SuspendedWorkService } =
      await import('#orders/services/suspended_work_service')
    const { default: CooperativeService } =
      await import('#collections/services/cooperative_service')
    emitter.on('user:suspended', async (event) => {
      const orders = await this.app.container.make(SuspendedWorkService)
      await orders.release(event)
      const cooperatives = await this.app.container.make(CooperativeService)
      await cooperatives.releaseDriver(event.userId)
    })
  }

  async shutdown() {
    await this.#errorReporter?.close()
  }
}

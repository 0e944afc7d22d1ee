import type { ApplicationService } from '@adonisjs/core/types'
import ErrorReporter from '#core/error_reporting/error_reporter'
import VehicleWork from '#fleet/services/vehicle_work'
import OrderPayments from '#orders/services/order_payments'
import SmsSender from '#sms/sms_sender'
import PushSender from '#notifications/push_sender'
import NotificationEvents from '#notifications/services/notification_events'
import UssdSessionStore from '#ussd/sessions/ussd_session_store'
import PaymentGateways from '#money/services/payment_gateways'

const CREW_CHANGES = new Set(['assigned', 'reassigned', 'unassigned'])

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
    this.app.container.singleton(OrderPayments, () => new OrderPayments())
    this.app.container.singleton(PaymentGateways, async () => {
      const { default: moneyConfig } = await import('#config/money')
      if (moneyConfig.mpesa.transport === 'daraja') {
        const { default: DarajaProvider } = await import('#money/providers/daraja_provider')
        return new PaymentGateways({ mpesa: new DarajaProvider(moneyConfig.mpesa.daraja) })
      }
      const { default: SimulatedMpesaProvider } =
        await import('#money/providers/simulated_mpesa_provider')
      return new PaymentGateways({ mpesa: new SimulatedMpesaProvider(moneyConfig.simulator) })
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

    // Imported here, not at the top: it reads the configuration, which is not loaded at register().
    const { default: TrackingIngestService } =
      await import('#tracking/services/tracking_ingest_service')
    this.app.container.singleton(TrackingIngestService, () => new TrackingIngestService())

    // Tracking follows the orders: a finished or reassigned order's exceptions close.
    const { default: geofenceService } = await import('#tracking/services/geofence_service')
    const emitter = await this.app.container.make('emitter')
    emitter.on('order:event', ({ orderId, event }) =>
      geofenceService.onOrderEvent(orderId, event.type)
    )

    // Orders ask money whether an order is paid (no pickup before payment, unless cash).
    const { default: PaymentService } = await import('#money/services/payment_service')
    const orderPayments = await this.app.container.make(OrderPayments)
    orderPayments.register(async (orderIds, client) => {
      const payments = await this.app.container.make(PaymentService)
      return payments.paidOrderIds(orderIds, client)
    })

    const { default: Order } = await import('#orders/models/order')
    const work = await this.app.container.make(VehicleWork)
    work.register(async (vehicleId, driverId) => {
      const order = await Order.activeForVehicle(vehicleId, driverId)
      return order ? `order ${order.id} (${order.status})` : null
    })
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
    await this.#resetTrackingOnCrewChange()
  }

  /** Tracking follows each crew on its own: a crew change resets the order's geofence facts. */
  async #resetTrackingOnCrewChange() {
    const { default: emitter } = await import('@adonisjs/core/services/emitter')
    const { default: logger } = await import('@adonisjs/core/services/logger')
    const { default: geofenceService } = await import('#tracking/services/geofence_service')
    emitter.on('order:event', ({ orderId, event }) => {
      if (!CREW_CHANGES.has(event.type as string)) return
      geofenceService
        .forgetCrew(orderId)
        .catch((error) => logger.error({ err: error, orderId }, 'tracking state reset failed'))
    })
  }

  async shutdown() {
    await this.#errorReporter?.close()
  }
}

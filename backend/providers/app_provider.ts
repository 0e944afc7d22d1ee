import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Wiring between capabilities that must not import each other
 * (docs/architecture.md): process-wide services bound as singletons, and
 * the hooks one capability offers and another fills.
 */
export default class AppProvider {
  constructor(protected app: ApplicationService) {}

  async register() {
    const { default: VehicleWork } = await import('#fleet/services/vehicle_work')
    this.app.container.singleton(VehicleWork, () => new VehicleWork())
  }

  async boot() {
    const { default: VehicleWork } = await import('#fleet/services/vehicle_work')
    const { default: Order } = await import('#orders/models/order')
    const work = await this.app.container.make(VehicleWork)
    work.register(async (vehicleId, driverId) => {
      const order = await Order.activeForVehicle(vehicleId, driverId)
      return order ? `order ${order.id} (${order.status})` : null
    })
  }
}

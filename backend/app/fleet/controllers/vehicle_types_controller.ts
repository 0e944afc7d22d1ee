import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import VehicleTypePolicy from '#fleet/policies/vehicle_type_policy'
import VehicleTypeService from '#fleet/services/vehicle_type_service'
import VehicleTypeTransformer from '#fleet/transformers/vehicle_type_transformer'
import {
  createVehicleTypeValidator,
  listVehicleTypesValidator,
  updateVehicleTypeValidator,
} from '#fleet/validators/vehicle_type'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { accountCountry } from '#accounts/account_country'

@inject()
export default class VehicleTypesController {
  constructor(
    private types: VehicleTypeService,
    private fleetAccess: FleetAccessService
  ) {}

  /** GET /api/v1/vehicle-types?country= */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(VehicleTypePolicy).authorize('viewAny')
    const { country } = await request.validateUsing(listVehicleTypesValidator)
    const user = auth.getUserOrFail()
    if (user.organisationId && !user.organisation) await user.load('organisation')
    const standing = await this.fleetAccess.of(user)
    // Those who work across countries see every type unless they name one.
    const everywhere = standing.admin || standing.platformDispatcher
    const types = await this.types.list(country ?? (everywhere ? undefined : accountCountry(user)))
    return { data: types.map((type) => VehicleTypeTransformer.toJSON(type)) }
  }

  /** POST /api/v1/vehicle-types (admin) */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(VehicleTypePolicy).authorize('manage')
    const input = await request.validateUsing(createVehicleTypeValidator)
    const type = await this.types.create(input, auth.getUserOrFail())
    return response.created(VehicleTypeTransformer.toJSON(type))
  }

  /** PATCH /api/v1/vehicle-types/:id (admin) */
  async update({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(VehicleTypePolicy).authorize('manage')
    const { params, ...changes } = await request.validateUsing(updateVehicleTypeValidator)
    const found = await this.types.find(params.id)
    const type = await this.types.update(found, changes, auth.getUserOrFail())
    return VehicleTypeTransformer.toJSON(type)
  }
}

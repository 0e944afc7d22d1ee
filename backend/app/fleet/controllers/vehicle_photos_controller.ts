import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import UploadService from '#core/services/upload_service'
import VehiclePolicy from '#fleet/policies/vehicle_policy'
import VehicleService from '#fleet/services/vehicle_service'
import VehicleTransformer from '#fleet/transformers/vehicle_transformer'
import { vehiclePhotoIdValidator, vehiclePhotoValidator } from '#fleet/validators/vehicle'
import { visibleVehicle } from '#fleet/controllers/vehicles_controller'

/** Photos of a vehicle: multipart upload, authorised download, delete. */
@inject()
export default class VehiclePhotosController {
  constructor(
    private vehicles: VehicleService,
    private uploads: UploadService
  ) {}

  /** POST /api/v1/vehicles/:id/photos (multipart, field `photo`) */
  async store(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    await ctx.bouncer.with(VehiclePolicy).authorize('manage', vehicle)
    const { photo } = await ctx.request.validateUsing(vehiclePhotoValidator)
    const saved = await this.vehicles.addPhoto(vehicle, photo, ctx.auth.getUserOrFail())
    return ctx.response.created(VehicleTransformer.photo(saved))
  }

  /** GET /api/v1/vehicles/:id/photos/:photoId — the image itself. */
  async show(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    const { params } = await ctx.request.validateUsing(vehiclePhotoIdValidator)
    const photo = await this.vehicles.findPhoto(vehicle, params.photoId)
    await this.uploads.send(ctx.response, photo.fileKey, { cacheControl: 'private, max-age=3600' })
  }

  /** DELETE /api/v1/vehicles/:id/photos/:photoId */
  async destroy(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    await ctx.bouncer.with(VehiclePolicy).authorize('manage', vehicle)
    const { params } = await ctx.request.validateUsing(vehiclePhotoIdValidator)
    await this.vehicles.removePhoto(await this.vehicles.findPhoto(vehicle, params.photoId))
    return ctx.response.noContent()
  }
}

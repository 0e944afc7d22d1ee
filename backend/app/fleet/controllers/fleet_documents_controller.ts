import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import FleetDocumentPolicy from '#fleet/policies/fleet_document_policy'
import VehiclePolicy from '#fleet/policies/vehicle_policy'
import FleetAccessService from '#fleet/services/fleet_access_service'
import DomainException from '#core/exceptions/domain_exception'
import UploadService from '#core/services/upload_service'
import FleetDocumentService from '#fleet/services/fleet_document_service'
import FleetDocumentTransformer from '#fleet/transformers/fleet_document_transformer'
import {
  documentIdValidator,
  listDocumentsValidator,
  rejectDocumentValidator,
  uploadDocumentValidator,
} from '#fleet/validators/fleet_document'

/**
 * Registration cards, insurance and driving licences. Another carrier's
 * document (or vehicle, or driver) answers 404; admins verify and reject.
 */
@inject()
export default class FleetDocumentsController {
  constructor(
    private documents: FleetDocumentService,
    private uploads: UploadService,
    private fleetAccess: FleetAccessService
  ) {}

  /** GET /api/v1/documents?status=&kind=&vehicleId=&driverId=&organisationId=&country=&expiringWithinDays=&sort=&page=&perPage= */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(FleetDocumentPolicy).authorize('viewAny')
    const filters = await listDocumentsValidator.validate(request.qs())
    const user = auth.getUserOrFail()
    const page = await this.documents.list(user, await this.fleetAccess.of(user), {
      ...filters,
      page: filters.page ?? 1,
      perPage: filters.perPage ?? 20,
    })
    return {
      data: page.all().map((document) => FleetDocumentTransformer.toJSON(document)),
      meta: {
        total: page.total,
        perPage: page.perPage,
        currentPage: page.currentPage,
        lastPage: page.lastPage,
      },
    }
  }

  /** POST /api/v1/documents (multipart: kind, number, expiresOn, vehicleId | driverId, file) */
  async store({ auth, bouncer, request, response }: HttpContext) {
    const { file, ...input } = await request.validateUsing(uploadDocumentValidator)
    const user = auth.getUserOrFail()
    const owner = await this.documents.ownerFor(user, input)
    if ('vehicle' in owner) {
      if (await bouncer.with(VehiclePolicy).denies('view', owner.vehicle)) {
        throw DomainException.notFound('Vehicle')
      }
      await bouncer.with(FleetDocumentPolicy).authorize('uploadForVehicle', owner.vehicle)
    } else {
      if (await bouncer.with(FleetDocumentPolicy).denies('viewDriver', owner.driver)) {
        throw DomainException.notFound('Driver')
      }
      await bouncer.with(FleetDocumentPolicy).authorize('uploadForDriver', owner.driver)
    }
    const document = await this.documents.upload(user, owner, input, file)
    return response.created(
      FleetDocumentTransformer.toJSON(await this.documents.withOwners(document))
    )
  }

  /** GET /api/v1/documents/:id */
  async show(ctx: HttpContext) {
    const document = await this.visibleDocument(ctx)
    return FleetDocumentTransformer.toJSON(await this.documents.withOwners(document))
  }

  /** GET /api/v1/documents/:id/file — the scan itself. */
  async file(ctx: HttpContext) {
    const document = await this.visibleDocument(ctx)
    await this.uploads.send(ctx.response, document.fileKey, { fileName: document.fileName })
  }

  /** POST /api/v1/documents/:id/verify (admin) */
  async verify(ctx: HttpContext) {
    await this.visibleDocument(ctx)
    await ctx.bouncer.with(FleetDocumentPolicy).authorize('review')
    const { params } = await ctx.request.validateUsing(documentIdValidator)
    const document = await this.documents.verify(params.id, ctx.auth.getUserOrFail())
    return FleetDocumentTransformer.toJSON(await this.documents.withOwners(document))
  }

  /** POST /api/v1/documents/:id/reject {reason} (admin) */
  async reject(ctx: HttpContext) {
    await this.visibleDocument(ctx)
    await ctx.bouncer.with(FleetDocumentPolicy).authorize('review')
    const { params, reason } = await ctx.request.validateUsing(rejectDocumentValidator)
    const document = await this.documents.reject(params.id, ctx.auth.getUserOrFail(), reason)
    return FleetDocumentTransformer.toJSON(await this.documents.withOwners(document))
  }

  private async visibleDocument({ bouncer, request }: HttpContext) {
    const { params } = await request.validateUsing(documentIdValidator)
    const document = await this.documents.find(params.id)
    if (await bouncer.with(FleetDocumentPolicy).denies('view', document)) {
      throw DomainException.notFound('Document')
    }
    return document
  }
}

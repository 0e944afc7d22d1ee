import { DateTime } from 'luxon'
import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'
import fleetConfig from '#config/fleet'
import FleetDocument, {
  type DocumentKind,
  type DocumentSort,
  type DocumentStatus,
  VEHICLE_DOCUMENT_KINDS,
} from '#fleet/models/fleet_document'
import User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import Vehicle from '#fleet/models/vehicle'
import type { FleetAccess } from '#fleet/fleet_access'
import UploadService from '#core/services/upload_service'
import VehicleService from '#fleet/services/vehicle_service'
import AuditService from '#audit/services/audit_service'
import { drives } from '#accounts/membership_rules'

/** Payload of the `fleet:document` application event: an admin reviewed a paper. */
export interface DocumentReviewedMessage {
  documentId: number
  status: 'verified' | 'rejected'
  reviewerId: number
}

declare module '@adonisjs/core/types' {
  interface EventsList {
    'fleet:document': DocumentReviewedMessage
  }
}

export type DocumentOwner = { vehicle: Vehicle } | { driver: User }

export interface DocumentInput {
  kind: DocumentKind
  number: string
  expiresOn: Date
  vehicleId?: number
  driverId?: number
}

export interface DocumentFilters {
  status?: DocumentStatus
  kind?: DocumentKind
  vehicleId?: number
  driverId?: number
  organisationId?: number
  country?: string
  /** Expiring from today to this many days ahead. */
  expiringWithinDays?: number
  sort?: DocumentSort
  page: number
  perPage: number
}

/**
 * Registration cards, insurance and driving licences: upload, review by an
 * admin, and the file itself. Eligibility to take loads is derived from
 * them by FleetEligibilityService.
 */
@inject()
export default class FleetDocumentService {
  constructor(
    private vehicles: VehicleService,
    private uploads: UploadService,
    private audit: AuditService
  ) {}

  async list(user: User, access: FleetAccess, filters: DocumentFilters) {
    const query = FleetDocument.query()
    if (filters.sort === 'oldest') query.orderBy('created_at', 'asc').orderBy('id', 'asc')
    else if (filters.sort === 'expiry') query.orderBy('expires_on', 'asc').orderBy('id', 'asc')
    else query.orderBy('created_at', 'desc').orderBy('id', 'desc')
    if (!access.admin && !access.platformDispatcher) {
      query.where((scope) => {
        scope.where('driver_id', user.id)
        if (access.carrierId === null) return
        scope.orWhere((carrier) => {
          carrier.where('organisation_id', access.carrierId!)
          // Drivers see their vehicles' papers, not their colleagues' licences.
          if (!access.manager) carrier.whereNotNull('vehicle_id')
        })
      })
    }
    if (filters.status) query.where('status', filters.status)
    if (filters.kind) query.where('kind', filters.kind)
    if (filters.vehicleId) query.where('vehicle_id', filters.vehicleId)
    if (filters.driverId) query.where('driver_id', filters.driverId)
    if (filters.organisationId) query.where('organisation_id', filters.organisationId)
    if (filters.country) {
      query.whereIn(
        'organisation_id',
        Organisation.query().select('id').where('country', filters.country)
      )
    }
    if (filters.expiringWithinDays !== undefined) {
      const today = DateTime.now().toISODate()!
      const until = DateTime.now().plus({ days: filters.expiringWithinDays }).toISODate()!
      query.whereBetween('expires_on', [today, until])
    }
    const page = await query.paginate(filters.page, filters.perPage)
    await this.loadOwners(page.all())
    return page
  }

  /** The carrier, vehicle and driver a document's page names. */
  async withOwners(document: FleetDocument) {
    await this.loadOwners([document])
    return document
  }

  /**
   * Three queries one after the other, not Lucid's preloads: those run at
   * once on one connection, which the embedded database mixes up.
   */
  private async loadOwners(documents: FleetDocument[]) {
    const ids = (pick: (document: FleetDocument) => number | null) => [
      ...new Set(documents.map(pick).filter((id): id is number => id !== null)),
    ]
    const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))
    const organisations = byId(
      await Organisation.query().whereIn(
        'id',
        ids((document) => document.organisationId)
      )
    )
    const vehicles = byId(
      await Vehicle.query().whereIn(
        'id',
        ids((document) => document.vehicleId)
      )
    )
    const drivers = byId(
      await User.query().whereIn(
        'id',
        ids((document) => document.driverId)
      )
    )
    for (const document of documents) {
      document.$setRelated('organisation', organisations.get(document.organisationId!) ?? null)
      document.$setRelated('vehicle', vehicles.get(document.vehicleId!) ?? null)
      document.$setRelated('driver', drivers.get(document.driverId!) ?? null)
    }
  }

  async find(id: number) {
    const document = await FleetDocument.find(id)
    if (!document) throw DomainException.notFound('Document')
    return document
  }

  /**
   * The vehicle or driver a new document is for. 404 for a vehicle that
   * does not exist; 422 when the kind and the owner do not match.
   */
  async ownerFor(actor: User, input: DocumentInput): Promise<DocumentOwner> {
    const forVehicle = (VEHICLE_DOCUMENT_KINDS as readonly string[]).includes(input.kind)
    if (forVehicle) {
      if (input.driverId !== undefined) {
        throw mismatch(
          'driverId',
          `A ${input.kind} belongs to a vehicle; send vehicleId, not driverId.`
        )
      }
      return { vehicle: await this.vehicles.find(input.vehicleId!) }
    }
    if (input.vehicleId !== undefined) {
      throw mismatch(
        'vehicleId',
        'A driving licence belongs to a driver; send driverId, not vehicleId.'
      )
    }
    const driverId = input.driverId ?? (drives(actor.role) ? actor.id : undefined)
    if (driverId === undefined) {
      throw mismatch('driverId', 'Say whose driving licence this is with driverId.')
    }
    const driver = driverId === actor.id ? actor : await User.find(driverId)
    if (!driver) throw DomainException.notFound('Driver')
    return { driver }
  }

  /** Stores the file first (after sniffing its type); the row only if that worked. */
  async upload(actor: User, owner: DocumentOwner, input: DocumentInput, file: MultipartFile) {
    if ('driver' in owner && !drives(owner.driver.role)) {
      throw mismatch('driverId', 'Only drivers hold a driving licence here.')
    }
    const stored = await this.uploads.store(file, {
      folder: 'documents',
      field: 'file',
      mimeTypes: fleetConfig.uploads.documentMimeTypes,
    })
    const vehicle = 'vehicle' in owner ? owner.vehicle : null
    const driver = 'driver' in owner ? owner.driver : null
    let document: FleetDocument
    try {
      document = await FleetDocument.create({
        kind: input.kind,
        organisationId: vehicle?.organisationId ?? driver?.organisationId ?? null,
        vehicleId: vehicle?.id ?? null,
        driverId: driver?.id ?? null,
        number: input.number,
        expiresOn: DateTime.fromJSDate(input.expiresOn),
        fileKey: stored.key,
        fileName: stored.fileName,
        contentType: stored.contentType,
        fileSize: stored.size,
        status: 'pending',
        uploadedById: actor.id,
      })
    } catch (error) {
      await this.uploads.remove(stored.key)
      throw error
    }
    // Read back the columns the database filled in (nulls), as a loaded document has them.
    await document.refresh()
    return document
  }

  /** pending -> verified. An expired document cannot be verified. */
  async verify(id: number, admin: User) {
    return this.review(id, admin, (document) => {
      if (document.status !== 'pending') throw invalidState(document, 'verified')
      if (document.isExpired()) {
        throw new DomainException(
          `Document ${document.id} expired on ${document.expiresOn.toISODate()}; it cannot be verified.`,
          { status: 409, code: 'E_DOCUMENT_EXPIRED' }
        )
      }
      document.merge({ status: 'verified', rejectionReason: null, reviewedById: admin.id })
    })
  }

  /** pending | verified -> rejected (a verified document can be revoked, e.g. if forged). */
  async reject(id: number, admin: User, reason: string) {
    return this.review(id, admin, (document) => {
      if (document.status === 'rejected') throw invalidState(document, 'rejected')
      document.merge({ status: 'rejected', rejectionReason: reason, reviewedById: admin.id })
    })
  }

  /** Row-locked so two admins reviewing at once cannot both win; audited in the same transaction. */
  private async review(id: number, admin: User, change: (document: FleetDocument) => void) {
    const document = await this.lockAndChange(id, admin, change)
    // After the commit: whoever listens (notifications) hears only of what was saved.
    void emitter.emit('fleet:document', {
      documentId: document.id,
      status: document.status as 'verified' | 'rejected',
      reviewerId: document.reviewedById!,
    })
    return document
  }

  private async lockAndChange(id: number, admin: User, change: (document: FleetDocument) => void) {
    return db.transaction(async (trx) => {
      const document = await FleetDocument.query({ client: trx })
        .where('id', id)
        .forUpdate()
        .first()
      if (!document) throw DomainException.notFound('Document')
      const before = { status: document.status, rejectionReason: document.rejectionReason }
      change(document)
      document.reviewedAt = DateTime.now()
      await document.save()
      await this.audit.record(
        {
          action: document.status === 'verified' ? 'paper.verified' : 'paper.rejected',
          actor: admin,
          subject: { type: 'document', id: document.id, name: document.number },
          reason: document.rejectionReason,
          before,
          after: { status: document.status, rejectionReason: document.rejectionReason },
        },
        trx
      )
      return document
    })
  }
}

function mismatch(field: string, message: string) {
  return new DomainException(message, { status: 422, code: 'E_DOCUMENT_OWNER_MISMATCH', field })
}

function invalidState(document: FleetDocument, target: DocumentStatus) {
  return new DomainException(
    `Document ${document.id} is ${document.status}; it cannot be ${target} now.`,
    { status: 409, code: 'E_INVALID_STATE' }
  )
}

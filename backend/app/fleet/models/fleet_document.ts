import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Vehicle from '#fleet/models/vehicle'
import User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'

export const VEHICLE_DOCUMENT_KINDS = ['registration_card', 'insurance'] as const
export const DRIVER_DOCUMENT_KINDS = ['driving_licence'] as const
export const DOCUMENT_KINDS = [...VEHICLE_DOCUMENT_KINDS, ...DRIVER_DOCUMENT_KINDS] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
export const DOCUMENT_STATUSES = ['pending', 'verified', 'rejected'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]
/** Lists: newest uploads first, oldest first (the review queue), or soonest expiry first. */
export const DOCUMENT_SORTS = ['newest', 'oldest', 'expiry'] as const
export type DocumentSort = (typeof DOCUMENT_SORTS)[number]

/**
 * A registration card / insurance certificate (vehicleId set) or a driving
 * licence (driverId set). The newest document of a kind is the one that counts.
 */
export default class FleetDocument extends BaseModel {
  static table = 'fleet_documents'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kind: DocumentKind

  /** The carrier that owns the vehicle, or the driver's organisation. */
  @column()
  declare organisationId: number | null

  @column()
  declare vehicleId: number | null

  @column()
  declare driverId: number | null

  @column()
  declare number: string

  @column.date()
  declare expiresOn: DateTime

  @column({ serializeAs: null })
  declare fileKey: string

  @column()
  declare fileName: string

  @column()
  declare contentType: string

  @column()
  declare fileSize: number

  @column()
  declare status: DocumentStatus

  @column()
  declare rejectionReason: string | null

  @column()
  declare reviewedById: number | null

  @column.dateTime()
  declare reviewedAt: DateTime | null

  @column()
  declare uploadedById: number | null

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @belongsTo(() => Vehicle)
  declare vehicle: BelongsTo<typeof Vehicle>

  @belongsTo(() => User, { foreignKey: 'driverId' })
  declare driver: BelongsTo<typeof User>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** Expired the day after `expiresOn`. */
  isExpired(on: DateTime = DateTime.now()) {
    return this.expiresOn.startOf('day') < on.startOf('day')
  }
}

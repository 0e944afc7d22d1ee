import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organisation from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'

/** `expired` is stored once a newer invitation replaces an expired one; until then it is read from `expiresAt`. */
export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'expired'] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

/** An organisation asking someone who already has an account to join it in a role. */
export default class OrganisationInvitation extends BaseModel {
  static table = 'organisation_invitations'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organisationId: number

  @column()
  declare userId: number

  @column()
  declare role: Role

  @column()
  declare invitedById: number | null

  @column()
  declare status: InvitationStatus

  /** Texted to the invitee: they may answer `YES <code>` or `NO <code>`. */
  @column({ serializeAs: null })
  declare code: string

  @column.dateTime()
  declare expiresAt: DateTime

  @column.dateTime()
  declare answeredAt: DateTime | null

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'invitedById' })
  declare invitedBy: BelongsTo<typeof User>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** What the invitation is now: a pending one past its time has expired. */
  get currentStatus(): InvitationStatus {
    return this.status === 'pending' && this.expiresAt <= DateTime.now() ? 'expired' : this.status
  }
}

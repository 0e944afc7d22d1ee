import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import Organisation from '#accounts/models/organisation'
import accountsConfig from '#config/accounts'
import type { Locale } from '#core/locales'

/** `clerk` and `grader` work for a cooperative: they record and test the milk collected. */
export const ROLES = ['shipper', 'driver', 'dispatcher', 'admin', 'clerk', 'grader'] as const
export type Role = (typeof ROLES)[number]

export default class User extends BaseModel {
  static accessTokens = DbAccessTokensProvider.forModel(User, {
    expiresIn: accountsConfig.accessTokenTtl,
    prefix: 'njia_',
  })

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare phone: string

  @column()
  declare name: string | null

  @column()
  declare role: Role

  @column()
  declare organisationId: number | null

  @column()
  declare locale: Locale

  /** Set while an admin has suspended the account: no sign-in, no live token. */
  @column.dateTime()
  declare suspendedAt: DateTime | null

  @column()
  declare suspensionReason: string | null

  /** Their photo on the upload service's disk, shown to those who may see them; never on the wire. */
  @column({ serializeAs: null })
  declare photoKey: string | null

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}

import type { SupportedCountry } from '#core/phone'
import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import User from '#accounts/models/user'

export const ORGANISATION_KINDS = ['carrier', 'shipper', 'platform', 'cooperative'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export default class Organisation extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare name: string

  @column()
  declare kind: OrganisationKind

  @column()
  declare country: SupportedCountry

  @column()
  declare ownerId: number | null

  @hasMany(() => User)
  declare members: HasMany<typeof User>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}

import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class VehiclePhoto extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare vehicleId: number

  @column({ serializeAs: null })
  declare fileKey: string

  @column()
  declare contentType: string

  @column()
  declare fileSize: number

  @column({ serializeAs: null })
  declare uploadedById: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}

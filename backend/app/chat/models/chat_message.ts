import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#accounts/models/user'

export const CHAT_MESSAGE_KINDS = ['text', 'photo', 'voice'] as const
export type ChatMessageKind = (typeof CHAT_MESSAGE_KINDS)[number]

/** One message of an order's conversation: text, a photo or a voice note. */
export default class ChatMessage extends BaseModel {
  // bigint: node-postgres returns it as a string
  @column({ isPrimary: true, consume: (value) => Number(value) })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare senderId: number

  @column()
  declare clientId: string

  @column()
  declare kind: ChatMessageKind

  @column()
  declare body: string | null

  @column({ serializeAs: null })
  declare attachmentKey: string | null

  @column()
  declare attachmentType: string | null

  @column()
  declare attachmentSize: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'senderId' })
  declare sender: BelongsTo<typeof User>
}

import vine from '@vinejs/vine'
import chatConfig from '#config/chat'
import { id, perPage, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'
import { boolean } from '#core/validators/rules/boolean'

/** A UUID or any client-chosen id of letters, digits and dashes. */
const clientId = () => text({ max: 64 }).regex(/^[A-Za-z0-9_-]{8,64}$/)

export const historyValidator = vine.create({
  params: vine.object({ id: textId() }),
  before: textId('bigint').optional(),
  limit: perPage(chatConfig.pageSize.max).optional(),
})

/** JSON { clientId, body } or multipart { clientId, body?, kind: photo | voice, file }. */
export const sendValidator = vine.create({
  params: vine.object({ id: textId() }),
  clientId: clientId(),
  body: text({ max: chatConfig.maxBodyLength }).optional(),
  kind: vine
    .enum(['photo', 'voice'] as const)
    .optional()
    .requiredIfExists('file'),
})

export const photoValidator = vine.create({
  file: vine.file({
    size: chatConfig.uploads.photo.maxSize,
    extnames: chatConfig.uploads.photo.extnames,
  }),
})

export const voiceValidator = vine.create({
  file: vine.file({
    size: chatConfig.uploads.voice.maxSize,
    extnames: chatConfig.uploads.voice.extnames,
  }),
})

export const markValidator = vine.create({
  params: vine.object({ id: textId() }),
  upTo: id('bigint'),
})

export const attachmentValidator = vine.create({
  params: vine.object({ id: textId(), messageId: textId('bigint') }),
})

/** Socket payloads. */
export const socketSendValidator = vine.create({
  orderId: id(),
  clientId: clientId(),
  body: text({ min: 1, max: chatConfig.maxBodyLength }),
})

export const socketMarkValidator = vine.create({
  orderId: id(),
  upTo: id('bigint'),
})

export const socketTypingValidator = vine.create({
  orderId: id(),
  typing: boolean(),
})

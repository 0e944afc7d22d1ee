import vine from '@vinejs/vine'
import chatConfig from '#config/chat'

const id = () => vine.number().positive().withoutDecimals()
/** A UUID or any client-chosen id of letters, digits and dashes. */
const clientId = () =>
  vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)

export const historyValidator = vine.create({
  params: vine.object({ id: id() }),
  before: id().optional(),
  limit: vine.number().withoutDecimals().min(1).max(chatConfig.pageSize.max).optional(),
})

/** JSON { clientId, body } or multipart { clientId, body?, kind: photo | voice, file }. */
export const sendValidator = vine.create({
  params: vine.object({ id: id() }),
  clientId: clientId(),
  body: vine.string().trim().maxLength(chatConfig.maxBodyLength).optional(),
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
  params: vine.object({ id: id() }),
  upTo: id(),
})

export const attachmentValidator = vine.create({
  params: vine.object({ id: id(), messageId: id() }),
})

/** Socket payloads. */
export const socketSendValidator = vine.create({
  orderId: id(),
  clientId: clientId(),
  body: vine.string().trim().minLength(1).maxLength(chatConfig.maxBodyLength),
})

export const socketMarkValidator = vine.create({
  orderId: id(),
  upTo: id(),
})

export const socketTypingValidator = vine.create({
  orderId: id(),
  typing: vine.boolean(),
})

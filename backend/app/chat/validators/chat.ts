import vine from '@vinejs/vine'
import chatConfig from '#config/chat'
import { id, perPage, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'
import { boolean } from '#core/validators/rules/boolean'
import { fileSchema, jsonSchema } from '#core/contract/json_schema'

/** A UUID or any client-chosen id of letters, digits and dashes. */
const clientId = () => text({ max: 64 }).regex(/^[A-Za-z0-9_-]{8,64}$/)

export const historyValidator = vine.create({
  params: vine.object({ id: textId() }),
  before: textId('bigint').optional(),
  limit: perPage(chatConfig.pageSize.max).optional(),
})

const ATTACHMENTS = chatConfig.uploads

/**
 * JSON { clientId, body } or multipart { clientId, body?, kind: photo | voice,
 * file }; the file's bounds are its kind's (a voice note is smaller).
 */
export const sendValidator = vine.create({
  params: vine.object({ id: textId() }),
  clientId: clientId(),
  body: text({ max: chatConfig.maxBodyLength }).optional(),
  kind: vine
    .enum(['photo', 'voice'] as const)
    .optional()
    .requiredIfExists('file'),
  file: vine
    .file((field) => {
      const { maxSize, extnames } = ATTACHMENTS[field.parent.kind === 'voice' ? 'voice' : 'photo']
      return { size: maxSize, extnames }
    })
    .use(
      jsonSchema({
        description: `A photo (${ATTACHMENTS.photo.extnames.join(', ')}; at most ${ATTACHMENTS.photo.maxSize}) or a voice note (${ATTACHMENTS.voice.extnames.join(', ')}; at most ${ATTACHMENTS.voice.maxSize}), as \`kind\` says`,
      })
    )
    .use(fileSchema())
    .optional()
    .requiredIfExists('kind'),
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

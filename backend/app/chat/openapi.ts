import type { ApiDescription } from '#core/contract/api_description'
import { storedFile, unauthorized } from '#core/contract/words'
import chatConfig from '#config/chat'
import { chatMessageSchema } from '#chat/transformers/chat_message_transformer'
import { chatPageSchema, chatReadSchema } from '#chat/transformers/chat_schemas'
import {
  attachmentValidator,
  historyValidator,
  markValidator,
  sendValidator,
} from '#chat/validators/chat'

const e403 = 'E_AUTHORIZATION_FAILURE: you see the order but are not in its conversation'
const e404 = 'E_NOT_FOUND: no such order, or you may not see it (not revealed)'
const e409 =
  'E_INVALID_STATE: no conversation in this state (before assignment; an admin outside a dispute) · E_CHAT_READ_ONLY: finished more than CHAT_READ_ONLY_AFTER_DAYS ago'
const e422 =
  'E_VALIDATION / E_INVALID_FILE: a field is missing or malformed, or the file’s bytes are not an accepted type (`field` names it)'

export const chatApi: ApiDescription = {
  tag: {
    name: 'chat',
    description:
      'One conversation per order between the shipper side, the driver and whoever runs the carrier, and an admin while a dispute is open. Live over the socket (`chat:send`, `chat:typing`, `chat:delivered`, `chat:read`; the server emits `chat:message`, `chat:typing`, `chat:receipt` to each participant’s own room). Phone numbers in texts are masked.',
  },
  operations: {
    'GET /api/v1/orders/:id/chat/messages': {
      summary: 'The conversation, a page at a time (oldest to newest within the page)',
      description: `\`before\` pages back (messages older than this id); \`limit\` defaults to ${chatConfig.pageSize.default}.`,
      request: historyValidator,
      responses: {
        200: { description: 'Messages', body: chatPageSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/chat/messages': {
      summary: 'Send a text (JSON), or a photo or voice note (multipart)',
      description:
        '`clientId` is chosen by the device and kept across retries: the same send replayed answers 200 with the first message, stored once. A file’s bytes decide its type, not its name.',
      request: sendValidator,
      responses: {
        200: { description: 'Already sent with this clientId', body: chatMessageSchema },
        201: { description: 'Sent', body: chatMessageSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/chat/read': {
      summary: 'I have read up to this message (the others see “read”)',
      request: markValidator,
      responses: {
        200: { description: 'Stored', body: chatReadSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409,
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/chat/messages/:messageId/attachment': {
      summary: 'A message’s photo or voice note',
      request: attachmentValidator,
      responses: {
        200: {
          description: 'The file, with its real content type',
          content: storedFile([
            ...chatConfig.uploads.photo.mimeTypes,
            ...chatConfig.uploads.voice.mimeTypes,
          ]),
        },
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409,
        422: 'E_VALIDATION',
      },
    },
  },
}

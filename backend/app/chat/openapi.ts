import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, json, multipart, ref, unauthorized } from '#core/openapi/shared'

const orderId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }
const e403 = error('E_AUTHORIZATION_FAILURE: you see the order but are not in its conversation')
const e404 = error('E_NOT_FOUND: no such order, or you may not see it (not revealed)')
const e409 = error(
  'E_INVALID_STATE: no conversation in this state (before assignment; an admin outside a dispute) · E_CHAT_READ_ONLY: finished more than CHAT_READ_ONLY_AFTER_DAYS ago'
)
const e422 = error(
  'E_VALIDATION / E_INVALID_FILE: a field is missing or malformed, or the file’s bytes are not an accepted type (`field` names it)'
)

export const chatOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'chat',
      description:
        'One conversation per order between the shipper side, the driver and whoever runs the carrier, and an admin while a dispute is open. Live over the socket (`chat:send`, `chat:typing`, `chat:delivered`, `chat:read`; the server emits `chat:message`, `chat:typing`, `chat:receipt` to each participant’s own room). Phone numbers in texts are masked.',
    },
  ],
  paths: {
    '/api/v1/orders/{id}/chat/messages': {
      get: {
        tags: ['chat'],
        summary: 'The conversation, a page at a time (oldest to newest within the page)',
        parameters: [
          orderId,
          {
            name: 'before',
            in: 'query',
            schema: { type: 'integer', minimum: 1 },
            description: 'Page back: messages older than this id',
          },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
          },
        ],
        responses: {
          200: {
            description: 'Messages',
            ...json({
              type: 'object',
              required: ['data', 'meta'],
              properties: {
                data: { type: 'array', items: ref('ChatMessage') },
                meta: {
                  type: 'object',
                  properties: {
                    hasMore: { type: 'boolean' },
                    readOnly: { type: 'boolean' },
                    receipts: { type: 'array', items: ref('ChatReceipt') },
                  },
                },
              },
            }),
          },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
      post: {
        tags: ['chat'],
        summary: 'Send a text (JSON), or a photo or voice note (multipart)',
        description:
          '`clientId` is chosen by the device and kept across retries: the same send replayed answers 200 with the first message, stored once. Photos: JPEG, PNG or WebP up to 5 MB; voice notes: WebM/Opus, Ogg/Opus or MP4/AAC up to 3 MB, checked by their bytes.',
        parameters: [orderId],
        requestBody: {
          required: true,
          content: {
            ...json({
              type: 'object',
              required: ['clientId', 'body'],
              properties: {
                clientId: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' },
                body: { type: 'string', maxLength: 2000 },
              },
            }).content,
            ...multipart({
              type: 'object',
              required: ['clientId', 'kind', 'file'],
              properties: {
                clientId: { type: 'string' },
                kind: { type: 'string', enum: ['photo', 'voice'] },
                body: { type: 'string', maxLength: 2000 },
                file: { type: 'string', format: 'binary' },
              },
            }).content,
          },
        },
        responses: {
          200: { description: 'Already sent with this clientId', ...json(ref('ChatMessage')) },
          201: { description: 'Sent', ...json(ref('ChatMessage')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/orders/{id}/chat/read': {
      post: {
        tags: ['chat'],
        summary: 'I have read up to this message (the others see “read”)',
        parameters: [orderId],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['upTo'],
            properties: { upTo: { type: 'integer', minimum: 1 } },
          }),
        },
        responses: {
          200: {
            description: 'Stored',
            ...json({ type: 'object', properties: { readUpTo: { type: 'integer' } } }),
          },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/orders/{id}/chat/messages/{messageId}/attachment': {
      get: {
        tags: ['chat'],
        summary: 'A message’s photo or voice note',
        parameters: [
          orderId,
          {
            name: 'messageId',
            in: 'path',
            required: true,
            schema: { type: 'integer', minimum: 1 },
          },
        ],
        responses: {
          200: { description: 'The file, with its real content type' },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
        },
      },
    },
  },
  schemas: {
    ChatMessage: {
      type: 'object',
      required: ['id', 'orderId', 'clientId', 'kind', 'body', 'sender', 'attachment', 'createdAt'],
      properties: {
        id: { type: 'integer' },
        orderId: { type: 'integer' },
        clientId: { type: 'string' },
        kind: { type: 'string', enum: ['text', 'photo', 'voice'] },
        body: { type: ['string', 'null'], description: 'Phone numbers masked as •••' },
        sender: {
          type: 'object',
          required: ['id', 'name', 'side'],
          properties: {
            id: { type: 'integer' },
            name: { type: ['string', 'null'] },
            side: { type: 'string', enum: ['shipper', 'carrier', 'admin'] },
          },
        },
        attachment: {
          type: ['object', 'null'],
          properties: {
            type: { type: 'string', example: 'image/jpeg' },
            size: { type: 'integer' },
            url: { type: 'string' },
          },
        },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    ChatReceipt: {
      type: 'object',
      properties: {
        userId: { type: 'integer' },
        deliveredUpTo: { type: 'integer' },
        readUpTo: { type: 'integer' },
      },
    },
  },
}

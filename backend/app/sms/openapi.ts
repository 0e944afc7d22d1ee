import type { ApiDescription } from '#core/contract/api_description'
import { listSchema } from '#core/contract/response_schema'
import { smsOutboxMessageSchema } from '#sms/transformers/sms_message_transformer'
import { outboxQueryValidator } from '#sms/validators/dev_outbox'

export const smsApi: ApiDescription = {
  tag: { name: 'dev', description: 'Development helpers (never in production)' },
  operations: {
    'GET /api/v1/dev/outbox': {
      summary: 'Texts the log SMS transport kept, newest first',
      description:
        'Only when SMS_TRANSPORT=log and NODE_ENV is not production; 404 otherwise. Demos and end-to-end tests read sign-in codes here.',
      security: [],
      request: outboxQueryValidator,
      responses: {
        200: { description: 'Messages', body: listSchema(smsOutboxMessageSchema) },
        404: 'E_NOT_FOUND: outbox disabled',
        422: 'E_VALIDATION: `to` is not a phone number',
      },
    },
  },
}

import type { ApiDescription } from '#core/contract/api_description'
import { listSchema } from '#core/contract/response_schema'
import {
  deliveryReportAckSchema,
  smsOutboxMessageSchema,
} from '#sms/transformers/sms_message_transformer'
import { outboxQueryValidator } from '#sms/validators/dev_outbox'
import {
  deliveryReportQueryValidator,
  deliveryReportValidator,
} from '#sms/validators/delivery_report'

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
    'POST /api/v1/webhooks/africastalking/sms-delivery-reports': {
      summary: 'Africa’s Talking SMS delivery report',
      description:
        'Form-encoded, as Africa’s Talking posts it. Stored on the message it names (`id` = the messageId of the send); a final status is never replaced by a late intermediate one. With SMS_DELIVERY_REPORT_TOKEN set, the URL must carry `?token=`.',
      tags: ['webhooks'],
      security: [],
      request: [{ query: deliveryReportQueryValidator }, deliveryReportValidator],
      requestType: 'application/x-www-form-urlencoded',
      responses: {
        200: { description: 'Stored', body: deliveryReportAckSchema },
        401: 'E_UNAUTHORIZED: the delivery report token is missing or wrong',
        404: 'E_NOT_FOUND: no message of ours has this id',
        422: 'E_VALIDATION: a field is missing or malformed (`field` names it)',
      },
    },
  },
}

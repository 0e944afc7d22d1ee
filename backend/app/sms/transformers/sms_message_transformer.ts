import type SmsMessage from '#sms/models/sms_message'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const smsOutboxMessageSchema = named(
  'SmsOutboxMessage',
  z.object({
    id: id(),
    to: z.string(),
    body: z.string(),
    transport: z.string().meta({ examples: ['log', 'africastalking', 'twilio'] }),
    status: z.string().meta({ examples: ['logged', 'sent', 'failed'] }),
    createdAt: isoDateTime(),
  })
)

/** A text as the development outbox shows it. */
export default class SmsMessageTransformer {
  static toJSON(message: SmsMessage): z.infer<typeof smsOutboxMessageSchema> {
    return {
      id: message.id,
      to: message.to,
      body: message.body,
      transport: message.transport,
      status: message.status,
      createdAt: toIso(message.createdAt),
    }
  }
}

/** What we answer Africa's Talking for a delivery report it posted. */
export const deliveryReportAckSchema = z.object({
  ok: z.literal(true),
  smsId: id(),
  deliveryStatus: z
    .string()
    .nullable()
    .meta({ examples: ['Success'] }),
})

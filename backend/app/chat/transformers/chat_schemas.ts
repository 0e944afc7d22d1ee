import { chatMessageSchema } from '#chat/transformers/chat_message_transformer'
import { id, named, z } from '#core/contract/response_schema'

/** How far one participant received and read an order's conversation (message ids; 0: none). */
export const chatReceiptSchema = named(
  'ChatReceipt',
  z.object({
    userId: id(),
    deliveredUpTo: z.number().int().min(0),
    readUpTo: z.number().int().min(0),
  })
)

/** A page of the conversation, oldest to newest, with what the reader needs beside it. */
export const chatPageSchema = z.object({
  data: z.array(chatMessageSchema),
  meta: z.object({
    hasMore: z.boolean().meta({ description: 'Older messages remain (page back with `before`)' }),
    readOnly: z.boolean().meta({
      description:
        'The caller may read but not write: finished long enough ago that nobody may, or an admin reading a decided dispute',
    }),
    receipts: z.array(chatReceiptSchema),
  }),
})

export const chatReadSchema = z.object({ readUpTo: id() })

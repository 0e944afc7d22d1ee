import vine from '@vinejs/vine'
import { text } from '#core/validators/rules/text'

/** A failed job of a queue, as the operations page lists it. */
export const retryJobValidator = vine.create({
  params: vine.object({
    queue: text({ max: 100 }).regex(/^[a-z0-9._-]+$/),
    id: text({ max: 40 }).uuid(),
  }),
})

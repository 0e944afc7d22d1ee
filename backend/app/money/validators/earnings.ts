import vine from '@vinejs/vine'

export const earningsValidator = vine.create({
  period: vine
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  format: vine.enum(['json', 'csv'] as const).optional(),
})

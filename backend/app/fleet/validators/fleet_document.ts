import vine from '@vinejs/vine'
import { fileSchema, isoDate } from '#core/contract/json_schema'
import fleetConfig from '#config/fleet'
import accountsConfig from '#config/accounts'
import { DOCUMENT_KINDS, DOCUMENT_SORTS, DOCUMENT_STATUSES } from '#fleet/models/fleet_document'

const id = () => vine.number().positive().withoutDecimals()

export const documentIdValidator = vine.create({ params: vine.object({ id: id() }) })

export const listDocumentsValidator = vine.create({
  status: vine.enum(DOCUMENT_STATUSES).optional(),
  kind: vine.enum(DOCUMENT_KINDS).optional(),
  vehicleId: id().optional(),
  driverId: id().optional(),
  organisationId: id().optional(),
  country: vine.enum(accountsConfig.countries).optional(),
  expiringWithinDays: vine.number().withoutDecimals().min(0).max(365).optional(),
  sort: vine.enum(DOCUMENT_SORTS).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

/**
 * Multipart. Registration cards and insurance need `vehicleId`; a driving
 * licence takes `driverId` (default: the signed-in driver). The service
 * checks the pairing and the file's real type.
 */
export const uploadDocumentValidator = vine.create({
  kind: vine.enum(DOCUMENT_KINDS),
  number: vine.string().trim().minLength(2).maxLength(60),
  expiresOn: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .afterOrEqual('today')
    .use(isoDate()),
  vehicleId: id().optional().requiredWhen('kind', 'in', ['registration_card', 'insurance']),
  driverId: id().optional(),
  file: vine
    .file({
      size: fleetConfig.uploads.maxSize,
      extnames: fleetConfig.uploads.documentExtnames,
    })
    .use(fileSchema()),
})

export const rejectDocumentValidator = vine.create({
  params: vine.object({ id: id() }),
  reason: vine.string().trim().minLength(3).maxLength(500),
})

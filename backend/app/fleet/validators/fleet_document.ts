import vine from '@vinejs/vine'
import { fileSchema } from '#core/contract/json_schema'
import fleetConfig from '#config/fleet'
import accountsConfig from '#config/accounts'
import {
  DOCUMENT_KINDS,
  DOCUMENT_SORTS,
  DOCUMENT_STATUSES,
  VEHICLE_DOCUMENT_KINDS,
} from '#fleet/models/fleet_document'
import { page, perPage, textId, textNumber } from '#core/validators/rules/number'
import { day } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'

export const documentIdValidator = vine.create({ params: vine.object({ id: textId() }) })

export const listDocumentsValidator = vine.create({
  status: vine.enum(DOCUMENT_STATUSES).optional(),
  kind: vine.enum(DOCUMENT_KINDS).optional(),
  vehicleId: textId().optional(),
  driverId: textId().optional(),
  organisationId: textId().optional(),
  country: vine.enum(accountsConfig.countries).optional(),
  expiringWithinDays: textNumber().withoutDecimals().min(0).max(365).optional(),
  sort: vine.enum(DOCUMENT_SORTS).optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

/**
 * Multipart. Registration cards and insurance need `vehicleId`; a driving
 * licence takes `driverId` (default: the signed-in driver). The service
 * checks the pairing and the file's real type.
 */
export const uploadDocumentValidator = vine.create({
  kind: vine.enum(DOCUMENT_KINDS),
  number: text({ min: 2, max: 60 }),
  expiresOn: day().afterOrEqual('today'),
  vehicleId: textId()
    .optional()
    .requiredWhen('kind', 'in', [...VEHICLE_DOCUMENT_KINDS]),
  driverId: textId().optional(),
  file: vine
    .file({
      size: fleetConfig.uploads.maxSize,
      extnames: fleetConfig.uploads.documentExtnames,
    })
    .use(fileSchema()),
})

export const rejectDocumentValidator = vine.create({
  params: vine.object({ id: textId() }),
  reason: text({ min: 3, max: 500 }),
})

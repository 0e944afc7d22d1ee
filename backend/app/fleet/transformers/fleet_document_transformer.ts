import { countrySchema } from '#core/contract/enums'
import fleetConfig from '#config/fleet'
import type FleetDocument from '#fleet/models/fleet_document'
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '#fleet/models/fleet_document'
import {
  id,
  isoDate,
  isoDateTime,
  named,
  toIso,
  toIsoDate,
  z,
} from '#core/contract/response_schema'

export const documentKindSchema = named('DocumentKind', z.enum(DOCUMENT_KINDS))
export const documentStatusSchema = named('DocumentStatus', z.enum(DOCUMENT_STATUSES))

export const fleetDocumentSchema = named(
  'FleetDocument',
  z.object({
    id: id(),
    kind: documentKindSchema,
    organisationId: id().nullable(),
    vehicleId: id().nullable().meta({ description: 'Set for registration_card and insurance' }),
    driverId: id().nullable().meta({ description: 'Set for driving_licence' }),
    number: z.string().meta({ examples: ['CG-DK-2024-0042'] }),
    expiresOn: isoDate(),
    expired: z.boolean(),
    status: documentStatusSchema.meta({
      description:
        'pending -> verified | rejected (by an admin). Expired or rejected counts as missing.',
    }),
    rejectionReason: z.string().nullable(),
    reviewedAt: isoDateTime().nullable(),
    fileName: z.string(),
    contentType: z.enum(fleetConfig.uploads.documentMimeTypes),
    fileSize: z.number().int(),
    fileUrl: z.string().meta({
      examples: ['/api/v1/documents/12/file'],
      description: 'Needs the bearer token',
    }),
    carrier: z
      .object({ id: id(), name: z.string(), country: countrySchema })
      .nullable()
      .meta({ description: 'The carrier the paper belongs to' }),
    vehicle: z.object({ id: id(), plate: z.string() }).nullable(),
    driver: z.object({ id: id(), name: z.string().nullable() }).nullable(),
    createdAt: isoDateTime(),
  })
)

/**
 * A document as its owner and admins see it; the file is at `fileUrl`
 * (authorised). `carrier`, `vehicle` and `driver` name who it is for
 * (FleetDocumentService loads them).
 */
export default class FleetDocumentTransformer {
  static toJSON(document: FleetDocument): z.infer<typeof fleetDocumentSchema> {
    return {
      id: document.id,
      kind: document.kind,
      organisationId: document.organisationId,
      vehicleId: document.vehicleId,
      driverId: document.driverId,
      number: document.number,
      expiresOn: toIsoDate(document.expiresOn),
      expired: document.isExpired(),
      status: document.status,
      rejectionReason: document.rejectionReason,
      reviewedAt: toIso(document.reviewedAt),
      fileName: document.fileName,
      contentType: document.contentType,
      fileSize: document.fileSize,
      fileUrl: `/api/v1/documents/${document.id}/file`,
      carrier: document.organisation
        ? {
            id: document.organisation.id,
            name: document.organisation.name,
            country: document.organisation.country,
          }
        : null,
      vehicle: document.vehicle ? { id: document.vehicle.id, plate: document.vehicle.plate } : null,
      driver: document.driver ? { id: document.driver.id, name: document.driver.name } : null,
      createdAt: toIso(document.createdAt),
    }
  }
}

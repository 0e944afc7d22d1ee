import type FleetDocument from '#fleet/models/fleet_document'

/**
 * A document as its owner and admins see it; the file is at `fileUrl`
 * (authorised). `carrier`, `vehicle` and `driver` name who it is for
 * (FleetDocumentService loads them).
 */
export default class FleetDocumentTransformer {
  static toJSON(document: FleetDocument) {
    return {
      id: document.id,
      kind: document.kind,
      organisationId: document.organisationId,
      vehicleId: document.vehicleId,
      driverId: document.driverId,
      number: document.number,
      expiresOn: document.expiresOn.toISODate(),
      expired: document.isExpired(),
      status: document.status,
      rejectionReason: document.rejectionReason,
      reviewedAt: document.reviewedAt?.toISO() ?? null,
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
      createdAt: document.createdAt.toISO(),
    }
  }
}

import { DateTime } from 'luxon'
import Organisation from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleType from '#fleet/models/vehicle_type'
import FleetDocument, { type DocumentKind, type DocumentStatus } from '#fleet/models/fleet_document'

let sequence = 0
function nextPhone() {
  sequence += 1
  return `+2547${String(Date.now() % 1_000_000).padStart(6, '0')}${String(sequence % 100).padStart(2, '0')}`
}

export async function makeOrganisation(
  kind: Organisation['kind'] = 'carrier',
  country: Organisation['country'] = 'KE'
) {
  return Organisation.create({ name: `${kind} ${++sequence}`, kind, country })
}

export async function makeUser(role: Role, organisation?: Organisation | null, name?: string) {
  return User.create({
    phone: nextPhone(),
    name: name ?? `${role} ${sequence}`,
    role,
    organisationId: organisation?.id ?? null,
    locale: 'en',
  })
}

export async function makeVehicle(organisation: Organisation, overrides: Partial<Vehicle> = {}) {
  const type = await VehicleType.findByOrFail('code', 'flatbed_10t')
  return Vehicle.create({
    organisationId: organisation.id,
    vehicleTypeId: type.id,
    plate: `KXX${String(++sequence).padStart(4, '0')}`,
    baseLat: -1.2921,
    baseLng: 36.8219,
    ...overrides,
  })
}

export async function makeDocument(
  kind: DocumentKind,
  owner: { vehicle: Vehicle } | { driver: User },
  options: { status?: DocumentStatus; expiresOn?: DateTime; rejectionReason?: string } = {}
) {
  const vehicle = 'vehicle' in owner ? owner.vehicle : null
  const driver = 'driver' in owner ? owner.driver : null
  return FleetDocument.create({
    kind,
    organisationId: vehicle?.organisationId ?? driver?.organisationId ?? null,
    vehicleId: vehicle?.id ?? null,
    driverId: driver?.id ?? null,
    number: `DOC-${++sequence}`,
    expiresOn: options.expiresOn ?? DateTime.now().plus({ months: 6 }),
    fileKey: `documents/fixture-${sequence}.pdf`,
    fileName: 'scan.pdf',
    contentType: 'application/pdf',
    fileSize: 1024,
    status: options.status ?? 'verified',
    rejectionReason: options.rejectionReason ?? null,
  })
}

/** A vehicle with a verified registration card and insurance, and its licensed driver. */
export async function makeEligibleVehicle(organisation: Organisation) {
  const vehicle = await makeVehicle(organisation)
  await makeDocument('registration_card', { vehicle })
  await makeDocument('insurance', { vehicle })
  const driver = await makeUser('driver', organisation)
  await makeDocument('driving_licence', { driver })
  await vehicle.related('drivers').attach([driver.id])
  return { vehicle, driver }
}

/** A real 1x1 PNG: its magic bytes say image/png. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

/** A minimal PDF. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
)

/** 6 MB that start like a PNG: over the 5 MB limit. */
export function oversizedPng() {
  return Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)])
}

import fleetConfig from '#config/fleet'
import type Vehicle from '#fleet/models/vehicle'
import type VehiclePhoto from '#fleet/models/vehicle_photo'
import type { VehicleDetails } from '#fleet/services/vehicle_service'
import { PAPER_PROBLEMS, type Eligibility } from '#fleet/services/fleet_eligibility_service'
import FleetDocumentTransformer, {
  documentKindSchema,
  fleetDocumentSchema,
} from '#fleet/transformers/fleet_document_transformer'
import VehicleTypeTransformer, {
  vehicleTypeSchema,
} from '#fleet/transformers/vehicle_type_transformer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const eligibilitySchema = named(
  'Eligibility',
  z
    .object({
      eligible: z.boolean(),
      reasons: z.array(
        z.object({
          code: z.string().meta({
            examples: ['INSURANCE_EXPIRED', 'REGISTRATION_CARD_MISSING', 'NOT_A_DRIVER'],
          }),
          message: z.string().meta({
            examples: ['Vehicle KCA123A’s insurance certificate expired on 2026-10-31.'],
          }),
          paper: z
            .object({ kind: documentKindSchema, problem: z.enum(PAPER_PROBLEMS) })
            .optional()
            .meta({ description: 'When the reason is a paper: which, and what is wrong with it' }),
        })
      ),
    })
    .meta({
      description: 'Whether the vehicle (with that driver) may bid and be assigned, and why not.',
    })
)

export const vehicleBaseLocationSchema = named(
  'VehicleBaseLocation',
  z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
)

export const vehiclePhotoSchema = named(
  'VehiclePhoto',
  z.object({
    id: id(),
    contentType: z.enum(fleetConfig.uploads.photoMimeTypes),
    fileSize: z.number().int(),
    url: z.string().meta({
      examples: ['/api/v1/vehicles/3/photos/7'],
      description: 'Needs the bearer token',
    }),
    createdAt: isoDateTime(),
  })
)

const driverSchema = z.object({
  id: id(),
  name: z.string().nullable(),
  phone: z.string().meta({ examples: ['+254700000022'] }),
})

export const vehicleSchema = named(
  'Vehicle',
  z.object({
    id: id(),
    organisationId: id().meta({ description: 'The carrier that owns it' }),
    plate: z.string().meta({ examples: ['KCA123A'] }),
    vehicleType: vehicleTypeSchema,
    make: z.string().nullable(),
    model: z.string().nullable(),
    year: z.number().int().nullable(),
    capacityKg: z.number().int().meta({ description: 'Effective: the override or the type’s' }),
    capacityM3: z.number().meta({ description: 'Effective: the override or the type’s' }),
    capacityKgOverride: z.number().int().nullable(),
    capacityM3Override: z.number().nullable(),
    baseLocation: vehicleBaseLocationSchema.nullable().meta({
      description:
        'Where the vehicle is usually parked; dispatch suggestions use it until live GPS positions exist',
    }),
    baseAddress: z.string().nullable(),
    drivers: z.array(driverSchema),
    photos: z.array(vehiclePhotoSchema),
    eligibility: eligibilitySchema.optional().meta({
      description: 'The vehicle on its own (papers, archived); drivers in VehicleDetails',
    }),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
)

export const vehicleDetailsSchema = named(
  'VehicleDetails',
  vehicleSchema.extend({
    drivers: z.array(
      driverSchema.extend({
        eligibility: eligibilitySchema.meta({ description: 'This vehicle driven by this driver' }),
      })
    ),
    documents: z
      .array(fleetDocumentSchema)
      .meta({ description: "The vehicle's papers, newest first" }),
  })
)

/**
 * A vehicle in lists (`toJSON`) and in full with its documents and why it
 * may or may not take loads (`details`). Expects vehicleType, drivers and
 * photos preloaded.
 */
export default class VehicleTransformer {
  /** `eligibility` (the vehicle's own papers) is included when given. */
  static toJSON(vehicle: Vehicle, eligibility?: Eligibility): z.infer<typeof vehicleSchema> {
    return {
      id: vehicle.id,
      organisationId: vehicle.organisationId,
      plate: vehicle.plate,
      vehicleType: VehicleTypeTransformer.toJSON(vehicle.vehicleType),
      make: vehicle.make,
      model: vehicle.model,
      year: vehicle.year,
      capacityKg: vehicle.effectiveCapacityKg ?? vehicle.vehicleType.capacityKg,
      capacityM3: vehicle.effectiveCapacityM3 ?? vehicle.vehicleType.capacityM3,
      capacityKgOverride: vehicle.capacityKg,
      capacityM3Override: vehicle.capacityM3,
      baseLocation: vehicle.baseLocation,
      baseAddress: vehicle.baseAddress,
      drivers: (vehicle.drivers ?? []).map((driver) => ({
        id: driver.id,
        name: driver.name,
        phone: driver.phone,
      })),
      photos: (vehicle.photos ?? []).map((photo) => this.photo(photo)),
      ...(eligibility ? { eligibility } : {}),
      createdAt: toIso(vehicle.createdAt),
      updatedAt: toIso(vehicle.updatedAt),
    }
  }

  static details({
    vehicle,
    eligibility,
    driverEligibility,
  }: VehicleDetails): z.infer<typeof vehicleDetailsSchema> {
    const base = this.toJSON(vehicle, eligibility)
    const none: Eligibility = { eligible: false, reasons: [] }
    return {
      ...base,
      drivers: base.drivers.map((driver) => ({
        ...driver,
        eligibility: driverEligibility.get(driver.id) ?? none,
      })),
      documents: (vehicle.documents ?? []).map((d) => FleetDocumentTransformer.toJSON(d)),
    }
  }

  static photo(photo: VehiclePhoto): z.infer<typeof vehiclePhotoSchema> {
    return {
      id: photo.id,
      contentType: photo.contentType,
      fileSize: photo.fileSize,
      url: `/api/v1/vehicles/${photo.vehicleId}/photos/${photo.id}`,
      createdAt: toIso(photo.createdAt),
    }
  }
}

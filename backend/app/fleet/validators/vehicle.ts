import vine from '@vinejs/vine'
import { fileSchema } from '#core/contract/json_schema'
import fleetConfig from '#config/fleet'
import { plate } from '#fleet/validators/rules/plate'

const id = () => vine.number().positive().withoutDecimals()

export const point = () =>
  vine.object({
    lat: vine.number().min(-90).max(90),
    lng: vine.number().min(-180).max(180),
  })

const optionalFields = {
  make: vine.string().trim().maxLength(60).nullable().optional(),
  model: vine.string().trim().maxLength(60).nullable().optional(),
  year: vine
    .number()
    .withoutDecimals()
    .min(1950)
    .max(new Date().getFullYear() + 1)
    .nullable()
    .optional(),
  /** Override of the type's capacity; null goes back to the type's. */
  capacityKg: vine.number().withoutDecimals().min(1).max(100_000).nullable().optional(),
  capacityM3: vine.number().decimal([0, 2]).min(0.01).max(500).nullable().optional(),
  baseLocation: point().nullable().optional(),
  baseAddress: vine.string().trim().maxLength(200).nullable().optional(),
}

export const vehicleIdValidator = vine.create({ params: vine.object({ id: id() }) })

export const listVehiclesValidator = vine.create({
  organisationId: id().optional(),
  vehicleTypeId: id().optional(),
  plate: vine.string().trim().maxLength(20).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

/** Whether the vehicle type exists is checked by the service (422 on vehicleTypeId). */
export const createVehicleValidator = vine.create({
  plate: plate(),
  vehicleTypeId: id(),
  /** Admins only: the carrier the vehicle belongs to. Others create in their own. */
  organisationId: id().optional(),
  ...optionalFields,
})

export const updateVehicleValidator = vine.create({
  params: vine.object({ id: id() }),
  plate: plate().optional(),
  vehicleTypeId: id().optional(),
  ...optionalFields,
})

export const vehiclePhotoValidator = vine.create({
  params: vine.object({ id: id() }),
  photo: vine
    .file({
      size: fleetConfig.uploads.maxSize,
      extnames: fleetConfig.uploads.photoExtnames,
    })
    .use(fileSchema()),
})

export const vehiclePhotoIdValidator = vine.create({
  params: vine.object({ id: id(), photoId: id() }),
})

export const assignDriverValidator = vine.create({
  params: vine.object({ id: id() }),
  driverId: id(),
})

export const unassignDriverValidator = vine.create({
  params: vine.object({ id: id(), driverId: id() }),
})

import vine from '@vinejs/vine'
import { fileSchema } from '#core/contract/json_schema'
import fleetConfig from '#config/fleet'
import { plate } from '#fleet/validators/rules/plate'
import { id, number, page, perPage, textId } from '#core/validators/rules/number'
import { point } from '#core/validators/rules/position'
import { text } from '#core/validators/rules/text'

const optionalFields = {
  make: text({ max: 60 }).nullable().optional(),
  model: text({ max: 60 }).nullable().optional(),
  year: number()
    .withoutDecimals()
    .min(1950)
    .max(new Date().getFullYear() + 1)
    .nullable()
    .optional(),
  /** Override of the type's capacity; null goes back to the type's. */
  capacityKg: number().withoutDecimals().min(1).max(100_000).nullable().optional(),
  capacityM3: number().decimal([0, 2]).min(0.01).max(500).nullable().optional(),
  baseLocation: point().nullable().optional(),
  baseAddress: text({ max: 200 }).nullable().optional(),
}

export const vehicleIdValidator = vine.create({ params: vine.object({ id: textId() }) })

export const listVehiclesValidator = vine.create({
  organisationId: textId().optional(),
  vehicleTypeId: textId().optional(),
  plate: text({ max: 20 }).optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
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
  params: vine.object({ id: textId() }),
  plate: plate().optional(),
  vehicleTypeId: id().optional(),
  ...optionalFields,
})

export const vehiclePhotoValidator = vine.create({
  params: vine.object({ id: textId() }),
  photo: vine
    .file({
      size: fleetConfig.uploads.maxSize,
      extnames: fleetConfig.uploads.photoExtnames,
    })
    .use(fileSchema()),
})

export const vehiclePhotoIdValidator = vine.create({
  params: vine.object({ id: textId(), photoId: textId() }),
})

export const assignDriverValidator = vine.create({
  params: vine.object({ id: textId() }),
  driverId: id(),
})

export const unassignDriverValidator = vine.create({
  params: vine.object({ id: textId(), driverId: textId() }),
})

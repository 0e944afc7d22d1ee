import { DateTime } from 'luxon'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'
import fleetConfig from '#config/fleet'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleDriver from '#fleet/models/vehicle_driver'
import VehiclePhoto from '#fleet/models/vehicle_photo'
import FleetEligibilityService, {
  type Eligibility,
} from '#fleet/services/fleet_eligibility_service'
import UploadService from '#core/services/upload_service'
import type { FleetAccess } from '#fleet/fleet_access'
import VehicleWork from '#fleet/services/vehicle_work'
import VehicleTypeService from '#fleet/services/vehicle_type_service'
import { isUniqueViolation } from '#core/database_errors'
import { drivesFor } from '#accounts/membership_rules'

export interface VehicleInput {
  plate?: string
  vehicleTypeId?: number
  make?: string | null
  model?: string | null
  year?: number | null
  capacityKg?: number | null
  capacityM3?: number | null
  baseLocation?: { lat: number; lng: number } | null
  baseAddress?: string | null
}

export interface VehicleFilters {
  organisationId?: number
  vehicleTypeId?: number
  plate?: string
  page: number
  perPage: number
}

export interface VehicleDetails {
  vehicle: Vehicle
  eligibility: Eligibility
  /** Whether each assigned driver may take loads with this vehicle. */
  driverEligibility: Map<number, Eligibility>
}

/** Carriers' vehicles: registration, edits, photos and who drives them. */
@inject()
export default class VehicleService {
  constructor(
    private uploads: UploadService,
    private work: VehicleWork,
    private eligibility: FleetEligibilityService,
    private types: VehicleTypeService
  ) {}

  /** Vehicles the user may see: their carrier's, or any carrier's for admins and platform dispatchers. */
  async list(access: FleetAccess, filters: VehicleFilters) {
    const query = Vehicle.query()
      .withScopes((scopes) => scopes.active())
      .preload('vehicleType')
      .preload('drivers')
      .preload('photos')
      .orderBy('id', 'desc')
    if (access.admin || access.platformDispatcher) {
      if (filters.organisationId) query.where('organisation_id', filters.organisationId)
    } else {
      query.where('organisation_id', access.carrierId ?? 0)
    }
    if (filters.vehicleTypeId) query.where('vehicle_type_id', filters.vehicleTypeId)
    if (filters.plate) query.whereILike('plate', `%${filters.plate.replace(/[^A-Za-z0-9]/g, '')}%`)
    return query.paginate(filters.page, filters.perPage)
  }

  /** An active vehicle, or 404. */
  async find(id: number) {
    const vehicle = await Vehicle.query()
      .where('id', id)
      .withScopes((scopes) => scopes.active())
      .first()
    if (!vehicle) throw DomainException.notFound('Vehicle')
    return vehicle
  }

  async details(vehicle: Vehicle): Promise<VehicleDetails> {
    await vehicle.load((loader) => {
      loader
        .load('vehicleType')
        .load('drivers')
        .load('photos')
        .load('documents', (documents) => {
          documents.orderBy('created_at', 'desc')
        })
    })
    const driverEligibility = new Map<number, Eligibility>()
    for (const driver of vehicle.drivers) {
      driverEligibility.set(driver.id, await this.eligibility.check(vehicle, driver))
    }
    return { vehicle, eligibility: await this.eligibility.check(vehicle), driverEligibility }
  }

  /** Managers register in their own carrier; admins name the carrier. */
  async create(
    access: FleetAccess,
    input: VehicleInput & { plate: string; vehicleTypeId: number; organisationId?: number }
  ) {
    const { organisationId: requested, ...fields } = input
    const organisationId = await this.carrierFor(access, requested)
    await this.assertVehicleType(fields.vehicleTypeId, organisationId)
    await this.assertPlateFree(fields.plate)
    const vehicle = new Vehicle()
    vehicle.organisationId = organisationId
    this.apply(vehicle, fields)
    await this.save(vehicle)
    // Read back what the database filled in (null columns, defaults), so a
    // new vehicle answers every field like one that was loaded.
    await vehicle.refresh()
    return vehicle
  }

  async update(vehicle: Vehicle, input: VehicleInput) {
    // A type the country has since stopped using stays on the trucks that have it.
    if (input.vehicleTypeId !== undefined && input.vehicleTypeId !== vehicle.vehicleTypeId) {
      await this.assertVehicleType(input.vehicleTypeId, vehicle.organisationId)
    }
    if (input.plate !== undefined && input.plate !== vehicle.plate) {
      await this.assertPlateFree(input.plate)
    }
    this.apply(vehicle, input)
    await this.save(vehicle)
    return vehicle
  }

  /**
   * Archived vehicles disappear from lists, cannot take loads and lose their
   * drivers. Not while it is at work (an order under way).
   */
  async archive(vehicle: Vehicle) {
    const busy = await this.work.find(vehicle.id)
    if (busy) {
      throw new DomainException(
        `Vehicle ${vehicle.plate} is on ${busy}; archive it once that is done or reassigned.`,
        { status: 409, code: 'E_VEHICLE_BUSY' }
      )
    }
    await db.transaction(async (trx) => {
      vehicle.useTransaction(trx)
      vehicle.archivedAt = DateTime.now()
      await vehicle.save()
      await VehicleDriver.query({ client: trx }).where('vehicle_id', vehicle.id).delete()
    })
  }

  async addPhoto(vehicle: Vehicle, file: MultipartFile, actor: User) {
    const count = await VehiclePhoto.query().where('vehicle_id', vehicle.id).count('* as total')
    if (Number(count[0].$extras.total) >= fleetConfig.maxPhotosPerVehicle) {
      throw new DomainException(
        `A vehicle has at most ${fleetConfig.maxPhotosPerVehicle} photos; delete one first.`,
        { status: 409, code: 'E_TOO_MANY_PHOTOS' }
      )
    }
    const stored = await this.uploads.store(file, {
      folder: `vehicles/${vehicle.id}/photos`,
      field: 'photo',
      mimeTypes: fleetConfig.uploads.photoMimeTypes,
    })
    try {
      return await VehiclePhoto.create({
        vehicleId: vehicle.id,
        fileKey: stored.key,
        contentType: stored.contentType,
        fileSize: stored.size,
        uploadedById: actor.id,
      })
    } catch (error) {
      await this.uploads.remove(stored.key)
      throw error
    }
  }

  async findPhoto(vehicle: Vehicle, photoId: number) {
    const photo = await VehiclePhoto.query()
      .where('vehicle_id', vehicle.id)
      .where('id', photoId)
      .first()
    if (!photo) throw DomainException.notFound('Photo')
    return photo
  }

  async removePhoto(photo: VehiclePhoto) {
    await photo.delete()
    await this.uploads.remove(photo.fileKey)
  }

  /**
   * Only drivers of the vehicle's own carrier; a driver drives one vehicle
   * at a time, so moving them is an explicit unassign first.
   */
  async assignDriver(vehicle: Vehicle, driverId: number, actor: User) {
    const driver = await User.find(driverId)
    if (!drivesFor(driver, vehicle.organisationId)) {
      throw new DomainException(
        'No driver with this id works for the carrier that owns this vehicle.',
        {
          status: 422,
          code: 'E_DRIVER_NOT_IN_CARRIER',
          field: 'driverId',
        }
      )
    }
    const current = await VehicleDriver.query()
      .where('driver_id', driver.id)
      .preload('vehicle')
      .first()
    if (current?.vehicleId === vehicle.id) return driver
    if (current) throw this.alreadyAssigned(driver, current.vehicle.plate)
    try {
      await VehicleDriver.create({
        vehicleId: vehicle.id,
        driverId: driver.id,
        assignedById: actor.id,
      })
    } catch (error) {
      if (isUniqueViolation(error)) throw this.alreadyAssigned(driver)
      throw error
    }
    return driver
  }

  /** Not while the driver is hauling an order with this vehicle. */
  async unassignDriver(vehicle: Vehicle, driverId: number) {
    const busy = await this.work.find(vehicle.id, driverId)
    if (busy) {
      throw new DomainException(
        `This driver is on ${busy} with vehicle ${vehicle.plate}; reassign it first.`,
        { status: 409, code: 'E_DRIVER_BUSY' }
      )
    }
    const link = await VehicleDriver.query()
      .where('vehicle_id', vehicle.id)
      .where('driver_id', driverId)
      .first()
    if (!link) {
      throw DomainException.notFound('Driver', 'This driver is not assigned to this vehicle.')
    }
    await link.delete()
  }

  private alreadyAssigned(driver: User, plate?: string) {
    const where = plate ? ` ${plate}` : ' another vehicle'
    return new DomainException(
      `${driver.name ?? driver.phone} already drives${where}; unassign them there first.`,
      { status: 409, code: 'E_DRIVER_ALREADY_ASSIGNED', field: 'driverId' }
    )
  }

  private async carrierFor(access: FleetAccess, requested?: number) {
    if (!access.admin) {
      if (requested !== undefined && requested !== access.carrierId) {
        throw DomainException.notFound('Organisation')
      }
      return access.carrierId!
    }
    if (!requested) {
      throw new DomainException('Admins must say which carrier the vehicle belongs to.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'organisationId',
      })
    }
    const organisation = await Organisation.find(requested)
    if (!organisation || organisation.kind !== 'carrier') {
      throw new DomainException('organisationId must be a carrier organisation.', {
        status: 422,
        code: 'E_NOT_A_CARRIER',
        field: 'organisationId',
      })
    }
    return organisation.id
  }

  /** The carrier registers only its country's types (422 on vehicleTypeId). */
  private async assertVehicleType(id: number, organisationId: number) {
    const carrier = await Organisation.findOrFail(organisationId)
    await this.types.availableIn(id, carrier.country, 'vehicleTypeId')
  }

  private async assertPlateFree(plate: string) {
    if (await Vehicle.findBy('plate', plate)) throw this.plateTaken(plate)
  }

  private plateTaken(plate: string) {
    return new DomainException(`A vehicle with plate ${plate} is already registered.`, {
      status: 409,
      code: 'E_PLATE_TAKEN',
      field: 'plate',
    })
  }

  private apply(vehicle: Vehicle, input: VehicleInput) {
    const { baseLocation, ...fields } = input
    vehicle.merge(fields)
    if (baseLocation !== undefined) {
      vehicle.baseLat = baseLocation?.lat ?? null
      vehicle.baseLng = baseLocation?.lng ?? null
    }
  }

  /** The unique index decides when two registrations of one plate race. */
  private async save(vehicle: Vehicle) {
    try {
      await vehicle.save()
    } catch (error) {
      if (isUniqueViolation(error)) throw this.plateTaken(vehicle.plate)
      throw error
    }
  }
}

import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'
import Order, { type Currency, type OrderStatus, type PaymentMethod } from '#orders/models/order'
import type User from '#accounts/models/user'
import VehicleType from '#fleet/models/vehicle_type'
import VehicleTypeService from '#fleet/services/vehicle_type_service'
import { accountCountry } from '#accounts/account_country'
import type { LatLng } from '#core/models/geo_point'
import ordersConfig from '#config/orders'
import OrderAccessService from '#orders/services/order_access_service'
import OrderEventService from '#orders/services/order_event_service'
import OrderTransitionService from '#orders/services/order_transition_service'
import { assertAllowed, mayEver, ON_LOAD_BOARD } from '#orders/order_state_machine'
import UploadService, { type StoredFile } from '#core/services/upload_service'
import { drives } from '#accounts/membership_rules'

export interface PlaceInput extends LatLng {
  address: string
  contactName?: string
  contactPhone?: string
  windowStart?: Date
  windowEnd?: Date
}

export interface CargoInput {
  kind: string
  weightKg: number
  volumeM3?: number
  count?: number
  fragile?: boolean
  refrigerated?: boolean
}

export interface OrderInput {
  pickup: PlaceInput
  dropoff: PlaceInput
  cargo: CargoInput
  requiredVehicleTypeId?: number | null
  priceAmount?: number | null
  currency: Currency
  openToBids?: boolean
  paymentMethod: PaymentMethod
  notes?: string | null
}

export interface LoadBoardFilters {
  near: LatLng
  radiusKm?: number
  vehicleType?: string
  minCapacityKg?: number
  page?: number
  perPage?: number
}

const toDateTime = (value?: Date) => (value ? DateTime.fromJSDate(value) : null)

function placeColumns(prefix: 'pickup' | 'dropoff', place: PlaceInput): Partial<Order> {
  return {
    [prefix]: { lat: place.lat, lng: place.lng },
    [`${prefix}Address`]: place.address,
    [`${prefix}ContactName`]: place.contactName ?? null,
    [`${prefix}ContactPhone`]: place.contactPhone ?? null,
    [`${prefix}WindowStart`]: toDateTime(place.windowStart),
    [`${prefix}WindowEnd`]: toDateTime(place.windowEnd),
  } as Partial<Order>
}

function cargoColumns(cargo: CargoInput): Partial<Order> {
  return {
    cargoKind: cargo.kind,
    cargoWeightKg: cargo.weightKg,
    cargoVolumeM3: cargo.volumeM3 ?? null,
    cargoCount: cargo.count ?? null,
    cargoFragile: cargo.fragile ?? false,
    cargoRefrigerated: cargo.refrigerated ?? false,
  }
}

/** Drafts, publishing, listings and the load board. */
@inject()
export default class OrderService {
  constructor(
    private access: OrderAccessService,
    private transitions: OrderTransitionService,
    private events: OrderEventService,
    private uploads: UploadService,
    private vehicleTypes: VehicleTypeService
  ) {}

  /** 404 E_NOT_FOUND unless the order exists and the user may see it. */
  async findVisibleTo(user: User, id: number) {
    const order = await Order.find(id)
    if (!order || !(await this.access.sees(user, order))) throw DomainException.notFound('Order')
    return order
  }

  async createDraft(shipper: User, input: OrderInput) {
    await this.assertVehicleType(shipper, input.requiredVehicleTypeId)
    const order = new Order()
    order.merge({
      shipperId: shipper.id,
      shipperOrganisationId: shipper.organisationId,
      status: 'draft',
      ...placeColumns('pickup', input.pickup),
      ...placeColumns('dropoff', input.dropoff),
      ...cargoColumns(input.cargo),
      cargoPhotos: [],
      requiredVehicleTypeId: input.requiredVehicleTypeId ?? null,
      priceAmount: input.priceAmount ?? null,
      currency: input.currency,
      openToBids: input.openToBids ?? input.priceAmount === undefined,
      paymentMethod: input.paymentMethod,
      notes: input.notes ?? null,
    })
    this.assertPriced(order)
    await db.transaction(async (trx) => {
      order.useTransaction(trx)
      await order.save()
      await this.events.record(order, { type: 'created', actorId: shipper.id }, trx)
    })
    // Read back the columns the database filled in (nulls), as a loaded order has them.
    await order.refresh()
    return order
  }

  /** Only a draft can change; 409 E_INVALID_STATE otherwise. */
  async updateDraft(order: Order, user: User, input: Partial<OrderInput>) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      assertAllowed(locked, 'edit', await this.access.partiesOf(user, locked, trx))
      await this.assertVehicleType(user, input.requiredVehicleTypeId)
      if (input.pickup) locked.merge(placeColumns('pickup', input.pickup))
      if (input.dropoff) locked.merge(placeColumns('dropoff', input.dropoff))
      if (input.cargo) locked.merge(cargoColumns(input.cargo))
      for (const key of [
        'requiredVehicleTypeId',
        'priceAmount',
        'currency',
        'openToBids',
        'paymentMethod',
        'notes',
      ] as const) {
        if (input[key] !== undefined) locked.merge({ [key]: input[key] })
      }
      if (input.priceAmount !== undefined) locked.offeredPriceAmount = input.priceAmount
      this.assertPriced(locked)
      await locked.save()
      return locked
    })
  }

  /**
   * The shipper adds a cargo photo until the order is assigned (the driver
   * adds one at pickup through the status move).
   */
  async addCargoPhoto(order: Order, user: User, photo: MultipartFile) {
    let stored: StoredFile | null = null
    try {
      return await db.transaction(async (trx) => {
        const locked = await this.transitions.lock(order.id, trx)
        assertAllowed(locked, 'addCargoPhoto', await this.access.partiesOf(user, locked, trx))
        stored = await this.uploads.store(photo, {
          folder: `orders/${locked.id}/cargo`,
          field: 'photo',
          mimeTypes: ordersConfig.uploads.imageMimeTypes,
        })
        locked.cargoPhotos = [...locked.cargoPhotos, stored.key]
        await locked.useTransaction(trx).save()
        await this.events.record(
          locked,
          {
            type: 'cargo_photo_added',
            actorId: user.id,
            data: { index: locked.cargoPhotos.length - 1 },
          },
          trx
        )
        return locked
      })
    } catch (error) {
      if (stored) await this.uploads.remove((stored as StoredFile).key)
      throw error
    }
  }

  /** The drive key of the order's `index`-th cargo photo (404 when there is none). */
  cargoPhotoKey(order: Order, index: number) {
    const key = order.cargoPhotos[index]
    if (!key) throw DomainException.notFound('Cargo photo', 'No such cargo photo.')
    return key
  }

  /** draft → posted. */
  async post(order: Order, user: User) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      await this.transitions.apply(
        locked,
        'post',
        { actorId: user.id, as: await this.access.partiesOf(user, locked, trx) },
        trx
      )
      return locked
    })
  }

  /** Cancel before pickup, with a reason; open bids close with it. */
  async cancel(order: Order, user: User, reason: string) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      await this.transitions.apply(
        locked,
        'cancel',
        {
          actorId: user.id,
          as: await this.access.partiesOf(user, locked, trx),
          data: { reason },
          changes: { cancelReason: reason },
        },
        trx
      )
      await trx
        .from('bids')
        .where('order_id', locked.id)
        .where('status', 'open')
        .update({ status: 'rejected', decided_at: new Date(), updated_at: new Date() })
      return locked
    })
  }

  /**
   * The user's own orders: a shipper's organisation's (or their own), the
   * orders assigned to a dispatcher's carrier (a driver: to them), all of
   * them for platform dispatchers and admins.
   */
  async listOwn(user: User, filters: { status?: OrderStatus; page?: number; perPage?: number }) {
    const query = Order.query().orderBy('orders.created_at', 'desc').orderBy('orders.id', 'desc')
    const { standing } = await this.access.actorOf(user)
    if (standing.admin || standing.platformDispatcher) {
      // everything
    } else if (user.role === 'shipper') {
      if (user.organisationId) query.where('shipper_organisation_id', user.organisationId)
      else query.where('shipper_id', user.id)
    } else if (drives(user.role)) {
      // A driver's jobs, also when they own the carrier: the driver app lists these.
      query.where('assigned_driver_id', user.id)
    } else if (standing.carrierId !== null) {
      query.where('carrier_organisation_id', standing.carrierId)
    } else {
      query.whereRaw('false')
    }
    if (filters.status) query.where('status', filters.status)
    return query.paginate(
      filters.page ?? 1,
      filters.perPage ?? ordersConfig.loadBoard.defaultPerPage
    )
  }

  /**
   * Posted and bidding orders whose pickup lies within `radiusKm` of `near`,
   * nearest first, each with `distanceM` computed by PostGIS.
   */
  async loadBoard(user: User, filters: LoadBoardFilters) {
    // Whoever may see an order on the board without being its party: carriers, platform staff.
    if (!mayEver('view', await this.access.generalParties(user))) {
      throw new DomainException('The load board is for drivers and carriers.', {
        status: 403,
        code: 'E_AUTHORIZATION_FAILURE',
      })
    }
    const radiusM = (filters.radiusKm ?? ordersConfig.loadBoard.defaultRadiusKm) * 1000
    const origin = 'ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography'
    const lngLat = [filters.near.lng, filters.near.lat]
    const query = Order.query()
      .select('orders.*')
      .select(db.raw(`ST_Distance(orders.pickup, ${origin}) AS distance_m`, lngLat))
      .whereIn('status', [...ON_LOAD_BOARD])
      .whereRaw(`ST_DWithin(orders.pickup, ${origin}, ?)`, [...lngLat, radiusM])
      .orderByRaw(`orders.pickup <-> ${origin}`, lngLat)
      .orderBy('orders.id')
    if (filters.vehicleType) {
      const type = await this.resolveVehicleType(filters.vehicleType)
      query.where((q) =>
        q.whereNull('required_vehicle_type_id').orWhere('required_vehicle_type_id', type.id)
      )
    }
    if (filters.minCapacityKg !== undefined) {
      query.where('cargo_weight_kg', '<=', filters.minCapacityKg)
    }
    return query.paginate(
      filters.page ?? 1,
      filters.perPage ?? ordersConfig.loadBoard.defaultPerPage
    )
  }

  private async resolveVehicleType(value: string) {
    const type = /^\d+$/.test(value)
      ? await VehicleType.find(Number(value))
      : await VehicleType.findBy('code', value)
    if (!type) {
      throw new DomainException(`Unknown vehicle type "${value}".`, {
        status: 422,
        code: 'E_VALIDATION',
        field: 'vehicleType',
      })
    }
    return type
  }

  /** A load asks for a type used in the shipper's country (422 on requiredVehicleTypeId). */
  private async assertVehicleType(user: User, id?: number | null) {
    if (!id) return
    if (user.organisationId && !user.organisation) await user.load('organisation')
    await this.vehicleTypes.availableIn(id, accountCountry(user), 'requiredVehicleTypeId')
  }

  private assertPriced(order: Order) {
    if (order.priceAmount === null && !order.openToBids) {
      throw new DomainException('Give a price, or make the order open to bids.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'priceAmount',
      })
    }
  }
}

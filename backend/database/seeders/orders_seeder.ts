import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import drive from '@adonisjs/drive/services/main'
import Order, { type Currency, type OrderStatus } from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import Bid from '#orders/models/bid'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import Dispute from '#orders/models/dispute'
import Rating from '#orders/models/rating'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleType from '#fleet/models/vehicle_type'
import type { LatLng } from '#core/models/geo_point'

interface Place extends LatLng {
  address: string
}

const PLACES = {
  dakarPort: { lat: 14.6937, lng: -17.4441, address: 'Port autonome de Dakar' },
  dakarSandaga: { lat: 14.6712, lng: -17.4363, address: 'Marché Sandaga, Dakar' },
  thies: { lat: 14.7886, lng: -16.926, address: 'Gare routière de Thiès' },
  touba: { lat: 14.85, lng: -15.8833, address: 'Marché Ocass, Touba' },
  saintLouis: { lat: 16.0179, lng: -16.4896, address: 'Quai de pêche, Saint-Louis' },
  nairobiIndustrial: { lat: -1.3192, lng: 36.8442, address: 'Industrial Area, Nairobi' },
  nairobiWakulima: { lat: -1.2833, lng: 36.8333, address: 'Wakulima Market, Nairobi' },
  nakuru: { lat: -0.3031, lng: 36.08, address: 'Nakuru town' },
  eldoret: { lat: 0.5143, lng: 35.2698, address: 'Eldoret, Uasin Gishu' },
  mombasa: { lat: -4.0435, lng: 39.6682, address: 'Kilindini Port, Mombasa' },
} satisfies Record<string, Place>

/** A carrier's crew, by the phones and plates the accounts and fleet seeders use. */
const CREWS = {
  mamadou: { driver: '+221770000020', plate: 'DK4821AB' },
  ousmane: { driver: '+221770000022', plate: 'TH1375C' },
  joseph: { driver: '+254700000020', plate: 'KCA123A' },
  samuel: { driver: '+254700000022', plate: 'KDB456B' },
  daniel: { driver: '+254700000023', plate: 'KDC789C' },
}
type Crew = (typeof CREWS)[keyof typeof CREWS]

interface DemoOrder {
  shipper: string
  from: Place
  to: Place
  cargo: {
    kind: string
    weightKg: number
    volumeM3?: number
    count?: number
    fragile?: boolean
    refrigerated?: boolean
  }
  vehicleType?: string
  price: number | null
  currency: Currency
  payment: 'mobile_money' | 'cash'
  status: OrderStatus
  crew?: Crew
  /** Other carriers' bids are not possible with one carrier per country: losing bids come from other crews. */
  bids?: { crew: Crew; amount: number; status: 'open' | 'accepted' | 'rejected' }[]
  notes?: string
  /** How long ago it was created. */
  hoursAgo: number
  cancelReason?: string
}

const SN_SHIPPER = '+221770000010'
const SN_SHIPPER_2 = '+221770000011'
const KE_SHIPPER = '+254700000010'
const KE_SHIPPER_2 = '+254700000011'

/** Orders on four corridors, in every state of the lifecycle. */
const ORDERS: DemoOrder[] = [
  // Dakar – Thiès – Touba and Dakar – Saint-Louis (XOF has no minor unit)
  {
    shipper: SN_SHIPPER,
    from: PLACES.dakarPort,
    to: PLACES.touba,
    cargo: { kind: 'onions', weightKg: 8000, count: 320 },
    vehicleType: 'flatbed_10t',
    price: 450_000,
    currency: 'XOF',
    payment: 'mobile_money',
    status: 'draft',
    hoursAgo: 2,
    notes: 'Sacs de 25 kg, chargement à la porte 3',
  },
  {
    shipper: SN_SHIPPER_2,
    from: PLACES.dakarSandaga,
    to: PLACES.saintLouis,
    cargo: { kind: 'rice', weightKg: 5000, count: 100 },
    price: null,
    currency: 'XOF',
    payment: 'cash',
    status: 'posted',
    hoursAgo: 5,
  },
  {
    shipper: SN_SHIPPER,
    from: PLACES.thies,
    to: PLACES.touba,
    cargo: { kind: 'cement', weightKg: 9000, count: 180 },
    price: 300_000,
    currency: 'XOF',
    payment: 'mobile_money',
    status: 'bidding',
    hoursAgo: 8,
    bids: [{ crew: CREWS.mamadou, amount: 285_000, status: 'open' }],
  },
  {
    shipper: SN_SHIPPER,
    from: PLACES.dakarPort,
    to: PLACES.thies,
    cargo: { kind: 'bottled water', weightKg: 2500, count: 400 },
    vehicleType: 'box_3t',
    price: 120_000,
    currency: 'XOF',
    payment: 'mobile_money',
    status: 'in_transit',
    crew: CREWS.ousmane,
    hoursAgo: 6,
    bids: [{ crew: CREWS.ousmane, amount: 120_000, status: 'accepted' }],
  },
  {
    shipper: SN_SHIPPER_2,
    from: PLACES.dakarPort,
    to: PLACES.saintLouis,
    cargo: { kind: 'fertiliser', weightKg: 8000, count: 160 },
    price: 400_000,
    currency: 'XOF',
    payment: 'cash',
    status: 'completed',
    crew: CREWS.mamadou,
    hoursAgo: 96,
  },
  {
    shipper: SN_SHIPPER,
    from: PLACES.thies,
    to: PLACES.touba,
    cargo: { kind: 'groundnuts', weightKg: 6000 },
    price: 250_000,
    currency: 'XOF',
    payment: 'mobile_money',
    status: 'cancelled',
    hoursAgo: 30,
    cancelReason: 'Récolte retardée par la pluie',
  },
  // Nairobi – Nakuru – Eldoret and Mombasa – Nairobi (KES in cents)
  {
    shipper: KE_SHIPPER,
    from: PLACES.nairobiIndustrial,
    to: PLACES.nakuru,
    cargo: { kind: 'maize', weightKg: 20_000, count: 222 },
    vehicleType: 'curtainsider_28t',
    price: 6_500_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'assigned',
    crew: CREWS.joseph,
    hoursAgo: 4,
    bids: [
      { crew: CREWS.joseph, amount: 6_200_000, status: 'accepted' },
      { crew: CREWS.daniel, amount: 6_000_000, status: 'rejected' },
    ],
  },
  {
    shipper: KE_SHIPPER_2,
    from: PLACES.mombasa,
    to: PLACES.nairobiWakulima,
    cargo: { kind: 'avocados', weightKg: 6000, volumeM3: 20, refrigerated: true },
    vehicleType: 'reefer_10t',
    price: 15_000_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'pickup_pending',
    crew: CREWS.samuel,
    hoursAgo: 10,
  },
  {
    shipper: KE_SHIPPER,
    from: PLACES.nakuru,
    to: PLACES.eldoret,
    cargo: { kind: 'milk', weightKg: 4500, volumeM3: 4.5, refrigerated: false },
    vehicleType: 'milk_tanker_5k',
    price: 3_000_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'picked_up',
    crew: CREWS.daniel,
    hoursAgo: 3,
  },
  {
    shipper: KE_SHIPPER,
    from: PLACES.nairobiIndustrial,
    to: PLACES.eldoret,
    cargo: { kind: 'tea', weightKg: 12_000, count: 240 },
    price: 12_000_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'posted',
    hoursAgo: 1,
  },
  {
    shipper: KE_SHIPPER_2,
    from: PLACES.nairobiWakulima,
    to: PLACES.nakuru,
    cargo: { kind: 'cabbages', weightKg: 7000 },
    price: null,
    currency: 'KES',
    payment: 'cash',
    status: 'bidding',
    hoursAgo: 2,
    bids: [{ crew: CREWS.joseph, amount: 2_800_000, status: 'open' }],
  },
  {
    shipper: KE_SHIPPER,
    from: PLACES.nairobiIndustrial,
    to: PLACES.eldoret,
    cargo: { kind: 'steel bars', weightKg: 18_000 },
    price: 9_000_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'delivered',
    crew: CREWS.joseph,
    hoursAgo: 30,
  },
  {
    shipper: KE_SHIPPER_2,
    from: PLACES.mombasa,
    to: PLACES.nairobiIndustrial,
    cargo: { kind: 'electronics', weightKg: 3000, fragile: true },
    price: 11_000_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'disputed',
    crew: CREWS.samuel,
    hoursAgo: 60,
  },
  {
    shipper: KE_SHIPPER,
    from: PLACES.nairobiIndustrial,
    to: PLACES.nakuru,
    cargo: { kind: 'fertiliser', weightKg: 15_000 },
    price: 5_500_000,
    currency: 'KES',
    payment: 'cash',
    status: 'resolved',
    crew: CREWS.joseph,
    hoursAgo: 120,
  },
  {
    shipper: KE_SHIPPER_2,
    from: PLACES.mombasa,
    to: PLACES.nairobiWakulima,
    cargo: { kind: 'pineapples', weightKg: 9000, refrigerated: true },
    price: 14_000_000,
    currency: 'KES',
    payment: 'mobile_money',
    status: 'completed',
    crew: CREWS.samuel,
    hoursAgo: 150,
  },
]

/** The transitions that lead to each state, in order. */
const PATHS: Record<OrderStatus, OrderStatus[]> = {
  draft: [],
  posted: ['posted'],
  bidding: ['posted', 'bidding'],
  assigned: ['posted', 'assigned'],
  pickup_pending: ['posted', 'assigned', 'pickup_pending'],
  picked_up: ['posted', 'assigned', 'pickup_pending', 'picked_up'],
  in_transit: ['posted', 'assigned', 'pickup_pending', 'picked_up', 'in_transit'],
  delivered: ['posted', 'assigned', 'pickup_pending', 'picked_up', 'in_transit', 'delivered'],
  completed: [
    'posted',
    'assigned',
    'pickup_pending',
    'picked_up',
    'in_transit',
    'delivered',
    'completed',
  ],
  disputed: [
    'posted',
    'assigned',
    'pickup_pending',
    'picked_up',
    'in_transit',
    'delivered',
    'disputed',
  ],
  resolved: [
    'posted',
    'assigned',
    'pickup_pending',
    'picked_up',
    'in_transit',
    'delivered',
    'disputed',
    'resolved',
  ],
  cancelled: ['posted', 'cancelled'],
}

const STAMPS: Partial<
  Record<
    OrderStatus,
    'postedAt' | 'assignedAt' | 'pickedUpAt' | 'deliveredAt' | 'completedAt' | 'cancelledAt'
  >
> = {
  posted: 'postedAt',
  assigned: 'assignedAt',
  picked_up: 'pickedUpAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
}

const ADMIN = '+254700000001'

/** A 1x1 PNG standing in for photos and signatures. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

/**
 * Demo orders on the Dakar–Thiès–Touba, Dakar–Saint-Louis,
 * Nairobi–Nakuru–Eldoret and Mombasa–Nairobi corridors in every state,
 * with bids, timelines, a proof of delivery, disputes and ratings, for the
 * users and vehicles of the accounts and fleet seeders. Idempotent: an
 * order already there (same shipper, cargo and route) is left as it is.
 */
export default class OrdersSeeder extends BaseSeeder {
  private users = new Map<string, User>()

  async run() {
    const options = { client: this.client }
    for (const demo of ORDERS) {
      const shipper = await this.user(demo.shipper)
      const existing = await Order.query(options)
        .where('shipper_id', shipper.id)
        .where('cargo_kind', demo.cargo.kind)
        .where('pickup_address', demo.from.address)
        .where('dropoff_address', demo.to.address)
        .first()
      if (existing) continue
      await this.seedOrder(demo, shipper)
    }
  }

  private async user(phone: string) {
    if (!this.users.has(phone)) {
      const user = await User.findBy('phone', phone, { client: this.client })
      if (!user) throw new Error(`Run accounts_seeder first: no user ${phone}`)
      this.users.set(phone, user)
    }
    return this.users.get(phone)!
  }

  private async vehicle(plate: string) {
    const vehicle = await Vehicle.findBy('plate', plate, { client: this.client })
    if (!vehicle) throw new Error(`Run fleet_seeder first: no vehicle ${plate}`)
    return vehicle
  }

  private async seedOrder(demo: DemoOrder, shipper: User) {
    const client = this.client
    const created = DateTime.now().minus({ hours: demo.hoursAgo })
    const type = demo.vehicleType
      ? await VehicleType.findByOrFail('code', demo.vehicleType, { client })
      : null
    const driver = demo.crew ? await this.user(demo.crew.driver) : null
    const vehicle = demo.crew ? await this.vehicle(demo.crew.plate) : null
    const path = PATHS[demo.status]
    // Steps spread evenly between creation and now.
    const at = (index: number) =>
      created.plus({ milliseconds: ((index + 1) * demo.hoursAgo * 3_600_000) / (path.length + 1) })

    const stamps: Partial<Order> = {}
    path.forEach((status, index) => {
      const stamp = STAMPS[status]
      if (stamp) stamps[stamp] = at(index)
    })
    const order = await Order.create(
      {
        shipperId: shipper.id,
        shipperOrganisationId: shipper.organisationId,
        status: demo.status,
        pickup: { lat: demo.from.lat, lng: demo.from.lng },
        pickupAddress: demo.from.address,
        pickupContactName: shipper.name,
        pickupContactPhone: shipper.phone,
        pickupWindowStart: created.plus({ hours: 1 }),
        pickupWindowEnd: created.plus({ hours: 6 }),
        dropoff: { lat: demo.to.lat, lng: demo.to.lng },
        dropoffAddress: demo.to.address,
        cargoKind: demo.cargo.kind,
        cargoWeightKg: demo.cargo.weightKg,
        cargoVolumeM3: demo.cargo.volumeM3 ?? null,
        cargoCount: demo.cargo.count ?? null,
        cargoFragile: demo.cargo.fragile ?? false,
        cargoRefrigerated: demo.cargo.refrigerated ?? false,
        cargoPhotos: [],
        requiredVehicleTypeId: type?.id ?? null,
        priceAmount: demo.price,
        currency: demo.currency,
        openToBids: demo.price === null || Boolean(demo.bids),
        paymentMethod: demo.payment,
        notes: demo.notes ?? null,
        assignedDriverId: driver?.id ?? null,
        assignedVehicleId: vehicle?.id ?? null,
        carrierOrganisationId: vehicle?.organisationId ?? null,
        cancelReason: demo.cancelReason ?? null,
        createdAt: created,
        ...stamps,
      },
      { client }
    )

    await this.event(order, 'created', shipper.id, created)
    for (const [index, status] of path.entries()) {
      const actor = ['pickup_pending', 'picked_up', 'in_transit', 'delivered'].includes(status)
        ? driver
        : status === 'resolved'
          ? await this.user(ADMIN)
          : status === 'bidding'
            ? await this.user(demo.bids![0].crew.driver)
            : shipper
      const position = status === 'picked_up' ? demo.from : status === 'delivered' ? demo.to : null
      const data: Record<string, unknown> = {
        from: index === 0 ? 'draft' : path[index - 1],
        to: status,
      }
      if (status === 'cancelled') data.reason = demo.cancelReason
      if (status === 'assigned') data.driverId = driver?.id
      await this.event(order, status, actor?.id ?? null, at(index), position, data)
    }

    for (const bid of demo.bids ?? []) {
      const bidder = await this.user(bid.crew.driver)
      const bidVehicle = await this.vehicle(bid.crew.plate)
      const saved = await Bid.create(
        {
          orderId: order.id,
          carrierOrganisationId: bidVehicle.organisationId,
          bidderId: bidder.id,
          vehicleId: bidVehicle.id,
          driverId: bidder.id,
          amount: bid.amount,
          currency: demo.currency,
          estimatedPickupAt: created.plus({ hours: 3 }),
          note: bid.status === 'accepted' ? 'Truck available today' : null,
          status: bid.status,
          decidedAt: bid.status === 'open' ? null : order.assignedAt,
          decidedById: bid.status === 'open' ? null : shipper.id,
        },
        { client }
      )
      if (bid.status === 'accepted') {
        order.merge({ acceptedBidId: saved.id, priceAmount: bid.amount })
        await order.save()
      }
    }

    if (order.deliveredAt) await this.proofOfDelivery(order, driver!)
    if (demo.status === 'disputed' || demo.status === 'resolved')
      await this.dispute(order, shipper, demo.status)
    if (demo.status === 'completed' || demo.status === 'resolved')
      await this.ratings(order, shipper, driver!)
  }

  private async event(
    order: Order,
    type: string,
    actorId: number | null,
    createdAt: DateTime,
    position: LatLng | null = null,
    data: Record<string, unknown> = {}
  ) {
    await OrderEvent.create(
      { orderId: order.id, type, actorId, position, data, createdAt },
      { client: this.client }
    )
  }

  private async proofOfDelivery(order: Order, driver: User) {
    const folder = `demo/orders/${order.id}/pod`
    await drive.use().put(`${folder}/photo.png`, PNG, { contentType: 'image/png' })
    await drive.use().put(`${folder}/signature.png`, PNG, { contentType: 'image/png' })
    await ProofOfDelivery.create(
      {
        orderId: order.id,
        submittedById: driver.id,
        photoKey: `${folder}/photo.png`,
        signatureKey: `${folder}/signature.png`,
        receiverName: order.dropoffContactName ?? 'Store manager',
        receiverPhone: order.pickupContactPhone ?? driver.phone,
        position: order.dropoff,
        deliveredAt: order.deliveredAt!,
        createdAt: order.deliveredAt!,
      },
      { client: this.client }
    )
  }

  private async dispute(order: Order, shipper: User, status: 'disputed' | 'resolved') {
    const admin = await this.user(ADMIN)
    await Dispute.create(
      {
        orderId: order.id,
        openedById: shipper.id,
        reason: 'damaged',
        description: 'Two cartons arrived crushed; photos taken at the warehouse door.',
        evidence: [],
        status: status === 'resolved' ? 'resolved' : 'open',
        resolutionNote:
          status === 'resolved' ? 'Carrier refunds the two cartons (KES 4,000).' : null,
        resolvedById: status === 'resolved' ? admin.id : null,
        resolvedAt: status === 'resolved' ? DateTime.now().minus({ hours: 2 }) : null,
      },
      { client: this.client }
    )
  }

  private async ratings(order: Order, shipper: User, driver: User) {
    await Rating.create(
      {
        orderId: order.id,
        direction: 'shipper_to_carrier',
        raterId: shipper.id,
        ratedOrganisationId: order.carrierOrganisationId,
        ratedUserId: driver.id,
        score: 5,
        comment: 'On time and careful with the load',
      },
      { client: this.client }
    )
    await Rating.create(
      {
        orderId: order.id,
        direction: 'carrier_to_shipper',
        raterId: driver.id,
        ratedOrganisationId: order.shipperOrganisationId,
        ratedUserId: shipper.id,
        score: 4,
        comment: 'Loading took a while, payment was quick',
      },
      { client: this.client }
    )
  }
}

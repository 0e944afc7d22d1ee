import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import drive from '@adonisjs/drive/services/main'
import FleetDocument, { type DocumentKind } from '#fleet/models/fleet_document'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleDriver from '#fleet/models/vehicle_driver'
import VehicleType from '#fleet/models/vehicle_type'

interface DemoVehicle {
  plate: string
  type: string
  make: string
  model: string
  year: number
  base: { lat: number; lng: number; address: string }
  /** Phone of the demo driver (from accounts_seeder) who drives it. */
  driver?: string
  /** Leave its insurance expired so the demo shows an ineligible vehicle. */
  expiredInsurance?: boolean
}

/**
 * Where each type is used in the demo (the console changes it). Trucks,
 * vans and pickups run on every corridor; the milk tanker serves East
 * Africa's dairy cooperatives; the cargo tuk-tuk (bajaji) is East African
 * too, while Dakar's small loads go by pickup or motorcycle ("Jakarta").
 * Only demo data: the migration that added countries kept every existing
 * type in all four countries on purpose (trucks of each may already be
 * registered anywhere, and a narrower list would strand them), so a real
 * deployment narrows its lists in the console, audited.
 */
const TYPE_COUNTRIES: Record<string, string[]> = {
  milk_tanker_5k: ['KE', 'TZ', 'UG'],
  tuk_tuk_cargo: ['KE', 'TZ', 'UG'],
}

/** A type only the demo has, to show a per-country list. */
const TUK_TUK = {
  code: 'tuk_tuk_cargo',
  name: 'Cargo tuk-tuk (bajaji)',
  names: { fr: 'Tricycle de fret (bajaji)', sw: 'Bajaji ya mizigo' },
  body: 'pickup' as const,
  capacityKg: 500,
  capacityM3: 1.5,
}

/** Owners (by the phone of a member seeded by accounts_seeder) and their vehicles. */
const FLEETS: { memberPhone: string; vehicles: DemoVehicle[] }[] = [
  {
    memberPhone: '+221770000020', // Transports Thiès Express
    vehicles: [
      {
        plate: 'DK4821AB',
        type: 'flatbed_10t',
        make: 'Renault Trucks',
        model: 'Kerax',
        year: 2016,
        base: { lat: 14.6937, lng: -17.4441, address: 'Port autonome de Dakar' },
        driver: '+221770000020',
      },
      {
        plate: 'TH1375C',
        type: 'box_3t',
        make: 'Isuzu',
        model: 'NPR',
        year: 2019,
        base: { lat: 14.7886, lng: -16.926, address: 'Gare routière de Thiès' },
        driver: '+221770000022',
      },
    ],
  },
  {
    memberPhone: '+254700000020', // Rift Valley Haulage
    vehicles: [
      {
        plate: 'KCA123A',
        type: 'curtainsider_28t',
        make: 'Mercedes-Benz',
        model: 'Actros',
        year: 2018,
        base: { lat: -1.3192, lng: 36.8442, address: 'Industrial Area, Nairobi' },
        driver: '+254700000020',
      },
      {
        plate: 'KDB456B',
        type: 'reefer_10t',
        make: 'Isuzu',
        model: 'FVZ',
        year: 2020,
        base: { lat: -4.0435, lng: 39.6682, address: 'Kilindini, Mombasa' },
        driver: '+254700000022',
      },
      {
        plate: 'KDC789C',
        type: 'milk_tanker_5k',
        make: 'Isuzu',
        model: 'FRR',
        year: 2017,
        base: { lat: -0.3031, lng: 36.08, address: 'Nakuru town' },
        driver: '+254700000023',
      },
      {
        plate: 'KDD404D',
        type: 'tipper_15t',
        make: 'Scania',
        model: 'P410',
        year: 2014,
        base: { lat: -1.2864, lng: 36.8172, address: 'Nairobi CBD' },
        expiredInsurance: true,
      },
    ],
  },
]

const ADMIN_PHONE = '+254700000001'

/** A one-page PDF standing in for a scanned document. */
function samplePdf(title: string) {
  return Buffer.from(
    `%PDF-1.4\n% Njia demo document: ${title}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
  )
}

/**
 * Demo fleet for the carriers of accounts_seeder: vehicles based in Dakar,
 * Thiès, Nairobi, Mombasa and Nakuru with verified, unexpired papers and
 * their drivers assigned (plus one tipper with expired insurance).
 * Idempotent: re-running refreshes expiry dates and changes nothing else.
 */
export default class FleetSeeder extends BaseSeeder {
  async run() {
    const options = { client: this.client }
    const admin = await User.findBy('phone', ADMIN_PHONE, options)
    const inAYear = DateTime.now().plus({ years: 1 }).startOf('day')

    await VehicleType.updateOrCreate(
      { code: TUK_TUK.code },
      { ...TUK_TUK, names: { ...TUK_TUK.names, en: TUK_TUK.name } },
      options
    )
    for (const [code, countries] of Object.entries(TYPE_COUNTRIES)) {
      const type = await VehicleType.findBy('code', code, options)
      if (type) await type.merge({ countries }).save()
    }

    for (const fleet of FLEETS) {
      const member = await User.findBy('phone', fleet.memberPhone, options)
      if (!member?.organisationId) {
        throw new Error(`Run accounts_seeder first: no carrier member ${fleet.memberPhone}`)
      }
      for (const demo of fleet.vehicles) {
        const type = await VehicleType.findByOrFail('code', demo.type, options)
        const vehicle = await Vehicle.updateOrCreate(
          { plate: demo.plate },
          {
            organisationId: member.organisationId,
            vehicleTypeId: type.id,
            make: demo.make,
            model: demo.model,
            year: demo.year,
            baseLat: demo.base.lat,
            baseLng: demo.base.lng,
            baseAddress: demo.base.address,
            archivedAt: null,
          },
          options
        )

        await this.document(vehicle, null, 'registration_card', `CG-${demo.plate}`, inAYear, admin)
        const insuranceExpiry = demo.expiredInsurance
          ? DateTime.now().minus({ months: 1 }).startOf('day')
          : inAYear
        await this.document(vehicle, null, 'insurance', `INS-${demo.plate}`, insuranceExpiry, admin)

        if (demo.driver) {
          const driver = await User.findByOrFail('phone', demo.driver, options)
          await this.document(
            null,
            driver,
            'driving_licence',
            `DL-${driver.phone.slice(1)}`,
            inAYear,
            admin
          )
          await VehicleDriver.query(options).where('driver_id', driver.id).delete()
          await VehicleDriver.create(
            { vehicleId: vehicle.id, driverId: driver.id, assignedById: admin?.id ?? null },
            options
          )
        }
      }
    }
  }

  private async document(
    vehicle: Vehicle | null,
    driver: User | null,
    kind: DocumentKind,
    number: string,
    expiresOn: DateTime,
    admin: User | null
  ) {
    const options = { client: this.client }
    const fileKey = `demo/${number.toLowerCase()}.pdf`
    const file = samplePdf(`${kind} ${number}`)
    await drive.use().put(fileKey, file, { contentType: 'application/pdf' })
    await FleetDocument.updateOrCreate(
      { kind, number },
      {
        organisationId: vehicle?.organisationId ?? driver?.organisationId ?? null,
        vehicleId: vehicle?.id ?? null,
        driverId: driver?.id ?? null,
        expiresOn,
        fileKey,
        fileName: `${number}.pdf`,
        contentType: 'application/pdf',
        fileSize: file.length,
        status: 'verified',
        rejectionReason: null,
        reviewedById: admin?.id ?? null,
        reviewedAt: DateTime.now(),
        uploadedById: admin?.id ?? null,
      },
      options
    )
  }
}

import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import FleetDocument, {
  type DocumentKind,
  VEHICLE_DOCUMENT_KINDS,
} from '#fleet/models/fleet_document'
import type Vehicle from '#fleet/models/vehicle'
import type User from '#accounts/models/user'
import { drives } from '#accounts/membership_rules'

export const PAPER_PROBLEMS = ['missing', 'rejected', 'expired', 'pending'] as const
export type PaperProblem = (typeof PAPER_PROBLEMS)[number]

export interface EligibilityReason {
  /** e.g. INSURANCE_EXPIRED, REGISTRATION_CARD_MISSING, DRIVING_LICENCE_PENDING */
  code: string
  message: string
  /** For a paper's problem: which paper, and what is wrong with it. */
  paper?: { kind: DocumentKind; problem: PaperProblem }
}

export interface Eligibility {
  eligible: boolean
  reasons: EligibilityReason[]
}

/** What the rules read of a crew (a vehicle and the driver who would drive it). */
export interface Crew {
  vehicle: Pick<Vehicle, 'id' | 'plate' | 'organisationId' | 'archivedAt'>
  driver: Pick<User, 'id' | 'name' | 'phone' | 'role' | 'organisationId' | 'suspendedAt'>
}

export interface EligibilityOptions {
  /** Run inside the caller's transaction. */
  client?: QueryClientContract
  /** The day documents must be valid on (default: today). */
  on?: DateTime
}

const LABELS: Record<DocumentKind, string> = {
  registration_card: 'registration card (carte grise)',
  insurance: 'insurance certificate',
  driving_licence: 'driving licence',
}

/**
 * Whether a vehicle (and optionally the driver who would drive it) may bid
 * or be assigned: both must be active (the driver not suspended by an
 * admin) and in the same carrier, and each
 * mandatory document — the vehicle's registration card and insurance, the
 * driver's licence — must exist, be verified and not be expired. A pending
 * renewal does not suspend a vehicle whose current document is still valid;
 * when none is valid, the reason describes the newest document of that kind.
 */
export default class FleetEligibilityService {
  async check(
    vehicle: Vehicle,
    driver?: User | null,
    options: EligibilityOptions = {}
  ): Promise<Eligibility> {
    const on = options.on ?? DateTime.now()
    const vehicleDocs = await this.documentsByKind({ vehicleId: vehicle.id }, options.client)
    const reasons = this.vehicleReasons(vehicle, vehicleDocs, on)

    if (driver) {
      const driverDocs = await this.documentsByKind({ driverId: driver.id }, options.client)
      reasons.push(...this.driverReasons(vehicle, driver, driverDocs, on))
    }

    return { eligible: reasons.length === 0, reasons }
  }

  /** What is wrong with the driver's own papers (the licence), whatever the truck. */
  async driverPaperReasons(
    driver: User,
    options: EligibilityOptions = {}
  ): Promise<EligibilityReason[]> {
    const driverDocs = await this.documentsByKind({ driverId: driver.id }, options.client)
    const reason = this.documentProblem(
      'driving_licence',
      driverDocs.get('driving_licence'),
      options.on ?? DateTime.now(),
      `Driver ${driver.name ?? driver.phone}`
    )
    return reason ? [reason] : []
  }

  /** The vehicles' own eligibility (papers, archived), in one query: for lists. */
  async checkMany(
    vehicles: Vehicle[],
    options: EligibilityOptions = {}
  ): Promise<Map<number, Eligibility>> {
    const on = options.on ?? DateTime.now()
    const documents = vehicles.length
      ? await FleetDocument.query({ client: options.client })
          .whereIn(
            'vehicle_id',
            vehicles.map((vehicle) => vehicle.id)
          )
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
      : []
    const result = new Map<number, Eligibility>()
    for (const vehicle of vehicles) {
      const own = documents.filter((document) => document.vehicleId === vehicle.id)
      const reasons = this.vehicleReasons(vehicle, groupByKind(own), on)
      result.set(vehicle.id, { eligible: reasons.length === 0, reasons })
    }
    return result
  }

  /**
   * Crews (a vehicle and the driver who would drive it) judged on documents
   * the caller already read, newest first (rows as the database returns them,
   * or models): no query, for suggestions. Every document of each crew's
   * vehicle and driver must be among them. In the crews' order.
   */
  judgeCrews(
    crews: Crew[],
    documents: (FleetDocument | Record<string, unknown>)[],
    on: DateTime = DateTime.now()
  ): Eligibility[] {
    const models = documents.map((document) =>
      document instanceof FleetDocument
        ? document
        : FleetDocument.$createFromAdapterResult(document)!
    )
    return crews.map(({ vehicle, driver }) => {
      const own = (key: 'vehicleId' | 'driverId', id: number) =>
        groupByKind(models.filter((document) => document[key] === id))
      const reasons = [
        ...this.vehicleReasons(vehicle, own('vehicleId', vehicle.id), on),
        ...this.driverReasons(vehicle, driver, own('driverId', driver.id), on),
      ]
      return { eligible: reasons.length === 0, reasons }
    })
  }

  /**
   * Throws 409 naming every reason: E_DRIVER_SUSPENDED when an admin suspended
   * the driver (no paper fixes that), E_VEHICLE_NOT_ELIGIBLE otherwise.
   */
  async assertEligible(
    vehicle: Vehicle,
    driver?: User | null,
    options: EligibilityOptions = {}
  ): Promise<void> {
    const { eligible, reasons } = await this.check(vehicle, driver, options)
    if (eligible) return
    const suspended = reasons.some((reason) => reason.code === 'DRIVER_SUSPENDED')
    throw new DomainException(
      `Vehicle ${vehicle.plate} cannot take loads: ${reasons.map((r) => r.message).join(' ')}`,
      { status: 409, code: suspended ? 'E_DRIVER_SUSPENDED' : 'E_VEHICLE_NOT_ELIGIBLE' }
    )
  }

  /**
   * The same rule for work given outside an order (a milk route), whose truck
   * and driver may each be missing: a truck (with its driver) as
   * `assertEligible`; a driver alone must not be suspended (409
   * E_DRIVER_SUSPENDED) and must hold a valid licence (409
   * E_DRIVER_NOT_ELIGIBLE naming every reason).
   */
  async assertMayWork(
    vehicle: Vehicle | null,
    driver: User | null,
    options: EligibilityOptions = {}
  ): Promise<void> {
    if (vehicle) return this.assertEligible(vehicle, driver, options)
    if (!driver) return
    const suspended = this.suspension(driver)
    const reasons = [
      ...(suspended ? [suspended] : []),
      ...(await this.driverPaperReasons(driver, options)),
    ]
    if (reasons.length === 0) return
    throw new DomainException(
      `Driver ${driver.name ?? driver.phone} cannot take work: ${reasons.map((r) => r.message).join(' ')}`,
      {
        status: 409,
        code: suspended ? 'E_DRIVER_SUSPENDED' : 'E_DRIVER_NOT_ELIGIBLE',
        field: 'driverId',
      }
    )
  }

  private suspension(driver: Crew['driver']): EligibilityReason | null {
    if (!driver.suspendedAt) return null
    const who = `Driver ${driver.name ?? driver.phone}`
    return { code: 'DRIVER_SUSPENDED', message: `${who} is suspended by an administrator.` }
  }

  private vehicleReasons(
    vehicle: Crew['vehicle'],
    documents: Map<DocumentKind, FleetDocument[]>,
    on: DateTime
  ) {
    const reasons: EligibilityReason[] = []
    if (vehicle.archivedAt) {
      reasons.push({ code: 'VEHICLE_ARCHIVED', message: `Vehicle ${vehicle.plate} is archived.` })
    }
    for (const kind of VEHICLE_DOCUMENT_KINDS) {
      const reason = this.documentProblem(kind, documents.get(kind), on, `Vehicle ${vehicle.plate}`)
      if (reason) reasons.push(reason)
    }
    return reasons
  }

  private driverReasons(
    vehicle: Crew['vehicle'],
    driver: Crew['driver'],
    documents: Map<DocumentKind, FleetDocument[]>,
    on: DateTime
  ) {
    const reasons: EligibilityReason[] = []
    const who = `Driver ${driver.name ?? driver.phone}`
    const suspended = this.suspension(driver)
    if (suspended) reasons.push(suspended)
    if (!drives(driver.role)) {
      reasons.push({ code: 'NOT_A_DRIVER', message: `${who} does not have the driver role.` })
    }
    if (driver.organisationId !== vehicle.organisationId) {
      reasons.push({
        code: 'DRIVER_NOT_IN_CARRIER',
        message: `${who} does not belong to the carrier that owns vehicle ${vehicle.plate}.`,
      })
    }
    const reason = this.documentProblem(
      'driving_licence',
      documents.get('driving_licence'),
      on,
      who
    )
    if (reason) reasons.push(reason)
    return reasons
  }

  private async documentsByKind(
    owner: { vehicleId: number } | { driverId: number },
    client?: QueryClientContract
  ) {
    const query = FleetDocument.query({ client })
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
    if ('vehicleId' in owner) query.where('vehicle_id', owner.vehicleId)
    else query.where('driver_id', owner.driverId)
    return groupByKind(await query)
  }

  private documentProblem(
    kind: DocumentKind,
    newestFirst: FleetDocument[] | undefined,
    on: DateTime,
    whose: string
  ): EligibilityReason | null {
    if (newestFirst?.some((d) => d.status === 'verified' && !d.isExpired(on))) return null
    const doc = newestFirst?.[0]
    const code = kind.toUpperCase()
    const label = LABELS[kind]
    const problem = (state: PaperProblem, message: string): EligibilityReason => ({
      code: `${code}_${state.toUpperCase()}`,
      message,
      paper: { kind, problem: state },
    })
    if (!doc) return problem('missing', `${whose} has no ${label} on file.`)
    if (doc.status === 'rejected') {
      const why = doc.rejectionReason ? `: ${doc.rejectionReason}` : ''
      return problem('rejected', `${whose}'s ${label} was rejected${why}. Upload a new one.`)
    }
    if (doc.isExpired(on)) {
      return problem('expired', `${whose}'s ${label} expired on ${doc.expiresOn.toISODate()}.`)
    }
    if (doc.status === 'pending') {
      return problem(
        'pending',
        `${whose}'s ${label} is waiting for verification by an administrator.`
      )
    }
    return null
  }
}

/** Newest first within each kind (the input is sorted newest first). */
function groupByKind(documents: FleetDocument[]) {
  const byKind = new Map<DocumentKind, FleetDocument[]>()
  for (const doc of documents) byKind.set(doc.kind, [...(byKind.get(doc.kind) ?? []), doc])
  return byKind
}

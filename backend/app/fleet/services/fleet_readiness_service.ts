import { inject } from '@adonisjs/core'
import type User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import fleetConfig from '#config/fleet'
import Vehicle from '#fleet/models/vehicle'
import {
  DOCUMENT_KINDS,
  VEHICLE_DOCUMENT_KINDS,
  type DocumentKind,
} from '#fleet/models/fleet_document'
import FleetEligibilityService, {
  type PaperProblem,
} from '#fleet/services/fleet_eligibility_service'

/** The paper states only a new upload by the carrier or driver mends (`pending` waits for an administrator). */
export const NEEDS_UPLOAD: ReadonlySet<PaperProblem> = new Set(['missing', 'rejected', 'expired'])

/** Where a driver stands on the way to a first bid: the steps of their checklist. */
export interface FleetReadiness {
  /** The carrier they drive for, once they found or joined one. */
  carrier: Organisation | null
  /** The truck the checklist is about: the one they drive that is nearest to bidding. */
  vehicle: Vehicle | null
  /** Every paper a bid needs, for that truck and for the driver. */
  papers: { kind: DocumentKind; state: PaperProblem | 'verified'; vehicleId: number | null }[]
  /** No paper needs an upload any more: what is left waits for an administrator. */
  papersUploaded: boolean
  mayBid: boolean
  /** How long an administrator usually takes to verify a paper. */
  reviewHours: number
}

@inject()
export default class FleetReadinessService {
  constructor(private eligibility: FleetEligibilityService) {}

  async of(driver: User): Promise<FleetReadiness> {
    const organisation = driver.organisationId
      ? await Organisation.find(driver.organisationId)
      : null
    const carrier = organisation?.kind === 'carrier' ? organisation : null
    const vehicles = carrier ? await this.vehiclesOf(driver, carrier) : []

    // The truck with the fewest problems (with this driver) is the one to finish.
    let best: {
      vehicle: Vehicle | null
      problems: Map<DocumentKind, PaperProblem>
      eligible: boolean
    } | null = null
    for (const vehicle of vehicles) {
      const { reasons } = await this.eligibility.check(vehicle, driver)
      const problems = new Map(
        reasons.flatMap((r) => (r.paper ? [[r.paper.kind, r.paper.problem] as const] : []))
      )
      if (!best || problems.size < best.problems.size) {
        best = { vehicle, problems, eligible: reasons.length === 0 }
      }
      if (reasons.length === 0) break
    }
    if (!best) {
      const licence = await this.eligibility.driverPaperReasons(driver)
      best = {
        vehicle: null,
        eligible: false,
        problems: new Map<DocumentKind, PaperProblem>([
          ...VEHICLE_DOCUMENT_KINDS.map((kind) => [kind, 'missing'] as const),
          ...licence.flatMap((r) => (r.paper ? [[r.paper.kind, r.paper.problem] as const] : [])),
        ]),
      }
    }
    const vehicle = best.vehicle
    const papers = DOCUMENT_KINDS.map((kind) => ({
      kind,
      state: best.problems.get(kind) ?? ('verified' as const),
      vehicleId: (VEHICLE_DOCUMENT_KINDS as readonly string[]).includes(kind)
        ? (vehicle?.id ?? null)
        : null,
    }))
    return {
      carrier,
      vehicle,
      papers,
      papersUploaded: papers.every(({ state }) => state === 'verified' || !NEEDS_UPLOAD.has(state)),
      mayBid: best.eligible,
      reviewHours: fleetConfig.paperReviewHours,
    }
  }

  /** The carrier's trucks the driver is linked to, else all of them (an owner who has not linked one). */
  private async vehiclesOf(driver: User, carrier: Organisation) {
    const active = Vehicle.query()
      .where('organisation_id', carrier.id)
      .whereNull('archived_at')
      .orderBy('id')
    const linked = await active
      .clone()
      .whereHas('drivers', (query) => query.where('users.id', driver.id))
    return linked.length ? linked : await active
  }
}

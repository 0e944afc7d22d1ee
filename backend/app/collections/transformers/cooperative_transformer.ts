import type Cooperative from '#collections/models/cooperative'
import type CollectionCentre from '#collections/models/collection_centre'
import type CollectionRoute from '#collections/models/collection_route'
import type RouteStop from '#collections/models/route_stop'

/** A cooperative with its settings; expects `organisation` preloaded. */
export default class CooperativeTransformer {
  static toJSON(cooperative: Cooperative) {
    return {
      id: cooperative.organisationId,
      name: cooperative.organisation.name,
      country: cooperative.organisation.country,
      code: cooperative.code,
      currency: cooperative.currency,
      carrierOrganisationId: cooperative.carrierOrganisationId,
      milkDensity: cooperative.milkDensity,
      lactometerMin: cooperative.lactometerMin,
      lactometerMax: cooperative.lactometerMax,
      maxTemperatureC: cooperative.maxTemperatureC,
      alcoholTestRequired: cooperative.alcoholTestRequired,
      minFatPct: cooperative.minFatPct,
      minSnfPct: cooperative.minSnfPct,
      maxLitres: cooperative.maxLitres,
      varianceThresholdPct: cooperative.varianceThresholdPct,
      closedThrough: cooperative.closedThrough?.toISODate() ?? null,
    }
  }

  static centre(centre: CollectionCentre) {
    return {
      id: centre.id,
      cooperativeId: centre.cooperativeId,
      name: centre.name,
      location: centre.location,
    }
  }

  static stop(stop: RouteStop) {
    return {
      id: stop.id,
      position: stop.position,
      kind: stop.kind,
      centreId: stop.centreId,
      name: stop.name,
      location: stop.location,
    }
  }

  /** Expects `stops` preloaded. */
  static route(route: CollectionRoute) {
    return {
      id: route.id,
      cooperativeId: route.cooperativeId,
      name: route.name,
      vehicleId: route.vehicleId,
      driverId: route.driverId,
      shifts: route.shifts,
      active: route.active,
      stops: route.stops.map((stop) => this.stop(stop)),
    }
  }
}

import { countrySchema, currencySchema } from '#core/contract/enums'
import type Cooperative from '#collections/models/cooperative'
import type CollectionCentre from '#collections/models/collection_centre'
import type CollectionRoute from '#collections/models/collection_route'
import { SHIFTS } from '#collections/models/collection_route'
import type RouteStop from '#collections/models/route_stop'
import type Farmer from '#collections/models/farmer'
import type RouteRunService from '#collections/services/route_run_service'
import { STOP_KINDS } from '#collections/models/route_stop'
import { id, isoDate, named, z } from '#core/contract/response_schema'

export const collectionPointSchema = named(
  'CollectionPoint',
  z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
)

export const cooperativeSchema = named(
  'Cooperative',
  z.object({
    id: id().meta({ description: 'Its organisation’s id' }),
    name: z.string(),
    country: countrySchema,
    code: z.string().meta({ description: 'What a farmer types to register by USSD' }),
    currency: currencySchema,
    carrierOrganisationId: id()
      .nullable()
      .meta({ description: 'The transporter running its routes' }),
    milkDensity: z.number().meta({ description: 'kg per litre, to convert a weighed can' }),
    lactometerMin: z.number().meta({ description: 'Below: water added, refused' }),
    lactometerMax: z.number().meta({ description: 'Above: refused' }),
    maxTemperatureC: z.number().meta({ description: 'Warmer milk is refused' }),
    alcoholTestRequired: z
      .boolean()
      .meta({ description: 'Each collection must carry alcoholPassed' }),
    minFatPct: z.number().nullable().meta({ description: 'Under it (when measured): grade B' }),
    minSnfPct: z.number().nullable().meta({ description: 'Under it (when measured): grade B' }),
    maxLitres: z.number().int().meta({ description: 'Most litres one collection may carry' }),
    varianceThresholdPct: z.number().meta({
      description: 'Intake differing from the farm collections by more than this share is flagged',
    }),
    closedThrough: isoDate()
      .nullable()
      .meta({ description: 'Collections up to this day can no longer be added or corrected' }),
  })
)

export const collectionCentreSchema = named(
  'CollectionCentre',
  z.object({ id: id(), cooperativeId: id(), name: z.string(), location: collectionPointSchema })
)

export const routeStopSchema = named(
  'RouteStop',
  z.object({
    id: id(),
    position: z.number().int(),
    kind: z.enum(STOP_KINDS),
    centreId: id().nullable(),
    name: z.string(),
    location: collectionPointSchema,
  })
)

export const routeShiftSchema = named(
  'RouteShift',
  z.object({
    shift: z.enum(SHIFTS),
    days: z.array(z.number().int().min(1).max(7)).meta({ description: 'ISO weekdays, 1 = Monday' }),
  })
)

export const collectionRouteSchema = named(
  'CollectionRoute',
  z.object({
    id: id(),
    cooperativeId: id(),
    name: z.string(),
    vehicleId: id().nullable(),
    driverId: id().nullable(),
    shifts: z.array(routeShiftSchema),
    active: z.boolean(),
    stops: z.array(routeStopSchema),
  })
)

export const routeFarmerSchema = named(
  'RouteFarmer',
  z.object({ id: id(), name: z.string(), memberNumber: z.string() })
)

export const routeRunSchema = named(
  'RouteRun',
  z.object({
    route: collectionRouteSchema,
    cooperative: cooperativeSchema.meta({ description: 'Its acceptance thresholds included' }),
    day: isoDate().meta({ description: 'Today, in the cooperative’s time zone' }),
    shifts: z.array(z.enum(SHIFTS)).meta({ description: 'The shifts the route runs today' }),
    stops: z.array(
      routeStopSchema.extend({
        farmers: z.array(routeFarmerSchema).meta({ description: 'Active, by member number' }),
      })
    ),
  })
)

/** A cooperative with its settings; expects `organisation` preloaded. */
export default class CooperativeTransformer {
  static toJSON(cooperative: Cooperative): z.infer<typeof cooperativeSchema> {
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

  static centre(centre: CollectionCentre): z.infer<typeof collectionCentreSchema> {
    return {
      id: centre.id,
      cooperativeId: centre.cooperativeId,
      name: centre.name,
      location: centre.location,
    }
  }

  static stop(stop: RouteStop): z.infer<typeof routeStopSchema> {
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
  static route(route: CollectionRoute): z.infer<typeof collectionRouteSchema> {
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

  static run(run: Awaited<ReturnType<RouteRunService['today']>>): z.infer<typeof routeRunSchema> {
    const byStop = new Map<number, Farmer[]>()
    for (const farmer of run.farmers) {
      byStop.set(farmer.stopId!, [...(byStop.get(farmer.stopId!) ?? []), farmer])
    }
    return {
      route: this.route(run.route),
      cooperative: this.toJSON(run.cooperative),
      day: run.day,
      shifts: run.shifts,
      stops: run.route.stops.map((stop) => ({
        ...this.stop(stop),
        farmers: (byStop.get(stop.id) ?? []).map((farmer) => ({
          id: farmer.id,
          name: farmer.name,
          memberNumber: farmer.memberNumber,
        })),
      })),
    }
  }
}

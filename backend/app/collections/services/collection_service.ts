import { inject } from '@adonisjs/core'
import { randomBytes, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import QueueService from '#core/services/queue_service'
import type { LatLng } from '#core/models/geo_point'
import type User from '#accounts/models/user'
import collectionsConfig from '#config/collections'
import Cooperative from '#collections/models/cooperative'
import Farmer from '#collections/models/farmer'
import CollectionRoute, { type Shift } from '#collections/models/collection_route'
import RouteStop from '#collections/models/route_stop'
import CollectionCentre from '#collections/models/collection_centre'
import MilkCollection from '#collections/models/milk_collection'
import CooperativeAccessService from '#collections/services/cooperative_access_service'
import ClosedPeriodService from '#collections/services/closed_period_service'
import CollectionReceiptJob from '#collections/jobs/collection_receipt_job'
import { judgeQuality, type QualityTests } from '#collections/quality_rules'

export interface Measured extends QualityTests {
  quantityLitres?: number
  weightKg?: number
  cans: number
}

export interface CollectionInput extends Measured {
  id: string
  farmerId: number
  routeId?: number | null
  stopId?: number | null
  centreId?: number | null
  shift: Shift
  /** Epoch milliseconds, as the device's clock said. */
  collectedAt: number
  position?: LatLng | null
}

export type SyncStatus = 'stored' | 'duplicate' | 'refused'

export interface SyncResult {
  id: string
  status: SyncStatus
  collection?: MilkCollection
  error?: { code: string; message: string; field?: string }
}

/** The routes, stops and centres a batch names, by id. */
interface Places {
  stops: Map<number, RouteStop>
  routes: Map<number, CollectionRoute>
  centres: Map<number, CollectionCentre>
}

/** Lucid's BaseModel#prepareForAdapter, public at run time but not in its types. */
interface Preparable {
  prepareForAdapter(attributes: Record<string, unknown>): Record<string, unknown>
}

/** Receipt references: no 0/O or 1/I, read aloud over the phone. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

function newReference() {
  const bytes = randomBytes(7)
  return 'M' + [...bytes].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('')
}

/** Refusal of one collection of a batch: the others go on. */
class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string
  ) {
    super(message)
  }
}

const notFound = (what: string, field: string) =>
  new Refusal('E_NOT_FOUND', `${what} not found.`, field)

/**
 * Milk collections: the phone's sync (each collection stored once, whatever
 * how often it is sent), corrections (a reversal and a new record, never an
 * edit), and the totals receipts and USSD read. Every stored collection
 * gets its receipt job (CollectionReceiptJob, one per collection).
 */
@inject()
export default class CollectionService {
  constructor(
    private access: CooperativeAccessService,
    private queue: QueueService,
    private periods: ClosedPeriodService
  ) {}

  /**
   * Judges every collection of the batch, then stores the accepted ones
   * with one INSERT (ON CONFLICT DO NOTHING: an id another request stored
   * meanwhile answers `duplicate`) and queues their receipts with one
   * insert of jobs. The INSERT's transaction holds the cooperatives open
   * and checks their closed periods again: a month approved since the
   * judging takes nothing more.
   */
  async sync(user: User, items: CollectionInput[]): Promise<SyncResult[]> {
    const ids = items.map((item) => item.id.toLowerCase())
    const knownRows = await MilkCollection.query().whereIn('id', ids)
    const known = new Map(knownRows.map((row) => [row.id, row]))
    const farmerRows = await Farmer.query().whereIn('id', [
      ...new Set(items.map((item) => item.farmerId)),
    ])
    const farmers = new Map(farmerRows.map((farmer) => [farmer.id, farmer]))
    const places = await this.#places(items)
    const cooperatives = new Map<number, Cooperative | null>()
    const memberOf = new Map<number, boolean>()

    const results: SyncResult[] = []
    const fresh: { index: number; item: CollectionInput; collection: MilkCollection }[] = []
    for (const item of items) {
      const id = item.id.toLowerCase()
      const existing = known.get(id)
      if (existing) {
        results.push(this.#duplicate(existing, item, user))
        continue
      }
      try {
        const farmer = farmers.get(item.farmerId)
        if (!farmer) throw notFound('Farmer', 'farmerId')
        if (!cooperatives.has(farmer.cooperativeId)) {
          cooperatives.set(farmer.cooperativeId, await Cooperative.find(farmer.cooperativeId))
        }
        const cooperative = cooperatives.get(farmer.cooperativeId)!
        const route = item.routeId ? (places.routes.get(item.routeId) ?? null) : null
        if (!memberOf.has(cooperative.organisationId)) {
          const standing = await this.access.standing(user, cooperative)
          memberOf.set(cooperative.organisationId, standing.member)
        }
        const drivesIt =
          route?.driverId === user.id && route.cooperativeId === cooperative.organisationId
        // A farmer of a cooperative the user does not work for is not revealed.
        if (!memberOf.get(cooperative.organisationId) && !drivesIt)
          throw notFound('Farmer', 'farmerId')

        const collection = this.#judge(user, cooperative, farmer, route, places, { ...item, id })
        known.set(id, collection)
        fresh.push({ index: results.length, item, collection })
        results.push({ id, status: 'stored', collection })
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        results.push({ id, status: 'refused', error: refusalBody(error) })
      }
    }

    const { inserted, closed } = await this.#insertAll(fresh.map(({ collection }) => collection))
    const stored: MilkCollection[] = []
    for (const { index, item, collection } of fresh) {
      if (inserted.has(collection.id)) {
        stored.push(collection)
        continue
      }
      const refusal = closed.get(collection.id)
      if (refusal) {
        results[index] = { id: collection.id, status: 'refused', error: refusalBody(refusal) }
        continue
      }
      // The same collection arrived at the same moment by another request.
      const row = await MilkCollection.findOrFail(collection.id)
      results[index] = this.#duplicate(row, item, user)
    }
    await this.queueReceipts(stored)
    return results
  }

  /**
   * Reverses `original` and records `input` in its place, in one
   * transaction; the farmer's receipt says which reference it corrects.
   * Sending the same correction again answers the replacement already made.
   */
  async correct(user: User, original: MilkCollection, input: Measured & { id: string }) {
    const id = input.id.toLowerCase()
    const replacement = await db.transaction(async (trx) => {
      try {
        return await this.#replace(user, original, id, input, trx)
      } catch (error) {
        if (error instanceof Refusal) throw refusalAsException(error)
        throw error
      }
    })
    if (replacement.fresh) await this.queueReceipts([replacement.collection])
    return replacement.collection
  }

  async #replace(
    user: User,
    original: MilkCollection,
    id: string,
    input: Measured,
    trx: TransactionClientContract
  ) {
    const locked = await MilkCollection.query({ client: trx })
      .where('id', original.id)
      .forUpdate()
      .firstOrFail()
    const again = await MilkCollection.find(id, { client: trx })
    if (again) {
      if (again.replacesId === locked.id) return { collection: again, fresh: false }
      throw new DomainException('This id belongs to another collection.', {
        status: 409,
        code: 'E_ID_CONFLICT',
        field: 'id',
      })
    }
    if (locked.kind !== 'collection') {
      throw new DomainException('A reversal cannot be corrected.', {
        status: 409,
        code: 'E_INVALID_STATE',
      })
    }
    const reversed = await MilkCollection.query({ client: trx })
      .where('reverses_id', locked.id)
      .first()
    if (reversed) {
      throw new DomainException('This collection was already corrected; correct its replacement.', {
        status: 409,
        code: 'E_ALREADY_CORRECTED',
      })
    }
    const held = await this.periods.holdOpen([locked.cooperativeId], trx)
    const cooperative = held.get(locked.cooperativeId)!
    this.#checkOpen(cooperative, locked.collectedOn)
    const measured = this.#measure(cooperative, input)

    const carried = {
      cooperativeId: locked.cooperativeId,
      farmerId: locked.farmerId,
      routeId: locked.routeId,
      stopId: locked.stopId,
      centreId: locked.centreId,
      shift: locked.shift,
      collectedAt: locked.collectedAt,
      collectedOn: locked.collectedOn,
      period: locked.period,
      position: locked.position,
      recordedById: user.id,
    }
    await MilkCollection.create(
      {
        ...carried,
        id: randomUUID(),
        kind: 'reversal',
        quantityLitres: -locked.quantityLitres,
        cans: locked.cans,
        lactometer: locked.lactometer,
        alcoholPassed: locked.alcoholPassed,
        temperatureC: locked.temperatureC,
        fatPct: locked.fatPct,
        snfPct: locked.snfPct,
        outcome: locked.outcome,
        rejectionReason: locked.rejectionReason,
        grade: locked.grade,
        reversesId: locked.id,
        replacesId: null,
        receiptSmsId: null,
        reference: newReference(),
      },
      { client: trx }
    )
    const collection = await MilkCollection.create(
      {
        ...carried,
        ...measured,
        id,
        kind: 'collection',
        reversesId: null,
        replacesId: locked.id,
        receiptSmsId: null,
        reference: newReference(),
      },
      { client: trx }
    )
    return { collection, fresh: true }
  }

  async find(id: string) {
    const collection = await MilkCollection.find(id.toLowerCase())
    if (!collection) throw DomainException.notFound('Collection')
    return collection
  }

  list(
    cooperative: Cooperative,
    filters: {
      date?: Date
      period?: string
      routeId?: number
      farmerId?: number
      page?: number
      perPage?: number
    }
  ) {
    return MilkCollection.query()
      .where('cooperative_id', cooperative.organisationId)
      .if(filters.date, (q) =>
        q.where('collected_on', DateTime.fromJSDate(filters.date!).toISODate()!)
      )
      .if(filters.period, (q) => q.where('period', filters.period!))
      .if(filters.routeId, (q) => q.where('route_id', filters.routeId!))
      .if(filters.farmerId, (q) => q.where('farmer_id', filters.farmerId!))
      .orderBy('collected_at', 'desc')
      .orderBy('id')
      .paginate(filters.page ?? 1, filters.perPage ?? 100)
  }

  /**
   * One receipt job per collection: the job id is the collection's, so
   * queueing it again (a retried request, the sweep) adds nothing. A queue
   * that is down loses nothing either: the sweep queues what is missing.
   */
  async queueReceipts(collections: MilkCollection[]) {
    const receipts = collections.filter((collection) => collection.kind === 'collection')
    if (receipts.length === 0) return
    try {
      await this.queue.sendMany(
        CollectionReceiptJob,
        receipts.map((collection) => ({ data: { collectionId: collection.id }, id: collection.id }))
      )
    } catch (error) {
      logger.warn(
        { err: error, collections: receipts.length },
        'receipts not queued; the sweep will'
      )
    }
  }

  /** The routes, stops and centres a batch names, each read once. */
  async #places(items: CollectionInput[]): Promise<Places> {
    const unique = (values: (number | null | undefined)[]) =>
      [...new Set(values)].filter((value): value is number => Boolean(value))
    const stops = await RouteStop.query().whereIn('id', unique(items.map((item) => item.stopId)))
    const routes = await CollectionRoute.query().whereIn(
      'id',
      unique([...items.map((item) => item.routeId), ...stops.map((stop) => stop.routeId)])
    )
    const centres = await CollectionCentre.query().whereIn(
      'id',
      unique(items.map((item) => item.centreId))
    )
    return {
      stops: new Map(stops.map((stop) => [stop.id, stop])),
      routes: new Map(routes.map((route) => [route.id, route])),
      centres: new Map(centres.map((centre) => [centre.id, centre])),
    }
  }

  /**
   * One multi-row INSERT with the cooperatives held open; answers the ids it
   * stored (an id already there is skipped) and the collections refused
   * because their period closed since they were judged.
   */
  async #insertAll(collections: MilkCollection[]) {
    const closed = new Map<string, Refusal>()
    if (collections.length === 0) return { inserted: new Set<string>(), closed }
    const inserted: { id: string }[] = await db.transaction(async (trx) => {
      const held = await this.periods.holdOpen(
        collections.map((collection) => collection.cooperativeId),
        trx
      )
      const open = collections.filter((collection) => {
        try {
          this.#checkOpen(held.get(collection.cooperativeId)!, collection.collectedOn)
          return true
        } catch (error) {
          if (!(error instanceof Refusal)) throw error
          closed.set(collection.id, error)
          return false
        }
      })
      if (open.length === 0) return []
      // Each row as the model's own save would write it (column names, dates, the PostGIS point).
      const rows = open.map((collection) =>
        (collection as unknown as Preparable).prepareForAdapter(collection.$attributes)
      )
      const query = trx.insertQuery().table(MilkCollection.table).multiInsert(rows).returning('id')
      query.knexQuery.onConflict('id').ignore()
      return query
    })
    const ids = new Set(inserted.map((row) => row.id))
    for (const collection of collections) {
      if (!ids.has(collection.id)) continue
      collection.$isPersisted = true
      collection.$hydrateOriginals()
    }
    return { inserted: ids, closed }
  }

  /** The collection as it will be stored, or the Refusal of why not (reads nothing). */
  #judge(
    user: User,
    cooperative: Cooperative,
    farmer: Farmer,
    route: CollectionRoute | null,
    places: Places,
    item: CollectionInput
  ) {
    if (farmer.status !== 'active') {
      throw new Refusal(
        'E_FARMER_NOT_ACTIVE',
        `This farmer is ${farmer.status}; a clerk must approve them first.`,
        'farmerId'
      )
    }
    if (item.routeId && (!route || route.cooperativeId !== cooperative.organisationId)) {
      throw notFound('Route', 'routeId')
    }
    if (item.stopId) {
      const stop = places.stops.get(item.stopId)
      const stopRoute = stop ? places.routes.get(stop.routeId) : null
      if (
        !stop ||
        stopRoute?.cooperativeId !== cooperative.organisationId ||
        (route && stop.routeId !== route.id)
      ) {
        throw notFound('Stop', 'stopId')
      }
    }
    if (item.centreId) {
      const centre = places.centres.get(item.centreId)
      if (!centre || centre.cooperativeId !== cooperative.organisationId)
        throw notFound('Centre', 'centreId')
    }
    const now = Date.now()
    if (item.collectedAt > now + collectionsConfig.clockSkewMinutes * 60_000) {
      throw new Refusal(
        'E_VALIDATION',
        'collectedAt is in the future; check the phone’s clock.',
        'collectedAt'
      )
    }
    if (item.collectedAt < now - collectionsConfig.maxAgeDays * 86_400_000) {
      throw new Refusal(
        'E_VALIDATION',
        `collectedAt is more than ${collectionsConfig.maxAgeDays} days old; a manager must enter it.`,
        'collectedAt'
      )
    }
    const collectedAt = DateTime.fromMillis(item.collectedAt).setZone(collectionsConfig.timeZone)
    const collectedOn = collectedAt.startOf('day')
    this.#checkOpen(cooperative, collectedOn)
    const measured = this.#measure(cooperative, item)

    return new MilkCollection().merge({
      id: item.id,
      cooperativeId: cooperative.organisationId,
      farmerId: farmer.id,
      routeId: route?.id ?? null,
      stopId: item.stopId ?? null,
      centreId: item.centreId ?? null,
      kind: 'collection',
      shift: item.shift,
      collectedAt,
      collectedOn,
      period: collectedAt.toFormat('yyyy-MM'),
      position: item.position ?? null,
      recordedById: user.id,
      reversesId: null,
      replacesId: null,
      receiptSmsId: null,
      reference: newReference(),
      createdAt: DateTime.now(),
      ...measured,
    })
  }

  /** Litres (a weight converted by the cooperative's density), tests and their verdict. */
  #measure(cooperative: Cooperative, input: Measured) {
    const litres =
      input.quantityLitres ?? Math.round((input.weightKg! / cooperative.milkDensity) * 100) / 100
    if (litres > cooperative.maxLitres) {
      throw new Refusal(
        'E_VALIDATION',
        `At most ${cooperative.maxLitres} L in one collection for this cooperative.`,
        input.quantityLitres === undefined ? 'weightKg' : 'quantityLitres'
      )
    }
    if (
      cooperative.alcoholTestRequired &&
      (input.alcoholPassed ?? null) === null &&
      !input.rejectedForOther
    ) {
      throw new Refusal(
        'E_VALIDATION',
        'This cooperative requires the alcohol test result.',
        'alcoholPassed'
      )
    }
    const verdict = judgeQuality(input, cooperative)
    return {
      quantityLitres: Math.round(litres * 100) / 100,
      cans: input.cans,
      lactometer: input.lactometer ?? null,
      alcoholPassed: input.alcoholPassed ?? null,
      temperatureC: input.temperatureC ?? null,
      fatPct: input.fatPct ?? null,
      snfPct: input.snfPct ?? null,
      ...verdict,
    }
  }

  #checkOpen(cooperative: Cooperative, day: DateTime) {
    if (this.periods.isClosed(cooperative, day.toISODate()!)) {
      throw new Refusal(
        'E_PERIOD_CLOSED',
        `The period up to ${cooperative.closedThrough!.toISODate()} is closed; nothing can be added to it.`,
        'collectedAt'
      )
    }
  }

  #duplicate(existing: MilkCollection, item: { farmerId: number }, user: User): SyncResult {
    if (
      existing.farmerId === item.farmerId &&
      existing.kind === 'collection' &&
      existing.recordedById === user.id
    ) {
      return { id: existing.id, status: 'duplicate', collection: existing }
    }
    return {
      id: existing.id,
      status: 'refused',
      error: {
        code: 'E_ID_CONFLICT',
        message: 'This id belongs to another collection.',
        field: 'id',
      },
    }
  }
}

const REFUSAL_STATUS: Record<string, number> = {
  E_NOT_FOUND: 404,
  E_VALIDATION: 422,
  E_PERIOD_CLOSED: 409,
  E_FARMER_NOT_ACTIVE: 409,
}

function refusalBody(refusal: Refusal) {
  return { code: refusal.code, message: refusal.message, field: refusal.field }
}

function refusalAsException(refusal: Refusal) {
  return new DomainException(refusal.message, {
    status: REFUSAL_STATUS[refusal.code] ?? 409,
    code: refusal.code,
    field: refusal.field,
  })
}

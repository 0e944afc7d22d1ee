import { BaseSchema } from '@adonisjs/lucid/schema'
import WithSuspension from './17954085000800_add_suspension_to_dispatch_nearest_crews.js'

/**
 * `dispatch_nearest_crews` walks each GiST index nearest-first and counts only
 * crews that may take the order, so its LIMIT is the answer (issue 14 part 7).
 *
 * Before, each walk took a window of raw rows (64 positions, 64 bases) and the
 * filters came after: a truck whose driver was live, or that could not carry the
 * load, still took a place in the window, so windows were mostly wasted and had
 * to widen (another round trip) whenever the nearest crews did not fit.
 *
 * Now:
 * - the live walk is `driver_positions` nearest-first within the radius (GiST:
 *   `&&` bounds it, `<->` orders it), each position joined to its crews through
 *   `dispatch_fitting_crew`, LIMIT p_fetch;
 * - the based walk is `vehicles` nearest-first, each truck's drivers who are
 *   not live joined the same way, and it stops where the live walk's furthest
 *   crew is when that walk was full (a base further away cannot be among the
 *   p_fetch nearest), LIMIT p_fetch;
 * - the p_fetch nearest of both, ranked by the walks' own measure (`<->`, the
 *   sphere), ties by driver and truck, with their papers.
 * The answer is exact in one call; the caller asks for more only when the
 * papers or a suspension (judged in FleetEligibilityService) leave it short.
 *
 * Each join sits in a LATERAL subquery with OFFSET 0, so the planner must run
 * it per walked row, under the walk: with a LIMIT bound as a parameter, the
 * generic plan assumes a tenth of the table is wanted and would otherwise hash
 * whole tables. `plan_cache_mode` and `jit` as in migration 17954085000700.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('DROP FUNCTION dispatch_nearest_crews')
    this.schema.raw(`
      CREATE FUNCTION dispatch_fitting_crew(
        p_vehicle_id integer, p_driver_id integer, p_organisation_id integer,
        p_weight_kg integer, p_type_id integer, p_refrigerated boolean,
        p_order_id integer, p_busy_statuses text[])
      RETURNS TABLE (
        vehicle_id integer, plate varchar, organisation_id integer, type_code varchar,
        capacity_kg integer, driver_id integer, driver_name varchar, driver_phone varchar,
        driver_suspended_at timestamptz)
      LANGUAGE sql STABLE
      AS $$
        -- The crew (truck and driver) when it may take the order, papers aside.
        SELECT v.id, v.plate, v.organisation_id, vt.code,
               COALESCE(v.capacity_kg, vt.capacity_kg), u.id, u.name, u.phone, u.suspended_at
          FROM vehicles v
          JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
          JOIN users u ON u.id = p_driver_id
         WHERE v.id = p_vehicle_id
           AND v.archived_at IS NULL
           AND (p_organisation_id IS NULL OR v.organisation_id = p_organisation_id)
           AND COALESCE(v.capacity_kg, vt.capacity_kg) >= p_weight_kg
           AND (p_type_id IS NULL OR v.vehicle_type_id = p_type_id)
           AND (NOT p_refrigerated OR vt.body = 'refrigerated')
           AND u.role = 'driver' AND u.organisation_id = v.organisation_id
           AND NOT EXISTS (
             SELECT 1 FROM orders busy
              WHERE busy.assigned_driver_id = u.id AND busy.id <> p_order_id
                AND busy.status = ANY(p_busy_statuses))
        OFFSET 0
      $$
    `)
    this.schema.raw(`
      CREATE FUNCTION dispatch_nearest_crews(
        p_lng float8, p_lat float8, p_radius_m float8, p_fresh_seconds integer,
        p_organisation_id integer, p_weight_kg integer, p_type_id integer,
        p_refrigerated boolean, p_order_id integer, p_busy_statuses text[],
        p_fetch integer)
      RETURNS TABLE (
        vehicle_id integer, plate varchar, organisation_id integer, type_code varchar,
        capacity_kg integer, driver_id integer, driver_name varchar, driver_phone varchar,
        driver_suspended_at timestamptz,
        location_source text, distance_m float8, papers json)
      LANGUAGE plpgsql STABLE
      SET plan_cache_mode = force_generic_plan
      SET jit = off
      AS $$
      #variable_conflict use_column
      DECLARE
        pickup geography := CAST(ST_SetSRID(ST_MakePoint(p_lng, p_lat), 4326) AS geography);
        fresh_since timestamptz := now() - make_interval(secs => p_fresh_seconds);
      BEGIN
        RETURN QUERY
        WITH live AS MATERIALIZED (
          SELECT c.*, 'live'::text AS location_source, dp.position AS location,
                 dp.position <-> pickup AS knn
            FROM driver_positions dp
           CROSS JOIN LATERAL (
             SELECT vd.vehicle_id FROM vehicle_drivers vd WHERE vd.driver_id = dp.driver_id OFFSET 0
           ) vd
           CROSS JOIN LATERAL dispatch_fitting_crew(
             vd.vehicle_id, dp.driver_id, p_organisation_id, p_weight_kg, p_type_id,
             p_refrigerated, p_order_id, p_busy_statuses) c
           WHERE dp.on_duty AND dp.recorded_at > fresh_since
             AND ST_DWithin(dp.position, pickup, p_radius_m, false)
           ORDER BY dp.position <-> pickup
           LIMIT p_fetch
        ), based AS MATERIALIZED (
          SELECT c.*, 'base'::text, v.base_location, v.base_location <-> pickup
            FROM vehicles v
           CROSS JOIN LATERAL (
             SELECT vd.driver_id FROM vehicle_drivers vd
              WHERE vd.vehicle_id = v.id
                AND NOT EXISTS (
                  SELECT 1 FROM driver_positions dp
                   WHERE dp.driver_id = vd.driver_id AND dp.on_duty
                     AND dp.position IS NOT NULL AND dp.recorded_at > fresh_since)
             OFFSET 0
           ) vd
           CROSS JOIN LATERAL dispatch_fitting_crew(
             v.id, vd.driver_id, p_organisation_id, p_weight_kg, p_type_id,
             p_refrigerated, p_order_id, p_busy_statuses) c
           WHERE v.archived_at IS NULL
             AND ST_DWithin(v.base_location, pickup,
                            (SELECT CASE WHEN count(*) = p_fetch THEN max(l.knn) ELSE p_radius_m END
                               FROM live l), false)
           ORDER BY v.base_location <-> pickup
           LIMIT p_fetch
        )
        SELECT f.vehicle_id, f.plate, f.organisation_id, f.type_code, f.capacity_kg,
               f.driver_id, f.driver_name, f.driver_phone, f.driver_suspended_at,
               f.location_source, ST_Distance(f.location, pickup),
               (SELECT json_agg(json_build_object(
                         'id', d.id, 'kind', d.kind, 'vehicle_id', d.vehicle_id,
                         'driver_id', d.driver_id, 'status', d.status,
                         'expires_on', d.expires_on, 'rejection_reason', d.rejection_reason)
                       ORDER BY d.created_at DESC, d.id DESC)
                  FROM fleet_documents d
                 WHERE d.vehicle_id = f.vehicle_id OR d.driver_id = f.driver_id)
          FROM (SELECT * FROM live UNION ALL SELECT * FROM based
                 ORDER BY knn, driver_id, vehicle_id
                 LIMIT p_fetch) f
         ORDER BY f.knn, f.driver_id, f.vehicle_id;
      END $$;
    `)
  }

  async down() {
    await WithSuspension.prototype.up.call(this) // drops this one first
    this.schema.raw('DROP FUNCTION dispatch_fitting_crew')
  }
}

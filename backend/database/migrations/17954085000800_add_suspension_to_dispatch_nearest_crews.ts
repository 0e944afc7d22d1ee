import { BaseSchema } from '@adonisjs/lucid/schema'
import WithoutSuspension from './17954085000700_create_dispatch_nearest_crews_function.js'

/**
 * `dispatch_nearest_crews` also returns when its driver was suspended by an
 * admin (`driver_suspended_at`), so that FleetEligibilityService, the one
 * authority on who may take a load, keeps a suspended driver out of the
 * suggestions as it keeps them out of an assignment. Otherwise the function of
 * migration 17954085000700 unchanged (its comment says why it is shaped so):
 * same walks, same filters, same order, still one round trip. Its columns
 * change, so it is dropped and made again.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('DROP FUNCTION dispatch_nearest_crews')
    this.schema.raw(`
      CREATE FUNCTION dispatch_nearest_crews(
        p_lng float8, p_lat float8, p_radius_m float8, p_fresh_seconds integer,
        p_organisation_id integer, p_weight_kg integer, p_type_id integer,
        p_refrigerated boolean, p_order_id integer, p_busy_statuses text[],
        p_window integer, p_fetch integer)
      RETURNS TABLE (
        live_reach float8, base_reach float8,
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
          SELECT dp.driver_id, dp.position AS location FROM driver_positions dp
           WHERE dp.on_duty AND dp.recorded_at > fresh_since
           ORDER BY dp.position <-> pickup
           LIMIT p_window
        ), based AS MATERIALIZED (
          SELECT v.id, v.base_location AS location FROM vehicles v
           WHERE v.archived_at IS NULL AND v.base_location IS NOT NULL
           ORDER BY v.base_location <-> pickup
           LIMIT p_window
        ), crews AS (
          SELECT v.id AS vehicle_id, v.plate, v.organisation_id, vt.code AS type_code,
                 COALESCE(v.capacity_kg, vt.capacity_kg) AS capacity_kg,
                 u.id AS driver_id, u.name AS driver_name, u.phone AS driver_phone,
                 u.suspended_at AS driver_suspended_at,
                 'live' AS location_source, ST_Distance(live.location, pickup) AS distance_m,
                 v.archived_at, v.vehicle_type_id, vt.body, u.role,
                 u.organisation_id AS driver_organisation_id
            FROM live
            JOIN users u ON u.id = live.driver_id
            JOIN vehicle_drivers vd ON vd.driver_id = u.id
            JOIN vehicles v ON v.id = vd.vehicle_id
            JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
           WHERE ST_DWithin(live.location, pickup, p_radius_m)
          UNION ALL
          SELECT v.id, v.plate, v.organisation_id, vt.code,
                 COALESCE(v.capacity_kg, vt.capacity_kg),
                 u.id, u.name, u.phone, u.suspended_at,
                 'base', ST_Distance(based.location, pickup),
                 v.archived_at, v.vehicle_type_id, vt.body, u.role, u.organisation_id
            FROM based
            JOIN vehicles v ON v.id = based.id
            JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
            JOIN vehicle_drivers vd ON vd.vehicle_id = v.id
            JOIN users u ON u.id = vd.driver_id
            LEFT JOIN driver_positions dp ON dp.driver_id = u.id
           WHERE ST_DWithin(based.location, pickup, p_radius_m)
             AND NOT COALESCE(dp.on_duty AND dp.position IS NOT NULL
                              AND dp.recorded_at > fresh_since, false)
        ), fitting AS (
          -- A crew that may take the order, whatever its papers (judged by the caller).
          SELECT c.* FROM crews c
           WHERE c.archived_at IS NULL
             AND (p_organisation_id IS NULL OR c.organisation_id = p_organisation_id)
             AND c.capacity_kg >= p_weight_kg
             AND (p_type_id IS NULL OR c.vehicle_type_id = p_type_id)
             AND (NOT p_refrigerated OR c.body = 'refrigerated')
             AND c.role = 'driver' AND c.driver_organisation_id = c.organisation_id
             AND NOT EXISTS (
               SELECT 1 FROM orders busy
                WHERE busy.assigned_driver_id = c.driver_id AND busy.id <> p_order_id
                  AND busy.status = ANY(p_busy_statuses))
           ORDER BY c.distance_m, c.driver_id
           LIMIT p_fetch
        )
        SELECT (SELECT CASE WHEN count(*) = p_window THEN max(ST_Distance(l.location, pickup)) END
                  FROM live l),
               (SELECT CASE WHEN count(*) = p_window THEN max(ST_Distance(b.location, pickup)) END
                  FROM based b),
               f.vehicle_id, f.plate, f.organisation_id, f.type_code, f.capacity_kg,
               f.driver_id, f.driver_name, f.driver_phone, f.driver_suspended_at,
               f.location_source, f.distance_m,
               (SELECT json_agg(json_build_object(
                         'id', d.id, 'kind', d.kind, 'vehicle_id', d.vehicle_id,
                         'driver_id', d.driver_id, 'status', d.status,
                         'expires_on', d.expires_on, 'rejection_reason', d.rejection_reason)
                       ORDER BY d.created_at DESC, d.id DESC)
                  FROM fleet_documents d
                 WHERE d.vehicle_id = f.vehicle_id OR d.driver_id = f.driver_id)
          FROM (SELECT 1) one
          LEFT JOIN fitting f ON true
         ORDER BY f.distance_m, f.driver_id;
      END $$;
    `)
  }

  async down() {
    this.schema.raw('DROP FUNCTION dispatch_nearest_crews')
    await WithoutSuspension.prototype.up.call(this)
  }
}

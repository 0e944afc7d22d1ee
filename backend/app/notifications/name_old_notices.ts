import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { orderName } from '#orders/order_name'

const BATCH = 500

/**
 * Notices stored before orders had names kept only the order's id in their
 * parameters, so their texts said "#12". This adds the order's name
 * (orders' one rule, `orderName`) to every such notice, in batches; notices
 * that have it are left alone, so it may run again. Run by the migration
 * `name_old_notices`. Returns how many notices were named.
 */
export async function nameOldNotices(client: QueryClientContract): Promise<number> {
  let named = 0
  let after = 0
  for (;;) {
    const { rows } = await client.rawQuery(
      `SELECT n.id, o.cargo_kind, o.pickup_address, o.dropoff_address
       FROM notifications n
       JOIN orders o ON o.id = COALESCE(n.order_id, (n.params->>'orderId')::bigint)
       WHERE n.params->'order' IS NULL AND n.id > ?
       ORDER BY n.id LIMIT ?`,
      [after, BATCH]
    )
    for (const row of rows) {
      const order = orderName({
        cargoKind: row.cargo_kind,
        pickupAddress: row.pickup_address,
        dropoffAddress: row.dropoff_address,
      })
      await client.rawQuery(`UPDATE notifications SET params = params || ?::jsonb WHERE id = ?`, [
        JSON.stringify({ order }),
        row.id,
      ])
    }
    named += rows.length
    if (rows.length < BATCH) return named
    after = Number(rows[rows.length - 1].id)
  }
}

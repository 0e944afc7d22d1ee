/**
 * `gps_pings` is range-partitioned by `recorded_at`, one partition per UTC
 * day named `gps_pings_YYYYMMDD`: a day's points share one small unique
 * index, a track read scans only the days it asks for, and dropping a day
 * past retention is instant. The names are the only record of which days
 * exist, so everything that creates or drops a partition builds the name
 * here (the migration and GpsPartitionService).
 */
export const PINGS_TABLE = 'gps_pings'
export const DAY_MS = 86_400_000

const NAME = /^gps_pings_(\d{4})(\d{2})(\d{2})$/

/** Midnight UTC of the day holding `at` (epoch ms). */
export function dayStart(at: number) {
  return Math.floor(at / DAY_MS) * DAY_MS
}

/** Every UTC day from the one holding `from` to the one holding `to`, as their midnights. */
export function daysCovering(from: number, to: number) {
  const days: number[] = []
  for (let day = dayStart(from); day <= to; day += DAY_MS) days.push(day)
  return days
}

export function partitionName(day: number) {
  return `${PINGS_TABLE}_${new Date(day).toISOString().slice(0, 10).replaceAll('-', '')}`
}

/** The day a partition holds, or null for a table that is not one of ours. */
export function partitionDay(name: string) {
  const match = NAME.exec(name)
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

/** Creates the day's partition; its indexes come from the parent's. */
export function createPartitionSql(day: number) {
  const from = new Date(day).toISOString()
  const to = new Date(day + DAY_MS).toISOString()
  return `CREATE TABLE IF NOT EXISTS ${partitionName(day)} PARTITION OF ${PINGS_TABLE}
          FOR VALUES FROM ('${from}') TO ('${to}')`
}

/** The partitions that exist now, read from the catalogue. */
export const LIST_PARTITIONS_SQL = `
  SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
  WHERE i.inhparent = '${PINGS_TABLE}'::regclass`

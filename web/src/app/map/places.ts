/**
 * Reference places drawn on every map, so it still means something when the
 * tile server can't be reached: each market's capital and the main freight
 * corridors (Northern, Central, Dakar–Touba).
 */
export interface Place {
  name: string;
  lat: number;
  lng: number;
  country: string;
  capital?: boolean;
}

export interface Corridor {
  id: string;
  country: string;
  places: Place[];
}

const p = (name: string, lat: number, lng: number, country: string, capital = false): Place => ({
  name,
  lat,
  lng,
  country,
  ...(capital ? { capital } : {}),
});

export const CORRIDORS: Corridor[] = [
  {
    id: 'northern',
    country: 'KE',
    places: [
      p('Mombasa', -4.0435, 39.6682, 'KE'),
      p('Nairobi', -1.2921, 36.8219, 'KE', true),
      p('Nakuru', -0.3031, 36.08, 'KE'),
      p('Eldoret', 0.5143, 35.2698, 'KE'),
      p('Kampala', 0.3476, 32.5825, 'UG', true),
    ],
  },
  {
    id: 'central',
    country: 'TZ',
    places: [
      p('Dar es Salaam', -6.7924, 39.2083, 'TZ'),
      p('Morogoro', -6.8278, 37.6591, 'TZ'),
      p('Dodoma', -6.163, 35.7516, 'TZ', true),
    ],
  },
  {
    id: 'dakar-touba',
    country: 'SN',
    places: [
      p('Dakar', 14.7167, -17.4677, 'SN', true),
      p('Thiès', 14.791, -16.9359, 'SN'),
      p('Touba', 14.85, -15.8833, 'SN'),
    ],
  },
];

/** The corridor to frame first for a country (Uganda shares the Northern one). */
export function corridorFor(country: string | null | undefined): Corridor {
  const code = (country ?? '').toUpperCase();
  return (
    CORRIDORS.find(
      (c) => c.country === code || c.places.some((pl) => pl.capital && pl.country === code),
    ) ?? CORRIDORS[0]
  );
}

/** Where a map of a country opens: its capital (Kampala for Uganda), else its corridor's first town. */
export function capitalOf(country: string | null | undefined): Place {
  const corridor = corridorFor(country);
  const code = (country ?? corridor.country).toUpperCase();
  return (
    corridor.places.find((p) => p.capital && p.country === code) ??
    corridor.places.find((p) => p.capital && p.country === corridor.country) ??
    corridor.places[0]
  );
}

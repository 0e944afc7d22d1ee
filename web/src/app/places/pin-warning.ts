import { NearestPlace } from './places-api';

/** What the order editor warns of about a pin, from the gazetteer's answer. */
export type PinWarning =
  | { kind: 'atSea' }
  | { kind: 'farFromTown'; town: string; distanceM: number };

/**
 * The server judges (its `atSea` and `named.far`, from its one threshold);
 * this only picks which warning to show, the sea first.
 */
export function pinWarning(check: NearestPlace | null): PinWarning | null {
  if (!check) return null;
  if (check.atSea) return { kind: 'atSea' };
  if (check.named?.far) {
    return { kind: 'farFromTown', town: check.named.name, distanceM: check.named.distanceM };
  }
  return null;
}

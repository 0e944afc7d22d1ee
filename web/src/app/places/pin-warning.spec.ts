import { NearestPlace } from './places-api';
import { pinWarning } from './pin-warning';

const touba = {
  name: 'Touba',
  kind: 'town',
  country: 'SN',
  region: 'Diourbel',
  lat: 14.85,
  lng: -15.88,
  source: 'gazetteer',
} as const;

function answer(named: NearestPlace['named'], atSea = false): NearestPlace {
  return { place: touba, distanceM: 1200, atSea, named };
}

describe('pinWarning', () => {
  it("warns of a far town when the API says so, whatever the distance", () => {
    expect(pinWarning(answer({ ...touba, distanceM: 5_000, far: true }))).toEqual({
      kind: 'farFromTown',
      town: 'Touba',
      distanceM: 5_000,
    });
  });

  it('keeps quiet when the API says the pin is not far, even far away', () => {
    expect(pinWarning(answer({ ...touba, distanceM: 145_000, far: false }))).toBeNull();
  });

  it('puts the sea first, and says nothing without an answer or a named town', () => {
    expect(pinWarning(answer({ ...touba, distanceM: 145_000, far: true }, true))).toEqual({
      kind: 'atSea',
    });
    expect(pinWarning(answer(null))).toBeNull();
    expect(pinWarning(null)).toBeNull();
  });
});

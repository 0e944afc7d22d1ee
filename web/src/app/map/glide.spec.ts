import { Glide, MAX_GLIDE_MS, MIN_GLIDE_MS } from './glide';

describe('Glide', () => {
  it('puts a new marker at its first point at once', () => {
    const glide = new Glide();
    expect(glide.setTarget('a', { lat: 1, lng: 2 }, 0)).toBe(false);
    expect(glide.positionAt('a', 0)).toEqual({ lat: 1, lng: 2 });
    expect(glide.moving(0)).toBe(false);
  });

  it('glides to the next point over one report interval instead of jumping', () => {
    const glide = new Glide();
    glide.setTarget('a', { lat: 0, lng: 0 }, 0);
    glide.setTarget('a', { lat: 0.01, lng: 0.02 }, 1000);
    expect(glide.positionAt('a', 1000)).toEqual({ lat: 0, lng: 0 });
    const half = glide.positionAt('a', 1500)!;
    expect(half.lat).toBeCloseTo(0.005);
    expect(half.lng).toBeCloseTo(0.01);
    expect(glide.moving(1500)).toBe(true);
    expect(glide.positionAt('a', 2000)).toEqual({ lat: 0.01, lng: 0.02 });
    expect(glide.moving(2000)).toBe(false);
  });

  it('starts a new glide from where the marker is drawn, so a fast update never snaps back', () => {
    const glide = new Glide();
    glide.setTarget('a', { lat: 0, lng: 0 }, 0);
    glide.setTarget('a', { lat: 0.01, lng: 0 }, 1000);
    // Halfway there, a newer point arrives.
    glide.setTarget('a', { lat: 0.02, lng: 0 }, 1500);
    expect(glide.positionAt('a', 1500)!.lat).toBeCloseTo(0.005);
    expect(glide.targetOf('a')).toEqual({ lat: 0.02, lng: 0 });
    // The glide lasts the interval between the two updates (500 ms), at least the minimum.
    expect(glide.positionAt('a', 1500 + Math.max(MIN_GLIDE_MS, 500))!.lat).toBeCloseTo(0.02);
  });

  it('caps the glide of a marker that reports rarely', () => {
    const glide = new Glide();
    glide.setTarget('a', { lat: 0, lng: 0 }, 0);
    glide.setTarget('a', { lat: 0.01, lng: 0 }, 60_000);
    expect(glide.positionAt('a', 60_000 + MAX_GLIDE_MS)).toEqual({ lat: 0.01, lng: 0 });
  });

  it('jumps across a gap too large to be a drive', () => {
    const glide = new Glide();
    glide.setTarget('a', { lat: 0, lng: 0 }, 0);
    glide.setTarget('a', { lat: 5, lng: 5 }, 1000);
    expect(glide.positionAt('a', 1000)).toEqual({ lat: 5, lng: 5 });
  });

  it('forgets a marker that was removed', () => {
    const glide = new Glide();
    glide.setTarget(7, { lat: 0, lng: 0 }, 0);
    glide.delete(7);
    expect(glide.positionAt(7, 0)).toBeNull();
    expect(glide.size).toBe(0);
  });
});

import { vehicleTypeName } from './vehicle-type-name';

describe('vehicleTypeName', () => {
  const flatbed = {
    name: 'Flatbed 10 t',
    names: { en: 'Flatbed 10 t', fr: 'Plateau 10 t', sw: 'Lori la bapa tani 10' },
  };

  it('reads the name in the reader’s language', () => {
    expect(vehicleTypeName(flatbed, 'fr')).toBe('Plateau 10 t');
    expect(vehicleTypeName(flatbed, 'sw')).toBe('Lori la bapa tani 10');
    expect(vehicleTypeName(flatbed, 'en')).toBe('Flatbed 10 t');
  });

  it('falls back to the English name for a language it lacks', () => {
    expect(vehicleTypeName({ ...flatbed, names: { ...flatbed.names, sw: '' } }, 'sw')).toBe(
      'Flatbed 10 t',
    );
  });
});

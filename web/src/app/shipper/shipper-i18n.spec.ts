import en from '../../i18n/shipper/en.json';
import fr from '../../i18n/shipper/fr.json';
import sw from '../../i18n/shipper/sw.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('shipper translations', () => {
  it('has every English key in French and Swahili, and nothing left over', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(sw).sort()).toEqual(english);
  });

  it('keeps the placeholders of each English text', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const key of keys(en)) {
      expect([key, placeholders(lookup(fr, key))]).toEqual([key, placeholders(lookup(en, key))]);
      expect([key, placeholders(lookup(sw, key))]).toEqual([key, placeholders(lookup(en, key))]);
    }
  });
});

import en from '../../i18n/shipper/en.json';
import fr from '../../i18n/shipper/fr.json';
import sw from '../../i18n/shipper/sw.json';
import {
  placeholdersOf,
  translationAt,
  translationKeys as keys,
} from '../core/i18n/translation-tree';

describe('shipper translations', () => {
  it('has every English key in French and Swahili, and nothing left over', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(sw).sort()).toEqual(english);
  });

  it('keeps the placeholders of each English text', () => {
    for (const key of keys(en)) {
      expect([key, placeholdersOf(translationAt(fr, key))]).toEqual([
        key,
        placeholdersOf(translationAt(en, key)),
      ]);
      expect([key, placeholdersOf(translationAt(sw, key))]).toEqual([
        key,
        placeholdersOf(translationAt(en, key)),
      ]);
    }
  });
});

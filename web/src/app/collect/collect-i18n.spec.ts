import en from '../../i18n/collect/en.json';
import fr from '../../i18n/collect/fr.json';
import sw from '../../i18n/collect/sw.json';
import { translationKeys as keys } from '../core/i18n/translation-tree';

describe('collect translations', () => {
  it('has every English key in French and Swahili, and no stray ones', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(sw).sort()).toEqual(english);
  });
});

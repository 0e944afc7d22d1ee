import en from '../../i18n/cooperative/en.json';
import fr from '../../i18n/cooperative/fr.json';
import sw from '../../i18n/cooperative/sw.json';
import { translationKeys as keys } from '../core/i18n/translation-tree';

describe('cooperative translations', () => {
  it('has every English key in French and Swahili, and no stray ones', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(sw).sort()).toEqual(english);
  });
});

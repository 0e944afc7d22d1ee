import en from '../../i18n/driver/en.json';
import fr from '../../i18n/driver/fr.json';
import sw from '../../i18n/driver/sw.json';
import { DRIVER_MOVES } from '../order/order';
import { translationKeys as keys } from '../core/i18n/translation-tree';

describe('driver translations', () => {
  it('has every English key in French and Swahili, and no stray ones', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(sw).sort()).toEqual(english);
  });

  it('names every driver move, as a button and as an action waiting for the network', () => {
    const english = keys(en);
    for (const move of DRIVER_MOVES) {
      expect(english).toContain(`move.${move}`);
      expect(english).toContain(`pending.${move}`);
    }
  });
});

import en from '../../i18n/console/en.json';
import fr from '../../i18n/console/fr.json';
import sw from '../../i18n/console/sw.json';
import { placeholdersOf, translationAt, translationKeys } from '../core/i18n/translation-tree';
import { paymentStatusValues } from '../core/api/openapi-enums';

describe('console translations', () => {
  it('has every English key in French and Swahili, with the same placeholders', () => {
    const english = translationKeys(en).sort();
    for (const other of [fr, sw]) {
      expect(translationKeys(other).sort()).toEqual(english);
      for (const key of english) {
        expect([key, placeholdersOf(translationAt(other, key))]).toEqual([
          key,
          placeholdersOf(translationAt(en, key)),
        ]);
      }
    }
  });

  // The app has no plural rules: "Disputes: 1" reads right for every number, "1 disputes" does not.
  it('writes every count as "Label: n" in each language', () => {
    for (const [language, tree] of Object.entries({ en, fr, sw })) {
      for (const key of translationKeys(tree)) {
        const text = String(translationAt(tree, key));
        if (!/\{\{\s*count\s*\}\}/.test(text)) continue;
        expect([language, key, text]).toEqual([
          language,
          key,
          expect.stringMatching(/^[^{]+: \{\{ count \}\}$/),
        ]);
      }
    }
  });

  it('names every payment status the API has', () => {
    for (const status of paymentStatusValues) {
      for (const tree of [en, fr, sw]) {
        expect([status, typeof translationAt(tree, `money.paymentStatuses.${status}`)]).toEqual([
          status,
          'string',
        ]);
      }
    }
  });
});

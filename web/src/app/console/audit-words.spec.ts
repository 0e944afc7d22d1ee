import en from '../../i18n/console/en.json';
import fr from '../../i18n/console/fr.json';
import sw from '../../i18n/console/sw.json';
import { auditActionValues, auditSubjectTypeValues } from '../core/api/openapi-enums';

/**
 * The audit log names every action and every kind of subject in the reader's language: a value
 * the API adds without words here would show as a raw key ("console.audit.subjects.payment").
 */
describe('audit log words', () => {
  for (const [locale, texts] of Object.entries({ en, fr, sw })) {
    it(`has ${locale} words for every action and subject type the API can send`, () => {
      const { actions, subjects } = texts.audit as {
        actions: Record<string, string>;
        subjects: Record<string, string>;
      };
      expect(auditActionValues.filter((action) => !actions[action])).toEqual([]);
      expect(auditSubjectTypeValues.filter((type) => !subjects[type])).toEqual([]);
    });
  }
});

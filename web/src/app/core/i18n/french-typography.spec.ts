import shell from '../../../i18n/fr.json';
import account from '../../../i18n/account/fr.json';
import chat from '../../../i18n/chat/fr.json';
import collect from '../../../i18n/collect/fr.json';
import consoleTexts from '../../../i18n/console/fr.json';
import cooperative from '../../../i18n/cooperative/fr.json';
import dispatch from '../../../i18n/dispatch/fr.json';
import driver from '../../../i18n/driver/fr.json';
import shipper from '../../../i18n/shipper/fr.json';

/**
 * French sets a no-break space before : ; ? and ! ("Prix : 450 000 FCFA",
 * "Retirer votre offre ?"): without one the mark is glued to the word, or a
 * plain space lets the line break before it. Every French text of the app,
 * the shell's and each feature's, is checked here.
 */
const FILES: Record<string, object> = {
  shell,
  account,
  chat,
  collect,
  console: consoleTexts,
  cooperative,
  dispatch,
  driver,
  shipper,
};

function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

describe('French typography', () => {
  it('puts a no-break space before every : ; ? ! and never a plain one or none', () => {
    const wrong = Object.entries(FILES).flatMap(([name, json]) =>
      texts(json, name)
        .filter(([, text]) => /(^|[^\u00a0\u202f])[:;?!]/.test(text))
        .map(([key, text]) => `${key}: ${text}`),
    );
    expect(wrong).toEqual([]);
  });

  it('labels a value with the colon inside the translation, never one a template adds', () => {
    expect(shell.shell.labelled).toBe('{{ label }}\u00a0:');
  });
});

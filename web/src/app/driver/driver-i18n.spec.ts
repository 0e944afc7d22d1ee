import en from '../../i18n/driver/en.json';
import fr from '../../i18n/driver/fr.json';
import sw from '../../i18n/driver/sw.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('driver translations', () => {
  it('has every English key in French and Swahili, and no stray ones', () => {
    const english = keys(en).sort();
    expect(keys(fr).sort()).toEqual(english);
    expect(keys(sw).sort()).toEqual(english);
  });

  it('names every order status and every driver move', () => {
    const english = keys(en);
    for (const status of ['assigned', 'pickup_pending', 'picked_up', 'in_transit', 'delivered']) {
      expect(english).toContain(`status.${status}`);
      expect(english).toContain(`pending.${status === 'assigned' ? 'onDuty' : status}`);
    }
  });
});

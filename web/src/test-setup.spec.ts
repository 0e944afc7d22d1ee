/**
 * The specs share one context (the builder's `isolate` is off): what one
 * stores must not reach the next (test-setup.ts empties the storage before
 * each). The two tests below run in this order.
 */
describe('Spec isolation', () => {
  it('lets a spec store a language and a session, as the app does', () => {
    localStorage.setItem('njia.lang', 'fr');
    localStorage.setItem('njia.user', JSON.stringify({ id: 1, country: 'SN' }));
    expect(localStorage.length).toBe(2);
  });

  it('starts the next spec on an empty device', () => {
    expect(localStorage.getItem('njia.lang')).toBeNull();
    expect(localStorage.getItem('njia.user')).toBeNull();
  });
});

/**
 * Every spec starts from an empty device. The unit-test builder runs all spec
 * files in one context (`isolate` is off), so a language, session or setting a
 * spec stored stayed for the next file: `bid-list` read a price-split spec's
 * French choice and wrote "45 000 KES" in the full run only.
 */
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** The reload decision's table (renderer/src/shell/reload-decision.ts), and the build ids it compares. */
import { describe, expect, it } from 'vitest';

import { type ReloadDecision, type ReloadInput, reloadDecision } from '../../renderer/src/shell/reload-decision';
import { buildIdOfIndex, buildIdOfScript } from '../../shared/build-id';

const A = 'index-AAAA.js';
const B = 'index-BBBB.js';

const TABLE: [string, ReloadInput, ReloadDecision][] = [
  [
    'no own build (file:// window, dev server)',
    { own: null, served: B, reloadedFor: null, moment: 'navigation', unsaved: false },
    'stay',
  ],
  [
    'the server did not say',
    { own: A, served: null, reloadedFor: null, moment: 'load-failed', unsaved: false },
    'stay',
  ],
  ['the same build', { own: A, served: A, reloadedFor: null, moment: 'navigation', unsaved: false }, 'stay'],
  ['the same build after a reload', { own: A, served: A, reloadedFor: A, moment: 'reconnect', unsaved: false }, 'stay'],
  [
    'a new build, on navigation',
    { own: A, served: B, reloadedFor: null, moment: 'navigation', unsaved: false },
    'reload',
  ],
  [
    'a new build, on navigation, edits left behind',
    { own: A, served: B, reloadedFor: null, moment: 'navigation', unsaved: true },
    'reload',
  ],
  [
    'a new build, a page failed to load',
    { own: A, served: B, reloadedFor: null, moment: 'load-failed', unsaved: true },
    'reload',
  ],
  [
    'a new build, the engine back',
    { own: A, served: B, reloadedFor: null, moment: 'reconnect', unsaved: false },
    'reload',
  ],
  [
    'a new build, the engine back, a form being edited',
    { own: A, served: B, reloadedFor: null, moment: 'reconnect', unsaved: true },
    'later',
  ],
  [
    'already reloaded for it (it brought the old build again)',
    { own: A, served: B, reloadedFor: B, moment: 'navigation', unsaved: false },
    'stay',
  ],
  [
    'already reloaded for it, a page failed',
    { own: A, served: B, reloadedFor: B, moment: 'load-failed', unsaved: false },
    'stay',
  ],
  [
    'reloaded for an older one, a newer one now',
    { own: A, served: B, reloadedFor: A, moment: 'navigation', unsaved: false },
    'reload',
  ],
];

describe('reloadDecision', () => {
  it.each(TABLE)('%s', (_what, input, want) => {
    expect(reloadDecision(input)).toBe(want);
  });
});

describe('build ids', () => {
  it('names a build by its entry script, from index.html and from the script URL alike', () => {
    const html = `<head><script type="module" crossorigin src="./assets/index-DSar_e62.js"></script>
      <link rel="stylesheet" crossorigin href="./assets/index-BHebwpYg.css"></head>`;
    expect(buildIdOfIndex(html)).toBe('index-DSar_e62.js');
    expect(buildIdOfScript('http://127.0.0.1:8080/assets/index-DSar_e62.js')).toBe('index-DSar_e62.js');
    expect(buildIdOfScript('http://127.0.0.1:8080/ipwatch/assets/index-DSar_e62.js?v=1')).toBe('index-DSar_e62.js');
  });

  it('has none for an unbuilt page or a source module', () => {
    expect(buildIdOfIndex('<script type="module" src="/src/main.tsx"></script>')).toBeNull();
    expect(buildIdOfIndex('<script src="./assets/legacy.js"></script>')).toBeNull();
    expect(buildIdOfIndex('')).toBeNull();
    expect(buildIdOfScript('http://localhost:5173/src/main.tsx')).toBeNull();
  });
});

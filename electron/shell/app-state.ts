/**
 * What the app remembers that is not a setting of the monitor: window bounds, the theme,
 * whether the first-run wizard was completed. electron-store, DATA_DIR/app-state.json; a
 * value that does not fit its schema is ignored and the default used.
 */
import Store from 'electron-store';
import * as z from 'zod/mini';

const boundsSchema = z.strictObject({
  x: z.number().check(z.int()),
  y: z.number().check(z.int()),
  width: z.number().check(z.int(), z.gte(200)).check(z.lte(20_000)),
  height: z.number().check(z.int(), z.gte(200)).check(z.lte(20_000)),
});
export type WindowBounds = z.infer<typeof boundsSchema>;
const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

export interface AppState {
  bounds(): WindowBounds | null;
  setBounds(b: WindowBounds): void;
  theme(): Theme;
  setTheme(t: Theme): void;
  firstRunDone(): boolean;
  setFirstRunDone(done: boolean): void;
}

export function openAppState(dataDir: string): AppState {
  const store = new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: 'app-state',
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    // A damaged file only costs the window position and theme.
    clearInvalidConfig: true,
  });
  const read = <T>(key: string, schema: z.ZodMiniType<T>, fallback: T): T => {
    const r = schema.safeParse(store.get(key));
    return r.success ? r.data : fallback;
  };
  return {
    bounds: () => read<WindowBounds | null>('windowBounds', boundsSchema, null),
    setBounds: (b) => {
      if (boundsSchema.safeParse(b).success) store.set('windowBounds', b);
    },
    theme: () => read('theme', themeSchema, 'system'),
    setTheme: (t) => store.set('theme', t),
    firstRunDone: () => read('firstRunDone', z.boolean(), false),
    setFirstRunDone: (done) => store.set('firstRunDone', done),
  };
}

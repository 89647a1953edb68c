/** Run inside a lab's namespace (tests/helpers/dns64-lab.ts): one look by the real detector, its report printed as JSON. */
import { detectTransition } from '../../../../electron/engine/transition';

process.stdout.write(JSON.stringify(await detectTransition()));

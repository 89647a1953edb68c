import type { Area } from '../area';
import type { settingsFields as source } from '../en/settings-fields';
import { settingsFieldsEgress } from './settings-fields-egress';

export const settingsFields = { ...settingsFieldsEgress } satisfies Area<typeof source>;

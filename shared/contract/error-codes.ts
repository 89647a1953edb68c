/** The API's error codes a page says in its reader's language (`error.code`); pure, no schema. */

/** A dangerous change this caller may not make from here (electron/engine/api/access/guards.ts dangerReason). */
export const DANGEROUS_CODE = 'dangerous';

/** A restore or import refused: the file holds schema objects IPWatch does not make (store/schema-check.ts). */
export const FOREIGN_SCHEMA_CODE = 'foreign_schema';

/**
 * A settings write not stored because the data folder's disk is full (ENOSPC, or the owner's
 * quota: EDQUOT), with HTTP 507; settings.json is as it was and nothing was applied.
 */
export const DISK_FULL_CODE = 'disk_full';

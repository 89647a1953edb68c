/**
 * The Settings page's section for the network identity (issue 41): the optional online
 * enrichment, drawn from the schema (the service, when to ask, the ipinfo token as a write-only
 * secret, its address and timeout). The offline databases need no setting: below the fields,
 * where they come from and the credit their licences ask for (DataCredits).
 */
import { DataCredits } from '../DataCredits';
import { Fields, group } from '../field-groups';
import type { FormCtx } from '../fields';

export function IdentitySection({ ctx }: { ctx: FormCtx }) {
  return (
    <>
      <Fields schema={group('identity')} path={['identity']} ctx={ctx} />
      <DataCredits onIdentityPage />
    </>
  );
}

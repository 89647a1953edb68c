/**
 * The button under a post of another site's news (bot/post.ts): shows that site as
 * /status site:<name> does, masked for the guild. Its custom id is `ipw:siteshow:<name>`; a site
 * name is at most 64 characters (settings/fleet.ts), so the id stays within Discord's 100, and a
 * name holding `:` is joined back from the arguments.
 */
import { defineButton } from './define';
import { siteStatusReply } from './site-status';

export const siteShowButton = defineButton({
  name: 'siteshow',
  level: 'read',
  mode: 'reply',
  run: async (args, input, services) => siteStatusReply(services, args.join(':'), input.guild.mask, input.words),
});

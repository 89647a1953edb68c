/** The pages' names as the menu, the tab's title and the page area's messages say them (routes.ts PAGES). */
import type { MessageId } from '../../../shared/i18n/translator';
import type { PagePath } from '../routes';

export const PAGE_TITLE: Record<PagePath, MessageId> = {
  '/': 'web.page.dashboard',
  '/history': 'web.page.history',
  '/charts': 'web.page.charts',
  '/map': 'web.page.map',
  '/sites': 'web.page.sites',
  '/settings': 'web.page.settings',
  '/discord': 'web.page.discord',
  '/activity': 'web.page.activity',
  '/connections': 'web.page.connections',
};

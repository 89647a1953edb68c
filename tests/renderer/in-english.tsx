/**
 * A component rendered on its own, outside the App (which gives its words), in the dashboard's
 * English: the same provider and catalogue the App uses (renderer/src/i18n/I18n.tsx).
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

import { I18nProvider } from '../../renderer/src/i18n/I18n';
import { en } from '../../shared/i18n/catalogues/en';

export const inEnglish = (node: ReactNode) => (
  <I18nProvider fixed={{ language: 'en', messages: en }}>{node}</I18nProvider>
);

/** testing-library's render, in the dashboard's English. */
export const renderInEnglish = (node: ReactNode) => render(inEnglish(node));

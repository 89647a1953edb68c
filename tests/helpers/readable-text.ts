/** What a person reads in an element: its text, and the labels of its controls and images. */
export function readableText(root: Element): string {
  const parts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(name);
      if (v) parts.push(v);
    }
  return parts.join('\n');
}

// A CSS path to an element (short: stops at the nearest ancestor with a usable id), so an ad can be found again.

const cssEscape = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);

export function cssPath(el: Element, maxDepth = 30): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && depth < maxDepth; depth++) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body') {
      parts.unshift(tag);
      break;
    }
    const id = node.getAttribute('id');
    if (id && /^[a-zA-Z][\w-]{0,80}$/.test(id)) {
      parts.unshift(`#${cssEscape(id)}`);
      break;
    }
    let index = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) index++;
    parts.unshift(`${tag}:nth-child(${index})`);
    node = node.parentElement;
  }
  return parts.join(' > ');
}

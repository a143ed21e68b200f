// Tree walks without recursion: a hostile or broken page nests elements thousands deep (unclosed tags), and a
// recursive walk would overflow the stack. Pre-order (document order), like the recursive walks it replaces.

/** The element after `el` in document order inside `root`; `skipChildren` steps over el's subtree. */
export function nextElement(el: Element, root: Element, skipChildren = false): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * Guarded custom-element registration: defining a tag twice (two copies of the
 * bundle on one page, or a widget imported from two URLs) warns instead of
 * throwing `NotSupportedError` and breaking the page.
 */

// One warning per copy of the library: a second bundle on the page defines six tags again, and says so once.
let warned = false;

/**
 * Registers `cls` as `tag` unless the tag is already defined. Returns true when
 * it registered the class; otherwise logs one warning (once per copy of the
 * library) saying which copy won.
 */
export function defineElement(tag: string, cls: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== cls && !warned) {
      warned = true;
      console.warn(
        `[${tag}] is already defined by another copy of qingdao-services-plan; the first definition is kept (for this and any other qd-* tag this copy defines again). Load the widgets once (one <script type="module"> or one import) to avoid mixing versions.`,
      );
    }
    return false;
  }
  customElements.define(tag, cls);
  return true;
}

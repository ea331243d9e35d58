/**
 * Guarded custom-element registration: defining a tag twice (two copies of the
 * bundle on one page, or a widget imported from two URLs) warns instead of
 * throwing `NotSupportedError` and breaking the page.
 */

/**
 * Registers `cls` as `tag` unless the tag is already defined. Returns true when
 * it registered the class; otherwise logs one warning saying which copy won.
 */
export function defineElement(tag: string, cls: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== cls) {
      console.warn(`[${tag}] is already defined by another copy of qingdao-services-plan; the first definition is kept. Load the widgets once (one <script type="module"> or one import) to avoid mixing versions.`);
    }
    return false;
  }
  customElements.define(tag, cls);
  return true;
}

/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["share-producer-target-bar"] = 
`<svg aria-hidden="true" class="bar" focusable="false" height="16" preserveAspectRatio="none" viewBox="0 0 100 16" width="100%">
  <rect class="whole" height="14" width="100" x="0" y="1"></rect>
  <rect class="part part-target" height="14" width="55" x="0" y="1"></rect>
  <line class="target-edge" x1="55" x2="55" y1="0" y2="16"></line>
</svg>
`;
/* end snapshot share-producer-target-bar */


// The maps of links (components/map/NetherlandsMap), as a plain browser script (built to
// public/js/kaart.js). A mark's name shows on hover and on focus by CSS alone; content that
// appears on hover or focus must also be dismissable without moving either (WCAG 1.4.13): Esc
// hides the names until the pointer or focus reaches another mark.

for (const map of Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-map-links]:not([data-enhanced])'))) {
  map.dataset.enhanced = '';
  /** The mark whose name was hidden; reaching any other one shows names again. */
  let hiddenFor: Element | null = null;
  const wake = (event: Event) => {
    const mark = (event.target as Element).closest('a.map-mark');
    if (hiddenFor && mark && mark !== hiddenFor) {
      hiddenFor = null;
      delete map.dataset.quiet;
    }
  };
  map.addEventListener('pointerover', wake);
  map.addEventListener('focusin', wake);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || map.dataset.quiet !== undefined) return;
    const shown = map.querySelector('a.map-mark:hover, a.map-mark:focus-visible');
    if (!shown) return;
    hiddenFor = shown;
    map.dataset.quiet = '';
  });
}

/// The workload map under the chart arrives as inert text (a script element the browser
/// does not run) and becomes SVG only when the reader scrolls to it: parsed with the page,
/// its thousands of cells held the chart's first paint back by a second on big plans. The
/// section keeps the map's height meanwhile, so the page scrolls as it will look.
function showWorkload() {
  var source = document.getElementById('workload-svg');
  if (!source || !source.parentNode) { return; }
  var section = source.parentNode;
  function insert() {
    if (!source.parentNode) { return; }
    section.insertAdjacentHTML('beforeend', source.textContent);
    section.removeChild(source);
    section.style.minHeight = '';
  }
  if (!window.IntersectionObserver) { insert(); return; }
  // The section starts where the window ends (the chart fills it): a negative bottom margin
  // so that merely touching the window's edge does not count as being reached.
  var watch = new window.IntersectionObserver(function (entries) {
    if (entries.some(function (entry) { return entry.isIntersecting; })) { watch.disconnect(); insert(); }
  }, { rootMargin: '0px 0px -1px 0px' });
  watch.observe(section);
}
showWorkload();

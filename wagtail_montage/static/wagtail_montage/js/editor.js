/* wagtail-montage in the page editor.
 *
 * 1. A chart fact shows only the fields of the kind of fact chosen (and the
 *    "other" name only when "Other" is chosen); its year says of what.
 * 2. An input that names a track or album of the page (data-montage-reference:
 *    track, album or track_or_album) offers the titles of the page's own track
 *    and album blocks as the editor types. The server checks them again when
 *    the page is saved: this only saves typing.
 */
(() => {
  if (window.wagtailMontageEditor) return;
  window.wagtailMontageEditor = true;

  const CHART_PEAK_ONLY = ['chart', 'position', 'top_n', 'weeks_at_peak'];
  const CERTIFICATION_ONLY = ['certifier', 'level', 'multiplier'];
  const LIST_ID = 'wagtail-montage-reference-titles';

  const field = (root, prefix, name) =>
    root.querySelector(`[name="${CSS.escape(`${prefix}-${name}`)}"]`);

  const show = (root, prefix, name, visible) => {
    const input = field(root, prefix, name);
    const wrapper = input && input.closest('[data-contentpath]');
    if (wrapper) wrapper.style.display = visible ? '' : 'none';
  };

  const showKind = (root, prefix, yearLabels) => {
    const kind = field(root, prefix, 'fact_kind');
    if (!kind) return;
    const certification = kind.value === 'certification';
    const year = root.querySelector(`label[for="${CSS.escape(`${prefix}-year`)}"]`);
    if (year && yearLabels && yearLabels[kind.value]) year.textContent = yearLabels[kind.value];
    CHART_PEAK_ONLY.forEach((name) => show(root, prefix, name, !certification));
    CERTIFICATION_ONLY.forEach((name) => show(root, prefix, name, certification));
    const chart = field(root, prefix, 'chart');
    const certifier = field(root, prefix, 'certifier');
    show(root, prefix, 'chart_other', !certification && chart && chart.value === 'other');
    show(
      root,
      prefix,
      'certifier_other',
      certification && certifier && certifier.value === 'other',
    );
  };

  const registerChartFact = () => {
    const Base = window.wagtailStreamField.blocks.StructBlockDefinition;
    class ChartFactBlockDefinition extends Base {
      render(placeholder, prefix, ...rest) {
        const block = super.render(placeholder, prefix, ...rest);
        const container = block.container && (block.container[0] || block.container);
        const root = container instanceof Element ? container : document;
        const update = () => showKind(root, prefix, this.meta && this.meta.yearLabels);
        root.addEventListener('change', update);
        const setState = block.setState.bind(block);
        block.setState = (state) => {
          setState(state);
          update();
        };
        update();
        return block;
      }
    }
    window.telepath.register('wagtail_montage.blocks.ChartFactBlock', ChartFactBlockDefinition);
  };

  /* The page's track and album titles, as its stream children hold them. */
  const pageTitles = (wanted) => {
    const titles = new Map();
    document.querySelectorAll('input[type="hidden"][name$="-type"]').forEach((typeInput) => {
      const type = typeInput.value;
      if (!wanted.includes(type)) return;
      const prefix = typeInput.name.slice(0, -'-type'.length);
      const deleted = document.querySelector(`[name="${CSS.escape(`${prefix}-deleted`)}"]`);
      if (deleted && deleted.value === '1') return;
      const title = document.querySelector(`[name="${CSS.escape(`${prefix}-value-title`)}"]`);
      const text = title ? title.value.trim() : '';
      if (!text || titles.has(text)) return;
      const child = typeInput.closest('[data-streamfield-child]');
      const label = child && child.querySelector('.c-sf-block__type');
      titles.set(text, label ? label.textContent.trim() : type);
    });
    return titles;
  };

  const wantedTypes = (input) => {
    const to = input.dataset.montageReference;
    if (to === 'track' || to === 'album') return [to];
    // A chart fact's subject: the kind it says, when it says one.
    const prefix = input.name.replace(/-[^-]+$/, '');
    const kind = document.querySelector(`[name="${CSS.escape(`${prefix}-subject_kind`)}"]`);
    return kind && kind.value ? [kind.value] : ['track', 'album'];
  };

  const offerTitles = (input) => {
    if (!(input instanceof HTMLInputElement) || !input.dataset.montageReference) return;
    let list = document.getElementById(LIST_ID);
    if (!list) {
      list = document.createElement('datalist');
      list.id = LIST_ID;
      document.body.append(list);
    }
    const options = [];
    pageTitles(wantedTypes(input)).forEach((label, title) => {
      const option = document.createElement('option');
      option.value = title;
      option.label = label;
      options.push(option);
    });
    list.replaceChildren(...options);
    input.setAttribute('list', LIST_ID);
  };

  /* A chart fact's "Track or album" changes what its subject offers. */
  const kindChanged = (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.name.endsWith('-subject_kind')) return;
    const prefix = select.name.slice(0, -'-subject_kind'.length);
    const subject = document.querySelector(`[name="${CSS.escape(`${prefix}-subject_title`)}"]`);
    if (subject && subject === document.activeElement) offerTitles(subject);
    else if (subject) subject.removeAttribute('list');
  };

  document.addEventListener('focusin', (event) => offerTitles(event.target));
  document.addEventListener('input', (event) => offerTitles(event.target));
  document.addEventListener('change', kindChanged);
  if (window.wagtailStreamField && window.telepath) registerChartFact();
})();

// The pipeline diagram in the Typst print. Typst draws an SVG's shapes quickly,
// but lays out each of its <text> elements through the SVG library's own text
// engine at about a quarter of a millisecond apiece: for a 1,000-node plan
// (3,000 labels) that is 0.7 s of CPU, a sixth of the whole print. Above
// NATIVE_TEXT_ABOVE labels the SVG is drawn without its text, and Typst sets the
// labels itself at the same places, sizes, weights and colours (read from the
// SVG, so ./svg.ts stays the one drawing). Smaller diagrams keep the SVG whole.
import { str } from './typst.js';

/** Below this many labels the SVG's own text costs little (under 0.1 s). */
export const NATIVE_TEXT_ABOVE = 300;

interface Label {
  x: number;
  y: number;
  cls: string;
  text: string;
  fill?: string;
  middle: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

const TEXT = /<text class="([\w-]+)"([^>]*)>(.*?)<\/text>/g;
const TSPAN = /<tspan([^>]*)>(.*?)<\/tspan>/g;

/** Every label of the SVG: a <text> with x and y, or each <tspan> line of one. */
function labels(svg: string): Label[] {
  const out: Label[] = [];
  for (const [, cls, attrs, body] of svg.matchAll(TEXT)) {
    const fill = attr(attrs, 'fill');
    const middle = attr(attrs, 'text-anchor') === 'middle';
    if (body.startsWith('<tspan')) {
      for (const [, a, line] of body.matchAll(TSPAN)) out.push({ x: Number(attr(a, 'x')), y: Number(attr(a, 'y')), cls, text: unescape(line), fill, middle });
    } else {
      out.push({ x: Number(attr(attrs, 'x')), y: Number(attr(attrs, 'y')), cls, text: unescape(body), fill, middle });
    }
  }
  return out;
}

/** A class's font size, weight, letter spacing and fill, from the SVG's stylesheet. */
function classStyles(svg: string): Map<string, string> {
  const styles = new Map<string, string>();
  for (const [, cls, rules] of svg.matchAll(/\.diagram \.([\w-]+)\{([^}]*)\}/g)) {
    const get = (prop: string) => new RegExp(`(?:^|;)${prop}:([^;]+)`).exec(rules)?.[1];
    const size = get('font-size');
    if (!size) continue;
    const weight = get('font-weight');
    const spacing = get('letter-spacing');
    const fill = get('fill');
    styles.set(
      cls,
      `(size: ${parseFloat(size)}${weight ? `, weight: ${Number(weight)}` : ''}${spacing ? `, tracking: ${parseFloat(spacing)}` : ''}` +
        `${fill ? `, fill: ${str(fill)}` : ''}${get('paint-order') === 'stroke' ? `, halo: ${parseFloat(get('stroke-width') ?? '0')}` : ''})`,
    );
  }
  return styles;
}

/** Typst code for the diagram at `height`, the width of its block, scaled to fit like an image with fit "contain". */
export function typstDiagram(svg: string, height: string): string {
  const all = labels(svg);
  if (all.length <= NATIVE_TEXT_ABOVE) return `image(bytes(${str(svg)}), format: "svg", width: 100%, height: ${height}, fit: "contain")`;
  const [vx, vy, vw, vh] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 1 1').split(' ').map(Number);
  const styles = classStyles(svg);
  const items = all
    .filter((l) => styles.has(l.cls))
    .map((l) => `(${l.x}, ${l.y}, ${str(l.cls)}, ${str(l.text)}, ${l.fill ? str(l.fill) : 'none'}, ${l.middle})`);
  const classes = [...styles].map(([cls, style]) => `${str(cls)}: ${style}`).join(', ');
  const shapes = svg.replace(TEXT, '');
  return `diagram-with-labels(bytes(${str(shapes)}), ${height}, (${vx}, ${vy}, ${vw}, ${vh}), (${classes}), (${items.join(', ')},))`;
}

/**
 * The Typst helper typstDiagram's code calls: the shapes as an image, each label
 * placed on its baseline at the scale the image gets (centred in the box, as
 * fit: "contain" does), edge labels over a white halo like the SVG's paint-order.
 */
export const DIAGRAM_HELPER = `#let diagram-with-labels(shapes, height, vb, classes, labels) = layout(size => {
  let (vx, vy, vw, vh) = vb
  let s = calc.min(size.width / vw, height / vh)
  let ox = (size.width - vw * s) / 2
  let oy = (height - vh * s) / 2
  box(width: size.width, height: height, {
    place(image(shapes, format: "svg", width: 100%, height: height, fit: "contain"))
    for (x, y, cls, body, fill, middle) in labels {
      let st = classes.at(cls)
      let paint = if fill != none { rgb(fill) } else if "fill" in st { rgb(st.fill) } else { black }
      let set-text(..extra) = text(size: st.size * s, weight: st.at("weight", default: 400), tracking: st.at("tracking", default: 0) * 1em,
        top-edge: "baseline", bottom-edge: "baseline", ..extra, body)
      let label = if "halo" in st {
        box({ place(set-text(fill: white, stroke: (paint: white, thickness: st.halo * s, join: "round"))); set-text(fill: paint) })
      } else { set-text(fill: paint) }
      let dx = ox + (x - vx) * s
      let dy = oy + (y - vy) * s
      if middle { place(dx: dx - 50mm, dy: dy, box(width: 100mm, align(center, label))) } else { place(dx: dx, dy: dy, label) }
    }
  })
})
`;

/**
 * A streaming GEXF reader (1.1, 1.2draft, 1.3) on htmlparser2's SAX tokenizer: memory follows the
 * graph, not a DOM of the file. It gives the attributes graphology-gexf's `parse` gives (declared
 * attributes by id, by title when the id is numeric; typed values and defaults; label, weight, kind;
 * viz colour, size, position, shape, thickness), every edge directed from its source to its target.
 */
import { MultiDirectedGraph } from "graphology";
import { parseValue } from "graphology-gexf/common/helpers.js";
import { Parser, type Handler } from "htmlparser2";
import { malformed } from "./graph-errors.js";

/** Attributes as read from the file, before normalization. */
export type RawAttributes = Record<string, unknown>;

/** A graph as read from GEXF: raw attributes, edges directed from `source` to `target`. */
export type RawGraph = MultiDirectedGraph<RawAttributes, RawAttributes, RawAttributes>;

/**
 * What the attributes read become, so that the graph is built once in its final shape (each
 * function gets attributes as graphology-gexf's `parse` gives them).
 */
export interface GexfShape<N extends object, E extends object, G extends object> {
  node(key: string, raw: RawAttributes): N;
  edge(raw: RawAttributes): E;
  graph(raw: RawAttributes): G;
}

const RAW: GexfShape<RawAttributes, RawAttributes, RawAttributes> = {
  node: (_key, raw) => raw,
  edge: (raw) => raw,
  graph: (raw) => raw,
};

/** Characters handed to the tokenizer at a time. */
const CHUNK = 1 << 20;

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][\w.-]*))?;?/gu;
const VIZ_NAMES: ReadonlySet<string> = new Set(["color", "size", "position", "shape", "thickness"]);
/** The viz namespace of every GEXF version: http://www.gexf.net/1.1draft/viz … http://gexf.net/1.3/viz. */
const VIZ_NAMESPACE = /gexf\.net\/.*viz\/?$/u;
const GEXF_NAMESPACE = /gexf\.net\//u;

/** A declared attribute: its key in the graph and its GEXF type. */
interface Declared {
  title: string;
  type: string;
}

/** The attribute declarations of one class (`node` or `edge`). */
interface Model {
  declared: Map<string, Declared>;
  defaults: RawAttributes;
}

/** A node or edge being read: its XML attributes, its data so far, its viz data apart. */
interface Owner {
  edge: boolean;
  xml: Record<string, string>;
  start: number;
  data: RawAttributes;
  viz: RawAttributes;
}

/** An open element: its local name, where it starts, the namespace prefixes it declared. */
interface Open {
  name: string;
  start: number;
  declared: [string, string | undefined][] | undefined;
}

/** "line L, column C" of a character offset in `text`. */
function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

class ReadError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The five XML entities and character references decoded; anything else is an error. */
function decode(text: string, offset: number): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (match, hex?: string, decimal?: string, name?: string) => {
    if (match.endsWith(";")) {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
      const known = XML_ENTITIES[name ?? ""];
      if (known !== undefined) return known;
    }
    throw new ReadError(`unknown entity ${match}`, offset);
  });
}

/** The XML attributes of an element with entities decoded. */
function decodeAll(xml: Record<string, string>, offset: number): Record<string, string> {
  for (const key in xml) xml[key] = decode(xml[key]!, offset);
  return xml;
}

/** graphology-gexf's CSS colour of a viz:color element: its hex, else rgb()/rgba() of r, g, b, a. */
function vizColor(xml: Record<string, string>): string {
  if (xml.hex) return xml.hex;
  return xml.a ? `rgba(${xml.r},${xml.g},${xml.b},${xml.a})` : `rgb(${xml.r},${xml.g},${xml.b})`;
}

/** SAX handler building the graph as elements close. */
class GexfHandler implements Partial<Handler> {
  readonly graph: RawGraph = new MultiDirectedGraph();
  /** Graph attributes (GEXF meta), given to `shape.graph` at the end. */
  readonly meta: RawAttributes = {};
  parser!: Parser;
  /** Set when the parser reports a closing tag that matches an open element. */
  closed = false;
  /** Set while the parser closes a self-closing tag (it reports that close as implied too). */
  selfClosing = false;
  sawGraph = false;
  root: string | undefined;
  private readonly stack: Open[] = [];
  private readonly prefixes = new Map<string, string>();
  private readonly models: Record<"node" | "edge", Model> = {
    node: { declared: new Map(), defaults: {} },
    edge: { declared: new Map(), defaults: {} },
  };
  private readonly owners: Owner[] = [];
  private model: Model | undefined;
  private declaring: Declared | undefined;
  private inMeta = false;
  private inCdata = false;

  constructor(private readonly shape: GexfShape<object, object, object>) {}
  private text: string | undefined;
  private pending = "";
  private pendingStart = 0;

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentag(qualified: string, xml: Record<string, string>): void {
    this.flushText();
    const start = this.parser.startIndex;
    const declared = this.declareNamespaces(xml);
    const colon = qualified.indexOf(":");
    const name = colon === -1 ? qualified : qualified.slice(colon + 1);
    this.stack.push({ name, start, declared });
    if (this.stack.length === 1) this.root = name;
    const prefix = colon === -1 ? "" : qualified.slice(0, colon);
    const uri = this.prefixes.get(prefix);
    const owner = this.owners[this.owners.length - 1];
    // As graphology-gexf, an unprefixed <color> … is taken for viz too.
    const viz = prefix === "" || (uri === undefined ? prefix === "viz" : VIZ_NAMESPACE.test(uri));
    if (viz && VIZ_NAMES.has(name)) {
      if (owner) this.readViz(owner, name, decodeAll(xml, start));
      return;
    }
    if (prefix !== "" && !(uri !== undefined && GEXF_NAMESPACE.test(uri))) return;
    switch (name) {
      case "node":
      case "edge":
        this.openOwner(name === "edge", decodeAll(xml, start), start);
        break;
      case "attvalue":
        if (owner) this.readValue(owner, decodeAll(xml, start));
        break;
      case "attributes":
        this.model =
          xml.class === "edge" ? this.models.edge : xml.class === "node" ? this.models.node : undefined;
        break;
      case "attribute":
        if (this.model) this.declare(this.model, decodeAll(xml, start));
        break;
      case "default":
        if (this.declaring) this.captureText();
        break;
      case "graph":
        this.sawGraph = true;
        break;
      case "meta":
        this.inMeta = true;
        if (xml.lastmodifieddate) this.meta.lastModifiedDate = decode(xml.lastmodifieddate, start);
        break;
      default:
        if (this.inMeta && this.stack[this.stack.length - 2]?.name === "meta") this.captureText();
    }
  }

  onclosetag(_qualified: string, isImplied: boolean): void {
    this.flushText();
    const open = this.stack.pop()!;
    if (isImplied && !this.selfClosing) throw new ReadError("an element is not closed", open.start);
    this.closed = true;
    if (open.declared) for (const [prefix, uri] of open.declared) this.restorePrefix(prefix, uri);
    switch (open.name) {
      case "node":
      case "edge":
        if (this.owners[this.owners.length - 1]?.start === open.start) this.closeOwner(this.owners.pop()!);
        break;
      case "attributes":
        this.model = undefined;
        break;
      case "attribute":
        this.declaring = undefined;
        break;
      case "default":
        if (this.declaring && this.text !== undefined && this.model) {
          this.model.defaults[this.declaring.title] = parseValue(this.declaring.type, this.takeText());
        }
        break;
      case "meta":
        this.inMeta = false;
        break;
      default:
        if (this.inMeta && this.text !== undefined) {
          const value = this.takeText();
          if (value.trim()) this.meta[open.name.toLowerCase()] = value;
        }
    }
  }

  /** Text comes in pieces (a chunk may end inside an entity): it is decoded at the next tag. */
  ontext(data: string): void {
    if (this.inCdata) {
      if (this.text !== undefined) this.text += data;
      return;
    }
    if (this.pending === "") this.pendingStart = this.parser.startIndex;
    this.pending += data;
  }

  oncdatastart(): void {
    this.flushText();
    this.inCdata = true;
  }

  onend(): void {
    this.flushText();
  }

  /** Decodes the text since the last tag: kept when captured, else only checked. */
  private flushText(): void {
    if (this.pending === "") return;
    const text = decode(this.pending, this.pendingStart);
    this.pending = "";
    if (this.stack.length === 0 && text.trim()) {
      throw new ReadError("text outside the root element", this.pendingStart);
    }
    if (this.text !== undefined) this.text += text;
  }

  oncdataend(): void {
    this.inCdata = false;
  }

  private captureText(): void {
    this.text = "";
  }

  private takeText(): string {
    const text = this.text ?? "";
    this.text = undefined;
    return text;
  }

  /** Records the `xmlns:p` declarations of an element; returns what they replaced, to restore. */
  private declareNamespaces(xml: Record<string, string>): Open["declared"] {
    let replaced: Open["declared"];
    for (const key in xml) {
      if (key.charCodeAt(0) !== 120 || !(key === "xmlns" || key.startsWith("xmlns:"))) continue;
      const prefix = key.length === 5 ? "" : key.slice(6);
      (replaced ??= []).push([prefix, this.prefixes.get(prefix)]);
      this.prefixes.set(prefix, xml[key]!);
    }
    return replaced;
  }

  private restorePrefix(prefix: string, uri: string | undefined): void {
    if (uri === undefined) this.prefixes.delete(prefix);
    else this.prefixes.set(prefix, uri);
  }

  private declare(model: Model, xml: Record<string, string>): void {
    const id = xml.id || xml.for || "";
    // graphology-gexf keys an attribute by its title only when its id is numeric (Gephi's "0", "1" …).
    const title = Number.isNaN(Number(id)) ? id : xml.title || id;
    this.declaring = { title, type: xml.type || "string" };
    model.declared.set(id, this.declaring);
  }

  private openOwner(edge: boolean, xml: Record<string, string>, start: number): void {
    const data: RawAttributes = {};
    if (xml.label) data.label = xml.label;
    if (xml.weight) data.weight = Number(xml.weight);
    if (xml.kind) data.kind = xml.kind;
    const owner: Owner = { edge, xml, start, data, viz: {} };
    if (edge) {
      for (const end of ["source", "target"] as const) {
        const node = xml[end];
        const what = xml.id ? `edge "${xml.id}"` : "an edge";
        if (!node) throw new ReadError(`${what} has no ${end}`, start);
        if (!this.graph.hasNode(node)) {
          throw new ReadError(
            `${what} points to node "${node}", which is not declared before it (GEXF lists <nodes> before <edges>)`,
            start,
          );
        }
      }
      if (xml.id && this.graph.hasEdge(xml.id)) throw new ReadError(`edge id "${xml.id}" is repeated`, start);
    } else {
      if (!xml.id) throw new ReadError("a node has no id", start);
      if (this.graph.hasNode(xml.id)) throw new ReadError(`node id "${xml.id}" is repeated`, start);
    }
    this.owners.push(owner);
  }

  private readValue(owner: Owner, xml: Record<string, string>): void {
    const id = xml.id || xml.for || "";
    const declared = this.models[owner.edge ? "edge" : "node"].declared.get(id);
    owner.data[declared?.title ?? id] = parseValue(declared?.type ?? "string", xml.value ?? "");
  }

  /** The first viz element of each name counts, as in graphology-gexf. */
  private readViz(owner: Owner, name: string, xml: Record<string, string>): void {
    const viz = owner.viz;
    switch (name) {
      case "color":
        viz.color ??= vizColor(xml);
        break;
      case "position":
        if (viz.x === undefined && viz.y === undefined && viz.z === undefined) {
          if (xml.x) viz.x = Number(xml.x);
          if (xml.y) viz.y = Number(xml.y);
          if (xml.z) viz.z = Number(xml.z);
        }
        break;
      case "shape":
        viz.shape ??= xml.value ?? "";
        break;
      default:
        viz[name] ??= Number(xml.value ?? "");
    }
  }

  private closeOwner(owner: Owner): void {
    const { data } = owner;
    const defaults = this.models[owner.edge ? "edge" : "node"].defaults;
    for (const key in defaults) {
      if (!(key in data)) {
        const value = defaults[key];
        data[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
      }
    }
    Object.assign(data, owner.viz);
    const { id, source, target } = owner.xml;
    const { shape } = this;
    if (!owner.edge) this.graph.addNode(id!, shape.node(id!, data) as RawAttributes);
    else if (id) this.graph.addEdgeWithKey(id, source!, target!, shape.edge(data) as RawAttributes);
    else this.graph.addEdge(source!, target!, shape.edge(data) as RawAttributes);
  }
}

/**
 * htmlparser2's parser, told when a closing tag matches no open element (it ignores those) and when a
 * close comes from a self-closing tag (it reports those as implied, like an element left open).
 */
class StrictParser extends Parser {
  constructor(private readonly handler: GexfHandler) {
    super(handler, { xmlMode: true, decodeEntities: false });
  }

  override onclosetag(start: number, endIndex: number): void {
    this.handler.closed = false;
    super.onclosetag(start, endIndex);
    if (!this.handler.closed) throw new ReadError("a closing tag matches no open element", start - 2);
  }

  override onselfclosingtag(endIndex: number): void {
    this.handler.selfClosing = true;
    super.onselfclosingtag(endIndex);
    this.handler.selfClosing = false;
  }
}

/**
 * Reads GEXF text into a graph, a chunk at a time.
 *
 * @param file - named in errors.
 * @param shape - what attributes become; by default they stay as read (`RawGraph`).
 * @throws CountyKgError `E_GRAPH_MALFORMED` naming the file, the line and column and what is wrong:
 *   XML that is not well-formed (an element not closed, an unknown entity …), a root that is not
 *   `<gexf>` with a `<graph>`, a node without id or repeated, an edge pointing to a node not declared
 *   before it.
 */
export function readGexf(xml: string, file: string): RawGraph;
export function readGexf<N extends object, E extends object, G extends object>(
  xml: string,
  file: string,
  shape: GexfShape<N, E, G>,
): MultiDirectedGraph<N, E, G>;
export function readGexf(
  xml: string,
  file: string,
  shape: GexfShape<object, object, object> = RAW,
): MultiDirectedGraph<object, object, object> {
  const handler = new GexfHandler(shape);
  const parser = new StrictParser(handler);
  try {
    for (let at = 0; at < xml.length; at += CHUNK) parser.write(xml.slice(at, at + CHUNK));
    parser.end();
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    const syntax = /not closed|entity|closing tag|outside/u.test(error.message);
    const what = `${error.message} (${position(xml, error.offset)})`;
    throw malformed(file, syntax ? `is not well-formed XML: ${what}` : `is not readable GEXF: ${what}`);
  }
  if (handler.root !== "gexf" || !handler.sawGraph) {
    throw malformed(
      file,
      `is not GEXF: its root element is <${handler.root ?? "none"}>, not <gexf> with a <graph>`,
    );
  }
  handler.graph.replaceAttributes(shape.graph(handler.meta) as RawAttributes);
  return handler.graph;
}

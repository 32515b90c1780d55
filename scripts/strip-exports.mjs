#!/usr/bin/env node
// Release builds only (scripts/post-build.sh, before minify-js.mjs): removes
// the wasm-bindgen exports that the page never uses, from the JS glue and from
// the .wasm, has wasm-opt delete the code behind them, and gives the imports
// and exports that are left short names.
//
// Why: leptos 0.8 always links server_fn's browser feature, which pulls in
// wasm-streams. Its #[wasm_bindgen] structs (IntoUnderlyingSource, …Sink,
// …ByteSource) become exported JS classes and wasm exports
// (`intounderlyingsource_pull`, `__wbg_intounderlyingsource_free`, …), and
// wasm-opt must keep every export and all it reaches, although the page never
// makes a stream.
//
// Everything is derived from this build's own files; no export is named here:
//   1. What the page uses: Trunk's inline loader in index.html
//      (`import init, * as bindings from './<app>-<hash>.js'`) uses the glue's
//      default export (`init`) and any `bindings.X` it names. It also puts the
//      namespace on `window.wasmBindings` and init's result (the wasm's
//      exports) in the `TrunkApplicationStarted` event: the build fails if any
//      other file of the page, or of src/, public/ or tests/, mentions a
//      name the loader exposes that way.
//   2. The glue: every ES export the page does not use is removed (the stream
//      classes, `initSync`), with the top-level code only they used (their
//      FinalizationRegistry, enum tables, helpers).
//   3. The wasm: every export that the remaining glue does not name as
//      `wasm.<name>` is dropped, then wasm-opt (binaryen from package.json,
//      the wasm-opt Trunk runs) runs remove-unused-module-elements and Trunk's
//      own level and params, read from index.html's `<link data-trunk
//      rel="rust">`, with the wasm features Trunk's run had: those of the
//      target_features section of wasm-bindgen's output (Trunk's wasm-opt read
//      them from it, then stripped the section), put back for this run.
//   4. Imports the new wasm no longer has are removed from the glue's import
//      object, then 2-4 again until nothing changes.
//   5. Short names: each import and export gets a one- or two-letter name, in
//      the wasm and in the glue alike (wasm-bindgen's `__wbg_<name>_<16 hex
//      digits>` imports and type-named closure exports cost about 2 KB gzip in
//      each file). Then Node's own WebAssembly engine must compile the result
//      and read the same imports and exports.
//   6. index.html: every integrity value of the old glue or wasm becomes that
//      of the new file. File names keep Trunk's hashes, as in minify-js.mjs:
//      the output is a pure function of the input, so a name is one content.
//
// It fails (exit 1) instead of quietly doing nothing when what it expects is
// missing: no loader importing the glue, nothing to remove (no unused ES
// export, no wasm export dropped), a `wasm.X` of the glue that the wasm does
// not export, a wasm import the glue does not provide, a use of the glue's
// `wasm` or of the loader's bindings it cannot follow, an integrity that is of
// neither the old nor the new file, wasm-bindgen's output not found.
//
// Usage: Trunk's hook (TRUNK_STAGING_DIR, TRUNK_HTML_FILE set), or by hand
// from the repository root: node scripts/strip-exports.mjs <staging dir> [index.html]
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { parse } from "acorn";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("strip-exports: set TRUNK_STAGING_DIR or pass the staging folder");
  process.exit(2);
}
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== "release") {
  console.error(`strip-exports: ${process.env.TRUNK_PROFILE} build: nothing to do`);
  process.exit(0);
}
const sourceHtml = resolve(process.env.TRUNK_HTML_FILE ?? process.argv[3] ?? "index.html");
const sourceDir = dirname(sourceHtml);
const htmlPath = join(dir, "index.html");

let tmp = null; // wasm-opt's scratch folder, removed on every exit
function fail(message) {
  console.error(`strip-exports: ${message}`);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
}
function note(message) {
  console.error(`strip-exports: ${message}`);
}

// ---------------------------------------------------------------- helpers

/** SRI value of `data` for hash `algorithm` (sha256, sha384 or sha512). */
function integrity(algorithm, data) {
  return `${algorithm}-${createHash(algorithm).update(data).digest("base64")}`;
}

/** Attribute `name` of a tag's attribute string (quoted or bare), or null. */
function attribute(attrs, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/]|$)`, "i").exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/** File name of a same-folder URL (`./x.js`, `x.js`, `/base/x.js`). */
function fileOf(url) {
  return basename(decodeURI(String(url).split(/[?#]/)[0]));
}

function parseModule(text, what) {
  try {
    return parse(text, { ecmaVersion: "latest", sourceType: "module" });
  } catch (error) {
    return fail(`cannot parse ${what}: ${error.message}`);
  }
}

/** Calls visit(node, ancestors) for every node under `node`. */
function walk(node, visit, ancestors = []) {
  visit(node, ancestors);
  ancestors.push(node);
  for (const key of Object.keys(node)) {
    if (key === "type" || key === "start" || key === "end") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === "string") walk(child, visit, ancestors);
    } else if (value && typeof value.type === "string") {
      walk(value, visit, ancestors);
    }
  }
  ancestors.pop();
}

/** Whether Identifier `node` (child of `parent`) reads a binding (not a property name or label). */
function isReference(node, parent) {
  if (!parent) return true;
  switch (parent.type) {
    case "MemberExpression":
      return parent.object === node || parent.computed;
    case "Property":
    case "MethodDefinition":
    case "PropertyDefinition":
      return parent.key !== node || parent.computed;
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
    case "MetaProperty":
    case "ImportSpecifier":
    case "ImportDefaultSpecifier":
    case "ImportNamespaceSpecifier":
      return false;
    case "ExportSpecifier":
      return parent.local === node;
    default:
      return true;
  }
}

/** Every identifier read under `node`: [{ name, node, parent, ancestors }]. */
function references(node) {
  const out = [];
  walk(node, (n, ancestors) => {
    if (n.type !== "Identifier") return;
    const parent = ancestors[ancestors.length - 1];
    if (isReference(n, parent)) out.push({ name: n.name, node: n, parent, ancestors: [...ancestors] });
  });
  return out;
}

function propertyName(prop) {
  if (prop.computed) return null;
  if (prop.key.type === "Identifier") return prop.key.name;
  if (prop.key.type === "Literal") return String(prop.key.value);
  return null;
}

/** Applies [start, end, replacement] edits (non-overlapping) to `text`. */
function applyEdits(text, edits) {
  let out = text;
  for (const [start, end, replacement] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + replacement + out.slice(end);
  }
  return out;
}

/** End of a removed statement: also eats the spaces and one line break after it. */
function eatLine(text, end) {
  let i = end;
  while (text[i] === " " || text[i] === "\t") i += 1;
  if (text[i] === "\r") i += 1;
  if (text[i] === "\n") i += 1;
  return i;
}

// ---------------------------------------------------------------- wasm binary

function readLeb(bytes, at) {
  let result = 0;
  let shift = 0;
  let offset = at;
  for (;;) {
    const byte = bytes[offset++];
    if (byte === undefined) fail("truncated LEB128 in the wasm");
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [result, offset];
  }
}

function leb(value) {
  const out = [];
  let v = value;
  do {
    let byte = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) byte |= 0x80;
    out.push(byte);
  } while (v > 0);
  return Buffer.from(out);
}

/** Sections of a wasm module, and its imports, exports and custom sections by name. */
function readWasm(bytes) {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) {
    fail("not a wasm module (version 1)");
  }
  const sections = [];
  const imports = [];
  const exports = [];
  const customs = new Map();
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, bodyStart] = readLeb(bytes, offset + 1);
    const end = bodyStart + size;
    sections.push({ id, start: offset, bodyStart, end });
    let at = bodyStart;
    const name = () => {
      const [length, from] = readLeb(bytes, at);
      at = from + length;
      return bytes.subarray(from, at).toString("utf8");
    };
    const skipLeb = () => {
      [, at] = readLeb(bytes, at);
    };
    const skipLimits = () => {
      const flags = bytes[at++];
      skipLeb();
      if (flags & 1) skipLeb();
    };
    if (id === 0) {
      const sectionName = name();
      customs.set(sectionName, { start: offset, end, payload: bytes.subarray(at, end) });
    } else if (id === 2) {
      let count;
      [count, at] = readLeb(bytes, at);
      for (let i = 0; i < count; i++) {
        const module = name();
        const field = name();
        const descStart = at;
        const kind = bytes[at++];
        if (kind === 0) skipLeb();
        else if (kind === 1) {
          if (bytes[at] === 0x63 || bytes[at] === 0x64) fail(`import ${field}: typed reference tables are not handled`);
          at += 1;
          skipLimits();
        } else if (kind === 2) skipLimits();
        else if (kind === 3) {
          if (bytes[at] === 0x63 || bytes[at] === 0x64) fail(`import ${field}: typed reference globals are not handled`);
          at += 2;
        } else if (kind === 4) {
          at += 1;
          skipLeb();
        } else fail(`import ${module} ${field} has an unknown kind ${kind}`);
        imports.push({ module, name: field, kind, descStart, end: at });
      }
    } else if (id === 7) {
      let count;
      [count, at] = readLeb(bytes, at);
      for (let i = 0; i < count; i++) {
        const start = at;
        const field = name();
        const kind = bytes[at++];
        skipLeb();
        exports.push({ name: field, kind, start, end: at });
      }
    }
    offset = end;
  }
  if (offset !== bytes.length) fail("the wasm's sections overrun the file");
  return { sections, imports, exports, customs };
}

/** `bytes` without the exports named in `drop`. */
function withoutExports(bytes, drop) {
  const wasm = readWasm(bytes);
  const section = wasm.sections.find((s) => s.id === 7);
  if (!section) fail("the wasm has no export section");
  const kept = wasm.exports.filter((e) => !drop.has(e.name));
  const body = Buffer.concat([leb(kept.length), ...kept.map((e) => bytes.subarray(e.start, e.end))]);
  return Buffer.concat([
    bytes.subarray(0, section.start),
    Buffer.from([7]),
    leb(body.length),
    body,
    bytes.subarray(section.end),
  ]);
}

/** `bytes` with a custom section appended. */
function withCustomSection(bytes, name, payload) {
  const nameBytes = Buffer.from(name, "utf8");
  const body = Buffer.concat([leb(nameBytes.length), nameBytes, payload]);
  return Buffer.concat([bytes, Buffer.from([0]), leb(body.length), body]);
}

// ---------------------------------------------------------------- the page: loader, files

let html = readFileSync(htmlPath, "utf8");
const links = [...html.matchAll(/<link\b([^>]*)>/gi)].map((m) => m[1]);
const rels = (attrs) => (attribute(attrs, "rel") ?? "").toLowerCase().split(/\s+/);
const modulePreloads = links.filter((attrs) => rels(attrs).includes("modulepreload"));
if (modulePreloads.length !== 1) {
  fail(`expected one <link rel="modulepreload"> (the wasm-bindgen glue) in ${htmlPath}, found ${modulePreloads.length}`);
}
const glueFile = fileOf(attribute(modulePreloads[0], "href") ?? "");
const gluePath = join(dir, glueFile);
if (!glueFile.endsWith(".js") || !existsSync(gluePath)) fail(`the preloaded module ${glueFile} is not a .js file in ${dir}`);

// Trunk's loader: the one inline module script that imports the glue.
const loaders = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter(
  (m) => attribute(m[1], "src") === null && (attribute(m[1], "type") ?? "").toLowerCase() === "module" && m[2].includes(glueFile),
);
if (loaders.length !== 1) fail(`expected one inline <script type="module"> importing ${glueFile} (Trunk's loader) in ${htmlPath}, found ${loaders.length}`);
const loaderText = loaders[0][2];

/** What the loader takes from the glue: used export names, the wasm URL, names it exposes to other scripts. */
function loaderUse(text) {
  const ast = parseModule(text, "Trunk's loader");
  const imports = ast.body.filter((n) => n.type === "ImportDeclaration" && fileOf(n.source.value) === glueFile);
  if (imports.length !== 1) fail(`Trunk's loader should import ${glueFile} once, found ${imports.length} imports`);
  walk(ast, (n) => {
    if (n.type === "ImportExpression") fail("Trunk's loader has a dynamic import(): strip-exports cannot tell what it uses");
  });
  const used = new Set();
  const exposed = new Set();
  let initLocal = null;
  let namespace = null;
  for (const spec of imports[0].specifiers) {
    if (spec.type === "ImportDefaultSpecifier") {
      used.add("default");
      initLocal = spec.local.name;
    } else if (spec.type === "ImportNamespaceSpecifier") namespace = spec.local.name;
    else used.add(spec.imported.type === "Identifier" ? spec.imported.name : spec.imported.value);
  }
  if (!initLocal) fail("Trunk's loader does not import the glue's default export (init)");
  let wasmUrl = null;
  let resultLocal = null;
  const globalObject = (n) => n.type === "Identifier" && ["window", "globalThis", "self"].includes(n.name);
  for (const ref of references(ast)) {
    const { name, node, parent, ancestors } = ref;
    if (name === namespace) {
      if (parent.type === "MemberExpression" && parent.object === node) {
        if (!parent.computed) used.add(parent.property.name);
        else if (parent.property.type === "Literal") used.add(String(parent.property.value));
        else fail(`Trunk's loader reads ${namespace}[…] with a computed name`);
      } else if (
        parent.type === "AssignmentExpression" && parent.right === node && parent.left.type === "MemberExpression" &&
        !parent.left.computed && globalObject(parent.left.object)
      ) {
        exposed.add(parent.left.property.name);
      } else {
        fail(`Trunk's loader uses the glue's namespace ${namespace} in a way strip-exports cannot follow (offset ${node.start})`);
      }
    } else if (name === initLocal) {
      if (parent.type !== "CallExpression" || parent.callee !== node) fail(`Trunk's loader uses ${initLocal} other than by calling it`);
      const [arg] = parent.arguments;
      if (arg?.type === "Literal") wasmUrl = arg.value;
      else if (arg?.type === "ObjectExpression") {
        const prop = arg.properties.find((p) => p.type === "Property" && propertyName(p) === "module_or_path");
        if (prop?.value.type === "Literal") wasmUrl = prop.value.value;
      }
      // const x = await init(…): the result is the wasm's exports
      const up = ancestors[ancestors.length - 2];
      const declarator = up?.type === "AwaitExpression" ? ancestors[ancestors.length - 3] : up;
      if (declarator?.type === "VariableDeclarator" && declarator.id.type === "Identifier") resultLocal = declarator.id.name;
      else if (!(up?.type === "AwaitExpression" && ancestors[ancestors.length - 3]?.type === "ExpressionStatement")) {
        fail("Trunk's loader does something with init's result that strip-exports cannot follow");
      }
    }
  }
  if (resultLocal) {
    for (const { name, node, ancestors } of references(ast)) {
      if (name !== resultLocal || ancestors.some((a) => a.type === "VariableDeclarator" && a.id === node)) continue;
      const event = [...ancestors].reverse().find((a) => a.type === "NewExpression" && a.callee.type === "Identifier" && a.callee.name === "CustomEvent");
      if (!event || event.arguments[0]?.type !== "Literal") {
        fail(`Trunk's loader passes init's result (${resultLocal}) somewhere other than a CustomEvent`);
      }
      exposed.add(String(event.arguments[0].value));
    }
  }
  if (!wasmUrl) fail("cannot find the wasm URL in Trunk's loader (init('…') or init({ module_or_path: '…' }))");
  return { used, exposed, wasmFile: fileOf(wasmUrl) };
}

const loader = loaderUse(loaderText);
const wasmPath = join(dir, loader.wasmFile);
if (!loader.wasmFile.endsWith(".wasm") || !existsSync(wasmPath)) fail(`the loader's wasm ${loader.wasmFile} is not a .wasm file in ${dir}`);

// Nothing else may read what the loader exposes (window.wasmBindings, the
// TrunkApplicationStarted event): the page's files and the sources.
function textFiles(root, skip) {
  const out = [];
  if (!existsSync(root)) return out;
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (skip.has(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...textFiles(path, skip));
    else if ([".js", ".mjs", ".html", ".rs", ".ts"].includes(extname(entry))) out.push(path);
  }
  return out;
}
{
  const skip = new Set([gluePath, htmlPath]);
  const files = [
    // The other languages' pages (zh-Hans.html …) carry the same loader; render-static
    // remakes them from the finished index.html after this step.
    ...textFiles(dir, skip).map((path) => [path, readFileSync(path, "utf8").split(loaderText).join("")]),
    [htmlPath, html.replace(loaderText, "")],
    ...["src", "public", "tests"].flatMap((sub) => textFiles(join(sourceDir, sub), new Set()).map((path) => [path, readFileSync(path, "utf8")])),
  ];
  for (const name of loader.exposed) {
    const readers = files.filter(([, text]) => text.includes(name)).map(([path]) => relative(process.cwd(), path));
    if (readers.length > 0) {
      fail(`Trunk's loader exposes "${name}" and ${readers.join(", ")} mention(s) it: the page may use glue exports or wasm exports that strip-exports would remove`);
    }
  }
}

// ---------------------------------------------------------------- the glue

const isFinalizationRegistry = (n) => n.type === "NewExpression" && n.callee.type === "Identifier" && n.callee.name === "FinalizationRegistry";

/** Whether evaluating `node` at the top level has no effect (so an unused declaration can go). */
function isPure(node) {
  if (!node) return true;
  switch (node.type) {
    case "Literal":
    case "Identifier":
    case "ArrowFunctionExpression":
    case "FunctionExpression":
      return true;
    case "TemplateLiteral":
      return node.expressions.every(isPure);
    case "ArrayExpression":
      return node.elements.every((e) => e === null || (e.type !== "SpreadElement" && isPure(e)));
    case "ObjectExpression":
      return node.properties.every((p) => p.type === "Property" && (!p.computed || isPure(p.key)) && isPure(p.value));
    case "UnaryExpression":
      return ["typeof", "!", "void"].includes(node.operator) && isPure(node.argument);
    case "BinaryExpression":
      return ["===", "!=="].includes(node.operator) && isPure(node.left) && isPure(node.right);
    case "LogicalExpression":
      return isPure(node.left) && isPure(node.right);
    case "ConditionalExpression":
      return isPure(node.test) && isPure(node.consequent) && isPure(node.alternate);
    case "NewExpression":
      // wasm-bindgen's `new FinalizationRegistry(ptr => …)`: nothing happens until something is registered.
      return isFinalizationRegistry(node) && node.arguments.every(isPure);
    default:
      return false;
  }
}

function isPureClass(node) {
  if (node.superClass) return false;
  return node.body.body.every((member) => {
    if (member.type === "StaticBlock") return false;
    if (member.computed && !isPure(member.key)) return false;
    if (member.type === "PropertyDefinition" && member.static) return isPure(member.value);
    return true;
  });
}

/** `if (Symbol.dispose) X.prototype[Symbol.dispose] = X.prototype.free;`: X, or null. */
function disposeTarget(stmt) {
  if (stmt.type !== "IfStatement" || stmt.alternate) return null;
  const isSymbolDispose = (n) => n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" &&
    n.object.name === "Symbol" && n.property.name === "dispose";
  if (!isSymbolDispose(stmt.test)) return null;
  let body = stmt.consequent;
  if (body.type === "BlockStatement" && body.body.length === 1) [body] = body.body;
  if (body.type !== "ExpressionStatement" || body.expression.type !== "AssignmentExpression") return null;
  const { left, right } = body.expression;
  const prototypeOf = (n) => n.type === "MemberExpression" && !n.computed && n.property.name === "prototype" && n.object.type === "Identifier" ? n.object.name : null;
  if (left.type !== "MemberExpression" || !left.computed || !isSymbolDispose(left.property)) return null;
  const target = prototypeOf(left.object);
  if (!target || right.type !== "MemberExpression" || prototypeOf(right.object) !== target) return null;
  return target;
}

/** The glue without the ES exports not in `keep` and the top-level code only they (or nothing) use. */
function shake(text, keep) {
  const ast = parseModule(text, glueFile);
  const units = [];
  const byName = new Map();
  const exportsFound = [];
  for (const stmt of ast.body) {
    const unit = { stmt, names: [], kind: "root", live: false, edits: null };
    let decl = stmt;
    if (stmt.type === "ExportAllDeclaration" || (stmt.type === "ExportNamedDeclaration" && stmt.source)) {
      fail(`${glueFile} re-exports another module: strip-exports does not handle that`);
    }
    if (stmt.type === "ExportDefaultDeclaration") fail(`${glueFile} has \`export default <declaration>\`: strip-exports expects \`export { … as default }\``);
    if (stmt.type === "ExportNamedDeclaration" && !stmt.declaration) {
      unit.kind = "exportList";
      unit.specifiers = stmt.specifiers.map((s) => ({
        local: s.local.name,
        exported: s.exported.type === "Identifier" ? s.exported.name : s.exported.value,
      }));
      for (const s of unit.specifiers) exportsFound.push(s.exported);
      units.push(unit);
      continue;
    }
    if (stmt.type === "ExportNamedDeclaration") {
      decl = stmt.declaration;
      unit.exportedDecl = true;
    }
    if (decl.type === "FunctionDeclaration") {
      unit.names = [decl.id.name];
      unit.kind = "decl";
    } else if (decl.type === "ClassDeclaration") {
      unit.names = [decl.id.name];
      unit.kind = isPureClass(decl) ? "decl" : "root";
    } else if (decl.type === "VariableDeclaration") {
      const simple = decl.declarations.every((d) => d.id.type === "Identifier");
      unit.names = simple ? decl.declarations.map((d) => d.id.name) : [];
      unit.kind = simple && decl.declarations.every((d) => isPure(d.init)) ? "decl" : "root";
      if (!simple && unit.exportedDecl) fail(`${glueFile} exports a destructuring declaration`);
    } else if (disposeTarget(stmt)) {
      unit.kind = "attach";
      unit.target = disposeTarget(stmt);
    }
    if (unit.exportedDecl) {
      exportsFound.push(...unit.names);
      if (unit.names.some((n) => keep.has(n))) unit.kind = "root";
    }
    const own = new Set(unit.names);
    unit.refs = new Set(references(stmt).map((r) => r.name).filter((n) => !own.has(n)));
    for (const name of unit.names) byName.set(name, unit);
    units.push(unit);
  }
  if (!exportsFound.includes("default")) fail(`${glueFile} has no default export (wasm-bindgen's init)`);
  for (const name of keep) if (!exportsFound.includes(name)) fail(`the page uses ${name} from ${glueFile}, which does not export it`);

  // Liveness from the roots: top-level code with effects and the exports the page uses.
  const work = [];
  const markLive = (unit) => {
    if (unit && !unit.live) {
      unit.live = true;
      work.push(unit);
    }
  };
  for (const unit of units) {
    if (unit.kind === "root") markLive(unit);
    if (unit.kind === "exportList") {
      unit.kept = unit.specifiers.filter((s) => keep.has(s.exported));
      unit.refs = new Set(unit.kept.map((s) => s.local));
      markLive(unit);
    }
  }
  while (work.length > 0) {
    const unit = work.pop();
    for (const name of unit.refs) markLive(byName.get(name));
    for (const name of unit.names) for (const other of units) if (other.kind === "attach" && other.target === name) markLive(other);
  }

  const edits = [];
  const removed = [];
  const droppedExports = [];
  for (const unit of units) {
    const { stmt } = unit;
    if (unit.kind === "exportList") {
      droppedExports.push(...unit.specifiers.filter((s) => !keep.has(s.exported)).map((s) => s.exported));
      if (unit.kept.length === unit.specifiers.length) continue;
      const list = unit.kept.map((s) => (s.local === s.exported ? s.local : `${s.local} as ${s.exported}`)).join(", ");
      edits.push(unit.kept.length ? [stmt.start, stmt.end, `export { ${list} };`] : [stmt.start, eatLine(text, stmt.end), ""]);
    } else if (!unit.live) {
      removed.push(...(unit.names.length ? unit.names : [`if (Symbol.dispose) ${unit.target}…`]));
      if (unit.exportedDecl) droppedExports.push(...unit.names);
      edits.push([stmt.start, eatLine(text, stmt.end), ""]);
    } else if (unit.exportedDecl && !unit.names.some((n) => keep.has(n))) {
      // Used by the glue itself (e.g. a class Rust hands to JS) but not by the page: no longer exported.
      droppedExports.push(...unit.names);
      edits.push([stmt.start, stmt.declaration.start, ""]);
    }
  }
  const out = applyEdits(text, edits);
  // What was removed must not be read any more (a ReferenceError at run time otherwise).
  const gone = new Set(removed);
  const after = parseModule(out, `${glueFile} after strip-exports`);
  for (const ref of references(after)) {
    if (gone.has(ref.name)) fail(`${glueFile} still reads ${ref.name} (offset ${ref.node.start}) after strip-exports removed it`);
  }
  return { text: out, ast: after, removed, droppedExports };
}

/** Names of wasm exports the glue reads as `<exports object>.<name>`. */
function wasmReferences(ast) {
  // wasm-bindgen keeps the instance's exports in one variable: `wasm = instance.exports;`
  const holders = new Set();
  let exportsReads = 0;
  walk(ast, (n, ancestors) => {
    if (n.type === "MemberExpression" && !n.computed && n.property.name === "exports") {
      exportsReads += 1;
      const parent = ancestors[ancestors.length - 1];
      if (parent?.type === "AssignmentExpression" && parent.right === n && parent.left.type === "Identifier") holders.add(parent.left.name);
    }
  });
  if (holders.size !== 1 || exportsReads !== 1) {
    fail(`expected ${glueFile} to read the instance's exports once, into one variable (\`wasm = instance.exports\`); found ${exportsReads} read(s) into ${[...holders].join(", ") || "nothing"}`);
  }
  const [holder] = holders;
  const names = new Set();
  const reads = [];
  for (const { name, node, parent } of references(ast)) {
    if (name !== holder) continue;
    if (parent.type === "MemberExpression" && parent.object === node) {
      if (parent.computed && parent.property.type !== "Literal") fail(`${glueFile} reads ${holder}[…] with a computed name (offset ${node.start}): cannot tell which wasm exports it uses`);
      const read = parent.computed ? String(parent.property.value) : parent.property.name;
      names.add(read);
      reads.push({ name: read, property: parent.property, computed: parent.computed });
    } else if (
      (parent.type === "AssignmentExpression" && parent.left === node) ||
      (parent.type === "BinaryExpression" && ["===", "!==", "==", "!="].includes(parent.operator)) ||
      parent.type === "ReturnStatement" ||
      (parent.type === "VariableDeclarator" && parent.id === node)
    ) {
      // set, compared, returned from init (the loader's use of it is checked above), declared
    } else {
      fail(`${glueFile} uses \`${holder}\` in a way strip-exports cannot follow (offset ${node.start}, in a ${parent.type})`);
    }
  }
  names.reads = reads;
  return names;
}

/** The import objects of `__wbg_get_imports`: Map module -> Map name -> Property node. */
function importObjects(ast) {
  const fn = ast.body.find((n) => n.type === "FunctionDeclaration" && n.id.name === "__wbg_get_imports");
  if (!fn) fail(`${glueFile} has no function __wbg_get_imports (wasm-bindgen's import object)`);
  // Its own statements only (the import functions inside have returns of their own).
  const locals = new Map();
  const returns = fn.body.body.filter((n) => n.type === "ReturnStatement");
  for (const stmt of fn.body.body) {
    if (stmt.type !== "VariableDeclaration") continue;
    for (const d of stmt.declarations) if (d.id.type === "Identifier" && d.init?.type === "ObjectExpression") locals.set(d.id.name, d.init);
  }
  if (returns.length !== 1 || returns[0].argument?.type !== "ObjectExpression") {
    fail("__wbg_get_imports should end in one `return { \"<module>\": <object>, … }`");
  }
  const modules = new Map();
  for (const prop of returns[0].argument.properties) {
    if (prop.type !== "Property") fail("__wbg_get_imports returns an object with a spread");
    const module = propertyName(prop);
    if (module === "__proto__") continue;
    const object = prop.value.type === "Identifier" ? locals.get(prop.value.name) : prop.value.type === "ObjectExpression" ? prop.value : null;
    if (!module || !object) fail(`cannot follow the imports of module ${module ?? "(computed)"} in __wbg_get_imports`);
    const fields = new Map();
    fields.moduleProp = prop;
    object.properties.forEach((p, index) => {
      const name = p.type === "Property" ? propertyName(p) : null;
      if (name === null) fail(`an import of module ${module} in __wbg_get_imports has a computed name or is a spread`);
      if (name !== "__proto__") fields.set(name, { prop: p, index, object });
    });
    modules.set(module, fields);
  }
  return modules;
}

/** The glue without the import functions the wasm does not import; fails if the wasm imports one it lacks. */
function dropUnusedImports(text, ast, wasm) {
  const modules = importObjects(ast);
  const wanted = new Set(wasm.imports.map((i) => `${i.module}\0${i.name}`));
  for (const i of wasm.imports) {
    if (!modules.get(i.module)?.has(i.name)) fail(`the wasm imports ${i.module} ${i.name}, which ${glueFile} does not provide`);
  }
  const edits = [];
  const dropped = [];
  for (const [module, fields] of modules) {
    for (const [name, { prop, index, object }] of fields) {
      if (wanted.has(`${module}\0${name}`)) continue;
      dropped.push(name);
      // From the property to the next one; the last one with its trailing comma, if any.
      // (Ranges of neighbours never overlap: [a.start, b.start) then [b.start, …).)
      const next = object.properties[index + 1];
      let end = prop.end;
      if (!next) {
        const after = /^\s*,/.exec(text.slice(end));
        if (after) end += after[0].length;
      }
      edits.push([prop.start, next ? next.start : end, ""]);
    }
  }
  return { text: applyEdits(text, edits), dropped };
}

/** Short names: a, b, …, Z, $, _, aa, ab, … (never `__proto__`; fine as property keys and wasm names). */
function shortName(index) {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_";
  const rest = `${first}0123456789`;
  let name = first[index % first.length];
  let n = Math.floor(index / first.length);
  while (n > 0) {
    n -= 1;
    name += rest[n % rest.length];
    n = Math.floor(n / rest.length);
  }
  return name;
}

/** `bytes` with its import and export names replaced through `importName(i)` and `exportName(e)`. */
function withNames(bytes, importName, exportName) {
  const wasm = readWasm(bytes);
  const str = (text) => {
    const b = Buffer.from(text, "utf8");
    return Buffer.concat([leb(b.length), b]);
  };
  const parts = [bytes.subarray(0, 8)];
  for (const section of wasm.sections) {
    if (section.id !== 2 && section.id !== 7) {
      parts.push(bytes.subarray(section.start, section.end));
      continue;
    }
    // Each entry: new name(s), then its own bytes after the old name(s).
    const entries = section.id === 2 ? wasm.imports : wasm.exports;
    const body = [leb(entries.length)];
    for (const entry of entries) {
      if (section.id === 2) {
        const { module, name } = importName(entry);
        body.push(str(module), str(name), bytes.subarray(entry.descStart, entry.end));
      } else {
        const [length, from] = readLeb(bytes, entry.start);
        body.push(str(exportName(entry)), bytes.subarray(from + length, entry.end));
      }
    }
    const content = Buffer.concat(body);
    parts.push(Buffer.from([section.id]), leb(content.length), content);
  }
  return Buffer.concat(parts);
}

/**
 * The glue and wasm with short import and export names. wasm-bindgen names
 * every import `__wbg_<name>_<16 hex digits>` and every closure export after
 * its full Rust type; the hex digits alone cost about 2 KB gzip in each file.
 */
function shortenNames(text, bytes) {
  const ast = parseModule(text, glueFile);
  const wasm = readWasm(bytes);
  const modules = importObjects(ast);
  const moduleNames = new Map();
  const importNames = new Map();
  const counters = new Map();
  for (const i of wasm.imports) {
    if (!moduleNames.has(i.module)) moduleNames.set(i.module, shortName(moduleNames.size));
    const n = counters.get(i.module) ?? 0;
    counters.set(i.module, n + 1);
    importNames.set(`${i.module}\0${i.name}`, shortName(n));
  }
  const exportNames = new Map(wasm.exports.map((e, index) => [e.name, shortName(index)]));
  const edits = [];
  for (const [module, fields] of modules) {
    const prop = fields.moduleProp;
    if (!moduleNames.has(module)) fail(`${glueFile} provides imports of module ${module}, which the wasm does not import`);
    edits.push([prop.key.start, prop.key.end, JSON.stringify(moduleNames.get(module))]);
    for (const [name, { prop: field }] of fields) {
      const short = importNames.get(`${module}\0${name}`);
      if (!short) fail(`${glueFile} provides ${module} ${name}, which the wasm does not import`);
      if (field.shorthand) fail(`the import ${name} is a shorthand property`);
      edits.push([field.key.start, field.key.end, short]);
    }
  }
  const reads = wasmReferences(ast).reads;
  for (const { name, property, computed } of reads) {
    const short = exportNames.get(name);
    if (!short) fail(`${glueFile} reads wasm export ${name}, which the wasm does not have`);
    edits.push([property.start, property.end, computed ? JSON.stringify(short) : short]);
  }
  const out = applyEdits(text, edits);
  const renamed = withNames(
    bytes,
    (i) => ({ module: moduleNames.get(i.module), name: importNames.get(`${i.module}\0${i.name}`) }),
    (e) => exportNames.get(e.name),
  );
  // The pair must still match, and the long names must be gone from the glue
  // (one left would mean a use of an import or export this step did not see).
  const after = parseModule(out, `${glueFile} with short names`);
  const newWasm = readWasm(renamed);
  const exported = new Set(newWasm.exports.map((e) => e.name));
  for (const name of wasmReferences(after)) if (!exported.has(name)) fail(`after renaming, the glue reads ${name}, which the wasm does not export`);
  const provided = importObjects(after);
  for (const i of newWasm.imports) if (!provided.get(i.module)?.has(i.name)) fail(`after renaming, the wasm imports ${i.module} ${i.name}, which the glue does not provide`);
  for (const name of [...wasm.imports.map((i) => i.name), ...wasm.imports.map((i) => i.module)]) {
    if (name.length >= 8 && out.includes(name)) fail(`${glueFile} still contains the import name ${name} after renaming`);
  }
  // Export names may stay as the names of the glue's own functions, never as a property or a string.
  const oldExports = new Set(wasm.exports.map((e) => e.name));
  walk(after, (n) => {
    const key = (n.type === "MemberExpression" || n.type === "Property") && !n.computed ? (n.property ?? n.key) : null;
    const name = n.type === "Literal" ? n.value : key?.type === "Identifier" ? key.name : key?.type === "Literal" ? key.value : null;
    if (typeof name === "string" && name.length >= 8 && oldExports.has(name)) fail(`${glueFile} still uses the export name ${name} (offset ${n.start}) after renaming`);
  });
  return { text: out, bytes: renamed, imports: importNames.size, exports: exportNames.size };
}

// ---------------------------------------------------------------- wasm-opt as Trunk runs it

const require = createRequire(import.meta.url);
const wasmOptBin = join(dirname(require.resolve("binaryen/package.json")), "bin", "wasm-opt");

function trunkWasmOptArgs() {
  const source = readFileSync(sourceHtml, "utf8");
  const rustLinks = [...source.matchAll(/<link\b([^>]*)>/gi)]
    .map((m) => m[1])
    .filter((attrs) => attribute(attrs, "data-trunk") !== null && (attribute(attrs, "rel") ?? "").toLowerCase() === "rust");
  if (rustLinks.length !== 1) fail(`expected one <link data-trunk rel="rust"> in ${sourceHtml}, found ${rustLinks.length}`);
  const [link] = rustLinks;
  const level = attribute(link, "data-wasm-opt");
  if (!level || level === "0") fail(`${sourceHtml}: the rust link has no data-wasm-opt level (or 0): Trunk ran no wasm-opt to repeat`);
  const args = [`-O${level}`];
  if (attribute(link, "data-reference-types") !== null) args.push("--enable-reference-types");
  args.push(...(attribute(link, "data-wasm-opt-params") ?? "").split(/\s+/).filter(Boolean));
  return { args, bin: attribute(link, "data-bin") };
}

/** wasm-bindgen's output of this build, which still has the target_features section. */
function bindgenOutput(bin, glueText) {
  const targetDir = resolve(sourceDir, process.env.CARGO_TARGET_DIR ?? "target");
  const base = bin ?? glueFile.replace(/-[0-9a-f]+\.js$/, "");
  const folder = join(targetDir, "wasm-bindgen", "release");
  const js = join(folder, `${base}.js`);
  const wasm = join(folder, `${base}_bg.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) fail(`wasm-bindgen's output ${relative(process.cwd(), wasm)} not found (CARGO_TARGET_DIR=${process.env.CARGO_TARGET_DIR ?? ""})`);
  if (readFileSync(js, "utf8") !== glueText) fail(`${relative(process.cwd(), js)} differs from ${glueFile}: not this build's wasm-bindgen output`);
  return readFileSync(wasm);
}

const trunk = trunkWasmOptArgs();
const version = execFileSync(process.execPath, [wasmOptBin, "--version"], { encoding: "utf8" }).trim();
const pin = /^\s*wasm_opt\s*=\s*"([^"]+)"/m.exec(existsSync(join(sourceDir, "Trunk.toml")) ? readFileSync(join(sourceDir, "Trunk.toml"), "utf8") : "")?.[1];
if (pin && !version.includes(`(${pin})`)) fail(`${wasmOptBin} is "${version}", Trunk.toml pins ${pin}`);

function wasmOpt(bytes, features) {
  const input = join(tmp, "in.wasm");
  const output = join(tmp, "out.wasm");
  // Trunk's run read the features from this section (and stripped it, if its params say so).
  writeFileSync(input, features ? withCustomSection(bytes, "target_features", features) : bytes);
  const args = [wasmOptBin, input, `--output=${output}`, "--remove-unused-module-elements", ...trunk.args];
  try {
    execFileSync(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"] });
  } catch {
    fail(`wasm-opt failed: ${args.slice(1).join(" ")}`);
  }
  return readFileSync(output);
}

// ---------------------------------------------------------------- run

const glueBefore = readFileSync(gluePath, "utf8");
const wasmBefore = readFileSync(wasmPath);
const features = readWasm(bindgenOutput(trunk.bin, glueBefore)).customs.get("target_features")?.payload ?? null;
const customsBefore = [...readWasm(wasmBefore).customs.keys()].sort().join(",");

let glue = glueBefore;
let wasmBytes = wasmBefore;
let wasm = readWasm(wasmBytes);
const removedCode = [];
const droppedEsExports = [];
const droppedWasmExports = [];
const droppedImports = [];
tmp = mkdtempSync(join(tmpdir(), "strip-exports-"));
try {
  {
    // The glue and the wasm must be a pair: every export the glue reads is there.
    const exported = new Set(wasm.exports.map((e) => e.name));
    const missing = [...wasmReferences(parseModule(glue, glueFile))].filter((n) => !exported.has(n));
    if (missing.length) fail(`${glueFile} reads wasm exports that ${loader.wasmFile} lacks: ${missing.join(", ")}`);
  }
  for (let round = 1; ; round++) {
    if (round > 5) fail("no fixed point after 5 rounds");
    const shaken = shake(glue, loader.used);
    glue = shaken.text;
    removedCode.push(...shaken.removed);
    droppedEsExports.push(...shaken.droppedExports);
    if (round === 1 && shaken.droppedExports.length === 0) {
      fail(`${glueFile} exports nothing the page does not use: nothing to strip (has wasm-bindgen's output changed, or is this step no longer needed?)`);
    }
    const reads = wasmReferences(shaken.ast);
    const drop = new Set(wasm.exports.map((e) => e.name).filter((n) => !reads.has(n)));
    if (round === 1 && drop.size === 0) fail(`every export of ${loader.wasmFile} is still read by the glue: nothing to strip`);
    if (drop.size > 0) {
      droppedWasmExports.push(...drop);
      wasmBytes = wasmOpt(withoutExports(wasmBytes, drop), features);
      wasm = readWasm(wasmBytes);
      const left = new Set(wasm.exports.map((e) => e.name));
      const lost = [...reads].filter((n) => !left.has(n));
      if (lost.length) fail(`wasm-opt removed exports the glue reads: ${lost.join(", ")}`);
    }
    const pruned = dropUnusedImports(glue, shaken.ast, wasm);
    glue = pruned.text;
    droppedImports.push(...pruned.dropped);
    if (drop.size === 0 && pruned.dropped.length === 0) break;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  tmp = null;
}
const shortened = shortenNames(glue, wasmBytes);
glue = shortened.text;
wasmBytes = shortened.bytes;
wasm = readWasm(wasmBytes);
{
  // The engine's own reading of the result: it must compile, with the imports and exports read here.
  let compiled;
  try {
    compiled = new WebAssembly.Module(wasmBytes);
  } catch (error) {
    fail(`the new wasm does not compile in Node's engine: ${error.message}`);
  }
  const list = (entries) => entries.map((e) => [e.module, e.name].filter((x) => x !== undefined).join(" ")).join(",");
  if (list(WebAssembly.Module.imports(compiled)) !== list(wasm.imports) || list(WebAssembly.Module.exports(compiled)) !== list(wasm.exports.map((e) => ({ name: e.name })))) {
    fail("the engine reads other imports or exports in the new wasm than strip-exports wrote");
  }
}
const customsAfter = [...wasm.customs.keys()].sort().join(",");
if (customsAfter !== customsBefore) fail(`the wasm's custom sections changed from [${customsBefore}] to [${customsAfter}]`);

// ---------------------------------------------------------------- index.html integrity

const changed = [
  { file: glueFile, before: Buffer.from(glueBefore, "utf8"), after: Buffer.from(glue, "utf8") },
  { file: loader.wasmFile, before: wasmBefore, after: wasmBytes },
];
html = html.replace(/\b(sha256|sha384|sha512)-[A-Za-z0-9+/=]+/g, (value, algorithm) => {
  const hit = changed.find((c) => value === integrity(algorithm, c.before));
  return hit ? integrity(algorithm, hit.after) : value;
});
for (const attrs of [...html.matchAll(/<(?:link|script)\b([^>]*)>/gi)].map((m) => m[1])) {
  const file = fileOf(attribute(attrs, "href") ?? attribute(attrs, "src") ?? "");
  const hit = changed.find((c) => c.file === file);
  const declared = attribute(attrs, "integrity");
  if (!hit || !declared) continue;
  const algorithm = declared.split("-")[0];
  if (declared !== integrity(algorithm, hit.after)) fail(`the integrity of ${file} in index.html matches neither its old nor its new content`);
}

writeFileSync(gluePath, glue);
writeFileSync(wasmPath, wasmBytes);
writeFileSync(htmlPath, html);

note(`removed from the glue: exports ${droppedEsExports.join(", ")}; code ${removedCode.join(", ")}; ${droppedImports.length} import function(s) the wasm no longer has${droppedImports.length ? ` (${droppedImports.join(", ")})` : ""}`);
note(`removed ${droppedWasmExports.length} wasm exports: ${droppedWasmExports.join(", ")}`);
note(`renamed ${shortened.imports} imports and ${shortened.exports} exports to short names`);
note(`${loader.wasmFile} ${wasmBefore.length} -> ${wasmBytes.length} bytes; ${glueFile} ${glueBefore.length} -> ${glue.length} bytes (before terser)`);

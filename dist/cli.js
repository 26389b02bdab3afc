#!/usr/bin/env node
import { createRequire as __podsecCreateRequire } from 'node:module';
const require = __podsecCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar8 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar8(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap6;
    exports.isNode = isNode;
    exports.isPair = isPair4;
    exports.isScalar = isScalar8;
    exports.isSeq = isSeq7;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      const ctrl = callVisitor(key, node, visitor, path9);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      const ctrl = await callVisitor(key, node, visitor, path9);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor === "function")
        return visitor(key, node, path9);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        const k = path9[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 === "object" && !!path9[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          const [key, ...rest] = path9;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        const [key, ...rest] = path9;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        const [key, ...rest] = path9;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity2.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify4(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity2.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify4;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var stringify4 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify4.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify4.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify4 = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify4.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify4 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify5 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify5(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify4.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify4.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair2(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError2 = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError2);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify4 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify4.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify4.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify4.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        if (Collection.isEmptyPath(path9)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path9) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        if (Collection.isEmptyPath(path9)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path9, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap6 = fc.start.source === "{";
      const fcName = isMap6 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap6 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap6 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap6 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap6 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap6) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap6 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify4 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify4;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path9) => {
      let item = cst;
      for (const [field, index] of path9) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path9) => {
      const parent = visit2.itemAtPath(cst, path9.slice(0, -1));
      const field = path9[path9.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path9.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path9);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path9) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar8 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar8;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter6 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter6;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target2, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target2, source);
      else
        for (let i = 0; i < source.length; ++i)
          target2.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments6(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument5(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument5(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify4(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments6;
    exports.parseDocument = parseDocument5;
    exports.stringify = stringify4;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path9, { windows } = {}) => {
      const segs = path9.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr2 = tokens.slice();
            const range = [];
            for (let i = arr2.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr2[i].type === "brace") {
                break;
              }
              if (arr2[i].type !== "dots") {
                range.unshift(arr2[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch4.isMatch = (str2, patterns, options) => picomatch4(patterns, options)(str2);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan2(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants3;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// src/cli/main.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import path8 from "node:path";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/findings/types.ts
var MODES = ["enforce", "warn", "audit"];
var FAIL_ON_VALUES = ["enforce", "warn", "audit", "any", "none"];

// src/util/plain-object.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isPlainObject(value) ? value : void 0;
}

// src/policy/shape.ts
function asArray(value) {
  return Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function scalarText(value) {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
      return String(value);
    default:
      return void 0;
  }
}
function isPresent(value) {
  return value !== void 0 && value !== null;
}
function podSpec(pod) {
  return asRecord(asRecord(pod)?.spec);
}
function podAnnotations(pod) {
  return asRecord(asRecord(asRecord(pod)?.metadata)?.annotations);
}
function podSecurityContext(pod) {
  return asRecord(podSpec(pod)?.securityContext);
}
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function forEachContainer(spec, visit2) {
  if (spec === void 0) return;
  for (const list of CONTAINER_LISTS) {
    const items = asArray(spec[list]);
    if (items === void 0) continue;
    for (let index = 0; index < items.length; index++) {
      const container = asRecord(items[index]);
      if (container === void 0) continue;
      visit2({
        container,
        name: asString(container.name) ?? "",
        securityContext: asRecord(container.securityContext),
        list,
        index
      });
    }
  }
}
function containerPath(c, ...rest) {
  return ["spec", c.list, c.index, ...rest];
}
function podSecurityContextPath(...rest) {
  return ["spec", "securityContext", ...rest];
}
function isWindowsPod(pod) {
  return asRecord(podSpec(pod)?.os)?.name === "windows";
}
function isUserNamespacePod(pod) {
  return podSpec(pod)?.hostUsers === false;
}

// src/policy/check-kit.ts
var ALLOWED = Object.freeze({ allowed: true });
function forbidden(reason, detail, paths) {
  return { allowed: false, reason, detail, paths };
}
function exemptWindowsPods(previous) {
  return (pod) => isWindowsPod(pod) ? ALLOWED : previous(pod);
}
function exemptUserNamespacePods(previous) {
  return (pod) => isUserNamespacePod(pod) ? ALLOWED : previous(pod);
}
var PSS_DOCS = "https://kubernetes.io/docs/concepts/security/pod-security-standards/";

// src/util/compare.ts
function compareStrings(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 55296 && y >= 55296) {
      x = x >= 57344 ? x - 2048 : x + 8192;
      y = y >= 57344 ? y - 2048 : y + 8192;
    }
    return x - y;
  }
  return a.length - b.length;
}

// src/policy/messages.ts
function quoteList(items) {
  if (items.length === 0) return "";
  return `"${items.join('", "')}"`;
}
function plural(singular, pluralForm, count) {
  return count === 1 ? singular : pluralForm;
}
function containerPhrase(names) {
  return `${plural("container", "containers", names.length)} ${quoteList(names)}`;
}
function volumePhrase(names) {
  return `${plural("volume", "volumes", names.length)} ${quoteList(names)}`;
}
function usesVerb(subjects) {
  return plural("uses", "use", subjects);
}
function joinSetters(setters) {
  return setters.join(" and ");
}
function sortStrings(items) {
  return Array.from(items).sort(compareStrings);
}
function sortedSet(items) {
  return sortStrings(new Set(items));
}
var HEX = "0123456789abcdef";
var PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
var SIMPLE_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function hex(code2, digits) {
  let out = "";
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += HEX[code2 >> shift & 15];
  return out;
}
function goQuote(text) {
  if (SIMPLE_ASCII.test(text)) return `"${text}"`;
  let out = '"';
  for (const char of text) {
    let code2 = char.codePointAt(0) ?? 0;
    if (code2 >= 55296 && code2 <= 57343) code2 = 65533;
    switch (code2) {
      case 34:
        out += '\\"';
        continue;
      case 92:
        out += "\\\\";
        continue;
      case 7:
        out += "\\a";
        continue;
      case 8:
        out += "\\b";
        continue;
      case 12:
        out += "\\f";
        continue;
      case 10:
        out += "\\n";
        continue;
      case 13:
        out += "\\r";
        continue;
      case 9:
        out += "\\t";
        continue;
      case 11:
        out += "\\v";
        continue;
    }
    if (code2 === 32 || code2 > 32 && code2 < 127) {
      out += String.fromCodePoint(code2);
    } else if (code2 < 32 || code2 === 127) {
      out += `\\x${hex(code2, 2)}`;
    } else if (PRINTABLE.test(String.fromCodePoint(code2))) {
      out += String.fromCodePoint(code2);
    } else if (code2 < 65536) {
      out += `\\u${hex(code2, 4)}`;
    } else {
      out += `\\U${hex(code2, 8)}`;
    }
  }
  return `${out}"`;
}

// src/policy/checks/allowPrivilegeEscalation.ts
var checkV1_8 = (pod) => {
  const names = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    if (c.securityContext?.allowPrivilegeEscalation !== false) {
      names.push(c.name);
      paths.push(containerPath(c, "securityContext", "allowPrivilegeEscalation"));
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden(
    "allowPrivilegeEscalation != false",
    `${containerPhrase(names)} must set securityContext.allowPrivilegeEscalation=false`,
    paths
  );
};
var allowPrivilegeEscalation = {
  meta: {
    id: "allowPrivilegeEscalation",
    level: "restricted",
    title: "Privilege escalation",
    description: "Without `allowPrivilegeEscalation: false`, a process can gain more privileges than its parent, for example through setuid binaries.",
    allowed: "`securityContext.allowPrivilegeEscalation` set to `false` on every container (from v1.8). From v1.25, Windows pods (`spec.os.name: windows`) are exempt.",
    fix: [
      "Set `allowPrivilegeEscalation: false` on every container, including init and ephemeral containers.",
      "",
      "```yaml",
      "containers:",
      "  - name: app",
      "    securityContext:",
      "      allowPrivilegeEscalation: false",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`allowPrivilegeEscalation != false`",
    reference: [
      "## Fields read",
      "`securityContext.allowPrivilegeEscalation` of every container (init, regular, ephemeral);",
      "from v1.25 also `spec.os.name`.",
      "",
      "## Allowed values",
      "Only an explicit `false`. A missing security context, a missing field, or `true` fails.",
      "",
      "## Versions",
      "* v1.0–v1.7: the check does not exist.",
      "* v1.8–v1.24: the rule above for every pod.",
      "* v1.25+: a Windows pod (`spec.os.name: windows`) passes outright.",
      "",
      "## Message",
      "```",
      "allowPrivilegeEscalation != false (<container noun phrase> must set securityContext.allowPrivilegeEscalation=false)",
      "```",
      "Example:",
      "```",
      'would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false)',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 8, check: checkV1_8 },
    { minVersion: 25, check: exemptWindowsPods(checkV1_8) }
  ]
};

// src/policy/checks/appArmorProfile.ts
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
function badType(profile) {
  if (profile === void 0) return void 0;
  const type = scalarText(profile.type) ?? "";
  return ALLOWED_TYPES.has(type) ? void 0 : type;
}
function allowedAnnotationValue(value) {
  return value === "" || value === "runtime/default" || value.startsWith("localhost/");
}
var checkV1_0 = (pod) => {
  const setters = [];
  const badTypes = [];
  const paths = [];
  const podType = badType(asRecord(podSecurityContext(pod)?.appArmorProfile));
  if (podType !== void 0) {
    setters.push("pod");
    badTypes.push(podType);
    paths.push(podSecurityContextPath("appArmorProfile", "type"));
  }
  const containers2 = [];
  forEachContainer(podSpec(pod), (c) => {
    const type = badType(asRecord(c.securityContext?.appArmorProfile));
    if (type !== void 0) {
      containers2.push(c.name);
      badTypes.push(type);
      paths.push(containerPath(c, "securityContext", "appArmorProfile", "type"));
    }
  });
  if (containers2.length > 0) setters.push(containerPhrase(containers2));
  const annotations = podAnnotations(pod);
  const badAnnotations = [];
  if (annotations !== void 0) {
    for (const key of Object.keys(annotations)) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const value = scalarText(annotations[key]) ?? "";
      if (allowedAnnotationValue(value)) continue;
      badAnnotations.push(`${key}=${goQuote(value)}`);
      paths.push(["metadata", "annotations", key]);
    }
  }
  if (badAnnotations.length > 0) setters.push(plural("annotation", "annotations", badAnnotations.length));
  if (setters.length === 0) return ALLOWED;
  const values = [...sortedSet(badTypes), ...sortStrings(badAnnotations)];
  return forbidden(
    plural("forbidden AppArmor profile", "forbidden AppArmor profiles", values.length),
    `${joinSetters(setters)} must not set AppArmor profile type to ${quoteList(values)}`,
    paths
  );
};
var appArmorProfile = {
  meta: {
    id: "appArmorProfile",
    level: "baseline",
    title: "AppArmor profile",
    description: "AppArmor confines what a container's processes can touch; an `Unconfined` profile turns that protection off.",
    allowed: "`appArmorProfile.type` (pod or container) absent, `RuntimeDefault` or `Localhost`; annotations `container.apparmor.security.beta.kubernetes.io/*` absent, empty, `runtime/default` or `localhost/<profile>`.",
    fix: [
      "Use the runtime default profile (or a profile loaded on the nodes) and remove `Unconfined` settings and annotations.",
      "",
      "```yaml",
      "spec:",
      "  securityContext:",
      "    appArmorProfile:",
      "      type: RuntimeDefault",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`forbidden AppArmor profile` (one bad value) / `forbidden AppArmor profiles` (several)",
    reference: [
      "## Fields read",
      "* `spec.securityContext.appArmorProfile.type` and each container's",
      "  `securityContext.appArmorProfile.type` — only when the `appArmorProfile` object is present.",
      "* The pod's annotations (for a workload: the pod template's `metadata.annotations`): **every** key",
      "  starting with `container.apparmor.security.beta.kubernetes.io/`, whether or not a container of",
      "  that name exists.",
      "",
      "## Allowed values",
      "* Field `type`: `RuntimeDefault` or `Localhost`. `Unconfined`, an empty or missing type inside a",
      "  present object, or anything else fails.",
      '* Annotation value: `""`, `runtime/default`, or anything starting with `localhost/`.',
      "  `unconfined` and anything else fail.",
      "",
      "## Versions",
      "One variant since v1.0; the annotation keys are checked at every version, including v1.30+ where",
      "Kubernetes moved to the fields.",
      "",
      "## Message",
      "```",
      "forbidden AppArmor profile[s] (<setters> must not set AppArmor profile type to <values>)",
      "```",
      '* Setters, joined by `" and "`: `pod`, then the container noun phrase, then `annotation` /',
      "  `annotations`.",
      "* Values: the bad field types (sorted, de-duplicated), then the bad annotations as",
      '  `<key>="<value>"` (Go-quoted value, sorted), each wrapped in quotes — so annotations show doubled',
      "  quotes.",
      "* The reason is plural when there is more than one value in total.",
      "",
      "Examples:",
      "```",
      'violates PodSecurity "baseline:latest": forbidden AppArmor profile (pod must not set AppArmor profile type to "Unconfined")',
      'would violate PodSecurity "baseline:latest": forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/app="unconfined"")',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_0 }]
};

// src/policy/checks/capabilities_baseline.ts
var ALLOWED_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
var checkV1_02 = (pod) => {
  const names = [];
  const values = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    const add = asArray(asRecord(c.securityContext?.capabilities)?.add);
    if (add === void 0) return;
    let bad = false;
    add.forEach((entry, index) => {
      const capability = scalarText(entry);
      if (capability !== void 0 && !ALLOWED_CAPABILITIES.has(capability)) {
        bad = true;
        values.push(capability);
        paths.push(containerPath(c, "securityContext", "capabilities", "add", index));
      }
    });
    if (bad) names.push(c.name);
  });
  if (names.length === 0) return ALLOWED;
  return forbidden(
    "non-default capabilities",
    `${containerPhrase(names)} must not include ${quoteList(sortedSet(values))} in securityContext.capabilities.add`,
    paths
  );
};
var capabilities_baseline = {
  meta: {
    id: "capabilities_baseline",
    level: "baseline",
    title: "Non-default capabilities",
    description: "Capabilities such as `SYS_ADMIN` or `NET_RAW` give a container kernel powers well beyond what ordinary applications need and open paths to escape.",
    allowed: "`securityContext.capabilities.add` may only list `AUDIT_WRITE`, `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `FSETID`, `KILL`, `MKNOD`, `NET_BIND_SERVICE`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_CHROOT` (exact spelling, no `CAP_` prefix).",
    fix: [
      "Remove the extra capabilities from `add`; keep only the defaults the program needs.",
      "",
      "```yaml",
      "securityContext:",
      "  capabilities:",
      '    add: ["NET_BIND_SERVICE"]',
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`non-default capabilities`",
    reference: [
      "## Fields read",
      "`securityContext.capabilities.add` of every container (init, regular, ephemeral). `drop` is ignored.",
      "",
      "## Allowed values",
      "Exactly (case-sensitive) one of: `AUDIT_WRITE`, `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `FSETID`, `KILL`,",
      "`MKNOD`, `NET_BIND_SERVICE`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_CHROOT`.",
      "`chown`, `CAP_CHOWN` and `NET_RAW` are not allowed.",
      "",
      "## Versions",
      "Unchanged since v1.0. In restricted it applies only at v1.0–v1.21; from v1.22 the stricter",
      "`capabilities_restricted` runs instead, even for Windows pods that check exempts (v1.25+).",
      "",
      "## Message",
      "```",
      "non-default capabilities (<container noun phrase> must not include <quoted capabilities> in securityContext.capabilities.add)",
      "```",
      "Containers in visiting order; the forbidden values from all of them sorted (byte order) and",
      "de-duplicated. Example:",
      "```",
      'would violate PodSecurity "baseline:latest": non-default capabilities (containers "a", "b" must not include "NET_ADMIN", "SYS_TIME" in securityContext.capabilities.add)',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_02 }]
};

// src/policy/checks/capabilities_restricted.ts
var ADDABLE = "NET_BIND_SERVICE";
var checkV1_22 = (pod) => {
  const missingDrop = [];
  const badAdd = [];
  const badValues = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    const capabilities = asRecord(c.securityContext?.capabilities);
    if (capabilities === void 0) {
      missingDrop.push(c.name);
      paths.push(containerPath(c, "securityContext", "capabilities", "drop"));
      return;
    }
    if (!(asArray(capabilities.drop) ?? []).includes("ALL")) {
      missingDrop.push(c.name);
      paths.push(containerPath(c, "securityContext", "capabilities", "drop"));
    }
    const add = asArray(capabilities.add);
    if (add === void 0) return;
    let bad = false;
    add.forEach((entry, index) => {
      const capability = scalarText(entry);
      if (capability !== void 0 && capability !== ADDABLE) {
        bad = true;
        badValues.push(capability);
        paths.push(containerPath(c, "securityContext", "capabilities", "add", index));
      }
    });
    if (bad) badAdd.push(c.name);
  });
  if (missingDrop.length === 0 && badAdd.length === 0) return ALLOWED;
  const parts = [];
  if (missingDrop.length > 0) {
    parts.push(`${containerPhrase(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
  }
  if (badAdd.length > 0) {
    parts.push(
      `${containerPhrase(badAdd)} must not include ${quoteList(sortedSet(badValues))} in securityContext.capabilities.add`
    );
  }
  return forbidden("unrestricted capabilities", parts.join("; "), paths);
};
var capabilities_restricted = {
  meta: {
    id: "capabilities_restricted",
    level: "restricted",
    title: "Capabilities (restricted)",
    description: "Restricted pods drop every Linux capability and may add back only `NET_BIND_SERVICE`, so a compromised process holds no kernel privileges.",
    allowed: "`securityContext.capabilities.drop` includes `ALL` on every container, and `add` lists nothing but `NET_BIND_SERVICE` (from v1.22). From v1.25, Windows pods are exempt.",
    fix: [
      "Drop all capabilities and add back only `NET_BIND_SERVICE` if the program binds a port below 1024.",
      "",
      "```yaml",
      "securityContext:",
      "  capabilities:",
      '    drop: ["ALL"]',
      '    add: ["NET_BIND_SERVICE"]',
      "```"
    ].join("\n"),
    overrides: ["capabilities_baseline"],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`unrestricted capabilities`",
    reference: [
      "## Fields read",
      "`securityContext.capabilities.drop` and `.add` of every container (init, regular, ephemeral);",
      "from v1.25 also `spec.os.name`.",
      "",
      "## Allowed values",
      "* `drop` must contain the exact string `ALL` (case-sensitive: `all` does not count, and neither does",
      "  dropping every capability one by one). A missing `securityContext`, missing `capabilities` or",
      "  `capabilities: {}` fails the drop rule (and `add` is then not examined if the object is missing).",
      "* `add` may contain only `NET_BIND_SERVICE`.",
      "",
      "## Versions",
      "* v1.0–v1.21: absent; restricted runs `capabilities_baseline` instead.",
      "* v1.22–v1.24: the rule above for every pod.",
      "* v1.25+: a Windows pod passes outright. The override stays in force, so such a pod is not checked",
      "  by `capabilities_baseline` either under restricted.",
      "",
      "## Message",
      'One or both parts, joined by `"; "`:',
      "```",
      'unrestricted capabilities (<containers missing drop> must set securityContext.capabilities.drop=["ALL"]; <containers adding> must not include <quoted capabilities> in securityContext.capabilities.add)',
      "```",
      "Example:",
      "```",
      'would violate PodSecurity "restricted:latest": unrestricted capabilities (containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add)',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 22, overrides: ["capabilities_baseline"], check: checkV1_22 },
    { minVersion: 25, overrides: ["capabilities_baseline"], check: exemptWindowsPods(checkV1_22) }
  ]
};

// src/policy/checks/hostNamespaces.ts
var NAMESPACE_FIELDS = ["hostNetwork", "hostPID", "hostIPC"];
var checkV1_03 = (pod) => {
  const spec = podSpec(pod);
  if (spec === void 0) return ALLOWED;
  const parts = [];
  const paths = [];
  for (const field of NAMESPACE_FIELDS) {
    if (spec[field] === true) {
      parts.push(`${field}=true`);
      paths.push(["spec", field]);
    }
  }
  if (parts.length === 0) return ALLOWED;
  return forbidden("host namespaces", parts.join(", "), paths);
};
var hostNamespaces = {
  meta: {
    id: "hostNamespaces",
    level: "baseline",
    title: "Host namespaces",
    description: "Sharing the node's network, process or IPC namespace lets a pod see and reach host processes, sockets and shared memory.",
    allowed: "`spec.hostNetwork`, `spec.hostPID` and `spec.hostIPC` absent or `false`.",
    fix: [
      "Remove `hostNetwork`, `hostPID` and `hostIPC` or set them to `false`; expose ports with a Service instead of the host network.",
      "",
      "```yaml",
      "spec:",
      "  hostNetwork: false",
      "  hostPID: false",
      "  hostIPC: false",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`host namespaces`",
    reference: [
      "## Fields read",
      "`spec.hostNetwork`, `spec.hostPID`, `spec.hostIPC`.",
      "",
      "## Allowed values",
      "Absent, `null` or `false` for each. Only explicit `true` fails.",
      "",
      "## Message",
      "```",
      "host namespaces (<list>)",
      "```",
      "`<list>` holds the fields that are `true`, always in the fixed order `hostNetwork=true`,",
      '`hostPID=true`, `hostIPC=true`, joined by `", "`. Example:',
      "```",
      'violates PodSecurity "baseline:v1.30": host namespaces (hostNetwork=true, hostIPC=true)',
      "```",
      "Note: a Windows HostProcess pod must set `hostNetwork: true`, so",
      "[`windowsHostProcess`](windowsHostProcess.md) failures usually come with this one."
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_03 }]
};

// src/policy/checks/hostPathVolumes.ts
var checkV1_04 = (pod) => {
  const volumes = asArray(podSpec(pod)?.volumes);
  if (volumes === void 0) return ALLOWED;
  const names = [];
  const paths = [];
  volumes.forEach((item, index) => {
    const volume = asRecord(item);
    if (volume !== void 0 && isPresent(volume.hostPath)) {
      names.push(asString(volume.name) ?? "");
      paths.push(["spec", "volumes", index, "hostPath"]);
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden("hostPath volumes", volumePhrase(names), paths);
};
var hostPathVolumes = {
  meta: {
    id: "hostPathVolumes",
    level: "baseline",
    title: "HostPath volumes",
    description: "A hostPath volume mounts a file or directory of the node into the pod, which can expose credentials, the container runtime socket or let the pod change the node.",
    allowed: "No volume in `spec.volumes` has a `hostPath` source. (Under restricted, `restrictedVolumes` takes over this rule.)",
    fix: [
      "Replace the hostPath volume with an `emptyDir`, a `configMap`/`secret`, or a PersistentVolumeClaim.",
      "",
      "```yaml",
      "volumes:",
      "  - name: cache",
      "    emptyDir: {}",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`hostPath volumes`",
    reference: [
      "## Fields read",
      "`spec.volumes[*].hostPath`.",
      "",
      "## Allowed values",
      "A volume fails when `hostPath` is present and not `null` — even an empty object `hostPath: {}`",
      "counts. Every other volume source passes this check.",
      "",
      "## Versions",
      "Unchanged since v1.0. Under **restricted** this check never runs: `restrictedVolumes` replaces it and",
      'reports hostPath volumes as `restricted volume types (volume "x" uses restricted volume type "hostPath")`.',
      "",
      "## Message",
      "```",
      "hostPath volumes (<volume noun phrase>)",
      "```",
      'The noun phrase is `volume "a"` or `volumes "a", "b"` in spec order. Example:',
      "```",
      'would violate PodSecurity "baseline:latest": hostPath volumes (volumes "docker-sock", "host-logs")',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_04 }]
};

// src/policy/checks/hostPorts.ts
var checkV1_05 = (pod) => {
  const names = [];
  const ports = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    const list = asArray(c.container.ports);
    if (list === void 0) return;
    let bad = false;
    list.forEach((item, index) => {
      const hostPort = asRecord(item)?.hostPort;
      if (typeof hostPort === "number" && hostPort !== 0) {
        bad = true;
        ports.push(String(hostPort));
        paths.push(containerPath(c, "ports", index, "hostPort"));
      }
    });
    if (bad) names.push(c.name);
  });
  if (names.length === 0) return ALLOWED;
  const distinct = sortedSet(ports);
  return forbidden(
    "hostPort",
    `${containerPhrase(names)} ${usesVerb(names.length)} ${plural("hostPort", "hostPorts", distinct.length)} ${distinct.join(", ")}`,
    paths
  );
};
var hostPorts = {
  meta: {
    id: "hostPorts",
    level: "baseline",
    title: "Host ports",
    description: "A hostPort binds a port on the node's own network interfaces, bypassing network policy and tying the pod to one port per node.",
    allowed: "`ports[*].hostPort` absent or `0` on every container.",
    fix: [
      "Drop `hostPort` and reach the pod through a Service (ClusterIP, NodePort or LoadBalancer).",
      "",
      "```yaml",
      "containers:",
      "  - name: web",
      "    ports:",
      "      - containerPort: 8080",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`hostPort`",
    reference: [
      "## Fields read",
      "`ports[*].hostPort` of every container (init, regular, ephemeral).",
      "",
      "## Allowed values",
      "Absent or `0`. Any other number fails.",
      "",
      "## Versions",
      "Unchanged since v1.0. (On a live cluster, API-server defaulting copies `containerPort` into",
      "`hostPort` for `hostNetwork` Pods; podsec evaluates the manifest as written.)",
      "",
      "## Message",
      "```",
      "hostPort (<container noun phrase> <uses|use> <hostPort|hostPorts> <ports>)",
      "```",
      "`uses` for exactly one failing container, `use` otherwise; `hostPort` when exactly one distinct port,",
      "`hostPorts` otherwise. Ports are unquoted, de-duplicated and **sorted as strings** (so `10000` comes",
      'before `9000`), joined by `", "`. Examples:',
      "```",
      'violates PodSecurity "baseline:latest": hostPort (container "web" uses hostPort 80)',
      'would violate PodSecurity "baseline:latest": hostPort (containers "web", "metrics" use hostPorts 10000, 9000)',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_05 }]
};

// src/policy/checks/hostProbesAndHostLifecycle.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var LIFECYCLE_HANDLERS = ["postStart", "preStop"];
var HOST_ACTIONS = ["httpGet", "tcpSocket"];
function collectHosts(handler, c, handlerPath, hosts, paths) {
  if (handler === void 0) return false;
  let bad = false;
  for (const action of HOST_ACTIONS) {
    const host = asRecord(handler[action])?.host;
    if (typeof host === "string" && host !== "") {
      bad = true;
      hosts.push(host);
      paths.push(containerPath(c, ...handlerPath, action, "host"));
    }
  }
  return bad;
}
var checkV1_34 = (pod) => {
  const names = [];
  const hosts = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    let bad = false;
    for (const probe of PROBES) {
      if (collectHosts(asRecord(c.container[probe]), c, [probe], hosts, paths)) bad = true;
    }
    const lifecycle = asRecord(c.container.lifecycle);
    if (lifecycle !== void 0) {
      for (const handler of LIFECYCLE_HANDLERS) {
        if (collectHosts(asRecord(lifecycle[handler]), c, ["lifecycle", handler], hosts, paths)) bad = true;
      }
    }
    if (bad) names.push(c.name);
  });
  if (names.length === 0) return ALLOWED;
  const containers2 = sortedSet(names);
  const distinctHosts = sortedSet(hosts);
  return forbidden(
    "probe or lifecycle host",
    `${containerPhrase(containers2)} ${usesVerb(containers2.length)} ${plural("probe or lifecycle host", "probe or lifecycle hosts", distinctHosts.length)} ${quoteList(distinctHosts)}`,
    paths
  );
};
var hostProbesAndHostLifecycle = {
  meta: {
    id: "hostProbesAndHostLifecycle",
    level: "baseline",
    title: "Probe and lifecycle hosts",
    description: "The kubelet runs HTTP and TCP probes and lifecycle hooks from the node; a custom `host` turns them into requests the node makes to any address, including its own loopback services.",
    allowed: "`host` absent or empty in `httpGet` and `tcpSocket` of `livenessProbe`, `readinessProbe`, `startupProbe`, `lifecycle.postStart` and `lifecycle.preStop` (from v1.34).",
    fix: [
      "Remove `host` so the kubelet targets the pod's own IP.",
      "",
      "```yaml",
      "livenessProbe:",
      "  httpGet:",
      "    path: /healthz",
      "    port: 8080",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`probe or lifecycle host`",
    reference: [
      "## Fields read",
      "For every container (init, regular, ephemeral):",
      "`livenessProbe`, `readinessProbe`, `startupProbe`, `lifecycle.postStart`, `lifecycle.preStop`, each",
      "`.httpGet.host` and `.tcpSocket.host`. `grpc`, `exec` and `sleep` handlers have no host.",
      "",
      "## Allowed values",
      "Absent or the empty string. Any non-empty host fails — including `localhost`, `127.0.0.1` and `::1`.",
      "",
      "## Versions",
      "Introduced in v1.34. At v1.0–v1.33 (and at `latest` when podsec emulates a cluster older than v1.34)",
      "the check does not run.",
      "",
      "## Message",
      "```",
      "probe or lifecycle host (<container noun phrase> <uses|use> <probe or lifecycle host|probe or lifecycle hosts> <quoted hosts>)",
      "```",
      "Unlike every other check, container names here are **sorted and de-duplicated**; hosts are sorted,",
      "de-duplicated and quoted. `uses` for one container, `use` for several; the noun is plural when there",
      "is more than one distinct host. Example:",
      "```",
      'would violate PodSecurity "baseline:latest": probe or lifecycle host (container "app" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost")',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 34, check: checkV1_34 }]
};

// src/policy/checks/privileged.ts
var checkV1_06 = (pod) => {
  const names = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    if (c.securityContext?.privileged === true) {
      names.push(c.name);
      paths.push(containerPath(c, "securityContext", "privileged"));
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden("privileged", `${containerPhrase(names)} must not set securityContext.privileged=true`, paths);
};
var privileged = {
  meta: {
    id: "privileged",
    level: "baseline",
    title: "Privileged containers",
    description: "A privileged container gets every capability and all host devices, which removes almost all isolation between the container and the node.",
    allowed: "`securityContext.privileged` absent or `false` on every container (init, regular and ephemeral).",
    fix: [
      "Remove `privileged: true` or set it to `false`; add only the specific capabilities the workload needs.",
      "",
      "```yaml",
      "containers:",
      "  - name: app",
      "    securityContext:",
      "      privileged: false",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`privileged`",
    reference: [
      "## Fields read",
      "`securityContext.privileged` of every container in `spec.initContainers`, `spec.containers` and",
      "`spec.ephemeralContainers` (visited in that order).",
      "",
      "## Allowed values",
      "Absent, `null` or `false`. Only an explicit `true` fails.",
      "",
      "## Message",
      "```",
      "privileged (<container noun phrase> must not set securityContext.privileged=true)",
      "```",
      'The noun phrase is `container "a"` for one container or `containers "a", "b"` for several, in',
      "visiting order (init, regular, ephemeral), not de-duplicated. Example, as `kubectl` would print it",
      "for a Deployment at `baseline:latest`:",
      "```",
      'Warning: would violate PodSecurity "baseline:latest": privileged (containers "init", "app" must not set securityContext.privileged=true)',
      "```",
      "Under restricted, a privileged container usually also lacks `allowPrivilegeEscalation: false`, so",
      "[`allowPrivilegeEscalation`](allowPrivilegeEscalation.md) fails alongside."
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_06 }]
};

// src/policy/checks/procMount.ts
var procMountRule = (pod) => {
  const names = [];
  const values = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c) => {
    const value = scalarText(c.securityContext?.procMount);
    if (value !== void 0 && value !== "Default") {
      names.push(c.name);
      values.push(value);
      paths.push(containerPath(c, "securityContext", "procMount"));
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden(
    "procMount",
    `${containerPhrase(names)} must not set securityContext.procMount to ${quoteList(sortedSet(values))}`,
    paths
  );
};
var procMount = {
  meta: {
    id: "procMount",
    level: "baseline",
    title: "/proc mount type",
    description: "The default /proc mount masks and makes read-only paths that expose host kernel details; `Unmasked` removes that masking.",
    allowed: "`securityContext.procMount` absent or `Default`. From v1.35, any value is allowed in a pod with `hostUsers: false` (user namespace).",
    fix: [
      "Remove `procMount` or set it to `Default`. If the workload truly needs an unmasked /proc, run it in a user namespace.",
      "",
      "```yaml",
      "spec:",
      "  hostUsers: false",
      "  containers:",
      "    - name: app",
      "      securityContext:",
      "        procMount: Default",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`procMount`",
    reference: [
      "## Fields read",
      "`securityContext.procMount` of every container (init, regular, ephemeral).",
      "From v1.35 also `spec.hostUsers`.",
      "",
      "## Allowed values",
      'Absent or exactly `Default`. Any other explicit value — `Unmasked`, the empty string `""`, anything',
      "else — fails.",
      "",
      "## Versions",
      "* v1.0–v1.34: the rule above for every pod.",
      "* v1.35+: a pod with `spec.hostUsers: false` (a user-namespace pod) passes outright, because its",
      "  root maps to an unprivileged host user. `hostUsers: true` or absent does not count.",
      "  Restricted does not get this relaxation: from v1.35 `procMount_restricted` replaces this check.",
      "",
      "## Message",
      "```",
      "procMount (<container noun phrase> must not set securityContext.procMount to <quoted values>)",
      "```",
      "Values sorted and de-duplicated. Example:",
      "```",
      'violates PodSecurity "baseline:v1.34": procMount (containers "d", "e" must not set securityContext.procMount to "Unmasked", "other")',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 0, check: procMountRule },
    { minVersion: 35, check: exemptUserNamespacePods(procMountRule) }
  ]
};

// src/policy/checks/procMount_restricted.ts
var procMount_restricted = {
  meta: {
    id: "procMount_restricted",
    level: "restricted",
    title: "/proc mount type (restricted)",
    description: "Restricted keeps the default, masked /proc mount for every pod, including pods in a user namespace that baseline lets through from v1.35.",
    allowed: "`securityContext.procMount` absent or `Default` on every container, whatever `hostUsers` says.",
    fix: [
      "Remove `procMount` or set it to `Default`.",
      "",
      "```yaml",
      "securityContext:",
      "  procMount: Default",
      "```"
    ].join("\n"),
    overrides: ["procMount"],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`procMount`",
    reference: [
      "## Fields read",
      "`securityContext.procMount` of every container (init, regular, ephemeral). `spec.hostUsers` is",
      "**not** consulted.",
      "",
      "## Allowed values",
      'Absent or exactly `Default`. `Unmasked`, `""` and anything else fail.',
      "",
      "## Versions",
      "Added in v1.35, when baseline `procMount` started allowing `hostUsers: false` pods; restricted keeps",
      "the unconditional rule through this check. At restricted v1.0–v1.34 the baseline `procMount` check",
      "runs instead (same message).",
      "",
      "## Message",
      "```",
      "procMount (<container noun phrase> must not set securityContext.procMount to <quoted values>)",
      "```",
      "Example:",
      "```",
      'violates PodSecurity "restricted:latest": procMount (container "builder" must not set securityContext.procMount to "Unmasked")',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 35, overrides: ["procMount"], check: procMountRule }]
};

// src/policy/checks/restrictedVolumes.ts
var ALLOWED_VOLUME_SOURCES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
var RESTRICTED_VOLUME_SOURCES = [
  "hostPath",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "portworxVolume",
  "scaleIO",
  "storageos"
];
var checkV1_07 = (pod) => {
  const volumes = asArray(podSpec(pod)?.volumes);
  if (volumes === void 0) return ALLOWED;
  const names = [];
  const types = [];
  const paths = [];
  volumes.forEach((item, index) => {
    const volume = asRecord(item);
    if (volume === void 0) return;
    if (ALLOWED_VOLUME_SOURCES.some((source) => isPresent(volume[source]))) return;
    const type = RESTRICTED_VOLUME_SOURCES.find((source) => isPresent(volume[source]));
    names.push(asString(volume.name) ?? "");
    types.push(type ?? "unknown");
    paths.push(type === void 0 ? ["spec", "volumes", index] : ["spec", "volumes", index, type]);
  });
  if (names.length === 0) return ALLOWED;
  const distinct = sortedSet(types);
  return forbidden(
    "restricted volume types",
    `${volumePhrase(names)} ${usesVerb(names.length)} ${plural("restricted volume type", "restricted volume types", distinct.length)} ${quoteList(distinct)}`,
    paths
  );
};
var restrictedVolumes = {
  meta: {
    id: "restrictedVolumes",
    level: "restricted",
    title: "Volume types",
    description: "Restricted pods may only use volume types that do not reach into the node or need privileged mounts: configMap, secret, projected, downwardAPI, emptyDir, PVCs, CSI, ephemeral and image volumes.",
    allowed: "Every volume in `spec.volumes` uses one of `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected`, `secret`. A volume with no source is defaulted to `emptyDir` by the API server.",
    fix: [
      "Move node-local or network storage behind a PersistentVolumeClaim, or use an allowed volume type.",
      "",
      "```yaml",
      "volumes:",
      "  - name: data",
      "    persistentVolumeClaim:",
      "      claimName: data",
      "```"
    ].join("\n"),
    overrides: ["hostPathVolumes"],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`restricted volume types`",
    reference: [
      "## Fields read",
      "`spec.volumes[*]`: which volume source fields are present.",
      "",
      "## Allowed values",
      "A volume passes if **any** of these sources is present: `configMap`, `csi`, `downwardAPI`,",
      "`emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected`, `secret`. (`image` is",
      "allowed at every version.)",
      "",
      "A volume **with no source at all** is defaulted to `emptyDir` by the API server before admission, so",
      "podsec treats it as `emptyDir` too (as the cluster, and upstream's test corpus, do).",
      "",
      "Anything else fails, labelled with the first present of: `hostPath`, `gcePersistentDisk`,",
      "`awsElasticBlockStore`, `gitRepo`, `nfs`, `iscsi`, `glusterfs`, `rbd`, `flexVolume`, `cinder`,",
      "`cephfs`, `flocker`, `fc`, `azureFile`, `vsphereVolume`, `quobyte`, `azureDisk`,",
      "`photonPersistentDisk`, `portworxVolume`, `scaleIO`, `storageos`, else `unknown`.",
      "",
      "## Versions",
      "One variant since v1.0. Because it overrides `hostPathVolumes`, a hostPath volume under restricted",
      "is reported here, never as `hostPath volumes`.",
      "",
      "## Message",
      "```",
      "restricted volume types (<volume noun phrase> <uses|use> <restricted volume type|restricted volume types> <quoted types>)",
      "```",
      "`uses` for one bad volume, `use` for several; the noun is plural when there is more than one",
      "distinct type; types sorted. Examples:",
      "```",
      'violates PodSecurity "restricted:latest": restricted volume types (volume "volume-hostpath" uses restricted volume type "hostPath")',
      'would violate PodSecurity "restricted:latest": restricted volume types (volumes "a", "b", "c" use restricted volume types "gitRepo", "nfs")',
      "```"
    ].join("\n")
  },
  variants: [{ minVersion: 0, overrides: ["hostPathVolumes"], check: checkV1_07 }]
};

// src/policy/checks/runAsNonRoot.ts
var checkV1_08 = (pod) => {
  const setters = [];
  const explicitPaths = [];
  const podValue = podSecurityContext(pod)?.runAsNonRoot;
  if (podValue === false) {
    setters.push("pod");
    explicitPaths.push(["spec", "securityContext", "runAsNonRoot"]);
  }
  const podOK = podValue === true;
  const explicitBad = [];
  const implicitBad = [];
  const implicitPaths = [];
  forEachContainer(podSpec(pod), (c) => {
    const value = c.securityContext?.runAsNonRoot;
    if (typeof value === "boolean") {
      if (!value) {
        explicitBad.push(c.name);
        explicitPaths.push(containerPath(c, "securityContext", "runAsNonRoot"));
      }
    } else if (!podOK) {
      implicitBad.push(c.name);
      implicitPaths.push(containerPath(c, "securityContext", "runAsNonRoot"));
    }
  });
  if (explicitBad.length > 0) setters.push(containerPhrase(explicitBad));
  if (setters.length > 0) {
    return forbidden(
      "runAsNonRoot != true",
      `${joinSetters(setters)} must not set securityContext.runAsNonRoot=false`,
      explicitPaths
    );
  }
  if (implicitBad.length === 0) return ALLOWED;
  return forbidden(
    "runAsNonRoot != true",
    `pod or ${containerPhrase(implicitBad)} must set securityContext.runAsNonRoot=true`,
    // The pod-level field is the other way to fix it (and where an overlay patch may have removed it).
    [...implicitPaths, ["spec", "securityContext", "runAsNonRoot"]]
  );
};
var runAsNonRoot = {
  meta: {
    id: "runAsNonRoot",
    level: "restricted",
    title: "Running as non-root",
    description: "Containers must be required to run as a non-root user, so the kubelet refuses to start an image whose user is root.",
    allowed: "`runAsNonRoot: true` on the pod (with no container setting `false`) or on every container. From v1.35, pods with `hostUsers: false` are exempt.",
    fix: [
      "Set `runAsNonRoot: true` in the pod security context and make sure the image runs as a non-zero user.",
      "",
      "```yaml",
      "spec:",
      "  securityContext:",
      "    runAsNonRoot: true",
      "    runAsUser: 10001",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`runAsNonRoot != true`",
    reference: [
      "## Fields read",
      "`spec.securityContext.runAsNonRoot` and each container's `securityContext.runAsNonRoot` (init,",
      "regular, ephemeral). From v1.35 also `spec.hostUsers`. `runAsUser` is not considered here (see",
      "[`runAsUser`](runAsUser.md)).",
      "",
      "## Allowed values",
      "* Pod-level `true` covers every container that does not set the field.",
      "* A container setting `true` is fine even without the pod setting.",
      "* Any explicit `false` fails — pod-level `false` fails even if every container says `true`.",
      "",
      "## Versions",
      "* v1.0–v1.34: the rule above for every pod (no Windows exemption at any version).",
      "* v1.35+: a pod with `spec.hostUsers: false` passes outright.",
      "",
      "## Message",
      "Explicit `false` values (reported first, and hiding missing ones):",
      "```",
      "runAsNonRoot != true (<setters> must not set securityContext.runAsNonRoot=false)",
      "```",
      "otherwise, for containers not covered:",
      "```",
      "runAsNonRoot != true (pod or <container noun phrase> must set securityContext.runAsNonRoot=true)",
      "```",
      "Examples:",
      "```",
      'would violate PodSecurity "restricted:latest": runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true)',
      'violates PodSecurity "restricted:v1.30": runAsNonRoot != true (containers "c", "d" must not set securityContext.runAsNonRoot=false)',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 0, check: checkV1_08 },
    { minVersion: 35, check: exemptUserNamespacePods(checkV1_08) }
  ]
};

// src/policy/checks/runAsUser.ts
var checkV1_23 = (pod) => {
  const setters = [];
  const paths = [];
  if (podSecurityContext(pod)?.runAsUser === 0) {
    setters.push("pod");
    paths.push(["spec", "securityContext", "runAsUser"]);
  }
  const containers2 = [];
  forEachContainer(podSpec(pod), (c) => {
    if (c.securityContext?.runAsUser === 0) {
      containers2.push(c.name);
      paths.push(containerPath(c, "securityContext", "runAsUser"));
    }
  });
  if (containers2.length > 0) setters.push(containerPhrase(containers2));
  if (setters.length === 0) return ALLOWED;
  return forbidden("runAsUser=0", `${joinSetters(setters)} must not set runAsUser=0`, paths);
};
var runAsUser = {
  meta: {
    id: "runAsUser",
    level: "restricted",
    title: "Running as root user ID",
    description: "Setting `runAsUser: 0` runs the container as root, which `runAsNonRoot` alone does not stop when set explicitly.",
    allowed: "`runAsUser` (pod or container) absent or non-zero (from v1.23). From v1.35, pods with `hostUsers: false` are exempt.",
    fix: [
      "Remove `runAsUser: 0` or choose a non-zero user ID.",
      "",
      "```yaml",
      "securityContext:",
      "  runAsUser: 10001",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`runAsUser=0`",
    reference: [
      "## Fields read",
      "`spec.securityContext.runAsUser` and each container's `securityContext.runAsUser` (init, regular,",
      "ephemeral). From v1.35 also `spec.hostUsers`.",
      "",
      "## Allowed values",
      "Absent or any non-zero number. Only an explicit `0` fails; a pod-level `0` fails even when every",
      "container overrides it.",
      "",
      "## Versions",
      "* v1.0–v1.22: the check does not exist.",
      "* v1.23–v1.34: the rule above.",
      "* v1.35+: a pod with `spec.hostUsers: false` passes outright.",
      "",
      "## Message",
      "```",
      "runAsUser=0 (<setters> must not set runAsUser=0)",
      "```",
      "(no `securityContext.` prefix). Setters: `pod`, then the container noun phrase. Example:",
      "```",
      'violates PodSecurity "restricted:latest": runAsUser=0 (pod and container "init" must not set runAsUser=0)',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 23, check: checkV1_23 },
    { minVersion: 35, check: exemptUserNamespacePods(checkV1_23) }
  ]
};

// src/policy/checks/seccompProfile_baseline.ts
var POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
var CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
var ALLOWED_TYPES2 = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
function allowedAnnotationValue2(value) {
  return value === "runtime/default" || value === "docker/default" || value.startsWith("localhost/");
}
var checkV1_09 = (pod) => {
  const annotations = podAnnotations(pod);
  if (annotations === void 0) return ALLOWED;
  const entries = [];
  const paths = [];
  const inspect2 = (key) => {
    if (!Object.hasOwn(annotations, key)) return;
    const value = scalarText(annotations[key]) ?? "";
    if (allowedAnnotationValue2(value)) return;
    entries.push(`${key}=${goQuote(value)}`);
    paths.push(["metadata", "annotations", key]);
  };
  inspect2(POD_ANNOTATION);
  forEachContainer(podSpec(pod), (c) => inspect2(CONTAINER_ANNOTATION_PREFIX + c.name));
  if (entries.length === 0) return ALLOWED;
  const forbiddenEntries = sortedSet(entries);
  return forbidden(
    "seccompProfile",
    `forbidden ${plural("annotation", "annotations", forbiddenEntries.length)} ${forbiddenEntries.join(", ")}`,
    dedupePaths(paths)
  );
};
function dedupePaths(paths) {
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((path9) => {
    const key = String(path9[path9.length - 1]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var checkV1_19 = (pod) => {
  const setters = [];
  const badTypes = [];
  const paths = [];
  const podProfile = asRecord(podSecurityContext(pod)?.seccompProfile);
  if (podProfile !== void 0) {
    const type = scalarText(podProfile.type) ?? "";
    if (!ALLOWED_TYPES2.has(type)) {
      setters.push("pod");
      badTypes.push(type);
      paths.push(podSecurityContextPath("seccompProfile", "type"));
    }
  }
  const containers2 = [];
  forEachContainer(podSpec(pod), (c) => {
    const profile = asRecord(c.securityContext?.seccompProfile);
    if (profile === void 0) return;
    const type = scalarText(profile.type) ?? "";
    if (!ALLOWED_TYPES2.has(type)) {
      containers2.push(c.name);
      badTypes.push(type);
      paths.push(containerPath(c, "securityContext", "seccompProfile", "type"));
    }
  });
  if (containers2.length > 0) setters.push(containerPhrase(containers2));
  if (setters.length === 0) return ALLOWED;
  return forbidden(
    "seccompProfile",
    `${joinSetters(setters)} must not set securityContext.seccompProfile.type to ${quoteList(sortedSet(badTypes))}`,
    paths
  );
};
var seccompProfile_baseline = {
  meta: {
    id: "seccompProfile_baseline",
    level: "baseline",
    title: "Seccomp profile (baseline)",
    description: "Seccomp filters the system calls a container may make; an `Unconfined` profile exposes the whole kernel system-call surface.",
    allowed: "From v1.19: `seccompProfile.type` (pod or container) absent, `RuntimeDefault` or `Localhost`. Before v1.19: annotations `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<name>` absent, `runtime/default`, `docker/default` or `localhost/<profile>`.",
    fix: [
      "Use the runtime default profile instead of `Unconfined`.",
      "",
      "```yaml",
      "spec:",
      "  securityContext:",
      "    seccompProfile:",
      "      type: RuntimeDefault",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`seccompProfile`",
    reference: [
      "## Fields read and allowed values",
      "**v1.0–v1.18 — annotations only (fields are ignored):**",
      "* `seccomp.security.alpha.kubernetes.io/pod`, and",
      "  `container.seccomp.security.alpha.kubernetes.io/<name>` for each container name in the pod",
      "  (annotations naming other containers are ignored).",
      "* Allowed values: `runtime/default`, `docker/default`, or starting with `localhost/`.",
      "  The empty string and `unconfined` fail.",
      "",
      "**v1.19+ — fields only (annotations are ignored):**",
      "* `spec.securityContext.seccompProfile.type` and each container's",
      "  `securityContext.seccompProfile.type`, only when the profile object is present.",
      '* Allowed types: `RuntimeDefault`, `Localhost`. `Unconfined`, and `""` (e.g. `seccompProfile: {}`),',
      "  fail. Absent is fine.",
      "",
      "## Versions",
      "The switch from annotations to fields happens at v1.19, at both levels.",
      "",
      "## Message",
      "v1.0–v1.18:",
      "```",
      'seccompProfile (forbidden <annotation|annotations> <key>="<value>", …)',
      "```",
      "entries sorted, values Go-quoted, not re-quoted. Example:",
      "```",
      'violates PodSecurity "baseline:v1.18": seccompProfile (forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", seccomp.security.alpha.kubernetes.io/pod="unconfined")',
      "```",
      "v1.19+:",
      "```",
      "seccompProfile (<setters> must not set securityContext.seccompProfile.type to <quoted types>)",
      "```",
      "Example:",
      "```",
      'would violate PodSecurity "baseline:latest": seccompProfile (pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined")',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 0, check: checkV1_09 },
    { minVersion: 19, check: checkV1_19 }
  ]
};

// src/policy/checks/seccompProfile_restricted.ts
var ALLOWED_TYPES3 = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var checkV1_192 = (pod) => {
  const setters = [];
  const badTypes = [];
  const explicitPaths = [];
  let podOK = false;
  const podProfile = asRecord(podSecurityContext(pod)?.seccompProfile);
  if (podProfile !== void 0) {
    const type = scalarText(podProfile.type) ?? "";
    if (ALLOWED_TYPES3.has(type)) {
      podOK = true;
    } else {
      setters.push("pod");
      badTypes.push(type);
      explicitPaths.push(["spec", "securityContext", "seccompProfile", "type"]);
    }
  }
  const explicitBad = [];
  const implicitBad = [];
  const implicitPaths = [];
  forEachContainer(podSpec(pod), (c) => {
    const profile = asRecord(c.securityContext?.seccompProfile);
    if (profile !== void 0) {
      const type = scalarText(profile.type) ?? "";
      if (!ALLOWED_TYPES3.has(type)) {
        explicitBad.push(c.name);
        badTypes.push(type);
        explicitPaths.push(containerPath(c, "securityContext", "seccompProfile", "type"));
      }
    } else if (!podOK) {
      implicitBad.push(c.name);
      implicitPaths.push(containerPath(c, "securityContext", "seccompProfile"));
    }
  });
  if (explicitBad.length > 0) setters.push(containerPhrase(explicitBad));
  if (setters.length > 0) {
    return forbidden(
      "seccompProfile",
      `${joinSetters(setters)} must not set securityContext.seccompProfile.type to ${quoteList(sortedSet(badTypes))}`,
      explicitPaths
    );
  }
  if (implicitBad.length === 0) return ALLOWED;
  return forbidden(
    "seccompProfile",
    `pod or ${containerPhrase(implicitBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    // The pod-level field is the other way to fix it (and where an overlay patch may have removed it).
    [...implicitPaths, ["spec", "securityContext", "seccompProfile"]]
  );
};
var seccompProfile_restricted = {
  meta: {
    id: "seccompProfile_restricted",
    level: "restricted",
    title: "Seccomp profile (restricted)",
    description: "Restricted pods must opt in to a seccomp profile (the runtime default or a node-local one), so every container has its system calls filtered.",
    allowed: "`seccompProfile.type` `RuntimeDefault` or `Localhost` on the pod, or on every container that the pod setting does not cover (from v1.19). From v1.25, Windows pods are exempt.",
    fix: [
      "Set the runtime default profile once in the pod security context.",
      "",
      "```yaml",
      "spec:",
      "  securityContext:",
      "    seccompProfile:",
      "      type: RuntimeDefault",
      "```"
    ].join("\n"),
    overrides: ["seccompProfile_baseline"],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: "`seccompProfile`",
    reference: [
      "## Fields read",
      "`spec.securityContext.seccompProfile.type` and each container's",
      "`securityContext.seccompProfile.type` (init, regular, ephemeral). Annotations are ignored. From",
      "v1.25 also `spec.os.name`.",
      "",
      "## Allowed values",
      "`RuntimeDefault` or `Localhost`. A valid pod-level profile covers containers that set none; a",
      "container without a profile fails if the pod has no valid one. Any explicit other type",
      '(`Unconfined`, `""` from `seccompProfile: {}`) fails — the pod-level one even if every container sets',
      "a valid profile.",
      "",
      "## Versions",
      "* v1.0–v1.18: absent; restricted runs the annotation-based `seccompProfile_baseline` instead.",
      "* v1.19–v1.24: the rule above.",
      "* v1.25+: a Windows pod passes outright (the override stays in force).",
      "",
      "## Message",
      "Explicit bad types (reported first, hiding missing ones):",
      "```",
      "seccompProfile (<setters> must not set securityContext.seccompProfile.type to <quoted types>)",
      "```",
      "otherwise:",
      "```",
      'seccompProfile (pod or <container noun phrase> must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      "```",
      "Example:",
      "```",
      'would violate PodSecurity "restricted:latest": seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 19, overrides: ["seccompProfile_baseline"], check: checkV1_192 },
    { minVersion: 25, overrides: ["seccompProfile_baseline"], check: exemptWindowsPods(checkV1_192) }
  ]
};

// src/policy/checks/seLinuxOptions.ts
var TYPES_V1_0 = ["", "container_t", "container_init_t", "container_kvm_t"];
var TYPES_V1_31 = [...TYPES_V1_0, "container_engine_t"];
function inspect(options, allowedTypes, basePath, found) {
  if (options === void 0) return false;
  let bad = false;
  const type = scalarText(options.type) ?? "";
  if (!allowedTypes.has(type)) {
    bad = true;
    found.badTypes.push(type);
    found.paths.push([...basePath, "type"]);
  }
  if ((scalarText(options.user) ?? "") !== "") {
    bad = true;
    found.userSet = true;
    found.paths.push([...basePath, "user"]);
  }
  if ((scalarText(options.role) ?? "") !== "") {
    bad = true;
    found.roleSet = true;
    found.paths.push([...basePath, "role"]);
  }
  return bad;
}
function seLinuxCheck(types) {
  const allowedTypes = new Set(types);
  return (pod) => {
    const found = { badTypes: [], userSet: false, roleSet: false, paths: [] };
    const setters = [];
    const podOptions = asRecord(podSecurityContext(pod)?.seLinuxOptions);
    if (inspect(podOptions, allowedTypes, ["spec", "securityContext", "seLinuxOptions"], found)) setters.push("pod");
    const containers2 = [];
    forEachContainer(podSpec(pod), (c) => {
      const options = asRecord(c.securityContext?.seLinuxOptions);
      if (inspect(options, allowedTypes, containerPath(c, "securityContext", "seLinuxOptions"), found)) {
        containers2.push(c.name);
      }
    });
    if (containers2.length > 0) setters.push(containerPhrase(containers2));
    if (setters.length === 0) return ALLOWED;
    const parts = [];
    if (found.badTypes.length > 0) {
      const types2 = sortedSet(found.badTypes);
      parts.push(`${plural("type", "types", types2.length)} ${quoteList(types2)}`);
    }
    if (found.userSet) parts.push("user may not be set");
    if (found.roleSet) parts.push("role may not be set");
    return forbidden(
      "seLinuxOptions",
      `${joinSetters(setters)} set forbidden securityContext.seLinuxOptions: ${parts.join("; ")}`,
      found.paths
    );
  };
}
var seLinuxOptions = {
  meta: {
    id: "seLinuxOptions",
    level: "baseline",
    title: "SELinux options",
    description: "A custom SELinux user, role or type can lift the confinement SELinux gives containers, for example running with a host-level domain.",
    allowed: "`seLinuxOptions.type` absent, empty, `container_t`, `container_init_t`, `container_kvm_t` or (from v1.31) `container_engine_t`; `user` and `role` absent or empty. `level` is free.",
    fix: [
      "Remove `user` and `role`, and use one of the allowed types (or none).",
      "",
      "```yaml",
      "securityContext:",
      "  seLinuxOptions:",
      '    level: "s0:c123,c456"',
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`seLinuxOptions`",
    reference: [
      "## Fields read",
      "`spec.securityContext.seLinuxOptions` and each container's `securityContext.seLinuxOptions` (init,",
      "regular, ephemeral), only when present: `.type`, `.user`, `.role`. `.level` is never checked.",
      "",
      "## Allowed values",
      '* `type`: absent, `""`, `container_t`, `container_init_t`, `container_kvm_t`; from v1.31 also',
      "  `container_engine_t`.",
      "* `user` and `role`: absent or empty.",
      "",
      "## Versions",
      "* v1.0–v1.30: the four types above.",
      "* v1.31+: adds `container_engine_t`.",
      "",
      "## Message",
      "```",
      "seLinuxOptions (<setters> set forbidden securityContext.seLinuxOptions: <parts>)",
      "```",
      'Setters: `pod`, then the container noun phrase, joined by `" and "`. Parts, in this order and only',
      'when they apply, joined by `"; "`: `type "x"` / `types "x", "y"` (sorted), `user may not be set`,',
      "`role may not be set`. Examples:",
      "```",
      'violates PodSecurity "baseline:v1.30": seLinuxOptions (container "app" set forbidden securityContext.seLinuxOptions: type "container_engine_t")',
      'would violate PodSecurity "baseline:latest": seLinuxOptions (pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set)',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 0, check: seLinuxCheck(TYPES_V1_0) },
    { minVersion: 31, check: seLinuxCheck(TYPES_V1_31) }
  ]
};

// src/policy/checks/sysctls.ts
var NAMES_V1_0 = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_unprivileged_port_start"
];
var NAMES_V1_27 = [...NAMES_V1_0, "net.ipv4.ip_local_reserved_ports"];
var NAMES_V1_29 = [
  ...NAMES_V1_27,
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
];
var NAMES_V1_32 = [...NAMES_V1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];
var NAMES_V1_37 = [...NAMES_V1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];
function sysctlCheck(names) {
  const allowedNames = new Set(names);
  return (pod) => {
    const list = asArray(podSecurityContext(pod)?.sysctls);
    if (list === void 0) return ALLOWED;
    const bad = [];
    const paths = [];
    list.forEach((item, index) => {
      const entry = asRecord(item);
      if (entry === void 0) return;
      const name = scalarText(entry.name) ?? "";
      if (!allowedNames.has(name)) {
        bad.push(name);
        paths.push(["spec", "securityContext", "sysctls", index, "name"]);
      }
    });
    if (bad.length === 0) return ALLOWED;
    return forbidden("forbidden sysctls", bad.join(", "), paths);
  };
}
var sysctls = {
  meta: {
    id: "sysctls",
    level: "baseline",
    title: "Sysctls",
    description: "Most kernel parameters are shared by every pod on the node; only a small set of namespaced, isolated sysctls is safe to set from a pod.",
    allowed: [
      "`spec.securityContext.sysctls[*].name` one of: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`,",
      "`net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_unprivileged_port_start`;",
      "from v1.27 `net.ipv4.ip_local_reserved_ports`; from v1.29 `net.ipv4.tcp_keepalive_time`,",
      "`net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`;",
      "from v1.32 `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`; from v1.37 `net.ipv4.tcp_slow_start_after_idle`,",
      "`net.ipv4.tcp_notsent_lowat`."
    ].join(" "),
    fix: [
      "Remove the sysctl from the pod, or set it on the nodes (for example with a node tuning DaemonSet in a privileged namespace).",
      "",
      "```yaml",
      "spec:",
      "  securityContext:",
      "    sysctls:",
      "      - name: net.ipv4.ip_unprivileged_port_start",
      '        value: "80"',
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`forbidden sysctls`",
    reference: [
      "## Fields read",
      "`spec.securityContext.sysctls[*].name` (pod level only; values are never checked).",
      "",
      "## Allowed values",
      "Exact names (no `/` ↔ `.` normalisation, no prefixes or wildcards), cumulative by version:",
      "",
      "| from | names added |",
      "|---|---|",
      "| v1.0 | `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_unprivileged_port_start` |",
      "| v1.27 | `net.ipv4.ip_local_reserved_ports` |",
      "| v1.29 | `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes` |",
      "| v1.32 | `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem` |",
      "| v1.37 | `net.ipv4.tcp_slow_start_after_idle`, `net.ipv4.tcp_notsent_lowat` |",
      "",
      "## Message",
      "```",
      "forbidden sysctls (<names>)",
      "```",
      'Names are unquoted, in spec order, **with duplicates kept**, joined by `", "`. Example:',
      "```",
      'violates PodSecurity "baseline:v1.28": forbidden sysctls (net.ipv4.tcp_keepalive_time, kernel.msgmax)',
      "```"
    ].join("\n")
  },
  variants: [
    { minVersion: 0, check: sysctlCheck(NAMES_V1_0) },
    { minVersion: 27, check: sysctlCheck(NAMES_V1_27) },
    { minVersion: 29, check: sysctlCheck(NAMES_V1_29) },
    { minVersion: 32, check: sysctlCheck(NAMES_V1_32) },
    { minVersion: 37, check: sysctlCheck(NAMES_V1_37) }
  ]
};

// src/policy/checks/windowsHostProcess.ts
var checkV1_010 = (pod) => {
  const setters = [];
  const paths = [];
  if (asRecord(podSecurityContext(pod)?.windowsOptions)?.hostProcess === true) {
    setters.push("pod");
    paths.push(["spec", "securityContext", "windowsOptions", "hostProcess"]);
  }
  const containers2 = [];
  forEachContainer(podSpec(pod), (c) => {
    if (asRecord(c.securityContext?.windowsOptions)?.hostProcess === true) {
      containers2.push(c.name);
      paths.push(containerPath(c, "securityContext", "windowsOptions", "hostProcess"));
    }
  });
  if (containers2.length > 0) setters.push(containerPhrase(containers2));
  if (setters.length === 0) return ALLOWED;
  return forbidden(
    "hostProcess",
    `${joinSetters(setters)} must not set securityContext.windowsOptions.hostProcess=true`,
    paths
  );
};
var windowsHostProcess = {
  meta: {
    id: "windowsHostProcess",
    level: "baseline",
    title: "Windows HostProcess containers",
    description: "A Windows HostProcess container runs directly on the node with host networking and file system access, equivalent to a privileged Linux container.",
    allowed: "`securityContext.windowsOptions.hostProcess` (pod or container) absent or `false`.",
    fix: [
      "Remove `hostProcess: true`; run node management tasks outside the restricted namespaces.",
      "",
      "```yaml",
      "securityContext:",
      "  windowsOptions:",
      "    hostProcess: false",
      "```"
    ].join("\n"),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: "`hostProcess`",
    reference: [
      "## Fields read",
      "`spec.securityContext.windowsOptions.hostProcess` and each container's",
      "`securityContext.windowsOptions.hostProcess` (init, regular, ephemeral). Applies to every pod, not",
      "only those with `spec.os.name: windows`.",
      "",
      "## Allowed values",
      "Absent or `false`. Only explicit `true` fails.",
      "",
      "## Message",
      "```",
      "hostProcess (<setters> must not set securityContext.windowsOptions.hostProcess=true)",
      "```",
      'Setters: `pod`, then the container noun phrase, joined by `" and "`. Example:',
      "```",
      'violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true), hostProcess (pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true)',
      "```",
      "(HostProcess pods must use the host network, so [`hostNamespaces`](hostNamespaces.md) usually fails",
      "too.)"
    ].join("\n")
  },
  variants: [{ minVersion: 0, check: checkV1_010 }]
};

// src/policy/checks/index.ts
var CHECK_DEFINITIONS = [
  appArmorProfile,
  capabilities_baseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seLinuxOptions,
  seccompProfile_baseline,
  sysctls,
  windowsHostProcess,
  allowPrivilegeEscalation,
  capabilities_restricted,
  procMount_restricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfile_restricted
];

// src/policy/types.ts
var LEVELS = ["privileged", "baseline", "restricted"];

// src/policy/version.ts
var VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;
var MAX_MINOR = Math.max(
  ...CHECK_DEFINITIONS.flatMap((definition) => definition.variants.map((variant) => variant.minVersion))
);
var LATEST = Object.freeze({ text: "latest", latest: true, minor: Number.POSITIVE_INFINITY });
function parseVersion(text) {
  if (text === "latest") return LATEST;
  const match = VERSION_PATTERN.exec(text);
  if (match === null) return void 0;
  return Object.freeze({ text, latest: false, minor: Number(match[1]) });
}
function parseLevel(text) {
  return LEVELS.includes(text) ? text : void 0;
}
function formatLevelVersion(level, version) {
  return `${level}:${typeof version === "string" ? version : version.text}`;
}
function resolveEvaluatedMinor(version, emulationMinor) {
  let ceiling = MAX_MINOR;
  if (emulationMinor !== void 0 && Number.isInteger(emulationMinor) && emulationMinor >= 0) {
    ceiling = Math.min(ceiling, emulationMinor);
  }
  if (version.latest || !(version.minor <= ceiling)) return ceiling;
  return Math.max(0, Math.floor(version.minor));
}

// src/config/fields.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatKeyPath(path9) {
  let out = "";
  for (const segment of path9) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(top level)" : out;
}
function levelError(value) {
  return parseLevel(value) === void 0 ? `level ${JSON.stringify(value)} is not one of ${LEVELS.join(", ")}` : void 0;
}
function versionError(value) {
  return parseVersion(value) === void 0 ? `${JSON.stringify(value)} must be "latest" or "v1.x"` : void 0;
}
function globError(value) {
  if (value === "") return "a glob must not be empty";
  if (value.includes("\\")) return `glob ${JSON.stringify(value)} uses "\\"; use forward slashes`;
  try {
    import_picomatch.default.makeRe(value, { strictBrackets: true });
  } catch (error) {
    return `glob ${JSON.stringify(value)} is not valid: ${error.message}`;
  }
  return void 0;
}
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function dns1123LabelError(value) {
  if (value.length > 63) return `${JSON.stringify(value)}: must be no more than 63 characters`;
  if (!DNS1123_LABEL.test(value)) {
    return `${JSON.stringify(value)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`;
  }
  return void 0;
}
function dns1123SubdomainError(value) {
  if (value.length > 253) return `${JSON.stringify(value)}: must be no more than 253 characters`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return `${JSON.stringify(value)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`;
  }
  return void 0;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function dateError(value) {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return void 0;
  }
  return `${JSON.stringify(value)} must be a date written YYYY-MM-DD`;
}

// src/config/admission.ts
var PSA_GROUP = "pod-security.admission.config.k8s.io";
var PSA_VERSIONS = ["v1", "v1beta1", "v1alpha1"];
var ADMISSION_API_VERSIONS = [
  "apiserver.config.k8s.io/v1",
  "apiserver.config.k8s.io/v1alpha1",
  "apiserver.k8s.io/v1alpha1"
];
var DEFAULT_KEYS = MODES.flatMap((mode) => [mode, `${mode}-version`]);
function isPodSecurityPlugin(plugin) {
  return isPlainObject(plugin) && plugin.name === "PodSecurity";
}
function parseAdmissionConfiguration(raw, file) {
  const errors = [];
  const fail2 = (path9, message) => {
    errors.push(`${file}: ${path9.length === 0 ? "" : `${formatKeyPath(path9)}: `}${message}`);
  };
  if (!isPlainObject(raw)) {
    fail2([], "must be a PodSecurityConfiguration or AdmissionConfiguration object");
    return { errors };
  }
  const apiVersion = raw.apiVersion;
  const kind = raw.kind;
  if (kind === "AdmissionConfiguration" && typeof apiVersion === "string" && ADMISSION_API_VERSIONS.includes(apiVersion)) {
    return fromAdmissionConfiguration(raw, file);
  }
  if (kind !== "PodSecurityConfiguration" || typeof apiVersion !== "string" || !PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`).includes(apiVersion)) {
    fail2(
      [],
      `expected kind PodSecurityConfiguration with apiVersion ${PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`).join(" or ")}, or an apiserver.config.k8s.io/v1 AdmissionConfiguration; got kind ${JSON.stringify(kind ?? "")} apiVersion ${JSON.stringify(apiVersion ?? "")}`
    );
    return { errors };
  }
  return { ...podSecurityConfiguration(raw, [], fail2), errors };
}
function fromAdmissionConfiguration(raw, file) {
  const errors = [];
  const fail2 = (path9, message) => {
    errors.push(`${file}: ${formatKeyPath(path9)}: ${message}`);
  };
  for (const key of Object.keys(raw)) {
    if (!["apiVersion", "kind", "plugins"].includes(key)) fail2([key], "unknown field");
  }
  const plugins = raw.plugins ?? [];
  if (!Array.isArray(plugins)) {
    fail2(["plugins"], "must be a list");
    return { errors };
  }
  const index = plugins.findIndex(isPodSecurityPlugin);
  const plugin = plugins[index];
  if (!isPodSecurityPlugin(plugin)) {
    return { policy: stockPolicy(), errors };
  }
  for (const key of Object.keys(plugin)) {
    if (!["name", "path", "configuration"].includes(key)) fail2(["plugins", index, key], "unknown field");
  }
  if (plugin.configuration !== void 0) {
    const configuration = plugin.configuration;
    const at = ["plugins", index, "configuration"];
    const expected = PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`);
    if (!isPlainObject(configuration) || configuration.kind !== "PodSecurityConfiguration" || !expected.includes(String(configuration.apiVersion))) {
      fail2(at, `must be a PodSecurityConfiguration (apiVersion ${expected.join(" or ")})`);
      return { errors };
    }
    return { ...podSecurityConfiguration(configuration, at, fail2), errors };
  }
  if (typeof plugin.path === "string" && plugin.path !== "") return { pluginPath: plugin.path, errors };
  return { policy: stockPolicy(), errors };
}
function stockPolicy() {
  const privileged2 = { level: "privileged", version: "latest" };
  return {
    defaults: { enforce: privileged2, warn: privileged2, audit: privileged2 },
    exemptions: { namespaces: [], runtimeClasses: [], usernames: [] }
  };
}
function podSecurityConfiguration(raw, at, fail2) {
  let ok = true;
  const bad = (path9, message) => {
    ok = false;
    fail2(path9, message);
  };
  for (const key of Object.keys(raw)) {
    if (!["apiVersion", "kind", "defaults", "exemptions"].includes(key)) bad([...at, key], "unknown field");
  }
  const defaultsRaw = raw.defaults ?? {};
  const defaults = {};
  if (!isPlainObject(defaultsRaw)) bad([...at, "defaults"], "must be a mapping");
  else {
    for (const key of Object.keys(defaultsRaw)) {
      if (!DEFAULT_KEYS.includes(key)) bad([...at, "defaults", key], "unknown field");
    }
    for (const mode of MODES) {
      const levelValue = defaultsRaw[mode];
      const versionValue = defaultsRaw[`${mode}-version`];
      let level = "privileged";
      let version = "latest";
      if (levelValue !== void 0 && levelValue !== null && levelValue !== "") {
        const parsed = typeof levelValue === "string" ? parseLevel(levelValue) : void 0;
        if (parsed === void 0)
          bad(
            [...at, "defaults", mode],
            `Invalid value: ${JSON.stringify(levelValue)}: must be one of privileged, baseline, restricted`
          );
        else level = parsed;
      }
      if (versionValue !== void 0 && versionValue !== null && versionValue !== "") {
        const parsed = typeof versionValue === "string" ? parseVersion(versionValue) : void 0;
        if (parsed === void 0)
          bad(
            [...at, "defaults", `${mode}-version`],
            `Invalid value: ${JSON.stringify(versionValue)}: must be "latest" or "v1.x"`
          );
        else version = versionValue;
      }
      defaults[mode] = { level, version };
    }
  }
  const exemptionsRaw = raw.exemptions ?? {};
  const lists = {
    namespaces: [],
    runtimeClasses: [],
    usernames: []
  };
  if (!isPlainObject(exemptionsRaw)) bad([...at, "exemptions"], "must be a mapping");
  else {
    for (const key of Object.keys(exemptionsRaw)) {
      if (!(key in lists)) bad([...at, "exemptions", key], "unknown field");
    }
    const check = {
      namespaces: (value) => value === "" ? "must not be empty" : dns1123LabelError(value),
      runtimeClasses: (value) => value === "" ? "must not be empty" : dns1123SubdomainError(value),
      usernames: (value) => value === "" ? "username must not be empty" : void 0
    };
    for (const key of Object.keys(lists)) {
      const list = exemptionsRaw[key] ?? [];
      if (!Array.isArray(list)) {
        bad([...at, "exemptions", key], "must be a list");
        continue;
      }
      list.forEach((value, index) => {
        const path9 = [...at, "exemptions", key, index];
        if (typeof value !== "string") return bad(path9, `Invalid value: ${JSON.stringify(value)}: must be a string`);
        const problem = check[key](value);
        if (problem !== void 0) {
          return bad(
            path9,
            problem.startsWith('"') ? `Invalid value: ${problem}` : `Invalid value: ${JSON.stringify(value)}: ${problem}`
          );
        }
        if (lists[key].includes(value)) return bad(path9, `Duplicate value: ${JSON.stringify(value)}`);
        lists[key].push(value);
      });
    }
  }
  if (!ok) return {};
  return { policy: { defaults, exemptions: lists } };
}

// src/workloads/kinds.ts
var TEMPLATE = ["spec", "template"];
var BUILTIN_KINDS = [
  { group: "", kind: "Pod", podPath: [], skipWithoutTemplate: false },
  { group: "", kind: "PodTemplate", podPath: ["template"], skipWithoutTemplate: false },
  { group: "", kind: "ReplicationController", podPath: TEMPLATE, skipWithoutTemplate: true },
  { group: "apps", kind: "ReplicaSet", podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: "apps", kind: "Deployment", podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: "apps", kind: "StatefulSet", podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: "apps", kind: "DaemonSet", podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: "batch", kind: "Job", podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: "batch", kind: "CronJob", podPath: ["spec", "jobTemplate", "spec", "template"], skipWithoutTemplate: false }
];
var BY_GROUP_KIND = new Map(BUILTIN_KINDS.map((k) => [`${k.group}/${k.kind}`, k]));
function apiGroupOf(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function builtinKindFor(apiVersion, kind) {
  return BY_GROUP_KIND.get(`${apiGroupOf(apiVersion)}/${kind}`);
}

// src/workloads/custom-kinds.ts
var DEFAULT_POD_TEMPLATE_KINDS = [
  // Argo Rollouts: a Deployment replacement; spec.template is absent when spec.workloadRef is used.
  { apiVersion: "argoproj.io/*", kind: "Rollout", path: "spec.template" },
  // OpenKruise (v1alpha1 and v1beta1 both serve these).
  { apiVersion: "apps.kruise.io/*", kind: "CloneSet", path: "spec.template" },
  { apiVersion: "apps.kruise.io/*", kind: "StatefulSet", path: "spec.template" },
  { apiVersion: "apps.kruise.io/*", kind: "DaemonSet", path: "spec.template" },
  // Knative Serving: a RevisionTemplateSpec is metadata plus a PodSpec with a few extra fields.
  { apiVersion: "serving.knative.dev/*", kind: "Service", path: "spec.template" },
  { apiVersion: "serving.knative.dev/*", kind: "Configuration", path: "spec.template" },
  // KEDA: jobTargetRef is a batch JobSpec.
  { apiVersion: "keda.sh/*", kind: "ScaledJob", path: "spec.jobTargetRef.template" },
  // Argo Workflows: pods are assembled from workflow-level and per-template fields.
  { apiVersion: "argoproj.io/*", kind: "Workflow", path: "spec", argoWorkflowSpec: true },
  { apiVersion: "argoproj.io/*", kind: "WorkflowTemplate", path: "spec", argoWorkflowSpec: true },
  { apiVersion: "argoproj.io/*", kind: "ClusterWorkflowTemplate", path: "spec", argoWorkflowSpec: true },
  { apiVersion: "argoproj.io/*", kind: "CronWorkflow", path: "spec.workflowSpec", argoWorkflowSpec: true }
];
var KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
var BRACKET = /^\[(\*|[0-9]+)\]/;
function parseKindPath(path9) {
  const steps = [];
  let rest = path9;
  let expectKey = true;
  while (rest.length > 0) {
    if (expectKey) {
      const key = KEY.exec(rest);
      if (!key)
        return `path ${JSON.stringify(path9)} must be dotted field names with optional [N] or [*], such as spec.template`;
      steps.push({ key: key[0] });
      rest = rest.slice(key[0].length);
      expectKey = false;
      continue;
    }
    const bracket = BRACKET.exec(rest);
    if (bracket) {
      steps.push(bracket[1] === "*" ? { each: true } : { index: Number(bracket[1]) });
      rest = rest.slice(bracket[0].length);
    } else if (rest.startsWith(".") && rest.length > 1) {
      rest = rest.slice(1);
      expectKey = true;
    } else {
      return `path ${JSON.stringify(path9)} must be dotted field names with optional [N] or [*], such as spec.template`;
    }
  }
  if (steps.length === 0)
    return "path must not be empty (a pod template is never the whole object; built-in Pods are already checked)";
  return steps;
}
var GROUP = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var VERSION = /^v[0-9]+[a-z0-9]*$/;
var KIND = /^[A-Z][A-Za-z0-9]*$/;
var FIELDS = /* @__PURE__ */ new Set(["apiVersion", "kind", "path", "podSpec", "argoWorkflowSpec"]);
function validatePodTemplateKind(entry) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return ["must be a mapping with apiVersion, kind and path"];
  }
  const record = entry;
  const errors = [];
  for (const key of Object.keys(record)) {
    if (!FIELDS.has(key))
      errors.push(`${key}: unknown field (expected apiVersion, kind, path, podSpec, argoWorkflowSpec)`);
  }
  const { apiVersion, kind, path: path9, podSpec: podSpec2, argoWorkflowSpec } = record;
  if (typeof apiVersion !== "string") {
    errors.push("apiVersion: required, a string such as argoproj.io/v1alpha1 or argoproj.io/*");
  } else {
    const slash = apiVersion.lastIndexOf("/");
    const group = slash < 0 ? "" : apiVersion.slice(0, slash);
    const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
    if (group !== "" && !GROUP.test(group) || version !== "*" && !VERSION.test(version)) {
      errors.push(
        `apiVersion: ${JSON.stringify(apiVersion)} must be group/version or group/*, such as argoproj.io/v1alpha1`
      );
    }
  }
  if (typeof kind !== "string") errors.push("kind: required, a string such as Rollout");
  else if (!KIND.test(kind)) errors.push(`kind: ${JSON.stringify(kind)} must be a kind name such as Rollout`);
  if (typeof apiVersion === "string" && typeof kind === "string") {
    const group = apiGroupOf(apiVersion);
    if (BUILTIN_KINDS.some((b) => b.group === group && b.kind === kind)) {
      errors.push(
        `kind: ${kind} in group ${JSON.stringify(group)} is checked as Pod Security Admission does and cannot be remapped`
      );
    }
  }
  if (typeof path9 !== "string") {
    errors.push("path: required, a dotted path such as spec.template");
  } else {
    const parsed = parseKindPath(path9);
    if (typeof parsed === "string") errors.push(`path: ${parsed}`);
  }
  if (podSpec2 !== void 0 && typeof podSpec2 !== "boolean") errors.push("podSpec: must be true or false");
  if (argoWorkflowSpec !== void 0 && typeof argoWorkflowSpec !== "boolean")
    errors.push("argoWorkflowSpec: must be true or false");
  if (podSpec2 === true && argoWorkflowSpec === true) errors.push("podSpec and argoWorkflowSpec cannot both be true");
  return errors;
}
function apiVersionMatches(pattern, apiVersion) {
  if (pattern === apiVersion) return true;
  if (!pattern.endsWith("/*")) return false;
  return apiGroupOf(apiVersion) === pattern.slice(0, -2) && apiVersion.includes("/");
}
function findPodTemplateKind(apiVersion, kind, userKinds = [], defaults = DEFAULT_POD_TEMPLATE_KINDS) {
  const match = (entry) => entry.kind === kind && apiVersionMatches(entry.apiVersion, apiVersion);
  return userKinds.find(match) ?? defaults.find(match);
}

// src/policy/registry.ts
var CHECK_ORDER = Object.freeze([
  "appArmorProfile",
  "capabilities_baseline",
  "hostNamespaces",
  "hostPathVolumes",
  "hostPorts",
  "hostProbesAndHostLifecycle",
  "privileged",
  "procMount",
  "seLinuxOptions",
  "seccompProfile_baseline",
  "sysctls",
  "windowsHostProcess",
  "allowPrivilegeEscalation",
  "capabilities_restricted",
  "procMount_restricted",
  "restrictedVolumes",
  "runAsNonRoot",
  "runAsUser",
  "seccompProfile_restricted"
]);
function validateDefinitions(definitions, order) {
  const byId = /* @__PURE__ */ new Map();
  for (const definition of definitions) {
    const id = definition.meta.id;
    if (byId.has(id)) throw new Error(`check ${id} is registered twice`);
    byId.set(id, definition);
  }
  if (order.length !== byId.size || order.some((id) => !byId.has(id))) {
    throw new Error("CHECK_ORDER must list every registered check exactly once");
  }
  for (const { meta, variants } of definitions) {
    if (variants.length === 0) throw new Error(`check ${meta.id} has no variants`);
    let previous = -1;
    const declared = new Set(meta.overrides);
    const used = /* @__PURE__ */ new Set();
    for (const variant of variants) {
      if (!Number.isInteger(variant.minVersion) || variant.minVersion <= previous) {
        throw new Error(`check ${meta.id}: variant minVersion values must be strictly increasing integers`);
      }
      previous = variant.minVersion;
      for (const target2 of variant.overrides ?? []) {
        if (meta.level !== "restricted") throw new Error(`check ${meta.id}: only restricted checks may override`);
        if (byId.get(target2)?.meta.level !== "baseline") {
          throw new Error(`check ${meta.id}: override target ${target2} is not a baseline check`);
        }
        if (!declared.has(target2)) throw new Error(`check ${meta.id}: override ${target2} missing from meta.overrides`);
        used.add(target2);
      }
    }
    for (const target2 of declared) {
      if (!used.has(target2))
        throw new Error(`check ${meta.id}: meta.overrides lists ${target2}, which no variant overrides`);
    }
  }
}
validateDefinitions(CHECK_DEFINITIONS, CHECK_ORDER);
var DEFINITION_BY_ID = new Map(CHECK_DEFINITIONS.map((d) => [d.meta.id, d]));
var ORDERED_DEFINITIONS = CHECK_ORDER.map((id) => DEFINITION_BY_ID.get(id));
var ORDERED_META = Object.freeze(ORDERED_DEFINITIONS.map((d) => d.meta));
function variantAt(definition, minor) {
  let active;
  for (const variant of definition.variants) {
    if (variant.minVersion <= minor) active = variant.check;
  }
  return active;
}
function overridesAt(definition, minor) {
  let active = [];
  for (const variant of definition.variants) {
    if (variant.minVersion <= minor) active = variant.overrides ?? [];
  }
  return active;
}
function buildTable(level) {
  const table = [];
  for (let minor = 0; minor <= MAX_MINOR; minor++) {
    const overridden = /* @__PURE__ */ new Set();
    if (level === "restricted") {
      for (const definition of ORDERED_DEFINITIONS) {
        if (definition.meta.level === "restricted") for (const id of overridesAt(definition, minor)) overridden.add(id);
      }
    }
    const active = [];
    for (const definition of ORDERED_DEFINITIONS) {
      const { id, level: checkLevel } = definition.meta;
      if (checkLevel === "restricted" && level !== "restricted") continue;
      if (overridden.has(id)) continue;
      const check = variantAt(definition, minor);
      if (check !== void 0) active.push(Object.freeze({ id, check }));
    }
    table.push(Object.freeze(active));
  }
  return Object.freeze(table);
}
var TABLES = {
  baseline: buildTable("baseline"),
  restricted: buildTable("restricted")
};
function activeChecksAt(level, minor) {
  if (level === "privileged") return [];
  const table = TABLES[level];
  if (table === void 0) throw new TypeError(`unknown level ${JSON.stringify(level)}`);
  return table[Math.min(Math.max(0, minor), MAX_MINOR)] ?? [];
}
function allCheckMeta() {
  return ORDERED_META;
}
function checkMeta(id) {
  const definition = DEFINITION_BY_ID.get(id);
  if (definition === void 0) throw new RangeError(`unknown check id ${JSON.stringify(id)}`);
  return definition.meta;
}
function checkDefinition(id) {
  const definition = DEFINITION_BY_ID.get(id);
  if (definition === void 0) throw new RangeError(`unknown check id ${JSON.stringify(id)}`);
  return definition;
}

// src/findings/check-order.ts
var rank = new Map(CHECK_ORDER.map((id, index) => [id, index]));
function isCheckId(text) {
  return rank.has(text);
}
function checkRank(id) {
  return rank.get(id) ?? CHECK_ORDER.length;
}
function compareByPlace(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.kind, b.kind) || compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name) || checkRank(a.check) - checkRank(b.check);
}

// src/util/item-at.ts
function itemAt(items, index) {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`podsec internal error: no element ${index} in a list of ${items.length}`);
  }
  return items[index];
}
function numberAt(numbers, index) {
  const value = numbers[index];
  if (value === void 0)
    throw new RangeError(`podsec internal error: no number ${index} in a table of ${numbers.length}`);
  return value;
}

// src/findings/namespace-policy.ts
var POD_SECURITY_LABEL_PREFIX = "pod-security.kubernetes.io/";
var ERROR_ORDER = ["enforce", "audit", "warn"];
var podSecurityLabelKeys = ERROR_ORDER.flatMap((mode) => [
  `${POD_SECURITY_LABEL_PREFIX}${mode}`,
  `${POD_SECURITY_LABEL_PREFIX}${mode}-version`
]);
var strictness = (level) => LEVELS.indexOf(level);
var INVALID_LEVEL_FALLBACK = {
  enforce: "restricted",
  audit: "privileged",
  warn: "privileged"
};
function invalidValue(key, value, detail) {
  return `metadata.labels[${key}]: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}
function namespacePolicy(labels, defaults) {
  if (!labels || Object.keys(labels).length === 0) return { policies: defaults, errors: [] };
  const errors = [];
  const resolved = {};
  const validLevelLabel = {};
  for (const mode of ERROR_ORDER) {
    const levelKey = `${POD_SECURITY_LABEL_PREFIX}${mode}`;
    const versionKey = `${levelKey}-version`;
    let level = defaults[mode].level;
    const levelText = labels[levelKey];
    if (levelText !== void 0) {
      const parsed = parseLevel(levelText);
      if (parsed === void 0) {
        errors.push(invalidValue(levelKey, levelText, "must be one of privileged, baseline, restricted"));
        level = INVALID_LEVEL_FALLBACK[mode];
      } else {
        level = parsed;
        validLevelLabel[mode] = true;
      }
    }
    let version = defaults[mode].version;
    const versionText = labels[versionKey];
    if (versionText !== void 0) {
      if (parseVersion(versionText) === void 0) {
        errors.push(invalidValue(versionKey, versionText, 'must be "latest" or "v1.x"'));
        version = "latest";
      } else {
        version = versionText;
      }
    }
    resolved[mode] = { level, version };
  }
  const enforce = resolved.enforce;
  let warn = resolved.warn;
  const warnLabelled = labels[`${POD_SECURITY_LABEL_PREFIX}warn`] !== void 0;
  if (validLevelLabel.enforce && !warnLabelled && strictness(enforce.level) > strictness(warn.level)) {
    const warnVersionLabelled = labels[`${POD_SECURITY_LABEL_PREFIX}warn-version`] !== void 0;
    warn = { level: enforce.level, version: warnVersionLabelled ? warn.version : enforce.version };
  }
  return { policies: { enforce, warn, audit: resolved.audit }, errors };
}
function joinFieldErrors(errors) {
  return errors.length === 1 ? itemAt(errors, 0) : `[${errors.join(", ")}]`;
}
function invalidNamespaceMessage(name, errors) {
  return `Namespace ${JSON.stringify(name)} is invalid: ${joinFieldErrors(errors)}`;
}

// src/config/validate.ts
var TOP_LEVEL_KEYS = [
  "level",
  "version",
  "defaults",
  "namespaces",
  "exemptions",
  "admissionConfiguration",
  "relaxations",
  "inlineIgnores",
  "podTemplateKinds",
  "nextVersion",
  "clusterVersion",
  "helm",
  "kustomize",
  "network",
  "timeout",
  "concurrency",
  "renderErrors",
  "targets",
  "exclude",
  "failOn"
];
var HELM_KEYS = [
  "binary",
  "releaseName",
  "namespace",
  "valuesFiles",
  "set",
  "kubeVersion",
  "apiVersions",
  "ciScenarios"
];
var TARGET_HELM_KEYS = [
  "releaseName",
  "namespace",
  "valuesFiles",
  "set",
  "kubeVersion",
  "apiVersions",
  "ciScenarios"
];
var NAMESPACE_SHORTHANDS = ["enforce", "enforce-version", "audit", "audit-version", "warn", "warn-version"];
var DURATION = /^([1-9][0-9]*)(ms|s|m)$/;
var LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
var LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
var Checker = class {
  constructor(file) {
    this.file = file;
  }
  file;
  errors = [];
  fail(path9, message) {
    this.errors.push(`${this.file}: ${formatKeyPath(path9)}: ${message}`);
    return void 0;
  }
  /** A mapping with only the given keys; unknown keys are each an error. */
  mapping(value, path9, keys) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return this.fail(path9, `must be a mapping, got ${describe(value)}`);
    }
    const record = value;
    if (keys) {
      for (const key of Object.keys(record)) {
        if (!keys.includes(key)) this.fail([...path9, key], `unknown key (expected one of ${keys.join(", ")})`);
      }
    }
    return record;
  }
  string(value, path9, nonEmpty3 = true) {
    if (typeof value !== "string") return this.fail(path9, `must be a string, got ${describe(value)}`);
    if (nonEmpty3 && value.trim() === "") return this.fail(path9, "must not be empty");
    return value;
  }
  boolean(value, path9) {
    if (typeof value !== "boolean") return this.fail(path9, `must be true or false, got ${describe(value)}`);
    return value;
  }
  positiveInteger(value, path9) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      return this.fail(path9, `must be a whole number of at least 1, got ${describe(value)}`);
    }
    return value;
  }
  /** A list of strings, each passing `check`; duplicates are an error (they are always a mistake here). */
  stringList(value, path9, check) {
    if (!Array.isArray(value)) return this.fail(path9, `must be a list, got ${describe(value)}`);
    const out = [];
    let ok = true;
    value.forEach((item, index) => {
      const text = this.string(item, [...path9, index]);
      if (text === void 0) {
        ok = false;
        return;
      }
      const problem = check?.(text);
      if (problem !== void 0) {
        ok = false;
        this.fail([...path9, index], problem);
      } else if (out.includes(text)) {
        ok = false;
        this.fail([...path9, index], `duplicate value ${JSON.stringify(text)}`);
      } else {
        out.push(text);
      }
    });
    return ok ? out : void 0;
  }
  level(value, path9) {
    const text = this.string(value, path9, false);
    if (text === void 0) return void 0;
    const problem = levelError(text);
    return problem === void 0 ? text : this.fail(path9, problem);
  }
  version(value, path9) {
    const text = this.string(value, path9, false);
    if (text === void 0) return void 0;
    const problem = versionError(text);
    return problem === void 0 ? text : this.fail(path9, problem);
  }
  oneOf(value, path9, allowed) {
    if (typeof value === "string" && allowed.includes(value)) return value;
    return this.fail(path9, `${describe(value)} is not one of ${allowed.join(", ")}`);
  }
  stringMap(value, path9, checkKey, checkValue) {
    const record = this.mapping(value, path9, void 0);
    if (!record) return void 0;
    const out = {};
    let ok = true;
    for (const [key, raw] of Object.entries(record)) {
      const keyProblem = checkKey(key);
      if (keyProblem !== void 0) {
        ok = false;
        this.fail([...path9, key], keyProblem);
        continue;
      }
      const text = this.string(raw, [...path9, key], false);
      if (text === void 0) {
        ok = false;
        continue;
      }
      const valueProblem = checkValue(text);
      if (valueProblem !== void 0) {
        ok = false;
        this.fail([...path9, key], valueProblem);
        continue;
      }
      out[key] = text;
    }
    return ok ? out : void 0;
  }
};
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}
function labelKeyError(key) {
  return LABEL_KEY.test(key) ? void 0 : `${JSON.stringify(key)} is not a valid label key`;
}
function labelValueError(value) {
  return LABEL_VALUE.test(value) ? void 0 : `${JSON.stringify(value)} is not a valid label value`;
}
function modeSetting(c, value, path9) {
  if (typeof value === "string") {
    const colon = value.indexOf(":");
    const levelText = colon < 0 ? value : value.slice(0, colon);
    const versionText = colon < 0 ? void 0 : value.slice(colon + 1);
    const level = c.level(levelText, path9);
    const version = versionText === void 0 ? void 0 : c.version(versionText, path9);
    if (level === void 0 || versionText !== void 0 && version === void 0) return void 0;
    return version === void 0 ? { level } : { level, version };
  }
  const record = c.mapping(value, path9, ["level", "version"]);
  if (!record) return void 0;
  const out = {};
  if (record.level !== void 0) out.level = c.level(record.level, [...path9, "level"]);
  if (record.version !== void 0) out.version = c.version(record.version, [...path9, "version"]);
  return out;
}
function namespaces(c, value, path9) {
  const record = c.mapping(value, path9, void 0);
  if (!record) return void 0;
  const out = {};
  for (const [name, raw] of Object.entries(record)) {
    const at = [...path9, name];
    const nameProblem = dns1123LabelError(name);
    if (nameProblem !== void 0) {
      c.fail(at, `namespace name ${nameProblem}`);
      continue;
    }
    const entry = c.mapping(raw ?? {}, at, ["labels", ...NAMESPACE_SHORTHANDS]);
    if (!entry) continue;
    const labels = {};
    if (entry.labels !== void 0) {
      Object.assign(labels, c.stringMap(entry.labels, [...at, "labels"], labelKeyError, labelValueError) ?? {});
    }
    for (const shorthand of NAMESPACE_SHORTHANDS) {
      const text = entry[shorthand];
      if (text === void 0) continue;
      const label = `${POD_SECURITY_LABEL_PREFIX}${shorthand}`;
      if (labels[label] !== void 0)
        c.fail([...at, shorthand], `also given as labels[${JSON.stringify(label)}]; use one`);
      const asString2 = c.string(text, [...at, shorthand], false);
      if (asString2 !== void 0) labels[label] = asString2;
    }
    for (const key of Object.keys(labels)) {
      if (key.startsWith(POD_SECURITY_LABEL_PREFIX) && !podSecurityLabelKeys.includes(key)) {
        c.fail(
          [...at, "labels", key],
          `unknown Pod Security label (expected one of ${podSecurityLabelKeys.join(", ")})`
        );
      }
    }
    const parsed = namespacePolicy(labels, DUMMY_DEFAULTS);
    for (const problem of parsed.errors) c.fail(at, problem);
    out[name] = labels;
  }
  return out;
}
var DUMMY_DEFAULTS = {
  enforce: { level: "privileged", version: "latest" },
  warn: { level: "privileged", version: "latest" },
  audit: { level: "privileged", version: "latest" }
};
function exemptionsFrom(c, value, path9) {
  const record = c.mapping(value, path9, ["namespaces", "runtimeClasses", "usernames"]);
  if (!record) return void 0;
  const out = {};
  if (record.namespaces !== void 0)
    out.namespaces = c.stringList(record.namespaces, [...path9, "namespaces"], dns1123LabelError);
  if (record.runtimeClasses !== void 0) {
    out.runtimeClasses = c.stringList(record.runtimeClasses, [...path9, "runtimeClasses"], dns1123SubdomainError);
  }
  if (record.usernames !== void 0) out.usernames = c.stringList(record.usernames, [...path9, "usernames"]);
  return out;
}
function relaxation(c, value, path9) {
  const record = c.mapping(value, path9, ["checks", "reason", "expires", "namespaces", "kinds", "names", "matchLabels"]);
  if (!record) return void 0;
  const before = c.errors.length;
  let checks;
  if (record.checks === void 0) c.fail([...path9, "checks"], "required (a list of check ids, e.g. [runAsNonRoot])");
  else {
    const list = c.stringList(
      record.checks,
      [...path9, "checks"],
      (id) => isCheckId(id) ? void 0 : `unknown check ${JSON.stringify(id)} (check ids are case-sensitive, e.g. runAsNonRoot, seccompProfile_restricted)`
    );
    if (list && list.length === 0) c.fail([...path9, "checks"], "must name at least one check");
    checks = list;
  }
  let reason;
  if (record.reason === void 0 || typeof record.reason === "string" && record.reason.trim() === "") {
    c.fail([...path9, "reason"], "required (a sentence saying why the check is relaxed)");
  } else reason = c.string(record.reason, [...path9, "reason"]);
  const out = {
    checks: checks ?? [],
    reason: reason ?? "",
    origin: { file: c.file, path: formatKeyPath(path9) }
  };
  if (record.expires !== void 0) {
    const text = c.string(record.expires, [...path9, "expires"]);
    if (text !== void 0) {
      const problem = dateError(text);
      if (problem === void 0) out.expires = text;
      else c.fail([...path9, "expires"], problem);
    }
  }
  for (const key of ["namespaces", "kinds", "names"]) {
    if (record[key] !== void 0) out[key] = c.stringList(record[key], [...path9, key], globError);
  }
  if (record.matchLabels !== void 0) {
    out.matchLabels = c.stringMap(record.matchLabels, [...path9, "matchLabels"], labelKeyError, labelValueError);
  }
  return c.errors.length === before ? out : void 0;
}
function podTemplateKind(c, value, path9) {
  const problems = validatePodTemplateKind(value);
  for (const problem of problems) {
    const colon = problem.indexOf(": ");
    const key = colon > 0 && /^[A-Za-z]+$/.test(problem.slice(0, colon)) ? problem.slice(0, colon) : void 0;
    c.fail(key === void 0 ? path9 : [...path9, key], key === void 0 ? problem : problem.slice(colon + 2));
  }
  return problems.length === 0 ? value : void 0;
}
function commandName(c, value, path9) {
  const text = c.string(value, path9);
  if (text === void 0) return void 0;
  if (text === "" || /[/\\]/.test(text) || text.startsWith(".") || text.startsWith("-")) {
    c.fail(
      path9,
      `${JSON.stringify(text)} must be a command name found on PATH (such as helm); a path to a binary can only be given with a flag or action input, so a pull request cannot make podsec run a file from the repository`
    );
    return void 0;
  }
  return text;
}
function relativePaths(c, list, path9) {
  if (list === void 0) return void 0;
  let ok = true;
  list.forEach((item, index) => {
    if (item.startsWith("/") || item.startsWith("\\") || /^[A-Za-z]:/.test(item)) {
      c.fail([...path9, index], `${JSON.stringify(item)} must be a path relative to the chart directory`);
      ok = false;
    }
  });
  return ok ? list : void 0;
}
function helmOptions(c, value, path9, keys) {
  const record = c.mapping(value, path9, keys);
  if (!record) return void 0;
  const out = {};
  if (record.binary !== void 0) out.binary = commandName(c, record.binary, [...path9, "binary"]);
  if (record.releaseName !== void 0) {
    const name = c.string(record.releaseName, [...path9, "releaseName"]);
    const problem = name === void 0 ? void 0 : dns1123SubdomainError(name);
    if (problem !== void 0) c.fail([...path9, "releaseName"], `release name ${problem}`);
    else out.releaseName = name;
  }
  if (record.namespace !== void 0) {
    const name = c.string(record.namespace, [...path9, "namespace"]);
    const problem = name === void 0 ? void 0 : dns1123LabelError(name);
    if (problem !== void 0) c.fail([...path9, "namespace"], `namespace name ${problem}`);
    else out.namespace = name;
  }
  if (record.valuesFiles !== void 0)
    out.valuesFiles = relativePaths(c, c.stringList(record.valuesFiles, [...path9, "valuesFiles"]), [
      ...path9,
      "valuesFiles"
    ]);
  if (record.set !== void 0) {
    out.set = c.stringList(
      record.set,
      [...path9, "set"],
      (item) => item.includes("=") ? void 0 : `${JSON.stringify(item)} must be key=value`
    );
  }
  if (record.kubeVersion !== void 0) out.kubeVersion = c.string(record.kubeVersion, [...path9, "kubeVersion"]);
  if (record.apiVersions !== void 0) out.apiVersions = c.stringList(record.apiVersions, [...path9, "apiVersions"]);
  if (record.ciScenarios !== void 0) out.ciScenarios = c.boolean(record.ciScenarios, [...path9, "ciScenarios"]);
  return out;
}
function target(c, value, path9) {
  const record = c.mapping(value, path9, ["path", "type", "helm", "scenarios"]);
  if (!record) return void 0;
  const before = c.errors.length;
  const targetPath = record.path === void 0 ? c.fail([...path9, "path"], "required (a file or directory relative to the config file)") : c.string(record.path, [...path9, "path"]);
  const out = {};
  if (targetPath !== void 0) out.path = targetPath;
  if (record.type !== void 0)
    out.type = c.oneOf(record.type, [...path9, "type"], ["helm", "kustomize", "manifest"]);
  if (record.helm !== void 0) out.helm = helmOptions(c, record.helm, [...path9, "helm"], TARGET_HELM_KEYS);
  if (record.scenarios !== void 0) {
    if (!Array.isArray(record.scenarios))
      c.fail([...path9, "scenarios"], `must be a list, got ${describe(record.scenarios)}`);
    else {
      const names = /* @__PURE__ */ new Set();
      out.scenarios = record.scenarios.flatMap((raw, index) => {
        const at = [...path9, "scenarios", index];
        const scenario = c.mapping(raw, at, ["name", "valuesFiles", "set"]);
        if (!scenario) return [];
        const name = scenario.name === void 0 ? c.fail([...at, "name"], "required (shown in findings, e.g. prod)") : c.string(scenario.name, [...at, "name"]);
        if (name !== void 0 && names.has(name))
          c.fail([...at, "name"], `duplicate scenario ${JSON.stringify(name)}`);
        if (name !== void 0) names.add(name);
        const valuesFiles = scenario.valuesFiles === void 0 ? [] : relativePaths(c, c.stringList(scenario.valuesFiles, [...at, "valuesFiles"]), [...at, "valuesFiles"]);
        const set = scenario.set === void 0 ? void 0 : c.stringList(scenario.set, [...at, "set"]);
        if (name === void 0 || valuesFiles === void 0) return [];
        return [set === void 0 ? { name, valuesFiles } : { name, valuesFiles, set }];
      });
    }
  }
  if (out.type !== void 0 && out.type !== "helm" && (out.helm !== void 0 || out.scenarios !== void 0)) {
    c.fail([...path9, "type"], `helm options and scenarios only apply to type helm, not ${out.type}`);
  }
  return c.errors.length === before ? out : void 0;
}
function timeoutMs(c, value, path9) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value * 1e3;
  if (typeof value === "string") {
    const match = DURATION.exec(value);
    if (match) {
      const amount = Number(match[1]);
      return match[2] === "ms" ? amount : match[2] === "s" ? amount * 1e3 : amount * 6e4;
    }
  }
  return c.fail(path9, `${describe(value)} must be seconds (120) or a duration such as 90s, 2m, 1500ms`);
}
function validateConfig(raw, file) {
  const c = new Checker(file);
  if (raw === null || raw === void 0) return { config: {}, errors: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { errors: [`${file}: must be a mapping of settings at the top level, got ${describe(raw)}`] };
  }
  const record = c.mapping(raw, [], TOP_LEVEL_KEYS) ?? {};
  const config = {};
  if (record.level !== void 0) config.level = c.level(record.level, ["level"]);
  if (record.version !== void 0) config.version = c.version(record.version, ["version"]);
  if (record.defaults !== void 0) {
    const defaults = c.mapping(record.defaults, ["defaults"], MODES);
    if (defaults) {
      const out = {};
      for (const mode of MODES) {
        if (defaults[mode] === void 0) continue;
        const setting = modeSetting(c, defaults[mode], ["defaults", mode]);
        if (setting) out[mode] = setting;
      }
      config.defaults = out;
    }
  }
  if (record.namespaces !== void 0) config.namespaces = namespaces(c, record.namespaces, ["namespaces"]);
  if (record.exemptions !== void 0) config.exemptions = exemptionsFrom(c, record.exemptions, ["exemptions"]);
  if (record.admissionConfiguration !== void 0) {
    config.admissionConfiguration = c.string(record.admissionConfiguration, ["admissionConfiguration"]);
  }
  if (record.relaxations !== void 0) {
    if (!Array.isArray(record.relaxations))
      c.fail(["relaxations"], `must be a list, got ${describe(record.relaxations)}`);
    else
      config.relaxations = record.relaxations.flatMap(
        (item, index) => relaxation(c, item, ["relaxations", index]) ?? []
      );
  }
  if (record.inlineIgnores !== void 0) config.inlineIgnores = c.boolean(record.inlineIgnores, ["inlineIgnores"]);
  if (record.podTemplateKinds !== void 0) {
    if (!Array.isArray(record.podTemplateKinds))
      c.fail(["podTemplateKinds"], `must be a list, got ${describe(record.podTemplateKinds)}`);
    else
      config.podTemplateKinds = record.podTemplateKinds.flatMap(
        (item, index) => podTemplateKind(c, item, ["podTemplateKinds", index]) ?? []
      );
  }
  if (record.nextVersion !== void 0) config.nextVersion = c.version(record.nextVersion, ["nextVersion"]);
  if (record.clusterVersion !== void 0) {
    const text = c.string(record.clusterVersion, ["clusterVersion"]);
    if (text !== void 0) {
      if (clusterMinorOf(text) === void 0)
        c.fail(["clusterVersion"], `${JSON.stringify(text)} must be a cluster version such as v1.33`);
      else config.clusterVersion = text;
    }
  }
  if (record.helm !== void 0) config.helm = helmOptions(c, record.helm, ["helm"], HELM_KEYS);
  if (record.kustomize !== void 0) {
    const kustomize = c.mapping(record.kustomize, ["kustomize"], ["binary", "enableHelm"]);
    if (kustomize) {
      const out = {};
      if (kustomize.binary !== void 0) out.binary = commandName(c, kustomize.binary, ["kustomize", "binary"]);
      if (kustomize.enableHelm !== void 0)
        out.enableHelm = c.boolean(kustomize.enableHelm, ["kustomize", "enableHelm"]);
      config.kustomize = out;
    }
  }
  if (record.network !== void 0) config.network = c.boolean(record.network, ["network"]);
  if (record.timeout !== void 0) config.timeoutMs = timeoutMs(c, record.timeout, ["timeout"]);
  if (record.concurrency !== void 0) config.concurrency = c.positiveInteger(record.concurrency, ["concurrency"]);
  if (record.renderErrors !== void 0)
    config.renderErrors = c.oneOf(record.renderErrors, ["renderErrors"], ["fail", "warn"]);
  if (record.targets !== void 0) {
    if (!Array.isArray(record.targets)) c.fail(["targets"], `must be a list, got ${describe(record.targets)}`);
    else config.targets = record.targets.flatMap((item, index) => target(c, item, ["targets", index]) ?? []);
  }
  if (record.exclude !== void 0) config.exclude = c.stringList(record.exclude, ["exclude"], globError);
  if (record.failOn !== void 0) config.failOn = c.oneOf(record.failOn, ["failOn"], FAIL_ON_VALUES);
  if (c.errors.length > 0) return { errors: c.errors };
  return { config: dropUndefined(config), errors: [] };
}
function clusterMinorOf(text) {
  const match = /^v?1\.(0|[1-9][0-9]*)$/.exec(text);
  return match ? Number(match[1]) : void 0;
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".podsec.yaml", ".podsec.yml"];
function display(cwd, file) {
  const relative8 = path.relative(cwd, file);
  const shown = relative8 !== "" && !relative8.startsWith("..") && !path.isAbsolute(relative8) ? relative8 : file;
  return shown.split(path.sep).join("/");
}
function readYaml(file, shown) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return {
      errors: [`${shown}: cannot be read: ${error.code ?? error.message}`]
    };
  }
  const documents2 = (0, import_yaml.parseAllDocuments)(text, { prettyErrors: true, logLevel: "error" });
  if (!Array.isArray(documents2)) return { value: void 0, errors: [] };
  const errors = [];
  for (const document of documents2) {
    const error = document.errors[0];
    if (error) {
      const where3 = error.linePos?.[0];
      errors.push(
        `${shown}${where3 ? `:${where3.line}:${where3.col}` : ""}: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`
      );
    }
  }
  if (errors.length > 0) return { errors };
  if (documents2.length > 1) return { errors: [`${shown}: holds ${documents2.length} YAML documents; expected one`] };
  return { value: documents2[0]?.toJS({ maxAliasCount: 100 }), errors: [] };
}
function loadConfig(input) {
  let file;
  if (input.configPath !== void 0) {
    file = path.resolve(input.cwd, input.configPath);
    if (!existsSync(file) || !statSync(file).isFile()) {
      return { errors: [`${input.configPath}: config file not found`] };
    }
  } else {
    file = CONFIG_FILE_NAMES.map((name) => path.join(input.cwd, name)).find((candidate) => existsSync(candidate));
  }
  if (file === void 0) return { loaded: { dir: input.cwd, config: {} }, errors: [] };
  const shown = display(input.cwd, file);
  const read = readYaml(file, shown);
  if (read.errors.length > 0) return { errors: read.errors };
  const { config, errors } = validateConfig(read.value, shown);
  if (!config) return { errors };
  const dir = path.dirname(file);
  if (config.admissionConfiguration === void 0) return { loaded: { file: shown, dir, config }, errors: [] };
  const admission = loadAdmission(input.cwd, path.resolve(dir, config.admissionConfiguration), shown);
  if (!admission.policy) return { errors: admission.errors };
  return { loaded: { file: shown, dir, config, admission: admission.policy }, errors: [] };
}
function loadAdmission(cwd, file, referencedFrom) {
  const shown = display(cwd, file);
  if (!existsSync(file)) return { errors: [`${referencedFrom}: admissionConfiguration: ${shown} not found`] };
  const read = readYaml(file, shown);
  if (read.errors.length > 0) return { errors: read.errors };
  const parsed = parseAdmissionConfiguration(read.value, shown);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  if (parsed.policy) return { policy: parsed.policy, errors: [] };
  if (parsed.pluginPath !== void 0) {
    const target2 = path.resolve(path.dirname(file), parsed.pluginPath);
    const targetShown = display(cwd, target2);
    if (!existsSync(target2)) return { errors: [`${shown}: plugins PodSecurity path: ${targetShown} not found`] };
    const inner = readYaml(target2, targetShown);
    if (inner.errors.length > 0) return { errors: inner.errors };
    const nested = parseAdmissionConfiguration(inner.value, targetShown);
    if (nested.policy) return { policy: nested.policy, errors: [] };
    return {
      errors: nested.errors.length > 0 ? nested.errors : [`${targetShown}: must be a PodSecurityConfiguration`]
    };
  }
  return { errors: [`${shown}: no Pod Security configuration found`] };
}

// src/config/options.ts
import path2 from "node:path";
var DEFAULT_MODE_POLICIES = {
  enforce: { level: "baseline", version: "latest" },
  warn: { level: "restricted", version: "latest" },
  audit: { level: "restricted", version: "latest" }
};
var DEFAULT_HELM_RELEASE_NAME = "release-name";
var DEFAULT_TIMEOUT_MS = 12e4;
var DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var DEFAULT_FAIL_ON = "enforce";
var OptionsError = class extends Error {
  constructor(messages) {
    super(messages.join("\n"));
    this.messages = messages;
  }
  messages;
  name = "OptionsError";
  exitCode = 2;
};
function parseModeFlag(text) {
  const colon = text.indexOf(":");
  const levelText = colon < 0 ? text : text.slice(0, colon);
  const versionText = colon < 0 ? void 0 : text.slice(colon + 1);
  if (levelText === "" && (versionText === void 0 || versionText === "")) {
    return { error: `${JSON.stringify(text)} must be LEVEL or LEVEL:VERSION, e.g. restricted:v1.30` };
  }
  const setting = {};
  if (levelText !== "") {
    const problem = levelError(levelText);
    if (problem !== void 0) return { error: problem };
    setting.level = levelText;
  }
  if (versionText !== void 0) {
    const problem = versionError(versionText);
    if (problem !== void 0) return { error: `version ${problem}` };
    setting.version = versionText;
  }
  return { setting };
}
function parseDurationMs(text) {
  const match = /^([1-9][0-9]*)(ms|s|m)?$/.exec(text.trim());
  if (!match) return void 0;
  const amount = Number(match[1]);
  return match[2] === "ms" ? amount : match[2] === "m" ? amount * 6e4 : amount * 1e3;
}
var nonEmpty = (list) => list !== void 0 && list.length > 0;
function resolveScanOptions(input) {
  const { flags } = input;
  const config = input.config ?? {};
  const errors = [];
  const defaults = resolveModePolicies(input, config, errors);
  const { nextVersion, clusterMinor } = resolveVersions(flags, config, errors);
  const exclude = [...config.exclude ?? [], ...flags.exclude ?? []];
  for (const glob of flags.exclude ?? []) {
    const problem = globError(glob);
    if (problem !== void 0) errors.push(`--exclude: ${problem}`);
  }
  const run = resolveRunSettings(flags, config, input.cpuCount, errors);
  if (flags.namespace !== void 0 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(flags.namespace)) {
    errors.push(
      `--namespace: ${JSON.stringify(flags.namespace)} must be a valid namespace name (lowercase letters, digits and '-')`
    );
  }
  if (errors.length > 0) throw new OptionsError(errors);
  return {
    cwd: input.cwd,
    paths: input.paths.map((given) => relativeToCwd(given, input.cwd)),
    exclude,
    targets: (config.targets ?? []).map((target2) => relativeTarget(target2, input.cwd, input.configDir)),
    policy: {
      defaults,
      namespaceLabels: config.namespaces ?? {},
      exemptions: {
        namespaces: union(input.admission?.exemptions.namespaces, config.exemptions?.namespaces),
        runtimeClasses: union(input.admission?.exemptions.runtimeClasses, config.exemptions?.runtimeClasses),
        usernames: union(input.admission?.exemptions.usernames, config.exemptions?.usernames)
      },
      relaxations: config.relaxations ?? [],
      podTemplateKinds: config.podTemplateKinds ?? [],
      ...nextVersion !== void 0 ? { nextVersion } : {},
      ...clusterMinor !== void 0 ? { clusterMinor } : {},
      allowInlineIgnores: flags.ignoreInline === true ? false : config.inlineIgnores ?? true
    },
    render: {
      helm: resolveHelm(flags, config, input.cwd),
      kustomize: {
        ...flags.kustomize ?? config.kustomize?.binary ? { binary: flags.kustomize ?? config.kustomize?.binary } : {},
        enableHelm: flags.enableHelm ?? config.kustomize?.enableHelm ?? false
      },
      network: flags.network ?? config.network ?? false,
      timeoutMs: run.timeoutMs,
      maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
      concurrency: run.concurrency,
      renderErrorsFail: run.renderErrors === "fail"
    },
    today: input.today,
    ...flags.allowEmptyInput === true ? { allowEmptyInput: true } : {},
    ...run.shard ? { shard: run.shard } : {},
    failOn: run.failOn
  };
}
function resolveModePolicies(input, config, errors) {
  const { flags } = input;
  const start = input.admission?.defaults ?? DEFAULT_MODE_POLICIES;
  const modes = {
    enforce: { ...start.enforce },
    warn: { ...start.warn },
    audit: { ...start.audit }
  };
  const apply = (targets, setting) => {
    for (const mode of targets) {
      if (setting.level !== void 0) modes[mode].level = setting.level;
      if (setting.version !== void 0) modes[mode].version = setting.version;
    }
  };
  apply(MODES, {
    ...config.level ? { level: config.level } : {},
    ...config.version ? { version: config.version } : {}
  });
  for (const mode of MODES) {
    const setting = config.defaults?.[mode];
    if (setting) apply([mode], setting);
  }
  if (flags.level !== void 0) {
    const problem = levelError(flags.level);
    if (problem !== void 0) errors.push(`--level: ${problem}`);
    else apply(MODES, { level: flags.level });
  }
  if (flags.version !== void 0) {
    const problem = versionError(flags.version);
    if (problem !== void 0) errors.push(`--version: ${problem}`);
    else apply(MODES, { version: flags.version });
  }
  for (const mode of MODES) {
    const text = flags[mode];
    if (text === void 0) continue;
    const parsed = parseModeFlag(text);
    if ("error" in parsed) errors.push(`--${mode}: ${parsed.error}`);
    else apply([mode], parsed.setting);
  }
  return { enforce: modes.enforce, warn: modes.warn, audit: modes.audit };
}
function resolveVersions(flags, config, errors) {
  const nextVersion = flags.nextVersion ?? config.nextVersion;
  if (flags.nextVersion !== void 0) {
    const problem = versionError(flags.nextVersion);
    if (problem !== void 0) errors.push(`--next-version: ${problem}`);
  }
  const clusterVersion = flags.clusterVersion ?? config.clusterVersion;
  const clusterMinor = clusterVersion === void 0 ? void 0 : clusterMinorOf(clusterVersion);
  if (clusterVersion !== void 0 && clusterMinor === void 0) {
    errors.push(`--cluster-version: ${JSON.stringify(clusterVersion)} must be a cluster version such as v1.33`);
  }
  return {
    ...nextVersion !== void 0 ? { nextVersion } : {},
    ...clusterMinor !== void 0 ? { clusterMinor } : {}
  };
}
function resolveRunSettings(flags, config, cpuCount, errors) {
  let timeoutMs2 = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (flags.timeout !== void 0) {
    const parsed = parseDurationMs(flags.timeout);
    if (parsed === void 0)
      errors.push(
        `--timeout: ${JSON.stringify(flags.timeout)} must be seconds (120) or a duration such as 90s, 2m, 1500ms`
      );
    else timeoutMs2 = parsed;
  }
  let concurrency = config.concurrency ?? Math.max(1, cpuCount ?? 4);
  if (flags.concurrency !== void 0) {
    if (!/^[1-9][0-9]*$/.test(flags.concurrency))
      errors.push(`--concurrency: ${JSON.stringify(flags.concurrency)} must be a whole number of at least 1`);
    else concurrency = Number(flags.concurrency);
  }
  let renderErrors = config.renderErrors ?? "fail";
  if (flags.renderErrors !== void 0) {
    if (flags.renderErrors !== "fail" && flags.renderErrors !== "warn")
      errors.push(`--render-errors: ${JSON.stringify(flags.renderErrors)} is not one of fail, warn`);
    else renderErrors = flags.renderErrors;
  }
  let failOn = config.failOn ?? DEFAULT_FAIL_ON;
  if (flags.failOn !== void 0) {
    if (!FAIL_ON_VALUES.includes(flags.failOn))
      errors.push(`--fail-on: ${JSON.stringify(flags.failOn)} is not one of ${FAIL_ON_VALUES.join(", ")}`);
    else failOn = flags.failOn;
  }
  let shard;
  if (flags.shard !== void 0) {
    const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(flags.shard);
    if (!match || Number(match[1]) > Number(match[2]))
      errors.push(`--shard: ${JSON.stringify(flags.shard)} must be INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 2/4`);
    else shard = { index: Number(match[1]), total: Number(match[2]) };
  }
  return { timeoutMs: timeoutMs2, concurrency, renderErrors, failOn, shard };
}
function resolveHelm(flags, config, cwd) {
  const helm = config.helm ?? {};
  return {
    ...flags.helm ?? helm.binary ? { binary: flags.helm ?? helm.binary } : {},
    releaseName: flags.releaseName ?? helm.releaseName ?? DEFAULT_HELM_RELEASE_NAME,
    ...flags.namespace ?? helm.namespace ? { namespace: flags.namespace ?? helm.namespace } : {},
    // Values files given as flags or inputs are relative to where podsec runs, as with helm itself;
    // those in the config file stay relative to their chart.
    valuesFiles: nonEmpty(flags.values) ? flags.values.map((file) => path2.resolve(cwd, file)) : [...helm.valuesFiles ?? []],
    set: nonEmpty(flags.set) ? [...flags.set] : [...helm.set ?? []],
    ...flags.kubeVersion ?? helm.kubeVersion ? { kubeVersion: flags.kubeVersion ?? helm.kubeVersion } : {},
    apiVersions: nonEmpty(flags.apiVersions) ? [...flags.apiVersions] : [...helm.apiVersions ?? []],
    ciScenarios: flags.ciScenarios ?? helm.ciScenarios ?? true
  };
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a ?? [], ...b ?? []])];
}
function relativeToCwd(given, cwd) {
  if (!path2.isAbsolute(given)) return given;
  const relative8 = path2.relative(path2.resolve(cwd), path2.resolve(given));
  if (relative8 === "") return ".";
  if (relative8.startsWith("..") || path2.isAbsolute(relative8)) return given;
  return relative8.split(path2.sep).join("/");
}
function relativeTarget(target2, cwd, configDir) {
  if (configDir === void 0 || path2.resolve(configDir) === path2.resolve(cwd)) return target2;
  const relative8 = path2.relative(cwd, path2.resolve(configDir, target2.path)).split(path2.sep).join("/");
  return { ...target2, path: relative8 === "" ? "." : relative8 };
}

// src/findings/problems.ts
import { createHash } from "node:crypto";
var MODE_RANK = { enforce: 0, warn: 1, audit: 2 };
function problemId(item) {
  const key = [item.check, item.file, item.kind, item.namespace, item.name, item.part ?? "", item.field];
  return createHash("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 32);
}
function groupKey(finding) {
  return [
    finding.check,
    finding.file,
    finding.line,
    finding.column,
    finding.apiVersion,
    finding.kind,
    finding.namespace,
    finding.name,
    finding.part ?? ""
  ].join("\0");
}
function containerNames(detail) {
  const names = [];
  for (const phrase of detail.matchAll(/containers? ((?:"(?:[^"\\]|\\.)*"(?:, | and )?)+)/g)) {
    for (const quoted of (phrase[1] ?? "").matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      const name = quoted[1] ?? "";
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}
function findingRank(finding) {
  const strictest = Math.min(...finding.modes.map((mode) => MODE_RANK[mode]), 3);
  return strictest + (finding.upcoming === true ? 4 : 0) + (finding.suppressed !== void 0 ? 8 : 0);
}
function buildProblems(findings, failOn = "enforce") {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = groupKey(finding);
    const list = groups.get(key);
    if (list === void 0) groups.set(key, [finding]);
    else list.push(finding);
  }
  const problems = [...groups.values()].map((group) => toProblem(group, failOn));
  return problems.sort(compareProblems);
}
function toProblem(group, failOn) {
  const findings = [...group].sort((a, b) => findingRank(a) - findingRank(b));
  const first = itemAt(findings, 0);
  const policies = [];
  for (const finding of findings) {
    for (const mode of finding.modes) {
      policies.push({
        mode,
        level: finding.level,
        version: finding.version,
        upcoming: finding.upcoming === true,
        ...finding.suppressed === void 0 ? {} : { suppressed: finding.suppressed }
      });
    }
  }
  policies.sort(
    (a, b) => Number(a.suppressed !== void 0) - Number(b.suppressed !== void 0) || Number(a.upcoming) - Number(b.upcoming) || MODE_RANK[a.mode] - MODE_RANK[b.mode]
  );
  const live = findings.filter((finding) => finding.suppressed === void 0);
  const current = live.filter((finding) => finding.upcoming !== true);
  const modes = MODES.filter((mode) => current.some((finding) => finding.modes.includes(mode)));
  const severityFrom = current.length > 0 ? current : live.length > 0 ? live : findings;
  const severity = itemAt(
    severityFrom.map((finding) => finding.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]),
    0
  );
  const related = [];
  const targets = [];
  const containers2 = [];
  for (const finding of findings) {
    for (const location of finding.related) {
      if (!related.some((r) => r.file === location.file && r.line === location.line && r.column === location.column))
        related.push(location);
    }
    for (const target2 of finding.targets) mergeTarget(targets, target2);
    for (const name of containerNames(finding.detail)) if (!containers2.includes(name)) containers2.push(name);
  }
  const note = live.find((finding) => finding.note !== void 0 && finding.upcoming !== true)?.note;
  return {
    id: problemId(first),
    check: first.check,
    file: first.file,
    line: first.line,
    column: first.column,
    endLine: first.endLine,
    endColumn: first.endColumn,
    apiVersion: first.apiVersion,
    kind: first.kind,
    namespace: first.namespace,
    name: first.name,
    ...first.part === void 0 ? {} : { part: first.part },
    field: first.field,
    containers: containers2,
    findings,
    policies,
    modes,
    severity,
    ...live.length === 0 && first.suppressed !== void 0 ? { suppressed: first.suppressed } : {},
    upcoming: live.length > 0 && current.length === 0,
    blocking: findings.some((finding) => findingFails(finding, failOn)),
    related,
    targets,
    ...note === void 0 ? {} : { note }
  };
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function mergeTarget(targets, ref) {
  const index = targets.findIndex((t) => t.kind === ref.kind && t.path === ref.path);
  if (index < 0) {
    targets.push(ref);
    return;
  }
  const existing = itemAt(targets, index);
  targets[index] = {
    ...existing,
    scenarios: [...existing.scenarios, ...ref.scenarios.filter((s) => !existing.scenarios.includes(s))]
  };
}
function problemTier(problem) {
  if (problem.suppressed !== void 0) return 5;
  if (problem.upcoming) return 4;
  const strictest = problem.modes[0];
  return strictest === void 0 ? 4 : MODE_RANK[strictest] + (problem.blocking ? 0 : 1);
}
function compareProblems(a, b) {
  return Number(b.blocking) - Number(a.blocking) || problemTier(a) - problemTier(b) || compareByPlace(a, b);
}
function formatPolicies(policies) {
  return policies.map((policy) => {
    const tags = [policy.upcoming ? "next version" : "", policy.suppressed !== void 0 ? "suppressed" : ""].filter(
      (tag) => tag !== ""
    );
    return `${policy.mode} ${policy.level}:${policy.version}${tags.length > 0 ? ` (${tags.join(", ")})` : ""}`;
  }).join(", ");
}
function problemMessage(problem) {
  const first = itemAt(problem.findings, 0);
  return first.detail === "" ? first.reason : `${first.reason} (${first.detail})`;
}
function workloadKey(item) {
  return [item.file, item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ""].join("\0");
}
function objectKey(item) {
  return [item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ""].join("\0");
}
function workloadResolver(verdicts) {
  const keys = /* @__PURE__ */ new Set();
  const filesByObject = /* @__PURE__ */ new Map();
  const keyByObject = /* @__PURE__ */ new Map();
  for (const verdict of verdicts) {
    const key = workloadKey(verdict);
    keys.add(key);
    const object = objectKey(verdict);
    const files = filesByObject.get(object) ?? /* @__PURE__ */ new Set();
    files.add(verdict.file);
    filesByObject.set(object, files);
    keyByObject.set(object, key);
  }
  return (item) => {
    const own = workloadKey(item);
    if (keys.has(own)) return own;
    const object = objectKey(item);
    return filesByObject.get(object)?.size === 1 ? keyByObject.get(object) ?? own : own;
  };
}
function countProblems(result, problems) {
  const keyOf = workloadResolver(result.workloads);
  const all = /* @__PURE__ */ new Set();
  const blockingWorkloads = /* @__PURE__ */ new Set();
  const withProblems = /* @__PURE__ */ new Set();
  const perMode = {
    enforce: { problems: 0, workloads: /* @__PURE__ */ new Set() },
    warn: { problems: 0, workloads: /* @__PURE__ */ new Set() },
    audit: { problems: 0, workloads: /* @__PURE__ */ new Set() }
  };
  const seenInMode = /* @__PURE__ */ new Set();
  let counted = 0;
  let blocking = 0;
  let suppressed = 0;
  let upcoming = 0;
  for (const problem of problems) {
    const key = keyOf(problem);
    all.add(key);
    for (const policy of problem.policies) seenInMode.add(`${key}\0${policy.mode}`);
    if (problem.blocking) {
      blocking++;
      blockingWorkloads.add(key);
    }
    if (problem.suppressed !== void 0) {
      suppressed++;
      continue;
    }
    if (problem.upcoming) {
      upcoming++;
      continue;
    }
    counted++;
    withProblems.add(key);
    for (const mode of problem.modes) {
      perMode[mode].problems++;
      perMode[mode].workloads.add(key);
    }
  }
  for (const verdict of result.workloads) {
    const key = workloadKey(verdict);
    all.add(key);
    if (!verdict.allowed && verdict.exempt === void 0 && !seenInMode.has(`${key}\0${verdict.mode}`)) {
      perMode[verdict.mode].workloads.add(key);
      if (verdict.mode === "enforce") blockingWorkloads.add(key);
    }
  }
  const byMode = Object.fromEntries(
    MODES.map((mode) => [mode, { problems: perMode[mode].problems, workloads: perMode[mode].workloads.size }])
  );
  return {
    workloads: all.size,
    passed: all.size - blockingWorkloads.size,
    failed: blockingWorkloads.size,
    problems: counted,
    blocking,
    workloadsWithProblems: withProblems.size,
    byMode,
    suppressed,
    upcoming,
    errors: result.errors.length,
    notices: result.notices.length
  };
}

// src/findings/exit-code.ts
function isRenderError(error) {
  return error.target !== void 0 && error.target.kind !== "manifest";
}
function failingErrors(result, options = {}) {
  const renderErrorsFail = options.renderErrorsFail ?? true;
  return result.errors.filter((error) => renderErrorsFail || !isRenderError(error));
}
function findingFails(finding, failOn) {
  if (finding.suppressed) return false;
  switch (failOn) {
    case "none":
      return false;
    case "any":
      return true;
    case "audit":
      return !finding.upcoming;
    case "warn":
      return !finding.upcoming && (finding.modes.includes("enforce") || finding.modes.includes("warn"));
    case "enforce":
      return !finding.upcoming && finding.modes.includes("enforce");
  }
}
function exitCode(result, failOn = "enforce", options = {}) {
  if (failingErrors(result, options).length > 0) return 2;
  return result.findings.some((finding) => findingFails(finding, failOn)) ? 1 : 0;
}
var plural2 = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
function failureSummary(result, failOn = "enforce", options = {}) {
  const errors = failingErrors(result, options);
  const failing = result.findings.filter((finding) => findingFails(finding, failOn));
  if (errors.length === 0 && failing.length === 0) return void 0;
  const parts = [];
  if (errors.length > 0) {
    const renders = errors.filter(isRenderError).length;
    const detail = renders === errors.length ? "render" : renders === 0 ? "input or configuration" : "input, configuration or render";
    parts.push(`${plural2(errors.length, `${detail} error`)}`);
  }
  if (failing.length > 0) {
    const problems = buildProblems(failing, failOn);
    const workloads = new Set(problems.map((problem) => workloadKey(problem))).size;
    parts.push(
      `${plural2(problems.length, "problem")} ${problems.length === 1 ? "fails" : "fail"} the run in ${plural2(workloads, "workload")} (fail-on: ${failOn})`
    );
  }
  return parts.join("; ");
}

// src/policy/check-page.ts
var CHECK_DEFINITIONS_IN_ORDER = () => allCheckMeta().map((meta) => checkDefinition(meta.id));
function generatedNotice(id) {
  return `<!-- Generated from the meta of src/policy/checks/${id}.ts by scripts/check-pages.mjs (npm run docs:checks); edit that file, not this page. -->`;
}
function variantVersions(definition) {
  return definition.variants.map((variant) => `v1.${variant.minVersion}`);
}
function versionsCell(definition) {
  const starts = definition.variants.map((variant) => variant.minVersion);
  const first = starts[0] ?? 0;
  const absent = first > 0 ? `; absent before v1.${first}` : "";
  if (starts.length === 1) return `v1.${first} and later, one variant${absent}`;
  const ranges = starts.map((start, index) => {
    const next = starts[index + 1];
    if (next === void 0) return `v1.${start} and later`;
    return next - 1 === start ? `v1.${start}` : `v1.${start}–v1.${next - 1}`;
  });
  return `${ranges.join(", ")} (${starts.length} variants)${absent}`;
}
function checkLink(id) {
  return `[\`${id}\`](${id}.md)`;
}
function overriders(id) {
  return CHECK_DEFINITIONS_IN_ORDER().flatMap((other) => {
    const variant = other.variants.find((candidate) => candidate.overrides?.includes(id));
    return variant === void 0 ? [] : [{ id: other.meta.id, from: variant.minVersion }];
  });
}
function overridesCell(meta) {
  if (meta.overrides.length > 0) return `overrides ${meta.overrides.map(checkLink).join(", ")} at the restricted level`;
  const by = overriders(meta.id);
  if (by.length > 0) {
    return by.map(
      ({ id, from }) => `replaced by ${checkLink(id)} at the restricted level${from > 0 ? ` from v1.${from} (restricted v1.0–v1.${from - 1} still runs this check)` : ""}`
    ).join("; ");
  }
  return "neither";
}
function levelCell(meta) {
  if (meta.level === "restricted") return "restricted";
  return overriders(meta.id).length > 0 ? "baseline" : "baseline (and therefore restricted)";
}
function withVersionsSection(definition) {
  const reference = definition.meta.reference.trim();
  if (/^## Versions/m.test(reference) || definition.variants.length > 1) return reference;
  const unchanged = `## Versions
Unchanged since v1.${definition.variants[0]?.minVersion ?? 0}.

## Message`;
  return /^## Message/m.test(reference) ? reference.replace(/^## Message/m, unchanged) : reference;
}
function renderCheckPage(id, { withNotice = true } = {}) {
  const definition = checkDefinition(id);
  const { meta } = definition;
  const lines = [
    `# \`${meta.id}\` — ${meta.title}`,
    "",
    "| | |",
    "|---|---|",
    `| Level | ${levelCell(meta)} |`,
    `| Versions | ${versionsCell(definition)} |`,
    `| Reason | ${meta.reason} |`,
    `| Overrides / overridden by | ${overridesCell(meta)} |`,
    `| Kubernetes | [Pod Security Standards, ${meta.level}](${meta.docsUrl}) |`,
    "",
    "## Rule",
    meta.description,
    "",
    `In short: ${meta.allowed}`,
    "",
    withVersionsSection(definition),
    "",
    "## How to fix",
    meta.fix.trim(),
    "",
    ...withNotice ? [generatedNotice(id), ""] : []
  ];
  return lines.join("\n");
}
function renderCheckList() {
  const metas = allCheckMeta();
  const idWidth = Math.max(...metas.map((meta) => meta.id.length));
  const rows = metas.map((meta) => {
    const versions2 = variantVersions(checkDefinition(meta.id)).join(",");
    return `${meta.id.padEnd(idWidth)}  ${meta.level.padEnd(10)}  ${versions2.padEnd(24)}  ${meta.title}`;
  });
  const header = `${"CHECK".padEnd(idWidth)}  ${"LEVEL".padEnd(10)}  ${"FROM (VARIANTS)".padEnd(24)}  TITLE`;
  return `${[header, ...rows].join("\n")}
`;
}

// src/report/common.ts
function problemReport(result, failOn = "enforce") {
  const problems = buildProblems(result.findings, failOn);
  return { problems, counts: countProblems(result, problems), failOn };
}
function countsSentence(counts, failOn) {
  const parts = [
    `${plural3(counts.workloads, "workload")} (${counts.passed} passed, ${counts.failed} failed)`,
    `${plural3(counts.problems, "problem")} (enforce ${counts.byMode.enforce.problems}, warn ${counts.byMode.warn.problems}, audit ${counts.byMode.audit.problems})`,
    `${counts.blocking} ${counts.blocking === 1 ? "fails" : "fail"} the run (fail-on: ${failOn})`
  ];
  if (counts.suppressed > 0) parts.push(`${counts.suppressed} suppressed`);
  if (counts.upcoming > 0) parts.push(`${counts.upcoming} only at the next version`);
  parts.push(plural3(counts.errors, "error"));
  if (counts.notices > 0) parts.push(plural3(counts.notices, "notice"));
  return parts.join("; ");
}
function isActive(problem) {
  return problem.suppressed === void 0 && !problem.upcoming;
}
function workloadLabel(item) {
  const name = item.name === "" ? "(unnamed)" : item.name;
  const label = item.namespace === "" ? `${item.kind} ${name}` : `${item.kind} ${item.namespace}/${name}`;
  return printable(item.part === void 0 ? label : `${label} ${item.part}`);
}
function plural3(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function controllerEnforceNote(finding) {
  if (finding.note !== void 0 && finding.note !== "") return finding.note;
  if (finding.kind === "Pod" || !finding.modes.includes("enforce")) return void 0;
  return `The ${finding.kind} itself is accepted, but the pods it creates will be rejected by enforce.`;
}
function formatTarget(target2) {
  const scenarios = target2.scenarios.length > 0 ? ` (${target2.scenarios.map(printable).join(", ")})` : "";
  return `${target2.kind} ${printable(target2.path)}${scenarios}`;
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => JSON.stringify(char).slice(1, -1));
}
function renderedTargets(targets) {
  return targets.filter((target2) => target2.kind !== "manifest");
}
function formatLocation(file, line, column2) {
  const shown = printable(file);
  if (line === void 0) return shown;
  return column2 === void 0 ? `${shown}:${line}` : `${shown}:${line}:${column2}`;
}
function formatScanError(error) {
  return `${formatLocation(error.file, error.line, error.column)}: ${error.message}`;
}
function formatSuppression(suppression2) {
  const expires = suppression2.expires === void 0 ? "" : ` (expires ${suppression2.expires})`;
  return `${suppression2.source}: ${suppression2.reason}${expires}`;
}
function firstSentence(markdown) {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, " ");
  const paragraph = withoutCode.split(/\n\s*\n/).map((part) => part.trim()).find((part) => part !== "") ?? "";
  const plain = plainText(paragraph).replace(/\s+/g, " ").trim();
  const match = /^(.*?[.!?])(\s|$)/.exec(plain);
  return clip((match?.[1] ?? plain).replace(/[:;,]$/, ""), 300);
}
function plainText(markdown) {
  return markdown.replace(
    /```[^\n]*\n([\s\S]*?)```/g,
    (_match, body) => body.replace(/\n$/, "").split("\n").map((line) => `    ${line}`).join("\n")
  ).replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]*)`/g, "$1");
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// src/report/advice.ts
var PODSEC_REPOSITORY_URL = "https://github.com/podsec-dev/podsec";
var PROBLEM_TITLES = {
  privileged: "Container runs privileged",
  windowsHostProcess: "Pod runs as a Windows HostProcess",
  hostNamespaces: "Pod shares the host's namespaces",
  hostPathVolumes: "Pod mounts a hostPath volume",
  capabilities_baseline: "Container adds a non-default capability",
  procMount: "Container unmasks /proc",
  procMount_restricted: "Container unmasks /proc",
  seLinuxOptions: "Pod sets a disallowed SELinux option",
  appArmorProfile: "AppArmor profile is overridden",
  seccompProfile_baseline: "Seccomp is turned off (Unconfined)",
  hostPorts: "Container uses a host port",
  hostProbesAndHostLifecycle: "Probe or lifecycle hook targets another host",
  sysctls: "Pod sets an unsafe sysctl",
  restrictedVolumes: "Pod uses a volume type restricted does not allow",
  capabilities_restricted: "Container keeps capabilities restricted does not allow",
  allowPrivilegeEscalation: "Container can escalate privileges",
  runAsUser: "Container runs as user ID 0",
  runAsNonRoot: "Container may run as root",
  seccompProfile_restricted: "Container has no seccomp profile"
};
function problemTitle(check) {
  return PROBLEM_TITLES[check];
}
function checkPageUrl(check, repositoryUrl = PODSEC_REPOSITORY_URL) {
  return `${repositoryUrl.replace(/\/+$/, "")}/blob/main/docs/checks/${check}.md`;
}
function checkFix(check) {
  return firstSentence(checkMeta(check).fix);
}
var HOST_ACCESS_CHECKS = /* @__PURE__ */ new Set([
  "privileged",
  "hostNamespaces",
  "hostPathVolumes",
  "hostPorts",
  "capabilities_baseline",
  "restrictedVolumes"
]);
function alternativeAdvice(problem) {
  if (problem.kind !== "DaemonSet" || !HOST_ACCESS_CHECKS.has(problem.check)) return void 0;
  return "If this node agent needs host access, no change to it can pass: use a namespace at a lower level, a PSA exemption, or a relaxation with a reason.";
}
function fixLine(problem) {
  const alternative = alternativeAdvice(problem);
  const fix = checkFix(problem.check);
  return alternative === void 0 ? fix : `${fix} ${alternative}`;
}
var LIST_INDEX = /\[(\d+)\]/g;
var HAS_LIST_INDEX = /\[\d+\]/;
function relatedPlaces(related) {
  const groups = /* @__PURE__ */ new Map();
  for (const location of related) {
    const shape = location.message !== void 0 && HAS_LIST_INDEX.test(location.message) ? location.message.replace(LIST_INDEX, "[#]") : `${location.line}\0${location.column}\0${location.message ?? ""}`;
    const key = `${location.file}\0${shape}`;
    const group = groups.get(key);
    if (group === void 0) groups.set(key, [location]);
    else group.push(location);
  }
  return [...groups.values()].map((group) => {
    const first = itemAt(group, 0);
    const lines = [...new Set(group.map((location) => location.line))];
    if (group.length === 1)
      return {
        file: first.file,
        lines,
        column: first.column,
        ...first.message === void 0 ? {} : { message: first.message }
      };
    return {
      file: first.file,
      lines,
      ...first.message === void 0 ? {} : { message: mergedIndexes(group.map((location) => location.message ?? "")) }
    };
  });
}
function mergedIndexes(messages) {
  const indexes = messages.map((message) => [...message.matchAll(LIST_INDEX)].map((match) => Number(match[1])));
  let position = 0;
  return itemAt(messages, 0).replace(LIST_INDEX, () => {
    const values = [...new Set(indexes.map((list) => itemAt(list, position)))].sort((a, b) => a - b);
    position++;
    return `[${indexRuns(values)}]`;
  });
}
function indexRuns(values) {
  const runs = [];
  for (let i = 0; i < values.length; ) {
    let end = i;
    while (end + 1 < values.length && itemAt(values, end + 1) === itemAt(values, end) + 1) end++;
    runs.push(end - i >= 2 ? `${values[i]}-${values[end]}` : values.slice(i, end + 1).join(","));
    i = end + 1;
  }
  return runs.join(",");
}
function formatRelatedPlace(place2) {
  const [first] = place2.lines;
  if (place2.lines.length === 1)
    return place2.column === void 0 ? `${place2.file}:${first}` : `${place2.file}:${first}:${place2.column}`;
  return `${place2.file}:${place2.lines.join(", ")}`;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_INFORMATION_URI = PODSEC_REPOSITORY_URL;
var SRCROOT = "%SRCROOT%";
var SARIF_LIMITS = {
  resultsPerRun: 25e3,
  /** Of those, code scanning stores and shows the most severe 5,000. */
  resultsShownPerRun: 5e3,
  locationsPerResult: 10,
  relatedLocationsPerResult: 1e3,
  tagsPerRule: 20,
  textLength: 1024,
  ruleNameLength: 255
};
var LEVEL_BY_SEVERITY = { error: "error", warning: "warning", note: "note" };
var SECURITY_SEVERITY = {
  privileged: "8.8",
  windowsHostProcess: "8.8",
  hostNamespaces: "8.6",
  hostPathVolumes: "8.4",
  capabilities_baseline: "8.0",
  procMount: "7.8",
  seLinuxOptions: "7.8",
  appArmorProfile: "7.5",
  seccompProfile_baseline: "7.5",
  hostPorts: "7.5",
  hostProbesAndHostLifecycle: "7.5",
  sysctls: "7.5",
  procMount_restricted: "6.9",
  restrictedVolumes: "6.8",
  capabilities_restricted: "6.5",
  allowPrivilegeEscalation: "6.5",
  runAsUser: "6.0",
  runAsNonRoot: "5.5",
  seccompProfile_restricted: "5.0"
};
function buildSarif(result, options) {
  const informationUri = options.informationUri ?? DEFAULT_INFORMATION_URI;
  const catalogue = options.checks ?? allCheckMeta();
  const rules = catalogue.map((meta) => ruleFor(meta, informationUri));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const metaById = new Map(catalogue.map((meta) => [meta.id, meta]));
  for (const finding of result.findings) {
    if (!ruleIndex.has(finding.check)) {
      ruleIndex.set(finding.check, rules.length);
      rules.push(fallbackRule(finding));
    }
  }
  const problems = buildProblems(result.findings, options.failOn);
  const limit = Math.max(0, Math.min(options.maxResults ?? SARIF_LIMITS.resultsPerRun, SARIF_LIMITS.resultsPerRun));
  const { kept, omitted } = selectResults(problems, limit);
  const paths = { srcRoot: options.srcRoot };
  const results = kept.map(
    (problem) => withBaselineState(
      withFixes(
        sarifResult(problem, ruleIndex.get(problem.check) ?? 0, metaById.get(problem.check), paths),
        fixesOf(problem, options.fixes)
      ),
      options.baselineCompared === true ? baselineState(problem) : void 0
    )
  );
  const notifications = [
    ...result.errors.map((error) => notification(error, "error", paths)),
    ...result.notices.map((notice) => notification(notice, "note", paths))
  ];
  const omittedTotal = omitted.error + omitted.warning + omitted.note;
  if (omittedTotal > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `Only the ${results.length} most severe of ${problems.length} results are included, because podsec writes at most ${limit.toLocaleString("en-US")} per run (code scanning accepts 25,000 and shows the 5,000 most severe); left out: ${omitted.error} errors, ${omitted.warning} warnings, ${omitted.note} notes. The JSON report lists every finding.`
      }
    });
  }
  if (results.length > SARIF_LIMITS.resultsShownPerRun) {
    notifications.push({
      level: "note",
      message: {
        text: `Code scanning shows only the ${SARIF_LIMITS.resultsShownPerRun.toLocaleString("en-US")} most severe of the ${results.length.toLocaleString("en-US")} results in this run; the JSON report lists every finding.`
      }
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "podsec",
            semanticVersion: options.toolVersion,
            version: options.toolVersion,
            informationUri,
            rules
          }
        },
        automationDetails: { id: automationId(options.category) },
        originalUriBaseIds: {
          [SRCROOT]: {
            // GitHub's documented form: the checkout as a file URI with a trailing slash.
            ...options.srcRoot !== void 0 && options.srcRoot !== "" ? { uri: srcRootUri(options.srcRoot) } : {},
            description: { text: "The root of the scanned repository." }
          }
        },
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        columnKind: "utf16CodeUnits",
        results,
        ...omittedTotal > 0 ? {
          properties: {
            truncation: {
              totalResults: problems.length,
              emittedResults: results.length,
              maxResults: limit,
              omitted: { ...omitted }
            }
          }
        } : {}
      }
    ]
  };
}
function renderSarif(result, options) {
  return `${JSON.stringify(buildSarif(result, options))}
`;
}
function automationId(category) {
  const trimmed = (category ?? "").replace(/^\/+|\/+$/g, "").trim();
  return trimmed === "" ? "podsec/" : `podsec/${trimmed}/`;
}
function ruleFor(meta, informationUri) {
  const docsPage = checkPageUrl(meta.id, informationUri);
  const levelName = meta.level === "baseline" ? "Baseline" : "Restricted";
  const overrides = meta.overrides.length > 0 ? `At the restricted level this check replaces the baseline check${meta.overrides.length === 1 ? "" : "s"} ${meta.overrides.map((id) => `\`${id}\``).join(", ")}.` : "";
  const markdown = [
    `**${problemTitle(meta.id)}** — ${meta.title}, Pod Security Standards ${levelName} level (\`${meta.id}\`)`,
    meta.description,
    `**Allowed:** ${meta.allowed}`,
    ...overrides === "" ? [] : [overrides],
    `**How to fix**

${meta.fix}`,
    `[Kubernetes Pod Security Standards](${meta.docsUrl}) · [podsec: ${meta.id}](${docsPage})`
  ].join("\n\n");
  const text = [
    `${problemTitle(meta.id)}: ${meta.title} (Pod Security Standards, ${meta.level}; check ${meta.id}).`,
    plainText(meta.description),
    `Allowed: ${plainText(meta.allowed)}`,
    ...overrides === "" ? [] : [plainText(overrides)],
    `How to fix: ${plainText(meta.fix)}`,
    `Kubernetes documentation: ${meta.docsUrl}`,
    `podsec documentation: ${docsPage}`
  ].join("\n\n");
  return {
    id: meta.id,
    name: ruleName(meta.level, meta.title, meta.id),
    // Code scanning titles alerts with this: it names the problem, not the rule.
    shortDescription: { text: clip(problemTitle(meta.id), SARIF_LIMITS.textLength) },
    fullDescription: { text: clip(sentence(plainText(meta.description)), SARIF_LIMITS.textLength) },
    help: { text, markdown },
    helpUri: docsPage,
    defaultConfiguration: { level: meta.level === "baseline" ? "error" : "warning" },
    properties: {
      tags: ["security", "kubernetes", "pod-security", `pss-${meta.level}`],
      precision: "very-high",
      "security-severity": SECURITY_SEVERITY[meta.id] ?? (meta.level === "baseline" ? "7.5" : "5.0")
    }
  };
}
function fallbackRule(finding) {
  const restricted = finding.level === "restricted";
  return {
    id: finding.check,
    name: ruleName(finding.level, finding.check, finding.check),
    shortDescription: { text: `Pod Security Standards check ${finding.check}.` },
    fullDescription: { text: `Pod Security Standards check ${finding.check} (${finding.level}).` },
    help: { text: `Pod Security Standards check ${finding.check}. See the podsec documentation for this check.` },
    defaultConfiguration: { level: restricted ? "warning" : "error" },
    properties: {
      tags: ["security", "kubernetes", "pod-security", `pss-${finding.level}`],
      precision: "very-high",
      "security-severity": restricted ? "5.0" : "7.5"
    }
  };
}
function selectResults(problems, limit) {
  const omitted = { error: 0, warning: 0, note: 0 };
  problems.slice(limit).forEach((problem) => omitted[problem.severity]++);
  return { kept: problems.slice(0, limit), omitted };
}
function withFixes(result, fixes) {
  return fixes && fixes.length > 0 ? { ...result, fixes } : result;
}
function withBaselineState(result, state) {
  return state === void 0 ? result : { ...result, baselineState: state };
}
function baselineState(problem) {
  if (problem.findings.some((finding) => finding.suppressed === void 0)) return "new";
  return problem.findings.some((finding) => finding.suppressed?.source === "baseline") ? "unchanged" : void 0;
}
function fixesOf(problem, fixes) {
  if (fixes === void 0) return void 0;
  for (const finding of problem.findings) {
    const found = fixes(finding);
    if (found !== void 0 && found.length > 0) return found;
  }
  return void 0;
}
function sarifResult(problem, ruleIndex, meta, paths) {
  const related = problem.related.slice(0, SARIF_LIMITS.relatedLocationsPerResult).map((location, index) => ({
    id: index + 1,
    ...physical(location, paths),
    message: { text: nonEmpty2(location.message, "Related source of this value.") }
  }));
  const targets = problem.targets.map(formatTarget);
  return {
    ruleId: problem.check,
    ruleIndex,
    level: LEVEL_BY_SEVERITY[problem.severity],
    message: { text: resultMessage(problem, meta) },
    locations: [physical(problem, paths)],
    ...related.length > 0 ? { relatedLocations: related } : {},
    partialFingerprints: { primaryLocationLineHash: problem.id },
    ...problem.suppressed === void 0 ? {} : { suppressions: [suppression(problem.suppressed)] },
    properties: {
      modes: [...problem.modes],
      policies: problem.policies.map((policy) => `${policy.mode} ${policy.level}:${policy.version}`),
      messages: problem.findings.map((finding) => finding.message),
      blocking: problem.blocking,
      apiVersion: problem.apiVersion,
      kind: problem.kind,
      namespace: problem.namespace,
      name: problem.name,
      ...problem.containers.length > 0 ? { containers: [...problem.containers] } : {},
      field: problem.field,
      ...targets.length > 0 ? { targets } : {},
      ...problem.upcoming ? { upcoming: true } : {}
    }
  };
}
function resultMessage(problem, meta) {
  const parts = [];
  const prefix = problem.upcoming ? "After an upgrade to the next version, " : "";
  parts.push(sentence(`${prefix}${workloadLabel(problem)}: ${problemMessage(problem)}`));
  parts.push(sentence(`Breaks ${formatPolicies(problem.policies)}`));
  const note = problem.suppressed === void 0 ? controllerEnforceNote(problem) : void 0;
  if (note !== void 0) parts.push(sentence(note));
  const rendered = renderedTargets(problem.targets);
  if (rendered.length > 0) parts.push(sentence(`Seen in ${rendered.map(formatTarget).join("; ")}`));
  const hint = meta === void 0 ? "" : fixLine(problem);
  if (hint !== "") parts.push(`Fix: ${sentence(hint)}`);
  return parts.join(" ");
}
function suppression(suppressed) {
  const { reason, source, expires } = suppressed;
  return {
    kind: source === "annotation" ? "inSource" : "external",
    status: "accepted",
    justification: nonEmpty2(reason, `Suppressed by ${source}.`),
    properties: { source, ...expires === void 0 ? {} : { expires } }
  };
}
function notification(error, level, paths) {
  const text = sentence(nonEmpty2(error.message, "Unknown problem"));
  const target2 = error.target === void 0 ? "" : ` (${formatTarget(error.target)})`;
  const location = errorLocation(error, paths);
  return {
    level,
    message: { text: `${error.file === "" ? "" : `${error.file}${target2}: `}${text}` },
    ...location === void 0 ? {} : { locations: [location] }
  };
}
function errorLocation(error, paths) {
  if (error.file === "" || error.file === "-") return void 0;
  const artifactLocation = artifact(error.file, paths);
  if (error.line === void 0 || error.line < 1) return { physicalLocation: { artifactLocation } };
  const region2 = error.column === void 0 || error.column < 1 ? { startLine: error.line } : { startLine: error.line, startColumn: error.column };
  return { physicalLocation: { artifactLocation, region: region2 } };
}
function physical(location, paths) {
  return { physicalLocation: { artifactLocation: artifact(location.file, paths), region: region(location) } };
}
function region(location) {
  const startLine = Math.max(1, Math.trunc(location.line));
  const startColumn = Math.max(1, Math.trunc(location.column));
  let endLine = Math.max(startLine, Math.trunc(location.endLine));
  let endColumn = Math.max(1, Math.trunc(location.endColumn));
  if (!Number.isFinite(endLine)) endLine = startLine;
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}
function srcRootUri(root) {
  const posix3 = root.replace(/\\/g, "/").replace(/\/+$/, "");
  const encoded = posix3.split("/").map((segment, index) => index === 0 && segment.endsWith(":") ? segment : encodeURIComponent(segment)).join("/");
  return `file://${encoded.startsWith("/") ? "" : "/"}${encoded}/`;
}
function artifact(file, paths) {
  let path9 = file.replace(/\\/g, "/");
  const root = paths.srcRoot?.replace(/\\/g, "/").replace(/\/+$/, "");
  if (root !== void 0 && root !== "" && path9.startsWith(`${root}/`)) path9 = path9.slice(root.length + 1);
  while (path9.startsWith("./")) path9 = path9.slice(2);
  const absolute = path9.startsWith("/") || /^[A-Za-z]:\//.test(path9);
  const encoded = path9.split("/").map((segment, index) => absolute && index === 0 && segment.endsWith(":") ? segment : encodeURIComponent(segment)).join("/");
  if (absolute) return { uri: `file://${encoded.startsWith("/") ? "" : "/"}${encoded}` };
  return { uri: encoded === "" ? "." : encoded, uriBaseId: SRCROOT };
}
function ruleName(level, title2, fallback) {
  const words = `${level} ${title2}`.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map(
    (word) => /[A-Z]{2}/.test(word) ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)
  ).join("");
  return clip(name === "" ? fallback : name, SARIF_LIMITS.ruleNameLength);
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function nonEmpty2(text, fallback) {
  return text === void 0 || text.trim() === "" ? fallback : text;
}

// src/report/sections.ts
var MIN_GROUP = 3;
function sectionKind(problem) {
  if (problem.suppressed !== void 0) return "suppressed";
  if (problem.upcoming) return "upcoming";
  if (problem.blocking) return "blocking";
  return problem.modes[0] ?? "audit";
}
function title(kind, failOn) {
  switch (kind) {
    case "blocking":
      return `Fails the run (fail-on: ${failOn})`;
    case "enforce":
      return `Enforce, not failing the run (fail-on: ${failOn})`;
    case "warn":
      return "Warnings (warn)";
    case "audit":
      return "Audit notes (audit)";
    case "upcoming":
      return "Only at the next version";
    case "suppressed":
      return "Suppressed";
  }
}
var SEVERITY = {
  blocking: "error",
  enforce: "error",
  warn: "warning",
  audit: "note",
  upcoming: "note",
  suppressed: "note"
};
function sameProblemKey(problem) {
  return [problem.check, formatPolicies(problem.policies), problemMessage(problem)].join("\0");
}
function problemSections(report) {
  const byKind = /* @__PURE__ */ new Map();
  const ordered = [...report.problems].sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || problemTier(a) - problemTier(b)
  );
  for (const problem of ordered) {
    const kind = sectionKind(problem);
    const list = byKind.get(kind);
    if (list === void 0) byKind.set(kind, [problem]);
    else list.push(problem);
  }
  const order = ["blocking", "enforce", "warn", "audit", "upcoming", "suppressed"];
  return order.filter((kind) => byKind.has(kind)).map((kind) => {
    const problems = byKind.get(kind) ?? [];
    return {
      kind,
      title: title(kind, report.failOn),
      severity: SEVERITY[kind],
      problems,
      blocks: blocks(problems, kind !== "suppressed")
    };
  });
}
function blocks(problems, group) {
  const shared = /* @__PURE__ */ new Map();
  if (group) {
    for (const problem of problems) {
      const key = sameProblemKey(problem);
      const list = shared.get(key);
      if (list === void 0) shared.set(key, [problem]);
      else list.push(problem);
    }
  }
  const grouped = /* @__PURE__ */ new Set();
  for (const [key, list] of shared) {
    if (new Set(list.map((problem) => workloadKey(problem))).size >= MIN_GROUP) grouped.add(key);
  }
  const out = [];
  const blockByKey = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    const same = sameProblemKey(problem);
    const key = grouped.has(same) ? `group\0${same}` : `workload\0${workloadKey(problem)}`;
    let block = blockByKey.get(key);
    if (block === void 0) {
      block = { kind: grouped.has(same) ? "group" : "workload", problems: [] };
      blockByKey.set(key, block);
      out.push(block);
    }
    block.problems.push(problem);
  }
  return out;
}

// src/report/summary.ts
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var RESERVE_BYTES = 1024;
var encoder = new TextEncoder();
var byteLength = (text) => encoder.encode(text).length;
var BoundedMarkdown = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  parts = [];
  bytes = 0;
  full = false;
  omittedRows = 0;
  /** Adds a block (with its newline) if it fits; returns false, and stays full, when it does not. */
  add(block) {
    if (this.full) return false;
    const size = byteLength(block) + 1;
    if (this.bytes + size > this.budget) {
      this.full = true;
      return false;
    }
    this.parts.push(block);
    this.bytes += size;
    return true;
  }
  /** A table or list row: counted when it does not fit. */
  row(block) {
    if (!this.add(block)) this.omittedRows++;
  }
  /** Always appended (closing tags, the truncation note): paid for by the reserve. */
  force(block) {
    this.parts.push(block);
    this.bytes += byteLength(block) + 1;
  }
  text() {
    return `${this.parts.join("\n")}
`;
  }
};
function blobBaseUrl(env) {
  const server = env["GITHUB_SERVER_URL"] ?? "https://github.com";
  const repository = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  if (repository === void 0 || sha === void 0 || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return void 0;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^https?:\/\/[^\s"'<>()]+$/.test(server))
    return void 0;
  return `${server.replace(/\/+$/, "")}/${repository}/blob/${sha}`;
}
function renderJobSummary(result, options = {}) {
  const maxBytes = Math.max(2 * RESERVE_BYTES, options.maxBytes ?? JOB_SUMMARY_MAX_BYTES - 4096);
  const out = new BoundedMarkdown(maxBytes - RESERVE_BYTES);
  const report = problemReport(result, options.failOn);
  out.add(`## ${escapeInline(options.title ?? "podsec: Pod Security Standards")}`);
  out.add("");
  writeProblemMarkdown(out, report, result.errors, options);
  if (result.notices.length > 0) {
    out.add("");
    if (out.add(`<details><summary>${plural3(result.notices.length, "notice")}</summary>`)) {
      out.add("");
      for (const notice of result.notices) out.row(`- ${errorLine(notice, options.blobUrl)}`);
      out.force("");
      out.force("</details>");
    } else {
      out.omittedRows += result.notices.length;
    }
  }
  closeBudget(out);
  return out.text();
}
function headline(counts) {
  if (counts.blocking > 0) {
    const errors = counts.errors > 0 ? ` and ${plural3(counts.errors, "error")} stopped part of the scan` : "";
    return `❌ ${plural3(counts.blocking, "problem blocks", "problems block")} the merge${errors}`;
  }
  if (counts.errors > 0) return `❌ ${plural3(counts.errors, "error")} stopped part of the scan`;
  const rest = counts.problems > 0 ? ` (${plural3(counts.problems, "problem")} below do not block it)` : "";
  return `✅ Passed: nothing blocks the merge${rest}`;
}
function writeProblemMarkdown(out, report, errors, options) {
  const { counts } = report;
  out.add(`### ${headline(counts)}`);
  out.add("");
  const sentence2 = countsSentence(counts, report.failOn);
  out.add(escapeInline(options.workloadsKnown === false ? sentence2.replace(/^[^;]*; /, "") : sentence2));
  if (errors.length > 0) {
    const shown = errors.slice(0, options.maxErrors ?? errors.length);
    out.add("");
    out.add(`#### ${plural3(errors.length, "error")}`);
    out.add("");
    for (const error of shown) out.row(`- ${errorLine(error, options.blobUrl)}`);
    out.omittedRows += errors.length - shown.length;
  }
  for (const section of problemSections(report)) {
    if (section.kind === "suppressed") continue;
    out.add("");
    const folded = section.kind !== "blocking";
    if (folded) {
      if (!out.add(
        `<details><summary><b>${escapeInline(section.title)}</b>: ${plural3(section.problems.length, "problem")}</summary>`
      )) {
        out.omittedRows += section.problems.length;
        continue;
      }
    } else {
      out.add(`#### ${escapeInline(section.title)}`);
    }
    out.add("");
    if (section.kind === "blocking" && section.problems.some((problem) => problem.modes.includes("enforce") && problem.kind !== "Pod")) {
      out.add(
        "A controller (Deployment, DaemonSet, Job, …) that breaks enforce is itself accepted; the Pods it creates are rejected."
      );
      out.add("");
    }
    const agents = [
      ...new Set(
        section.problems.filter((problem) => alternativeAdvice(problem) !== void 0).map((problem) => workloadLabel(problem))
      )
    ];
    const advice = section.problems.map((problem) => alternativeAdvice(problem)).find((text) => text !== void 0);
    if (advice !== void 0) {
      out.add(`**${cell(agents.join(", "))}:** ${cell(advice)}`);
      out.add("");
    }
    out.add("| Where | Problem | Fix |");
    out.add("| --- | --- | --- |");
    for (const block of section.blocks) for (const row of blockRows(block, options.blobUrl)) out.row(row);
    if (folded) {
      out.force("");
      out.force("</details>");
    }
  }
  const suppressed = report.problems.filter((problem) => problem.suppressed !== void 0);
  if (suppressed.length > 0) {
    out.add("");
    if (options.showSuppressed === true && !out.add(`<details><summary>${plural3(suppressed.length, "suppressed problem")}</summary>`)) {
      out.omittedRows += suppressed.length;
    } else if (options.showSuppressed === true) {
      out.add("");
      for (const problem of suppressed) {
        const why = problem.suppressed === void 0 ? "" : ` — ${cell(formatSuppression(problem.suppressed))}`;
        out.row(
          `- ${where(problem.file, problem.line, options.blobUrl)} ${code(problem.check)} ${cell(workloadLabel(problem))}${why}`
        );
      }
      out.force("");
      out.force("</details>");
    } else {
      out.add(
        `${plural3(suppressed.length, "suppressed problem")} (exemptions, relaxations or annotations) not listed here; the JSON report and \`podsec scan --show-suppressed\` list them.`
      );
    }
  }
}
function closeBudget(out) {
  if (out.omittedRows > 0) {
    out.force("");
    out.force(
      `> [!NOTE]
> ${out.omittedRows} more ${out.omittedRows === 1 ? "row was" : "rows were"} left out to keep this text under GitHub's size limit. The JSON and SARIF reports list every problem.`
    );
  }
}
function problemCell(problem) {
  return `**${cell(problemTitle(problem.check))}**<br>${cell(problemMessage(problem))}<br><sub>${cell(formatPolicies(problem.policies))}</sub>`;
}
function fixCell(problem) {
  return `${cell(checkFix(problem.check))} [${cell(problem.check)}](${checkPageUrl(problem.check)})`;
}
var MAX_GROUP_PLACES = 20;
function blockRows(block, blobUrl) {
  const [first] = block.problems;
  if (block.kind === "group") {
    const places = block.problems.slice(0, MAX_GROUP_PLACES).map((problem) => `${where(problem.file, problem.line, blobUrl)} ${cell(workloadLabel(problem))}`);
    if (block.problems.length > MAX_GROUP_PLACES)
      places.push(`… and ${block.problems.length - MAX_GROUP_PLACES} more (the JSON report lists all)`);
    return [
      `| ${plural3(block.problems.length, "workload")}:<br>${places.join("<br>")} | ${problemCell(first)} | ${fixCell(first)} |`
    ];
  }
  return block.problems.map(
    (problem) => `| ${where(problem.file, problem.line, blobUrl)}<br>${cell(workloadLabel(problem))}${alsoCell(problem, blobUrl)} | ${problemCell(problem)} | ${fixCell(problem)} |`
  );
}
var MAX_ROW_PLACES = 3;
function alsoCell(problem, blobUrl) {
  const places = relatedPlaces(problem.related);
  if (places.length === 0) return "";
  const shown = places.slice(0, MAX_ROW_PLACES).map((place2) => {
    const [first, ...more] = place2.lines;
    return `${where(place2.file, first, blobUrl)}${more.length > 0 ? `, ${more.join(", ")}` : ""}`;
  });
  if (places.length > MAX_ROW_PLACES) shown.push(`${places.length - MAX_ROW_PLACES} more`);
  return `<br><sub>related: ${shown.join("; ")}</sub>`;
}
function where(file, line, blobUrl) {
  const text = escapeInline(formatLocation(file, line)).replace(/\//g, "/<wbr>");
  if (blobUrl === void 0 || file === "" || file === "-" || file.startsWith("/")) return text;
  const path9 = file.split("/").map(encodeURIComponent).join("/");
  return `[${text}](${blobUrl}/${path9}${line === void 0 ? "" : `#L${line}`})`;
}
function errorLine(error, blobUrl) {
  const target2 = error.target === void 0 ? "" : ` (${formatTarget(error.target)})`;
  return `${where(error.file, error.line, blobUrl)}${escapeInline(target2)}: ${escapeInline(error.message).replace(/\r?\n/g, "<br>")}`;
}
function cell(text) {
  return escapeInline(text).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function escapeInline(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]~])/g, "\\$1").replace(/@/g, "@​");
}
function code(text) {
  if (/[`\r\n]/.test(text)) return cell(text);
  return `\`${text.replace(/\|/g, "\\|")}\``;
}

// src/report/text.ts
var ANSI = {
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  red: ["\x1B[31m", "\x1B[39m"],
  yellow: ["\x1B[33m", "\x1B[39m"],
  cyan: ["\x1B[36m", "\x1B[39m"],
  green: ["\x1B[32m", "\x1B[39m"]
};
function painter(color) {
  if (!color) return (text) => text;
  return (text, ...styles) => styles.reduce((acc, style) => `${ANSI[style][0]}${acc}${ANSI[style][1]}`, text);
}
var SEVERITY_COLOUR = { error: "red", warning: "yellow", note: "cyan" };
function renderText(result, options) {
  const paint = painter(options.color);
  const verbose = options.verbose === true;
  const report = problemReport(result, options.failOn);
  const lines = [];
  const definedAt = definitionFinder(result.workloads);
  for (const section of problemSections(report)) {
    if (section.kind === "suppressed" && options.showSuppressed !== true) continue;
    const colour = section.kind === "blocking" ? "red" : section.kind === "suppressed" ? "dim" : SEVERITY_COLOUR[section.severity];
    lines.push(paint(`${section.title}: ${plural3(section.problems.length, "problem")}`, "bold", colour));
    for (const block of section.blocks) {
      if (section.kind === "suppressed") lines.push(...suppressedLines(block, paint));
      else lines.push(...blockLines(block, paint, verbose, definedAt));
    }
    lines.push("");
  }
  const suppressed = report.counts.suppressed;
  if (suppressed > 0 && options.showSuppressed !== true) {
    lines.push(
      paint(
        `${suppressed} suppressed ${suppressed === 1 ? "problem is" : "problems are"} not shown (--show-suppressed lists them).`,
        "dim"
      ),
      ""
    );
  }
  if (verbose) {
    const withProblems = new Set(report.problems.filter(isActive).map((problem) => workloadKey(problem)));
    const passing = passingWorkloads(result.workloads).filter((verdict) => !withProblems.has(workloadKey(verdict)));
    if (passing.length > 0) {
      lines.push(paint(`Passing workloads (${passing.length})`, "bold", "green"));
      for (const verdict of passing) {
        const exempt = verdict.exempt === void 0 ? "" : `  exempt (${verdict.exempt})`;
        lines.push(`  ${formatLocation(verdict.file, verdict.line)}  ${workloadLabel(verdict)}${exempt}`);
      }
      lines.push("");
    }
  }
  if (result.errors.length > 0) {
    lines.push(paint("Errors", "bold", "red"));
    for (const error of result.errors) lines.push(`  ${paint(formatScanError(error), "red")}`);
    lines.push("");
  }
  if (result.notices.length > 0) {
    lines.push(paint("Notices", "bold"));
    for (const notice of result.notices) lines.push(`  ${formatScanError(notice)}`);
    lines.push("");
  }
  const failing = report.counts.blocking > 0 || report.counts.errors > 0;
  lines.push(paint(countsSentence(report.counts, report.failOn), "bold", failing ? "red" : "green"));
  return `${lines.join("\n")}
`;
}
function definitionFinder(verdicts) {
  const byObject = /* @__PURE__ */ new Map();
  for (const verdict of verdicts) {
    const key = [verdict.apiVersion, verdict.kind, verdict.namespace, verdict.name, verdict.part ?? ""].join("\0");
    if (!byObject.has(key)) byObject.set(key, verdict);
  }
  return (problem) => {
    const verdict = byObject.get(
      [problem.apiVersion, problem.kind, problem.namespace, problem.name, problem.part ?? ""].join("\0")
    );
    return verdict === void 0 ? formatLocation(problem.file) : formatLocation(verdict.file, verdict.line);
  };
}
function blockLines(block, paint, verbose, definedAt) {
  const [first] = block.problems;
  const lines = [];
  if (block.kind === "workload") {
    lines.push(`  ${paint(workloadLabel(first), "bold")}  ${paint(definedAt(first), "dim")}`);
    const note = block.problems.map((problem) => controllerEnforceNote(problem)).find((text) => text !== void 0);
    if (note !== void 0) lines.push(`    ${paint(note, "yellow")}`);
    const advice = block.problems.map((problem) => alternativeAdvice(problem)).find((text) => text !== void 0);
    if (advice !== void 0) lines.push(`    ${paint(advice, "yellow")}`);
    for (const problem of block.problems) {
      lines.push(`    ${problemLine(problem, paint)}`);
      if (verbose) lines.push(...verboseLines(problem).map((line) => `      ${paint(line, "dim")}`));
      lines.push(`      ${fixText(problem, paint)}`);
    }
    return lines;
  }
  lines.push(
    `  ${paint(`${block.problems.length} workloads`, "bold")}  ${paint(first.check, "bold")}  ${formatPolicies(first.policies)}  ${printable(problemMessage(first))}`
  );
  for (const problem of block.problems) {
    lines.push(`    ${formatLocation(problem.file, problem.line)}  ${workloadLabel(problem)}`);
    if (verbose) lines.push(...verboseLines(problem).map((line) => `      ${paint(line, "dim")}`));
  }
  lines.push(`    ${fixText(first, paint)}`);
  return lines;
}
function problemLine(problem, paint) {
  return `${formatLocation(problem.file, problem.line)}  ${paint(problem.check, "bold")}  ${formatPolicies(problem.policies)}  ${printable(problemMessage(problem))}`;
}
function fixText(problem, paint) {
  return paint(`fix: ${checkFix(problem.check)} ${checkPageUrl(problem.check)}`, "green");
}
function verboseLines(problem) {
  const lines = [`field: ${printable(problem.field)}`];
  for (const finding of problem.findings) lines.push(`${finding.modes.join(", ")}: ${printable(finding.message)}`);
  for (const place2 of relatedPlaces(problem.related)) {
    lines.push(
      `related: ${printable(formatRelatedPlace(place2))}${place2.message === void 0 ? "" : ` ${printable(place2.message)}`}`
    );
  }
  const targets = renderedTargets(problem.targets);
  if (targets.length > 0)
    lines.push(`${targets.length === 1 ? "target" : "targets"}: ${targets.map(formatTarget).join("; ")}`);
  return lines;
}
function suppressedLines(block, paint) {
  return block.problems.map((problem) => {
    const why = problem.suppressed === void 0 ? "" : `  suppressed by ${formatSuppression(problem.suppressed)}`;
    return paint(
      `  ${formatLocation(problem.file, problem.line)}  ${problem.check}  ${workloadLabel(problem)}${why}`,
      "dim"
    );
  });
}
function passingWorkloads(verdicts) {
  const byKey = /* @__PURE__ */ new Map();
  for (const verdict of verdicts) {
    const key = workloadKey(verdict);
    const list = byKey.get(key);
    if (list === void 0) byKey.set(key, [verdict]);
    else list.push(verdict);
  }
  return [...byKey.values()].filter((list) => list.every((verdict) => verdict.allowed)).map((list) => itemAt(list, 0));
}

// src/run-scan.ts
import { availableParallelism } from "node:os";
import path4 from "node:path";

// src/node-deps.ts
import { readFile as readFile2, stat } from "node:fs/promises";

// src/discover/boundary.ts
import { dirname, join, resolve as resolve2 } from "node:path";

// src/discover/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function toPosix(path9) {
  return sep === "/" ? path9 : path9.split(sep).join("/");
}
function normalizeGiven(given) {
  let path9 = given.replace(/\\/g, "/");
  while (path9.length > 1 && path9.endsWith("/")) path9 = path9.slice(0, -1);
  return path9;
}
function joinDisplay(prefix, inside) {
  if (inside === "") return prefix;
  if (prefix === "." || prefix === "") return inside;
  if (prefix.endsWith("/")) return prefix + inside;
  return `${prefix}/${inside}`;
}
function isInside(parent, child2) {
  const rel = relative(parent, child2);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function createDisplayPath(cwd, roots) {
  const candidates = roots.flatMap((root) => [
    { base: root.absolute, given: root.given },
    { base: root.real, given: root.given }
  ]).sort((a, b) => b.base.length - a.base.length);
  return (absolute) => {
    const target2 = resolve(absolute);
    for (const candidate of candidates) {
      if (isInside(candidate.base, target2))
        return joinDisplay(candidate.given, toPosix(relative(candidate.base, target2)));
    }
    const rel = toPosix(relative(cwd, target2));
    return rel === "" ? "." : rel;
  };
}
function fnv1a(text) {
  let hash = 2166136261;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash >>> 0;
}
function assignShard(targetPath, total) {
  if (!Number.isInteger(total) || total < 1)
    throw new RangeError(`shard total must be a positive integer, got ${String(total)}`);
  return fnv1a(targetPath) % total + 1;
}

// src/discover/boundary.ts
async function findScanBoundary(fs, directory, cwd, scannedPaths) {
  for (let dir = directory; ; dir = dirname(dir)) {
    const found = await fs.lstat(join(dir, ".git")).then(
      () => true,
      () => false
    );
    if (found) return { path: dir, kind: "git" };
    if (dirname(dir) === dir) break;
  }
  if (isInside(cwd, directory)) return { path: cwd, kind: "working folder" };
  const widest = scannedPaths.map((given) => resolve2(cwd, given)).filter((root) => isInside(root, directory)).sort((a, b) => a.length - b.length)[0];
  return { path: widest ?? directory, kind: "scanned path" };
}
function outsideBoundary(what, boundary) {
  if (boundary.kind === "git")
    return `${what} is outside the scanned repository; podsec does not render it (the boundary is its git top level, ${boundary.path})`;
  return `${what} is outside the scanned folder; podsec does not render it (the boundary is the ${boundary.kind} ${boundary.path}, which is not in a git repository)`;
}

// src/discover/discover.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { basename, dirname as dirname3, extname, join as join3, relative as relative2, resolve as resolve3 } from "node:path";

// src/discover/fs.ts
function errorCode(error) {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code2 = error.code;
    if (typeof code2 === "string") return code2;
  }
  return void 0;
}
function describeFileError(error) {
  const code2 = errorCode(error);
  if (code2 === "ENOENT") return "no such file or directory";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "ELOOP") return "too many levels of symbolic links";
  if (code2 === "EISDIR") return "is a directory";
  if (code2 === "ENOTDIR") return "not a directory";
  if (error instanceof Error)
    return code2 ? `${code2}: ${error.message.split("\n")[0] ?? ""}` : error.message.split("\n")[0] ?? "";
  return String(error);
}
async function pathType(fs, path9) {
  try {
    const real = await fs.realpath(path9);
    return (await fs.lstat(real)).type;
  } catch {
    return void 0;
  }
}

// src/render/kustomize/kustomization-file.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { dirname as dirname2, join as join2 } from "node:path";
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_ALIASES = 100;
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function objects(value) {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}
function isInlineEntry(entry) {
  return entry.includes("\n");
}
async function findKustomizationFile(fs, dir) {
  let names;
  try {
    names = new Set((await fs.readDir(dir)).filter((entry) => entry.type !== "directory").map((entry) => entry.name));
  } catch {
    return void 0;
  }
  const name = KUSTOMIZATION_FILE_NAMES.find((candidate) => names.has(candidate));
  return name === void 0 ? void 0 : join2(dir, name);
}
function parseKustomizationText(text, file) {
  let data;
  try {
    const documents2 = (0, import_yaml2.parseAllDocuments)(text, { uniqueKeys: false, merge: true, logLevel: "error" });
    const first = Array.isArray(documents2) ? documents2[0] : void 0;
    const [error] = first?.errors ?? [];
    if (error) throw error;
    data = first?.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    if (data === null || data === void 0) data = {};
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "").replace(/:\s*$/, "") : String(error);
    return { error: `cannot parse kustomization: ${message}` };
  }
  if (typeof data !== "object" || Array.isArray(data)) return { error: "a kustomization must be a mapping" };
  const record = data;
  const kind = typeof record["kind"] === "string" ? record["kind"] : "Kustomization";
  return { file, dir: dirname2(file), kind, data: record };
}
async function readKustomizationAt(fs, dir) {
  const file = await findKustomizationFile(fs, dir);
  if (file === void 0) return { error: `no ${KUSTOMIZATION_FILE_NAMES.join(", ")} in the directory` };
  let text;
  try {
    text = await fs.readFile(file);
  } catch (error) {
    return { file, error: `cannot read kustomization: ${describeFileError(error)}` };
  }
  const parsed = parseKustomizationText(text, file);
  return "error" in parsed ? { file, error: parsed.error } : parsed;
}
function baseEntries(data) {
  return [...strings(data["resources"]), ...strings(data["bases"]), ...strings(data["components"])];
}
function configEntries(data) {
  return [...strings(data["generators"]), ...strings(data["transformers"]), ...strings(data["validators"])].filter(
    (entry) => !isInlineEntry(entry)
  );
}
function fileEntries(data) {
  const files = [];
  for (const patch of objects(data["patches"])) if (typeof patch["path"] === "string") files.push(patch["path"]);
  for (const patch of objects(data["patchesJson6902"]))
    if (typeof patch["path"] === "string") files.push(patch["path"]);
  files.push(...strings(data["patchesStrategicMerge"]));
  for (const replacement of objects(data["replacements"]))
    if (typeof replacement["path"] === "string") files.push(replacement["path"]);
  for (const generator of [...objects(data["configMapGenerator"]), ...objects(data["secretGenerator"])]) {
    for (const entry of strings(generator["files"]))
      files.push(entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry);
    files.push(...strings(generator["envs"]));
    if (typeof generator["env"] === "string") files.push(generator["env"]);
  }
  files.push(...strings(data["configurations"]), ...strings(data["crds"]));
  const openapi = data["openapi"];
  if (typeof openapi === "object" && openapi !== null && typeof openapi["path"] === "string") {
    files.push(openapi["path"]);
  }
  return files.filter((entry) => !isInlineEntry(entry));
}

// src/discover/discover.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
async function walk(context, dir, realDir) {
  let entries;
  try {
    entries = await context.fs.readDir(dir);
  } catch (error) {
    context.errors.push({ file: context.display(dir), message: `cannot read directory: ${describeFileError(error)}` });
    return;
  }
  entries.sort((a, b) => compareStrings(a.name, b.name));
  const files = /* @__PURE__ */ new Set();
  context.tree.dirFiles.set(dir, files);
  for (const entry of entries) {
    const path9 = join3(dir, entry.name);
    if (context.excluded(path9)) continue;
    if (entry.type === "directory") {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      await walk(context, path9, join3(realDir, entry.name));
    } else if (entry.type === "file") {
      files.add(entry.name);
      context.tree.files.push(path9);
    } else if (entry.type === "symlink") {
      let target2;
      try {
        target2 = await context.fs.realpath(path9);
      } catch (error) {
        if (isManifestName(entry.name) || KUSTOMIZATION_FILE_NAMES.includes(entry.name) || entry.name === "Chart.yaml") {
          context.errors.push({
            file: context.display(path9),
            message: `cannot follow symlink: ${describeFileError(error)}`
          });
        }
        continue;
      }
      if (!isInside(context.root.real, target2)) {
        context.errors.push({
          file: context.display(path9),
          message: "symlink points outside the scanned directory; it is not followed"
        });
        continue;
      }
      if (entry.name === "Chart.yaml" || KUSTOMIZATION_FILE_NAMES.includes(entry.name)) files.add(entry.name);
    }
  }
}
function isManifestName(name) {
  return MANIFEST_EXTENSIONS.has(extname(name).toLowerCase());
}
function kustomizationFileIn(files) {
  return files === void 0 ? void 0 : KUSTOMIZATION_FILE_NAMES.find((name) => files.has(name));
}
async function detectKind(fs, absolute) {
  try {
    const real = await fs.realpath(absolute);
    const info = await fs.lstat(real);
    if (info.type === "file") return "manifest";
    if (info.type !== "directory") return void 0;
    const names = new Set((await fs.readDir(real)).map((entry) => entry.name));
    if (names.has("Chart.yaml")) return "helm";
    if (kustomizationFileIn(names)) return "kustomize";
    return void 0;
  } catch {
    return void 0;
  }
}
async function isLibraryChart(fs, chartDir) {
  try {
    return LIBRARY_TYPE_LINE.test(await fs.readFile(join3(chartDir, "Chart.yaml")));
  } catch {
    return false;
  }
}
var LIBRARY_TYPE_LINE = /^type:[ \t]*(["']?)library\1[ \t]*(?:#.*)?\r?$/m;
function isDeployable(data, buildsOnKustomization) {
  const namespace = data["namespace"];
  return buildsOnKustomization || typeof namespace === "string" && namespace !== "";
}
function addTarget(targets, target2) {
  const key = target2.stdin ? "-" : target2.absolutePath;
  if (!targets.has(key)) targets.set(key, target2);
}
async function discoverTargets(request, fs) {
  const errors = [];
  const targets = /* @__PURE__ */ new Map();
  const given = request.paths.length > 0 ? request.paths : ["."];
  const roots = [];
  for (const path9 of given) {
    if (path9 === "-") continue;
    const absolute = resolve3(request.cwd, path9);
    let real = absolute;
    try {
      real = await fs.realpath(absolute);
    } catch {
    }
    roots.push({ given: normalizeGiven(path9), absolute, real });
  }
  const displayPath = createDisplayPath(request.cwd, roots);
  const matchExcluded = request.exclude.length > 0 ? (0, import_picomatch2.default)([...request.exclude], { dot: true }) : void 0;
  const excluded = (absolute) => {
    if (matchExcluded === void 0) return false;
    const fromCwd = toPosix(relative2(request.cwd, absolute));
    return matchExcluded(fromCwd) || matchExcluded(displayPath(absolute));
  };
  const tree = { dirFiles: /* @__PURE__ */ new Map(), files: [] };
  for (const path9 of given) {
    if (path9 === "-") {
      addTarget(targets, { kind: "manifest", path: "-", absolutePath: "-", stdin: true });
      continue;
    }
    const root = roots.find(
      (candidate) => candidate.given === normalizeGiven(path9) && candidate.absolute === resolve3(request.cwd, path9)
    );
    if (root === void 0) continue;
    if (excluded(root.absolute)) continue;
    let type;
    try {
      type = (await fs.lstat(root.real)).type;
    } catch (error) {
      errors.push({
        file: root.given,
        message: errorCode(error) === "ENOENT" ? "path does not exist" : `cannot read path: ${describeFileError(error)}`
      });
      continue;
    }
    if (type === "directory") {
      await walk({ fs, root, excluded, display: displayPath, errors, tree }, root.absolute, root.real);
    } else if (type === "file") {
      const name = basename(root.absolute);
      const dir = dirname3(root.absolute);
      if (name === "Chart.yaml") addTarget(targets, { kind: "helm", path: displayPath(dir), absolutePath: dir });
      else if (KUSTOMIZATION_FILE_NAMES.includes(name))
        addTarget(targets, { kind: "kustomize", path: displayPath(dir), absolutePath: dir });
      else addTarget(targets, { kind: "manifest", path: root.given, absolutePath: root.absolute });
    } else {
      errors.push({ file: root.given, message: "not a regular file or directory" });
    }
  }
  const directories = [...tree.dirFiles.keys()];
  const chartDirs = directories.filter((dir) => tree.dirFiles.get(dir)?.has("Chart.yaml"));
  const chartSet = new Set(chartDirs);
  const underAny = (set, path9) => {
    for (let current = path9; ; current = dirname3(current)) {
      if (set.has(current)) return true;
      if (dirname3(current) === current) return false;
    }
  };
  const insideChart = (path9) => underAny(chartSet, path9);
  for (const chart of chartDirs) {
    if (insideChart(dirname3(chart))) continue;
    if (await isLibraryChart(fs, chart)) continue;
    addTarget(targets, { kind: "helm", path: displayPath(chart), absolutePath: chart });
  }
  const kustomizationDirs = directories.filter(
    (dir) => kustomizationFileIn(tree.dirFiles.get(dir)) !== void 0 && !insideChart(dir)
  );
  const kustomizationSet = new Set(kustomizationDirs);
  const referenced = /* @__PURE__ */ new Set();
  const claimedFiles = /* @__PURE__ */ new Set();
  const components = /* @__PURE__ */ new Set();
  const deployable = /* @__PURE__ */ new Set();
  for (const dir of kustomizationDirs) {
    const name = kustomizationFileIn(tree.dirFiles.get(dir));
    const file = join3(dir, name);
    let text;
    try {
      text = await fs.readFile(file);
    } catch (error) {
      errors.push({ file: displayPath(file), message: `cannot read kustomization: ${describeFileError(error)}` });
      continue;
    }
    const parsed = parseKustomizationText(text, file);
    if ("error" in parsed) continue;
    if (parsed.kind === "Component") components.add(dir);
    let buildsOnKustomization = false;
    for (const entry of baseEntries(parsed.data)) {
      const target2 = resolve3(dir, entry);
      if (kustomizationSet.has(target2)) {
        referenced.add(target2);
        buildsOnKustomization = true;
      } else claimedFiles.add(target2);
    }
    if (isDeployable(parsed.data, buildsOnKustomization)) deployable.add(dir);
    for (const entry of fileEntries(parsed.data)) claimedFiles.add(resolve3(dir, entry));
  }
  for (const dir of kustomizationDirs) {
    if (components.has(dir) || referenced.has(dir) && !deployable.has(dir)) continue;
    addTarget(targets, { kind: "kustomize", path: displayPath(dir), absolutePath: dir });
  }
  for (const file of tree.files) {
    if (!isManifestName(file)) continue;
    if (claimedFiles.has(file) || insideChart(file)) continue;
    if (underAny(kustomizationSet, dirname3(file))) continue;
    addTarget(targets, { kind: "manifest", path: displayPath(file), absolutePath: file });
  }
  for (const explicit of request.targets) {
    const absolute = resolve3(request.cwd, explicit.path);
    const kind = explicit.type ?? await detectKind(fs, absolute);
    if (kind === void 0) {
      errors.push({
        file: normalizeGiven(explicit.path),
        message: "configured target is not a Helm chart (Chart.yaml), a kustomization or a file"
      });
      continue;
    }
    targets.set(absolute, { kind, path: displayPath(absolute), absolutePath: absolute, options: explicit });
  }
  let result = [...targets.values()].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.kind, b.kind));
  let resultErrors = errors.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.message, b.message));
  const shard = request.shard;
  if (shard !== void 0) {
    result = result.filter((target2) => assignShard(target2.path, shard.total) === shard.index);
    resultErrors = resultErrors.filter((error) => assignShard(error.file, shard.total) === shard.index);
  }
  return { targets: result, errors: resultErrors, displayPath };
}

// src/discover/node-fs.ts
import { constants, rmSync } from "node:fs";
import {
  chmod,
  copyFile,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  symlink,
  writeFile
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname4, join as join4, relative as relative3, sep as sep2 } from "node:path";
function typeOf(entry) {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "directory";
  return "other";
}
var COPY_BATCH = 64;
async function copyTreeWithin(source, destination, skip) {
  const sourceReal = await realpath(source);
  const droppedLinks = [];
  const unreadable = [];
  const links = [];
  const shown = (path9) => toPosix(relative3(sourceReal, path9));
  const folders = [sourceReal];
  await mkdir(destination, { recursive: true });
  while (folders.length > 0) {
    const folder = folders.pop();
    const copy = join4(destination, relative3(sourceReal, folder));
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      unreadable.push(shown(folder));
      continue;
    }
    const files = [];
    for (const entry of entries) {
      const path9 = join4(folder, entry.name);
      if (skip(entry.name)) continue;
      if (entry.isDirectory()) {
        await mkdir(join4(copy, entry.name));
        folders.push(path9);
      } else if (entry.isFile()) {
        files.push(entry.name);
      } else if (entry.isSymbolicLink()) {
        const target2 = await realpath(path9).catch(() => void 0);
        if (target2 === void 0 || !isInside(sourceReal, target2)) droppedLinks.push(shown(path9));
        else links.push({ from: join4(copy, entry.name), to: join4(destination, relative3(sourceReal, target2)) });
      }
    }
    for (let start = 0; start < files.length; start += COPY_BATCH) {
      await Promise.all(
        files.slice(start, start + COPY_BATCH).map(
          (name) => (
            // A copy-on-write clone where the file system offers one, else a plain copy.
            copyFile(join4(folder, name), join4(copy, name), constants.COPYFILE_FICLONE).catch(() => {
              unreadable.push(shown(join4(folder, name)));
            })
          )
        )
      );
    }
  }
  for (const link of links) await symlink(relative3(dirname4(link.from), link.to) || ".", link.from);
  return { droppedLinks: droppedLinks.sort(), unreadable: unreadable.sort() };
}
function createNodeFileSystem(tempRoot = tmpdir()) {
  return {
    readFile: (path9) => readFile(path9, "utf8"),
    async readDir(path9) {
      const entries = await readdir(path9, { withFileTypes: true });
      return entries.map((entry) => ({ name: entry.name, type: typeOf(entry) }));
    },
    async lstat(path9) {
      const info = await lstat(path9);
      return { type: typeOf(info), size: info.size };
    },
    realpath: (path9) => realpath(path9),
    makeTempDir: (prefix) => mkdtemp(join4(tempRoot, prefix)),
    async writeFile(path9, text, options) {
      await mkdir(dirname4(path9), { recursive: true });
      await writeFile(path9, text, "utf8");
      if (options?.executable === true) await chmod(path9, 493);
    },
    async copyTree(source, destination, options = {}) {
      const excluded = (options.exclude ?? []).map((relative8) => join4(source, relative8));
      const kept = (path9) => !excluded.some((skip) => path9 === skip || path9.startsWith(`${skip}${sep2}`));
      await cp(source, destination, { recursive: true, dereference: false, verbatimSymlinks: true, filter: kept });
    },
    async removeTempDir(path9) {
      await rm(path9, { recursive: true, force: true }).catch(() => void 0);
    },
    removeTempDirNow(path9) {
      try {
        rmSync(path9, { recursive: true, force: true });
      } catch {
      }
    },
    copyTreeWithin: (source, destination, options) => copyTreeWithin(source, destination, options.skip)
  };
}

// src/manifests/decode.ts
var DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
function decodeManifestText(bytes, file, maxBytes = DEFAULT_MAX_BYTES) {
  if (bytes.byteLength > maxBytes) {
    return { error: { file, message: tooLargeMessage(bytes.byteLength, maxBytes) } };
  }
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    return {
      error: {
        file,
        message: "file is UTF-16 or UTF-32 encoded; Kubernetes manifests must be UTF-8",
        line: 1,
        column: 1
      }
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column: column2 } = lineAndColumnOfByte(bytes, nul);
    return {
      error: { file, message: `binary file (NUL byte at offset ${nul}); not a YAML or JSON manifest`, line, column: column2 }
    };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column: column2 } = lineAndColumnOfByte(bytes, offset);
    return {
      error: {
        file,
        message: `invalid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset}); not a YAML or JSON manifest`,
        line,
        column: column2
      }
    };
  }
}
function tooLargeMessage(size, maxBytes) {
  return `file is too large to scan (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB, ${n} bytes`;
  return `${n} bytes`;
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}
function lineAndColumnOfByte(bytes, offset) {
  let line = 1;
  let lineStart2 = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart2 = i + 1;
    }
  }
  return { line, column: offset - lineStart2 + 1 };
}
function firstInvalidUtf8Offset(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need;
    let min;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else {
      return i;
    }
    let cp2 = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp2 = cp2 << 6 | c & 63;
    }
    if (cp2 < min || cp2 > 1114111 || cp2 >= 55296 && cp2 <= 57343) return i;
    i += need + 1;
  }
  return bytes.length;
}

// src/manifests/parse.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/manifests/block-yaml.ts
var NEWLINE = 10;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var BACKSLASH = 92;
var PIPE = 124;
var AMPERSAND = 38;
var ASTERISK = 42;
var NOT_PLAIN_START = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((char) => char.charCodeAt(0)));
var UNSUPPORTED_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]/;
var LINE_BREAK_OTHER_THAN_NEWLINE = /[\r\u0085\u2028\u2029\ufeff]/;
function trimmedEnd(text, end) {
  let at = end;
  while (at > 0 && (text.charCodeAt(at - 1) === NEWLINE || text.charCodeAt(at - 1) === 13)) at--;
  return at;
}
var OutsideSubset = class extends Error {
};
var OUTSIDE = new OutsideSubset();
function attempt(text, read) {
  if (UNSUPPORTED_CHARACTER.test(text)) return void 0;
  try {
    return read();
  } catch {
    return void 0;
  }
}
function readBlockYaml(text, resolvePlain, maxDepth, maxAliasCount, receive) {
  if (LINE_BREAK_OTHER_THAN_NEWLINE.test(text)) return false;
  try {
    return new BlockReader(text, resolvePlain, maxDepth, maxAliasCount).read(receive);
  } catch {
    return false;
  }
}
function readBlockValue(text, resolvePlain, maxDepth, maxAliasCount) {
  return attempt(text, () => new BlockReader(text, resolvePlain, maxDepth, maxAliasCount).readValue());
}
function readBlockTree(text, resolvePlain, maxDepth, maxAliasCount) {
  return attempt(text, () => {
    const reader = new BlockReader(text, resolvePlain, maxDepth, maxAliasCount, true);
    return { ...reader.readValue(), lineStarts: reader.lineStarts };
  });
}
function blockKeyEnd(text, start) {
  const quote = text.charCodeAt(start);
  if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
    let at = start + 1;
    for (; ; ) {
      const next = text.indexOf(String.fromCharCode(quote), at);
      if (next < 0) return text.length;
      if (quote === SINGLE_QUOTE && text.charCodeAt(next + 1) === SINGLE_QUOTE) at = next + 2;
      else return next + 1;
    }
  }
  for (let at = start; at < text.length; at++) {
    if (text.charCodeAt(at) === COLON) {
      const after = text.charCodeAt(at + 1);
      if (at + 1 === text.length || after === SPACE || after === NEWLINE) return at;
    }
  }
  return text.length;
}
var BlockReader = class {
  constructor(text, resolvePlain, maxDepth, maxAliasCount, rawEnds = false) {
    this.text = text;
    this.resolvePlain = resolvePlain;
    this.maxDepth = maxDepth;
    this.maxAliasCount = maxAliasCount;
    this.rawEnds = rawEnds;
    let start = 0;
    const length = text.length;
    while (start <= length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = length;
      let column2 = start;
      while (column2 < end && text.charCodeAt(column2) === SPACE) column2++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(column2 === end ? -1 : column2 - start);
      if (end === length) break;
      start = end + 1;
    }
  }
  text;
  resolvePlain;
  maxDepth;
  maxAliasCount;
  rawEnds;
  /** Offset of each line's first character. */
  starts = [];
  /** Offset of each line's end (its line break, or the end of the text). */
  ends = [];
  /** Column of each line's first non-space character; -1 for blank lines. */
  indents = [];
  /** The current line. */
  line = 0;
  /** The line after the current document's last line. */
  documentEnd = 0;
  /**
   * The current document's anchors: value, what a position lookup through an alias continues into, and
   * how often aliases used it. Only the simple case is read here: no alias inside an anchored node and
   * uses well below the general parser's alias budget, so its "excessive alias count" error cannot apply.
   */
  anchors = /* @__PURE__ */ new Map();
  /** Anchored nodes being read (an alias inside one is left to the general parser). */
  openAnchors = 0;
  /** Offset of every line's start. */
  get lineStarts() {
    return this.starts;
  }
  read(receive) {
    const count = this.starts.length;
    let line = 0;
    let index = 0;
    let first = true;
    while (line < count) {
      let end = line + (first ? 0 : 1);
      while (end < count && !this.isMarker(end)) {
        const start = numberAt(this.starts, end);
        if (this.text.charCodeAt(start) === 37 || this.text.startsWith("...", start)) throw OUTSIDE;
        end++;
      }
      const contentAfterMarker = !first && this.hasContentAfterMarker(line);
      const body = first ? line : line + 1;
      const hasContent = contentAfterMarker || this.nextContent(body, end) < end;
      if (!first || hasContent) {
        if (hasContent) {
          const document = this.documentOrOther(line, body, end, index, contentAfterMarker);
          if (("value" in document || "start" in document) && !receive(document, this.starts)) return false;
        }
        index++;
      }
      first = false;
      line = end;
    }
    return true;
  }
  /** One document, or where it lies when it is outside the subset (the general parser reads it alone). */
  documentOrOther(line, body, end, index, contentAfterMarker) {
    const start = numberAt(this.starts, line);
    const endOffset = end < this.starts.length ? numberAt(this.starts, end) : this.text.length;
    try {
      if (contentAfterMarker || UNSUPPORTED_CHARACTER.test(this.text.slice(start, endOffset))) throw OUTSIDE;
      return this.document(body, end, index) ?? { index };
    } catch (error) {
      if (error !== OUTSIDE) throw error;
      return { index, start, end: endOffset, line };
    }
  }
  readValue() {
    const count = this.starts.length;
    for (let line = 0; line < count; line++) {
      const start = numberAt(this.starts, line);
      if (this.isMarker(line) || this.text.charCodeAt(start) === 37 || this.text.startsWith("...", start))
        throw OUTSIDE;
    }
    this.documentEnd = count;
    const first = this.nextContent(0, count);
    if (first >= count || this.indents[first] !== 0) throw OUTSIDE;
    this.line = first;
    const root = this.isSequenceEntry(first, 0) ? this.sequence(0, first, 1) : this.map(0, first, 0, 1);
    if (this.nextContent(this.line, count) < count) throw OUTSIDE;
    return { value: root.value, position: root.position };
  }
  isMarker(line) {
    const start = numberAt(this.starts, line);
    if (!this.text.startsWith("---", start)) return false;
    const next = start + 3;
    return next === this.ends[line] || this.text.charCodeAt(next) === SPACE;
  }
  hasContentAfterMarker(line) {
    const start = numberAt(this.starts, line) + 3;
    const end = numberAt(this.ends, line);
    for (let at = start; at < end; at++) {
      const code2 = this.text.charCodeAt(at);
      if (code2 === HASH) return false;
      if (code2 !== SPACE) return true;
    }
    return false;
  }
  /**
   * Comment lines after a block mapping's last value that are indented deeper than its keys belong to it for
   * the general parser (its range ends after them, blank lines between included), up to the first one that
   * is not; an enclosing mapping then goes on with those deeper than its own keys. Sequences take none, and
   * a mapping whose last value is a block sequence takes none either.
   */
  trailingComments(end, indent) {
    let extended = end;
    for (let line = this.line; line < this.documentEnd; line++) {
      const lineIndent = numberAt(this.indents, line);
      if (lineIndent < 0) continue;
      if (this.text.charCodeAt(numberAt(this.starts, line) + lineIndent) !== HASH || lineIndent <= indent) break;
      extended = this.lineBreakEnd(line);
    }
    return extended;
  }
  /** The first line at or after `line` (before `end`) that is neither blank nor a comment. */
  nextContent(line, end) {
    let at = line;
    while (at < end) {
      const indent = numberAt(this.indents, at);
      if (indent >= 0 && this.text.charCodeAt(numberAt(this.starts, at) + indent) !== HASH) return at;
      at++;
    }
    return end;
  }
  document(body, end, index) {
    this.documentEnd = end;
    this.anchors = /* @__PURE__ */ new Map();
    const first = this.nextContent(body, end);
    if (this.indents[first] !== 0 || this.isSequenceEntry(first, 0)) throw OUTSIDE;
    this.line = first;
    const root = this.map(0, first, 0, 1);
    if (this.nextContent(this.line, end) < end) throw OUTSIDE;
    const value = root.value;
    const apiVersion = value["apiVersion"];
    const kind = value["kind"];
    if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "") {
      const hasApiVersion = apiVersion !== void 0 && apiVersion !== null;
      const hasKind = kind !== void 0 && kind !== null;
      if (!hasApiVersion && !hasKind) return void 0;
      if (!(hasApiVersion && hasKind) && !("metadata" in value) && !("spec" in value)) return void 0;
      throw OUTSIDE;
    }
    if (kind.endsWith("List")) throw OUTSIDE;
    return { index, value, position: root.position };
  }
  isSequenceEntry(line, column2) {
    const at = numberAt(this.starts, line) + column2;
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE;
  }
  /**
   * A block mapping whose entries start at `indent`; the first entry starts on `line` at `column` (which is
   * `indent` except for a map that opens a sequence entry, `- key: value`).
   */
  map(indent, line, column2, depth) {
    if (depth > this.maxDepth) throw OUTSIDE;
    const value = {};
    const keys = [];
    const spans = [];
    const values = [];
    const start = numberAt(this.starts, line) + column2;
    let entryLine = line;
    let entryColumn = column2;
    let end = start;
    let lastRead;
    for (; ; ) {
      const entry = this.entry(indent, entryLine, entryColumn, depth);
      lastRead = entry.read;
      if (Object.prototype.hasOwnProperty.call(value, entry.key) || entry.key === "__proto__") throw OUTSIDE;
      value[entry.key] = entry.read.value;
      keys.push(entry.key);
      spans.push(entry.keyStart, entry.spanEnd);
      values.push(entry.read.scalar ? void 0 : entry.read.position);
      end = entry.read.nodeEnd;
      const next = this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent < indent) break;
      if (nextIndent > indent || this.isSequenceEntry(next, indent)) throw OUTSIDE;
      entryLine = next;
      entryColumn = indent;
    }
    if (!(lastRead.position.kind === "seq" && !lastRead.inline)) end = this.trailingComments(end, indent);
    const position = { kind: "map", start, end: this.nodeEnd(end), keys, spans, values, merges: void 0 };
    return { value, position, valueEnd: end, nodeEnd: end, scalar: false, inline: false };
  }
  /** One `key: value` entry at `line`/`column`; leaves `this.line` after the value. */
  entry(indent, line, column2, depth) {
    const lineEnd = numberAt(this.ends, line);
    const keyStart = numberAt(this.starts, line) + column2;
    const firstCode = this.text.charCodeAt(keyStart);
    let key;
    let colon;
    if (firstCode === DOUBLE_QUOTE || firstCode === SINGLE_QUOTE) {
      const quoted = this.quotedText(keyStart, lineEnd, firstCode);
      colon = quoted.end;
      if (this.text.charCodeAt(colon) !== COLON || colon + 1 !== lineEnd && this.text.charCodeAt(colon + 1) !== SPACE)
        throw OUTSIDE;
      key = quoted.value;
    } else {
      if (NOT_PLAIN_START.has(firstCode)) throw OUTSIDE;
      colon = -1;
      for (let at2 = keyStart; at2 < lineEnd; at2++) {
        const code2 = this.text.charCodeAt(at2);
        if (code2 === COLON) {
          const after = at2 + 1;
          if (after === lineEnd || this.text.charCodeAt(after) === SPACE) {
            colon = at2;
            break;
          }
        } else if (code2 === HASH && this.text.charCodeAt(at2 - 1) === SPACE) {
          throw OUTSIDE;
        }
      }
      if (colon < 0 || this.text.charCodeAt(colon - 1) === SPACE) throw OUTSIDE;
      const source = this.text.slice(keyStart, colon);
      if (source === "<<") throw OUTSIDE;
      const resolved = this.resolvePlain(source);
      if (!resolved || typeof resolved.value !== "string") throw OUTSIDE;
      key = resolved.value;
    }
    const keyEnd = colon;
    let at = colon + 1;
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    let read;
    if (at === lineEnd || this.text.charCodeAt(at) === HASH) {
      read = this.blockValue(indent, line, at, lineEnd, depth, true);
    } else {
      read = this.inlineValue(indent, line, at, depth, false);
    }
    const spanEnd = read.scalar || read.inline ? Math.max(read.valueEnd, keyEnd) : keyEnd;
    return { key, keyStart, spanEnd: trimmedEnd(this.text, spanEnd), read };
  }
  /**
   * The value of an entry or sequence item whose line ends after the indicator (`key:` or `-`, maybe
   * with a comment): a nested block on the next lines, or null. `after` is where the empty value would sit.
   */
  blockValue(parentIndent, line, after, lineEnd, depth, ofMapEntry) {
    const next = this.nextContent(line + 1, this.documentEnd);
    if (next < this.documentEnd) {
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent > parentIndent || ofMapEntry && nextIndent === parentIndent && this.isSequenceEntry(next, nextIndent)) {
        this.line = next;
        const nextAt = numberAt(this.starts, next) + nextIndent;
        const code2 = this.text.charCodeAt(nextAt);
        if (nextIndent > parentIndent && after === lineEnd && (code2 === 123 || code2 === 91)) {
          return this.flowCollection(parentIndent, next, nextAt, depth);
        }
        return this.isSequenceEntry(next, nextIndent) ? this.sequence(nextIndent, next, depth + 1) : this.map(nextIndent, next, nextIndent, depth + 1);
      }
    }
    const comment = after < lineEnd && this.text.charCodeAt(after) === HASH;
    if (comment) throw OUTSIDE;
    this.line = line + 1;
    return {
      value: null,
      position: { kind: "leaf", start: after, end: after },
      valueEnd: after,
      nodeEnd: after,
      scalar: true,
      inline: false
    };
  }
  /** A value that starts on its indicator's line at `at`. */
  inlineValue(parentIndent, line, at, depth, inSequence) {
    const lineEnd = numberAt(this.ends, line);
    const code2 = this.text.charCodeAt(at);
    if (code2 === AMPERSAND) return this.anchored(parentIndent, line, at, depth, inSequence);
    if (code2 === ASTERISK) return this.alias(parentIndent, line, at);
    if (code2 === DOUBLE_QUOTE || code2 === SINGLE_QUOTE) {
      if (inSequence) {
        const after = this.quotedText(at, lineEnd, code2).end;
        if (this.text.charCodeAt(after) === COLON) {
          const column2 = at - numberAt(this.starts, line);
          return this.map(column2, line, column2, depth + 1);
        }
      }
      return this.quoted(parentIndent, line, at, code2);
    }
    if (code2 === PIPE) return this.literal(parentIndent, line, at);
    if (code2 === 123 || code2 === 91) return this.flowCollection(parentIndent, line, at, depth);
    if (NOT_PLAIN_START.has(code2) && code2 !== DASH) throw OUTSIDE;
    if (code2 === DASH) {
      const after = this.text.charCodeAt(at + 1);
      if (at + 1 === lineEnd || after === SPACE) throw OUTSIDE;
    }
    let end = lineEnd;
    let colon = -1;
    for (let scan2 = at; scan2 < lineEnd; scan2++) {
      const char = this.text.charCodeAt(scan2);
      if (char === HASH && this.text.charCodeAt(scan2 - 1) === SPACE) {
        end = scan2;
        break;
      }
      if (char === COLON && (scan2 + 1 === lineEnd || this.text.charCodeAt(scan2 + 1) === SPACE) && colon < 0)
        colon = scan2;
    }
    if (colon >= 0) {
      if (!inSequence) throw OUTSIDE;
      const column2 = at - numberAt(this.starts, line);
      return this.map(column2, line, column2, depth + 1);
    }
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    const source = this.text.slice(at, end);
    const nodeEnd = this.endOfLine(line, parentIndent);
    const resolved = this.resolvePlain(source);
    if (!resolved) throw OUTSIDE;
    return {
      value: resolved.value,
      position: { kind: "leaf", start: at, end: this.nodeEnd(end) },
      valueEnd: end,
      nodeEnd,
      scalar: true,
      inline: false
    };
  }
  /** `&name value`: the value, remembered for later aliases. */
  anchored(parentIndent, line, at, depth, inSequence) {
    const lineEnd = numberAt(this.ends, line);
    const nameEnd = this.nameEnd(at + 1, lineEnd);
    const name = this.text.slice(at + 1, nameEnd);
    let valueAt2 = nameEnd;
    while (valueAt2 < lineEnd && this.text.charCodeAt(valueAt2) === SPACE) valueAt2++;
    if (valueAt2 === nameEnd && valueAt2 < lineEnd) throw OUTSIDE;
    this.openAnchors++;
    let read;
    if (valueAt2 === lineEnd || this.text.charCodeAt(valueAt2) === HASH) {
      read = this.blockValue(parentIndent, line, valueAt2, lineEnd, depth, !inSequence);
      if (read.value === null) throw OUTSIDE;
    } else {
      const code2 = this.text.charCodeAt(valueAt2);
      if (code2 === AMPERSAND || code2 === ASTERISK) throw OUTSIDE;
      if (inSequence && this.opensMap(valueAt2, lineEnd)) throw OUTSIDE;
      read = this.inlineValue(parentIndent, line, valueAt2, depth, inSequence);
    }
    this.openAnchors--;
    this.anchors.set(name, { value: read.value, position: read.scalar ? void 0 : read.position, uses: 0 });
    return read;
  }
  /** `*name`: the anchored value itself (the same object, as the general parser gives). */
  alias(parentIndent, line, at) {
    const lineEnd = numberAt(this.ends, line);
    const nameEnd = this.nameEnd(at + 1, lineEnd);
    const anchor = this.anchors.get(this.text.slice(at + 1, nameEnd));
    if (!anchor || this.openAnchors > 0) throw OUTSIDE;
    anchor.uses++;
    if (anchor.uses >= Math.min(this.maxAliasCount, 100)) throw OUTSIDE;
    if (nameEnd < lineEnd && this.text.charCodeAt(nameEnd) !== SPACE) throw OUTSIDE;
    this.afterValue(line, nameEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    const position = { kind: "alias", start: at, end: nameEnd, target: anchor.position };
    return { value: anchor.value, position, valueEnd: nameEnd, nodeEnd, scalar: false, inline: true };
  }
  /** The end of an anchor or alias name (letters, digits, `_`, `-`, `.`); anything unusual is left to the general parser. */
  nameEnd(from, lineEnd) {
    let at = from;
    while (at < lineEnd) {
      const code2 = this.text.charCodeAt(at);
      const plain = code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 === 95 || code2 === DASH || code2 === 46;
      if (!plain) break;
      at++;
    }
    if (at === from) throw OUTSIDE;
    if (at < lineEnd && this.text.charCodeAt(at) !== SPACE) throw OUTSIDE;
    return at;
  }
  /** Whether the plain text at `at` is a `key: value` entry (a `: ` before any ` #`). */
  opensMap(at, lineEnd) {
    for (let scan2 = at; scan2 < lineEnd; scan2++) {
      const char = this.text.charCodeAt(scan2);
      if (char === HASH && this.text.charCodeAt(scan2 - 1) === SPACE) return false;
      if (char === COLON && (scan2 + 1 === lineEnd || this.text.charCodeAt(scan2 + 1) === SPACE)) return true;
    }
    return false;
  }
  /**
   * Ends a value that sits on one line. A following content line indented deeper than the parent would
   * continue it (a multi-line scalar, or an error): not in this subset. Comments between cannot change
   * anything here, checkComments() saw to that. Moves past the line; returns the general parser's node
   * end, after the line break.
   */
  endOfLine(line, parentIndent) {
    const next = this.nextContent(line + 1, this.documentEnd);
    if (next < this.documentEnd && numberAt(this.indents, next) > parentIndent) throw OUTSIDE;
    this.line = line + 1;
    return this.lineBreakEnd(line);
  }
  /** Where a node on `line` ends for the general parser: after the line break that closes it. */
  lineBreakEnd(line) {
    const end = numberAt(this.ends, line);
    return end < this.text.length ? end + 1 : end;
  }
  /** A one-line quoted scalar starting at `at`: its value and the offset after its closing quote. */
  quotedText(at, lineEnd, quote) {
    let scan2 = at + 1;
    while (scan2 < lineEnd) {
      const char = this.text.charCodeAt(scan2);
      if (quote === DOUBLE_QUOTE && char === BACKSLASH) throw OUTSIDE;
      if (char === quote) {
        if (quote === SINGLE_QUOTE && this.text.charCodeAt(scan2 + 1) === SINGLE_QUOTE) {
          scan2 += 2;
          continue;
        }
        const raw = this.text.slice(at + 1, scan2);
        return { value: quote === SINGLE_QUOTE ? raw.replaceAll("''", "'") : raw, end: scan2 + 1 };
      }
      scan2++;
    }
    throw OUTSIDE;
  }
  quoted(parentIndent, line, at, quote) {
    const { value, end: valueEnd } = this.quotedText(at, numberAt(this.ends, line), quote);
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    return {
      value,
      position: { kind: "leaf", start: at, end: valueEnd },
      valueEnd,
      nodeEnd,
      scalar: true,
      inline: false
    };
  }
  /** After a quoted scalar or `[]`/`{}` only spaces and a comment may follow on the line. */
  afterValue(line, from) {
    const lineEnd = numberAt(this.ends, line);
    let at = from;
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    if (at === lineEnd) return;
    if (this.text.charCodeAt(at) === HASH && at > from) return;
    throw OUTSIDE;
  }
  /**
   * A one-line flow collection: `[]`, `{}`, `["sh", "-c", x]`, `{name: a, ports: [{containerPort: 80}]}`,
   * with plain and simple quoted scalars, nested on the same line.
   */
  flowCollection(parentIndent, line, open, depth) {
    const node = this.flowNode(open, numberAt(this.ends, line), depth + 1);
    this.afterValue(line, node.end);
    const nodeEnd = this.endOfLine(line, parentIndent);
    return { value: node.value, position: node.position, valueEnd: node.end, nodeEnd, scalar: false, inline: true };
  }
  /** A node inside a flow collection starting at `at`: its value, position and the offset after it. */
  flowNode(at, lineEnd, depth) {
    const code2 = this.text.charCodeAt(at);
    if (code2 === 123 || code2 === 91) {
      if (depth > this.maxDepth) throw OUTSIDE;
      return code2 === 123 ? this.flowMapping(at, lineEnd, depth) : this.flowSequence(at, lineEnd, depth);
    }
    if (code2 === DOUBLE_QUOTE || code2 === SINGLE_QUOTE) {
      const quoted = this.quotedText(at, lineEnd, code2);
      return { value: quoted.value, position: { kind: "leaf", start: at, end: quoted.end }, end: quoted.end };
    }
    const end = this.flowPlainEnd(at, lineEnd);
    const resolved = this.resolvePlain(this.text.slice(at, end));
    if (!resolved) throw OUTSIDE;
    return { value: resolved.value, position: { kind: "leaf", start: at, end }, end };
  }
  /**
   * The end of a plain scalar inside a flow collection (trailing spaces excluded): it runs to `,`, `]`, `}`
   * or a `: `. Nested brackets, comments and indicators at its start are left to the general parser.
   */
  flowPlainEnd(at, lineEnd) {
    const first = this.text.charCodeAt(at);
    if (at >= lineEnd) throw OUTSIDE;
    if (NOT_PLAIN_START.has(first)) {
      const next = this.text.charCodeAt(at + 1);
      if (first !== DASH || at + 1 >= lineEnd || next === SPACE || next === 44 || next === 91 || next === 93 || next === 123 || next === 125)
        throw OUTSIDE;
    }
    let scan2 = at;
    while (scan2 < lineEnd) {
      const char = this.text.charCodeAt(scan2);
      if (char === 44 || char === 93 || char === 125) break;
      if (char === COLON) {
        const after = this.text.charCodeAt(scan2 + 1);
        if (scan2 + 1 === lineEnd || after === SPACE || after === 44 || after === 93 || after === 125 || after === 91 || after === 123)
          break;
      }
      if (char === 91 || char === 123 || char === HASH && this.text.charCodeAt(scan2 - 1) === SPACE) throw OUTSIDE;
      scan2++;
    }
    let end = scan2;
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }
  skipSpaces(at, lineEnd) {
    let scan2 = at;
    while (scan2 < lineEnd && this.text.charCodeAt(scan2) === SPACE) scan2++;
    return scan2;
  }
  /**
   * After a flow entry: the offset of the next entry, or -1 after the closing `close` (whose offset is then
   * `this.flowClose`). A trailing comma is left to the general parser.
   */
  flowNext(at, lineEnd, close) {
    const scan2 = this.skipSpaces(at, lineEnd);
    const separator = this.text.charCodeAt(scan2);
    if (scan2 < lineEnd && separator === close) {
      this.flowClose = scan2;
      return -1;
    }
    if (scan2 >= lineEnd || separator !== 44) throw OUTSIDE;
    const next = this.skipSpaces(scan2 + 1, lineEnd);
    if (next >= lineEnd || this.text.charCodeAt(next) === close) throw OUTSIDE;
    return next;
  }
  /** Where the last flow collection read closed (see flowNext). */
  flowClose = 0;
  /** `[a, "b", {c: d}]` on one line. */
  flowSequence(open, lineEnd, depth) {
    const value = [];
    const items = [];
    let at = this.skipSpaces(open + 1, lineEnd);
    let close = at;
    if (this.text.charCodeAt(at) !== 93) {
      for (; ; ) {
        const item = this.flowNode(at, lineEnd, depth + 1);
        if (this.text.charCodeAt(this.skipSpaces(item.end, lineEnd)) === COLON) throw OUTSIDE;
        value.push(item.value);
        items.push(item.position);
        at = this.flowNext(item.end, lineEnd, 93);
        if (at < 0) break;
      }
      close = this.flowClose;
    }
    const end = close + 1;
    return { value, position: { kind: "seq", start: open, end, items }, end };
  }
  /** `{a: b, "c": [d]}` on one line: keys are plain or quoted strings, every key has a value. */
  flowMapping(open, lineEnd, depth) {
    const value = {};
    const keys = [];
    const spans = [];
    const values = [];
    let at = this.skipSpaces(open + 1, lineEnd);
    let close = at;
    if (this.text.charCodeAt(at) !== 125) {
      for (; ; ) {
        const keyStart = at;
        const first = this.text.charCodeAt(at);
        let key;
        let keyEnd;
        if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
          const quoted = this.quotedText(at, lineEnd, first);
          key = quoted.value;
          keyEnd = quoted.end;
        } else {
          keyEnd = this.flowPlainEnd(at, lineEnd);
          const source = this.text.slice(at, keyEnd);
          if (source === "<<") throw OUTSIDE;
          const resolved = this.resolvePlain(source);
          if (!resolved || typeof resolved.value !== "string") throw OUTSIDE;
          key = resolved.value;
        }
        if (this.text.charCodeAt(keyEnd) !== COLON || this.text.charCodeAt(keyEnd + 1) !== SPACE || keyEnd - keyStart > 1e3)
          throw OUTSIDE;
        if (Object.prototype.hasOwnProperty.call(value, key) || key === "__proto__") throw OUTSIDE;
        const valueAt2 = this.skipSpaces(keyEnd + 1, lineEnd);
        const code2 = this.text.charCodeAt(valueAt2);
        if (valueAt2 >= lineEnd || code2 === 44 || code2 === 125) throw OUTSIDE;
        const item = this.flowNode(valueAt2, lineEnd, depth + 1);
        value[key] = item.value;
        keys.push(key);
        spans.push(keyStart, item.end);
        values.push(item.position.kind === "leaf" ? void 0 : item.position);
        at = this.flowNext(item.end, lineEnd, 125);
        if (at < 0) break;
      }
      close = this.flowClose;
    }
    const end = close + 1;
    return { value, position: { kind: "map", start: open, end, keys, spans, values, merges: void 0 }, end };
  }
  /** A literal block scalar (`|`, `|-`, `|+`) whose content lines are indented deeper than the parent. */
  literal(parentIndent, line, at) {
    let headerEnd = at + 1;
    const chomp = this.text.charCodeAt(headerEnd);
    let mode = "clip";
    if (chomp === DASH) mode = "strip";
    else if (chomp === 43) mode = "keep";
    if (mode !== "clip") headerEnd++;
    this.afterValue(line, headerEnd);
    let last = line;
    let contentIndent = -1;
    let scan2 = line + 1;
    while (scan2 < this.documentEnd) {
      const indent = numberAt(this.indents, scan2);
      if (indent < 0) {
        scan2++;
        continue;
      }
      if (indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = indent;
      if (indent < contentIndent) throw OUTSIDE;
      last = scan2;
      scan2++;
    }
    if (contentIndent < 0) throw OUTSIDE;
    const parts = [];
    for (let at2 = line + 1; at2 <= last; at2++) {
      const start = numberAt(this.starts, at2);
      const end2 = numberAt(this.ends, at2);
      const indent = numberAt(this.indents, at2);
      if (indent < 0) {
        if (end2 - start > contentIndent) throw OUTSIDE;
        parts.push("");
      } else {
        parts.push(this.text.slice(start + contentIndent, end2));
      }
    }
    if (scan2 > last + 1 && mode === "keep") throw OUTSIDE;
    for (let blank = last + 1; blank < scan2; blank++) {
      if (numberAt(this.ends, blank) - numberAt(this.starts, blank) > contentIndent) throw OUTSIDE;
    }
    let value = parts.join("\n");
    if (mode !== "strip") value += "\n";
    this.line = last + 1;
    const end = this.lineBreakEnd(last);
    return {
      value,
      position: { kind: "leaf", start: at, end: this.nodeEnd(end) },
      valueEnd: end,
      nodeEnd: end,
      scalar: true,
      inline: false
    };
  }
  /** A block sequence whose `-` indicators sit at `indent`, starting on `line`. */
  sequence(indent, line, depth) {
    if (depth > this.maxDepth) throw OUTSIDE;
    const value = [];
    const items = [];
    const start = numberAt(this.starts, line) + indent;
    let itemLine = line;
    let end = start;
    for (; ; ) {
      const lineStart2 = numberAt(this.starts, itemLine);
      const lineEnd = numberAt(this.ends, itemLine);
      let at = lineStart2 + indent + 1;
      while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
      const read = at === lineEnd || this.text.charCodeAt(at) === HASH ? this.blockValue(indent, itemLine, at, lineEnd, depth, false) : this.inlineValue(indent, itemLine, at, depth, true);
      value.push(read.value);
      items.push(read.position);
      end = read.nodeEnd;
      const next = this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw OUTSIDE;
      if (!this.isSequenceEntry(next, indent)) break;
      itemLine = next;
    }
    const position = { kind: "seq", start, end: this.nodeEnd(end), items };
    return { value, position, valueEnd: end, nodeEnd: end, scalar: false, inline: false };
  }
  /** A node's end as kept in its position: trimmed of line breaks, or as the general parser's range[1]. */
  nodeEnd(offset) {
    return this.rawEnds ? offset : trimmedEnd(this.text, offset);
  }
};

// src/manifests/flow-indent.ts
function indentFlowContinuations(text) {
  const lines = text.split("\n");
  let changed = false;
  let depth = 0;
  let minIndent = 0;
  let quote;
  let blockScalarParent = -1;
  for (let index = 0; index < lines.length; index++) {
    let line = itemAt(lines, index);
    const indent = line.length - line.trimStart().length;
    if (blockScalarParent >= 0) {
      if (line.trim() === "" || indent > blockScalarParent) continue;
      blockScalarParent = -1;
    }
    if (depth > 0 && line.trim() !== "" && indent < minIndent) {
      line = " ".repeat(minIndent - indent) + line;
      lines[index] = line;
      changed = true;
    }
    let at = depth > 0 ? 0 : indent;
    if (depth === 0) {
      if (/^---(\s|$)|^\.\.\.(\s|$)/.test(line)) continue;
      const start = /^(\s*(?:-\s+)*)((?:[^\s#'"[{][^#]*?:|"[^"]*"\s*:|'[^']*'\s*:)\s+)?([[{]|[|>][-+0-9]*\s*(?:#.*)?$)/.exec(line);
      if (!start) continue;
      const opener = itemAt(start, 3);
      if (opener === "|" || opener.startsWith("|") || opener.startsWith(">")) {
        blockScalarParent = indent;
        continue;
      }
      minIndent = itemAt(start, 1).length + 1;
      at = itemAt(start, 0).length - 1;
    }
    for (; at < line.length; at++) {
      const ch = line.charAt(at);
      if (quote === '"') {
        if (ch === "\\") at++;
        else if (ch === '"') quote = void 0;
      } else if (quote === "'") {
        if (ch === "'" && line[at + 1] === "'") at++;
        else if (ch === "'") quote = void 0;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === "#" && (at === 0 || /\s/.test(line.charAt(at - 1)))) {
        break;
      } else if (ch === "[" || ch === "{") {
        depth++;
      } else if (ch === "]" || ch === "}") {
        depth--;
        if (depth === 0) break;
      }
    }
    if (depth === 0) quote = void 0;
  }
  return changed ? lines.join("\n") : void 0;
}

// src/manifests/json-manifest.ts
var QUOTE = 34;
var BACKSLASH2 = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON2 = 58;
var MAX_KEY_LENGTH = 1e3;
var NotPlainJson = class extends Error {
};
var NOT_PLAIN_JSON = new NotPlainJson();
function looksLikeJsonObject(text) {
  for (let at = 0; at < text.length; at++) {
    const code2 = text.charCodeAt(at);
    if (code2 === 32 || code2 === 10) continue;
    return code2 === OPEN_BRACE;
  }
  return false;
}
function readJsonDocument(text, resolvePlain, maxDepth) {
  if (UNSUPPORTED_CHARACTER.test(text) || text.includes("\r")) return void 0;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  try {
    const scanner = new JsonPositionScanner(text, resolvePlain, maxDepth);
    const position = scanner.document(value);
    return { value, position };
  } catch (error) {
    if (error instanceof NotPlainJson || error instanceof RangeError) return void 0;
    throw error;
  }
}
var JsonPositionScanner = class {
  constructor(text, resolvePlain, maxDepth) {
    this.text = text;
    this.resolvePlain = resolvePlain;
    this.maxDepth = maxDepth;
  }
  text;
  resolvePlain;
  maxDepth;
  at = 0;
  document(value) {
    this.skipSpace();
    const node = this.value(value, 1);
    this.skipSpace();
    if (this.at !== this.text.length) throw NOT_PLAIN_JSON;
    return node;
  }
  skipSpace() {
    const text = this.text;
    let at = this.at;
    for (; ; ) {
      const code2 = text.charCodeAt(at);
      if (code2 !== 32 && code2 !== 10) break;
      at++;
    }
    this.at = at;
  }
  /** The node at the cursor, whose parsed value is `value`; leaves the cursor after it. */
  value(value, depth) {
    const code2 = this.text.charCodeAt(this.at);
    if (code2 === OPEN_BRACE) return this.map(value, depth);
    if (code2 === OPEN_BRACKET) return this.sequence(value, depth);
    const start = this.at;
    if (code2 === QUOTE) {
      this.at = this.stringEnd(start);
      return { kind: "leaf", start, end: this.at };
    }
    let end = start;
    for (; ; ) {
      const next = this.text.charCodeAt(end);
      if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || next === 32 || next === 10 || Number.isNaN(next))
        break;
      end++;
    }
    const resolved = this.resolvePlain(this.text.slice(start, end));
    if (!resolved || !Object.is(resolved.value, value)) throw NOT_PLAIN_JSON;
    this.at = end;
    return { kind: "leaf", start, end };
  }
  /** The offset after the closing quote of the string that starts at `start`. */
  stringEnd(start) {
    let at = start + 1;
    for (; ; ) {
      const close = this.text.indexOf('"', at);
      if (close < 0) throw NOT_PLAIN_JSON;
      let backslashes = 0;
      while (this.text.charCodeAt(close - 1 - backslashes) === BACKSLASH2) backslashes++;
      if (backslashes % 2 === 0) return close + 1;
      at = close + 1;
    }
  }
  map(value, depth) {
    if (depth > this.maxDepth) throw NOT_PLAIN_JSON;
    const start = this.at;
    const ownKeys = Object.keys(value);
    const keys = [];
    const spans = [];
    const values = [];
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACE) {
      for (; ; ) {
        const keyStart = this.at;
        if (this.text.charCodeAt(keyStart) !== QUOTE) throw NOT_PLAIN_JSON;
        const keyEnd = this.stringEnd(keyStart);
        if (keyEnd - keyStart > MAX_KEY_LENGTH) throw NOT_PLAIN_JSON;
        const key = this.keyText(keyStart, keyEnd, ownKeys[keys.length]);
        if (key === "__proto__") throw NOT_PLAIN_JSON;
        this.at = keyEnd;
        this.skipSpace();
        if (this.text.charCodeAt(this.at) !== COLON2) throw NOT_PLAIN_JSON;
        this.at++;
        this.skipSpace();
        const child2 = this.value(value[key], depth + 1);
        keys.push(key);
        spans.push(keyStart, child2.end);
        values.push(child2.kind === "leaf" ? void 0 : child2);
        if (this.closes(CLOSE_BRACE)) break;
      }
    } else {
      this.at++;
    }
    if (ownKeys.length !== keys.length) throw NOT_PLAIN_JSON;
    return { kind: "map", start, end: this.at, keys, spans, values, merges: void 0 };
  }
  /** After an entry or item: true past the closing bracket, false past a comma (and the space after it). */
  closes(close) {
    this.skipSpace();
    const separator = this.text.charCodeAt(this.at);
    this.at++;
    if (separator === close) return true;
    if (separator !== COMMA) throw NOT_PLAIN_JSON;
    this.skipSpace();
    return false;
  }
  /** A key's text; the parsed object's own key string when it is the same text (no copy), else decoded. */
  keyText(start, end, candidate) {
    if (candidate !== void 0 && candidate.length === end - start - 2 && this.text.startsWith(candidate, start + 1)) {
      if (!candidate.includes("\\")) return candidate;
    }
    return JSON.parse(this.text.slice(start, end));
  }
  sequence(value, depth) {
    if (depth > this.maxDepth) throw NOT_PLAIN_JSON;
    const start = this.at;
    const items = [];
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACKET) {
      for (; ; ) {
        items.push(this.value(value[items.length], depth + 1));
        if (this.closes(CLOSE_BRACKET)) break;
      }
    } else {
      this.at++;
    }
    if (items.length !== value.length) throw NOT_PLAIN_JSON;
    return { kind: "seq", start, end: this.at, items };
  }
};

// src/manifests/parse.ts
var DEFAULT_MAX_DEPTH = 200;
var DEFAULT_MAX_ALIAS_COUNT = 1e3;
var GO_YAML_V2_SKIPPED_TAGS = /* @__PURE__ */ new Set([
  "tag:yaml.org,2002:timestamp",
  "tag:yaml.org,2002:binary",
  "tag:yaml.org,2002:omap",
  "tag:yaml.org,2002:pairs",
  "tag:yaml.org,2002:set"
]);
function kubernetesTags(tags) {
  return tags.filter((tag) => {
    if (typeof tag === "string") return true;
    if (GO_YAML_V2_SKIPPED_TAGS.has(tag.tag)) return false;
    return !("format" in tag && tag.format === "TIME");
  });
}
function plainScalarResolver(createDocument) {
  let tags;
  const cache = /* @__PURE__ */ new Map();
  return (source) => {
    if (certainlyString(source)) return { value: source };
    const cached = cache.get(source);
    if (cached !== void 0 || cache.has(source)) return cached;
    tags ??= createDocument().schema.tags.filter(
      (tag2) => tag2.default === true && !("collection" in tag2 && tag2.collection) && tag2.test !== void 0
    );
    let result;
    const tag = tags.find((candidate) => candidate.test?.test(source));
    if (!tag) {
      result = { value: source };
    } else {
      let failed = false;
      try {
        const resolved = tag.resolve(source, () => failed = true, {});
        const value = (0, import_yaml3.isScalar)(resolved) ? resolved.value : resolved;
        result = failed || typeof value === "bigint" || typeof value === "object" && value !== null ? void 0 : { value };
      } catch {
        result = void 0;
      }
    }
    if (cache.size > 2e4) cache.clear();
    cache.set(source, result);
    return result;
  };
}
var TAG_FIRST_CHARACTERS = new Set([..."~NnYyTtOoFf-+.<0123456789"].map((char) => char.charCodeAt(0)));
var LONGEST_TAG_WORD = 5;
function certainlyString(source) {
  if (source.length === 0) return false;
  const first = source.charCodeAt(0);
  if (!TAG_FIRST_CHARACTERS.has(first)) return true;
  const letter = first >= 65 && first <= 90 || first >= 97 && first <= 122;
  return letter && source.length > LONGEST_TAG_WORD;
}
var resolvePlainScalar = plainScalarResolver(
  () => new import_yaml3.Document(null, { version: "1.1", customTags: kubernetesTags })
);
var resolveYaml11PlainScalar = plainScalarResolver(() => new import_yaml3.Document(null, { version: "1.1" }));
var resolveCorePlainScalar = plainScalarResolver(() => new import_yaml3.Document(null));
function parseYamlValue(text, maxAliasCount) {
  const fast = readBlockYamlValue(text, maxAliasCount);
  return fast ? fast.value : (0, import_yaml3.parse)(text, { maxAliasCount, logLevel: "error" });
}
function readBlockYamlValue(text, maxAliasCount) {
  return readBlockValue(text, resolveCorePlainScalar, DEFAULT_MAX_DEPTH, maxAliasCount);
}
function parseManifests(input, file, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text;
  if (typeof input === "string") {
    if (input.length > maxBytes)
      return { objects: [], errors: [{ file, message: tooLargeMessage(input.length, maxBytes) }] };
    text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  } else {
    const decoded = decodeManifestText(input, file, maxBytes);
    if (decoded.error) return { objects: [], errors: [decoded.error] };
    text = decoded.text;
  }
  const source = options.keepKind ? blankUninteresting(text, options.keepKind) : text;
  const parsed = new ManifestParser(source, file, options).run();
  const padded = parsed.errors.some((error) => error.message.startsWith("YAML syntax error")) ? indentFlowContinuations(source) : void 0;
  if (padded !== void 0) {
    const { sink } = options;
    const retried = new ManifestParser(padded, file, withoutSink(options)).run();
    if (retried.errors.length < parsed.errors.length) {
      if (!sink) return retried;
      sink.restart();
      for (const object of retried.objects) sink.object(object);
      return { objects: [], errors: retried.errors };
    }
  }
  return parsed;
}
function withoutSink(options) {
  if (!options.sink) return options;
  const copy = { ...options };
  delete copy.sink;
  return copy;
}
var DOCUMENT_MARKER = /^---(?:[ \t]|$)/;
var TOP_LEVEL_KIND = /^kind:[ \t]*["']?([A-Za-z0-9]+)["']?[ \t]*(?:#.*)?$/m;
var TOP_LEVEL_API_VERSION = /^apiVersion:[ \t]*["']?([A-Za-z0-9.\-/]+)["']?[ \t]*(?:#.*)?$/m;
function blankUninteresting(text, keepKind) {
  const lines = text.split("\n");
  const out = [];
  let start = 0;
  const flush = (end) => {
    const part = lines.slice(start, end);
    const body = part.join("\n");
    const kind = TOP_LEVEL_KIND.exec(body)?.[1];
    const apiVersion = TOP_LEVEL_API_VERSION.exec(body)?.[1];
    const skip = kind !== void 0 && apiVersion !== void 0 && !/^[{[]/m.test(body) && !keepKind(apiVersion, kind);
    if (!skip) out.push(...part);
    else
      part.forEach(
        (line, index) => out.push(index > 0 ? "" : DOCUMENT_MARKER.test(line) ? line : start === 0 ? "---" : "")
      );
  };
  for (let i = 0; i < lines.length; i++) {
    if (i > start && DOCUMENT_MARKER.test(itemAt(lines, i))) {
      flush(i);
      start = i;
    }
  }
  flush(lines.length);
  return out.join("\n");
}
function withLocator(object, locate, overrides = {}) {
  return {
    value: object.value,
    file: overrides.file ?? object.file,
    documentIndex: object.documentIndex,
    ...object.itemIndex === void 0 ? {} : { itemIndex: object.itemIndex },
    position: (path9) => object.position(path9),
    locate
  };
}
var ManifestParser = class _ManifestParser {
  constructor(text, file, options, documentIndexBase = 0, firstLine = 1, shift = 0, streamLineCounter) {
    this.text = text;
    this.file = file;
    this.options = options;
    this.documentIndexBase = documentIndexBase;
    this.firstLine = firstLine;
    this.shift = shift;
    this.streamLineCounter = streamLineCounter;
    this.lineCounter = streamLineCounter ?? new import_yaml3.LineCounter();
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  }
  text;
  file;
  options;
  documentIndexBase;
  firstLine;
  shift;
  streamLineCounter;
  lineCounter;
  objects = [];
  errors = [];
  maxDepth;
  maxAliasCount;
  /** How many documents the general parser found (undefined when it failed as a whole). */
  documentsSeen;
  run() {
    if (this.documentIndexBase === 0 && this.options.reader !== "general" && (this.readJson() || this.readBlockStyle())) {
      return { objects: this.objects, errors: this.errors };
    }
    if (!this.streamLineCounter) this.countLines();
    let docs;
    try {
      docs = (0, import_yaml3.parseAllDocuments)(this.text, {
        version: "1.1",
        customTags: kubernetesTags,
        prettyErrors: false,
        uniqueKeys: true,
        // Collection keys become strings (as in JSON); yaml's warning about it must not reach stderr.
        logLevel: "error"
      });
    } catch (error) {
      if (this.documentIndexBase < 0) {
        this.errors.push({
          file: this.file,
          message: describeThrown(error, this.maxDepth),
          line: this.firstLine,
          column: 1
        });
      } else {
        this.parseDocumentsOneByOne();
      }
      return { objects: this.objects, errors: this.errors };
    }
    const base = this.documentIndexBase >= 0 ? this.documentIndexBase : -1 - this.documentIndexBase;
    this.documentsSeen = docs.length;
    docs.forEach((doc, index) => this.document(doc, base + index));
    return { objects: this.objects, errors: this.errors };
  }
  /**
   * Reads a text that is one JSON object (`kubectl get … -o json`) with JSON.parse and a position scan;
   * false (nothing recorded) when the text is not that, or holds anything the general path words as an error.
   */
  readJson() {
    if (!looksLikeJsonObject(this.text)) return false;
    const read = readJsonDocument(this.text, resolvePlainScalar, this.maxDepth);
    if (!read) return false;
    const objects2 = [];
    if (!this.jsonObjects(read.value, read.position, void 0, objects2, true)) return false;
    this.countLines();
    const listItems = Array.isArray(read.value["items"]) ? read.value["items"] : void 0;
    const itemsAt = read.position.keys.indexOf("items");
    const itemPositions = itemsAt >= 0 && read.position.values[itemsAt]?.kind === "seq" ? read.position.values[itemsAt].items : void 0;
    for (let index = 0; index < objects2.length; index++) {
      const object = itemAt(objects2, index);
      objects2[index] = void 0;
      if (object.itemIndex !== void 0) {
        if (listItems) listItems[object.itemIndex] = void 0;
        if (itemPositions) itemPositions[object.itemIndex] = void 0;
      }
      this.emit(object);
    }
    return true;
  }
  /** Hands an object to the sink, or keeps it for the result. */
  emit(object) {
    if (this.options.sink) this.options.sink.object(object);
    else this.objects.push(object);
  }
  countLines() {
    this.lineCounter.addNewLine(0);
    for (let at = this.text.indexOf("\n"); at >= 0; at = this.text.indexOf("\n", at + 1))
      this.lineCounter.addNewLine(at + 1);
  }
  /**
   * The objects of a JSON document as addObject() gives them (Lists expanded into their items); false for
   * anything addObject() or checkIdentity() would report, which the general path then words.
   */
  jsonObjects(value, position, itemIndex, out, root) {
    const apiVersion = value["apiVersion"];
    const kind = value["kind"];
    if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "") {
      const hasApiVersion = apiVersion !== void 0 && apiVersion !== null;
      const hasKind = kind !== void 0 && kind !== null;
      if (!root || hasApiVersion && hasKind) return false;
      return !(hasApiVersion || hasKind) || !("metadata" in value) && !("spec" in value);
    }
    const items = value["items"];
    const isList = kind === "List" || kind.endsWith("List") && Array.isArray(items);
    if (!isList) {
      out.push(
        new ParsedObject(
          value,
          this.file,
          0,
          itemIndex,
          position,
          position.start,
          this.lineCounter,
          this.options.locate
        )
      );
      return true;
    }
    if (items === void 0 || items === null) return true;
    const itemsAt = position.keys.indexOf("items");
    const itemsPosition = itemsAt >= 0 ? position.values[itemsAt] : void 0;
    if (!Array.isArray(items) || itemsPosition?.kind !== "seq") return false;
    const itemDefaults = kind === "List" ? void 0 : { apiVersion, kind: kind.slice(0, -"List".length) };
    for (let index = 0; index < items.length; index++) {
      let item = items[index];
      const itemPosition = itemsPosition.items[index];
      if (typeof item !== "object" || item === null || Array.isArray(item) || itemPosition?.kind !== "map")
        return false;
      const record = item;
      if (itemDefaults && record["apiVersion"] === void 0 && record["kind"] === void 0)
        item = { ...itemDefaults, ...record };
      if (!this.jsonObjects(item, itemPosition, itemIndex ?? index, out, false))
        return false;
    }
    return true;
  }
  /**
   * Reads the text with the fast block reader; documents outside its subset are read one by one by the
   * general parser (the same result: documents of a stream are independent once directives are excluded,
   * which the block reader leaves to the general parser). False (nothing recorded) when the block reader
   * cannot split the text.
   */
  readBlockStyle() {
    const kept = this.options.sink ? void 0 : [];
    let delivered = false;
    const deliver = (object) => {
      delivered = true;
      if (kept) kept.push(object);
      else this.emit(object);
    };
    let counted = false;
    const read = readBlockYaml(
      this.text,
      resolvePlainScalar,
      this.maxDepth,
      this.maxAliasCount,
      (document, lineStarts2) => {
        if (!counted) {
          for (const start of lineStarts2) this.lineCounter.addNewLine(start);
          counted = true;
        }
        if ("value" in document) {
          deliver(
            new ParsedObject(
              document.value,
              this.file,
              document.index,
              void 0,
              document.position,
              document.position.start,
              this.lineCounter,
              this.options.locate
            )
          );
          return true;
        }
        const part = new _ManifestParser(
          this.text.slice(document.start, document.end),
          this.file,
          withoutSink(this.options),
          -1 - document.index,
          document.line + 1,
          document.start,
          this.lineCounter
        );
        const result = part.run();
        if (part.documentsSeen !== 1 || result.errors.length > 0) return false;
        for (const object of result.objects) deliver(object);
        return true;
      }
    );
    if (!read) {
      this.lineCounter = new import_yaml3.LineCounter();
      if (delivered && this.options.sink) this.options.sink.restart();
      return false;
    }
    if (kept) this.objects.push(...kept);
    return true;
  }
  /**
   * Fallback when the stream as a whole cannot be parsed: split at `---` lines and parse each part
   * alone, so one hostile document does not hide the others. Each part is padded with line breaks so
   * that its lines and offsets stay those of the file.
   */
  parseDocumentsOneByOne() {
    const lines = this.text.split("\n");
    const starts = [0];
    lines.forEach((line, index) => {
      if (index > 0 && /^---(\s|$)/.test(line)) starts.push(index);
    });
    starts.forEach((start, chunkIndex) => {
      const end = starts[chunkIndex + 1] ?? lines.length;
      const chunk = `${"\n".repeat(start)}${lines.slice(start, end).join("\n")}`;
      const part = new _ManifestParser(chunk, this.file, this.options, -1 - chunkIndex, start + 1).run();
      for (const object of part.objects) this.emit(object);
      this.errors.push(...part.errors);
    });
  }
  document(doc, documentIndex) {
    const first = doc.errors[0];
    if (first) {
      this.errors.push(this.syntaxError(doc, first.code, first.message, first.pos[0]));
      return;
    }
    const root = doc.contents;
    if ((0, import_yaml3.isSeq)(root)) {
      if (root.items.some((item) => looksLikeObject(item))) {
        this.errorAt(
          root,
          "the document is a YAML sequence of Kubernetes objects; wrap them in `apiVersion: v1`, `kind: List` and `items:`"
        );
      }
      return;
    }
    if (!(0, import_yaml3.isMap)(root)) return;
    const apiVersion = root.get("apiVersion");
    const kind = root.get("kind");
    if (!this.checkIdentity(root, apiVersion, kind, void 0)) return;
    const depthNode = this.tooDeep(root);
    if (depthNode) {
      this.errorAt(depthNode, `nesting is too deep (more than ${this.maxDepth} levels)`);
      return;
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: this.maxAliasCount });
    } catch (error) {
      const message = error instanceof ReferenceError && /alias/i.test(error.message) ? `YAML aliases expand too much (alias budget ${this.maxAliasCount}); refusing a possible alias expansion ("billion laughs") attack` : `could not read the document: ${errorText(error)}`;
      this.errorAt(root, message);
      return;
    }
    this.addObject(
      doc,
      new PositionIndexer(doc, this.text, this.shift),
      root,
      value,
      documentIndex,
      void 0
    );
  }
  /** True when the map is a Kubernetes object; records an error when it is a broken one. */
  checkIdentity(node, apiVersion, kind, where3) {
    if (typeof apiVersion === "string" && typeof kind === "string" && apiVersion !== "" && kind !== "") return true;
    const hasApiVersion = apiVersion !== void 0 && apiVersion !== null;
    const hasKind = kind !== void 0 && kind !== null;
    if (!hasApiVersion && !hasKind && where3 === void 0) return false;
    const prefix = where3 ? `${where3}: ` : "";
    if (hasApiVersion && hasKind) {
      this.errorAt(node, `${prefix}apiVersion and kind must be non-empty strings`);
    } else if (where3 !== void 0) {
      this.errorAt(
        node,
        `${prefix}not a Kubernetes object: ${hasKind ? "apiVersion" : hasApiVersion ? "kind" : "apiVersion and kind"} not set`
      );
    } else if ((0, import_yaml3.isMap)(node) && (node.has("metadata") || node.has("spec"))) {
      this.errorAt(
        node,
        hasKind ? `object has kind ${JSON.stringify(kind)} but no apiVersion` : `object has apiVersion ${JSON.stringify(apiVersion)} but no kind`
      );
    }
    return false;
  }
  addObject(doc, indexer, node, value, documentIndex, itemIndex) {
    const kind = value["kind"];
    const items = (0, import_yaml3.isMap)(node) ? node.get("items", true) : void 0;
    const isList = kind === "List" || kind.endsWith("List") && (0, import_yaml3.isSeq)(resolveAlias(doc, items));
    if (!isList) {
      this.emit(
        new ParsedObject(
          value,
          this.file,
          documentIndex,
          itemIndex,
          indexer.node(node),
          (node.range?.[0] ?? 0) + this.shift,
          this.lineCounter,
          this.options.locate
        )
      );
      return;
    }
    const itemsNode = resolveAlias(doc, items);
    if (itemsNode === void 0 || (0, import_yaml3.isScalar)(itemsNode) && itemsNode.value === null) return;
    if (!(0, import_yaml3.isSeq)(itemsNode)) {
      this.errorAt(itemsNode ?? node, `${kind}: items must be a list`);
      return;
    }
    const values = value["items"];
    const itemDefaults = kind === "List" ? void 0 : { apiVersion: value["apiVersion"], kind: kind.slice(0, -"List".length) };
    itemsNode.items.forEach((rawItem, index) => {
      const itemNode = resolveAlias(doc, rawItem);
      let itemValue = values[index];
      const where3 = `items[${index}]`;
      if (!(0, import_yaml3.isMap)(itemNode) || typeof itemValue !== "object" || itemValue === null || Array.isArray(itemValue)) {
        this.errorAt(itemNode ?? itemsNode, `${where3}: not a Kubernetes object`);
        return;
      }
      let item = itemValue;
      if (itemDefaults && item["apiVersion"] === void 0 && item["kind"] === void 0) {
        item = { ...itemDefaults, ...item };
        itemValue = item;
      }
      if (!this.checkIdentity(itemNode, item["apiVersion"], item["kind"], where3)) return;
      this.addObject(doc, indexer, itemNode, item, documentIndex, itemIndex ?? index);
    });
  }
  /** Returns the first node nested deeper than the limit; iterative so it cannot overflow itself. */
  tooDeep(root) {
    const stack = [{ node: root, depth: 1 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop();
      if ((0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node)) {
        if (depth > this.maxDepth) return node;
        for (const item of node.items) {
          if ((0, import_yaml3.isPair)(item)) {
            stack.push({ node: item.key, depth: depth + 1 });
            stack.push({ node: item.value, depth: depth + 1 });
          } else {
            stack.push({ node: item, depth: depth + 1 });
          }
        }
      }
    }
    return void 0;
  }
  syntaxError(doc, code2, message, offset) {
    const { line, col } = this.lineCounter.linePos(offset + this.shift);
    let text;
    if (code2 === "DUPLICATE_KEY") {
      const key = duplicateKeyAt(doc, offset);
      text = key === void 0 ? "duplicate mapping key (keys must be unique)" : `duplicate key ${JSON.stringify(key)} (keys must be unique)`;
    } else if (/call stack/i.test(message)) {
      text = `nesting is too deep (more than ${this.maxDepth} levels)`;
    } else {
      text = `YAML syntax error: ${message}`;
    }
    return { file: this.file, message: text, line, column: col };
  }
  errorAt(node, message) {
    const offset = node?.range?.[0];
    if (offset === void 0) {
      this.errors.push({ file: this.file, message });
      return;
    }
    const { line, col } = this.lineCounter.linePos(offset + this.shift);
    this.errors.push({ file: this.file, message, line, column: col });
  }
};
function looksLikeObject(node) {
  return (0, import_yaml3.isMap)(node) && typeof node.get("apiVersion") === "string" && typeof node.get("kind") === "string";
}
function resolveAlias(doc, node) {
  let current = node;
  for (let hops = 0; hops < 16 && (0, import_yaml3.isAlias)(current); hops++) current = current.resolve(doc);
  return (0, import_yaml3.isMap)(current) || (0, import_yaml3.isSeq)(current) || (0, import_yaml3.isScalar)(current) || (0, import_yaml3.isAlias)(current) ? current : void 0;
}
function duplicateKeyAt(doc, offset) {
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml3.isMap)(node)) {
      for (const pair of node.items) {
        if ((0, import_yaml3.isScalar)(pair.key) && pair.key.range?.[0] === offset) return String(pair.key.value);
        stack.push(pair.key, pair.value);
      }
    } else if ((0, import_yaml3.isSeq)(node)) {
      stack.push(...node.items);
    }
  }
  return void 0;
}
function describeThrown(error, maxDepth) {
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return `nesting is too deep (more than ${maxDepth} levels)`;
  return `could not parse YAML: ${errorText(error)}`;
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
var PositionIndexer = class {
  constructor(doc, text, shift = 0) {
    this.doc = doc;
    this.text = text;
    this.shift = shift;
  }
  doc;
  text;
  shift;
  seen = /* @__PURE__ */ new Map();
  node(node) {
    if (this.seen.has(node)) return this.seen.get(node);
    if ((0, import_yaml3.isAlias)(node)) {
      const start = this.start(node.range?.[0]);
      const alias = {
        kind: "alias",
        start,
        end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0),
        target: void 0
      };
      this.seen.set(node, alias);
      const target2 = node.resolve(this.doc);
      alias.target = (0, import_yaml3.isScalar)(target2) ? void 0 : this.node(target2);
      return alias;
    }
    if ((0, import_yaml3.isMap)(node)) {
      const count = node.items.length;
      const keys = new Array(count);
      const values = new Array(count);
      const spans = new Array(count * 2).fill(0);
      let merges;
      const start = this.start(node.range?.[0]);
      const map = {
        kind: "map",
        start,
        end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0),
        keys,
        spans,
        values,
        merges: void 0
      };
      this.seen.set(node, map);
      node.items.forEach((pair, index) => {
        const key = pair.key;
        const value = pair.value;
        const range = pairRange(key, value);
        const merge = (0, import_yaml3.isScalar)(key) && isMergeKey(key);
        if (merge) (merges ??= []).push(index);
        keys[index] = (0, import_yaml3.isScalar)(key) && !merge ? String(key.value) : void 0;
        spans[2 * index] = range ? range.start + this.shift : -1;
        spans[2 * index + 1] = range ? this.end(range.end) : 0;
        values[index] = (0, import_yaml3.isScalar)(value) ? void 0 : this.node(value);
      });
      map.merges = merges;
      return map;
    }
    if ((0, import_yaml3.isSeq)(node)) {
      const items = [];
      const start = this.start(node.range?.[0]);
      const seq = { kind: "seq", start, end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0), items };
      this.seen.set(node, seq);
      for (const item of node.items) {
        const range = item?.range;
        const reduced = this.node(item);
        items.push(range && reduced ? reduced : void 0);
      }
      return seq;
    }
    if ((0, import_yaml3.isScalar)(node)) {
      const start = this.start(node.range?.[0]);
      const leaf = { kind: "leaf", start, end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0) };
      this.seen.set(node, leaf);
      return leaf;
    }
    this.seen.set(node, void 0);
    return void 0;
  }
  start(offset) {
    return (offset ?? 0) + this.shift;
  }
  end(offset) {
    return trimmedEnd(this.text, offset) + this.shift;
  }
};
function resolvePos(node) {
  let current = node;
  for (let hops = 0; hops < 16 && current?.kind === "alias"; hops++) current = current.target;
  return current;
}
var ParsedObject = class {
  constructor(value, file, documentIndex, itemIndex, rootPosition, start, lineCounter, locator) {
    this.value = value;
    this.file = file;
    this.documentIndex = documentIndex;
    this.itemIndex = itemIndex;
    this.lineCounter = lineCounter;
    this.locator = locator;
    this.root = rootPosition;
    const root = this.root?.kind === "map" && this.root.keys.length > 0 ? this.root : void 0;
    const firstStart = root ? itemAt(root.spans, 0) : -1;
    this.head = root && firstStart >= 0 ? { start: firstStart, end: itemAt(root.spans, 1) } : { start, end: start };
    this.rootStart = start;
  }
  value;
  file;
  documentIndex;
  itemIndex;
  lineCounter;
  locator;
  root;
  rootStart;
  /** Where a person looks for the object itself: its first entry (apiVersion or kind). */
  head;
  position(path9) {
    let node = this.root;
    let start = this.rootStart;
    let end = start;
    const found = [];
    for (const segment of path9) {
      const step = child(resolvePos(node), segment);
      if (!step) break;
      found.push(segment);
      node = step.node;
      start = step.start;
      end = step.end;
    }
    if (found.length === 0) {
      start = this.head.start;
      end = this.head.end;
    }
    return this.span(start, end, found.length === path9.length, found);
  }
  locate(path9) {
    const span = this.position(path9);
    if (this.locator) return this.locator(this, path9, span);
    return {
      primary: {
        file: this.file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn
      },
      related: [],
      exact: span.exact
    };
  }
  span(start, trimmed, exact, foundPath) {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(trimmed, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, exact, foundPath };
  }
};
function child(node, segment) {
  if (node?.kind === "map") {
    const found = findPair(node, String(segment), 0);
    if (!found) return void 0;
    const start = itemAt(found.map.spans, 2 * found.index);
    if (start < 0) return void 0;
    return { node: found.map.values[found.index], start, end: itemAt(found.map.spans, 2 * found.index + 1) };
  }
  if (node?.kind === "seq" && typeof segment === "number") {
    const item = node.items[segment];
    if (!item) return void 0;
    return { node: item, start: item.start, end: item.end };
  }
  return void 0;
}
function findPair(map, key, depth) {
  if (map?.kind !== "map" || depth > 8) return void 0;
  const index = map.keys.indexOf(key);
  if (index >= 0) return { map, index };
  if (map.merges === void 0) return void 0;
  for (const merge of map.merges) {
    const value = map.values[merge];
    const sources = value?.kind === "seq" ? value.items : [value];
    for (const source of sources) {
      const found = findPair(resolvePos(source), key, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}
function isMergeKey(key) {
  return typeof key.value === "symbol" || key.value === "<<" && key.source === "<<";
}
function pairRange(key, value) {
  const keyRange = key?.range;
  const valueRange = value?.range;
  if (!keyRange) return valueRange ? { start: valueRange[0], end: valueRange[1] } : void 0;
  const inline = value && valueRange && ((0, import_yaml3.isScalar)(value) || (0, import_yaml3.isAlias)(value) || ((0, import_yaml3.isMap)(value) || (0, import_yaml3.isSeq)(value)) && value.flow === true);
  return { start: keyRange[0], end: inline ? Math.max(valueRange[1], keyRange[1]) : keyRange[1] };
}

// src/render/command-runner.ts
import { spawn } from "node:child_process";
import { existsSync as existsSync2, mkdirSync, mkdtempSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { delimiter, join as join5 } from "node:path";
var DEFAULT_TIMEOUT_MS2 = 12e4;
var DEFAULT_MAX_OUTPUT_BYTES2 = 256 * 1024 * 1024;
var DEFAULT_KILL_GRACE_MS = 2e3;
var MAX_STDERR_BYTES = 1024 * 1024;
var liveGroups = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const pid of liveGroups) killGroup(pid, "SIGKILL");
  });
}
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function createPrivateDirs(tempRoot) {
  const root = mkdtempSync(join5(tempRoot, "podsec-tools-"));
  const dir = (name) => {
    const path9 = join5(root, name);
    mkdirSync(path9, { recursive: true });
    return path9;
  };
  const home = dir("home");
  const config = dir("config");
  const cache = dir("cache");
  const data = dir("data");
  const plugins = dir("helm-plugins-empty");
  const tmp = dir("tmp");
  const kubeconfig = join5(root, "kubeconfig");
  writeFileSync(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n", { mode: 384 });
  return {
    root,
    env: {
      HOME: home,
      TMPDIR: tmp,
      XDG_CONFIG_HOME: config,
      XDG_CACHE_HOME: cache,
      XDG_DATA_HOME: data,
      HELM_CONFIG_HOME: join5(config, "helm"),
      HELM_CACHE_HOME: join5(cache, "helm"),
      HELM_DATA_HOME: join5(data, "helm"),
      HELM_PLUGINS: plugins,
      HELM_REPOSITORY_CONFIG: join5(config, "helm", "repositories.yaml"),
      HELM_REPOSITORY_CACHE: join5(cache, "helm", "repository"),
      HELM_REGISTRY_CONFIG: join5(config, "helm", "registry", "config.json"),
      // No cluster is ever contacted: helm template and kustomize need none. An empty private config
      // (not /dev/null, which helm warns about as world-readable) keeps stderr free of noise.
      KUBECONFIG: kubeconfig,
      // Stable, parseable messages.
      LANG: "C",
      LC_ALL: "C"
    }
  };
}
var DEFAULT_TOOL_GOGC = "800";
function goRuntimeEnv(sourceEnv) {
  const env = { GOGC: DEFAULT_TOOL_GOGC };
  for (const name of ["GOGC", "GOMEMLIMIT"]) {
    const value = sourceEnv[name];
    if (value !== void 0 && value !== "") env[name] = value;
  }
  return env;
}
function createSlots(limit) {
  const size = Math.max(1, Math.floor(limit));
  let busy = 0;
  const waiting = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  return {
    acquire() {
      let released = false;
      const once = () => {
        if (released) return;
        released = true;
        release();
      };
      if (busy < size) {
        busy++;
        return Promise.resolve(once);
      }
      return new Promise((resolve11) => waiting.push(() => resolve11(once)));
    }
  };
}
function spawnErrorText(command, code2, fallback) {
  if (code2 === "ENOENT") return `could not run ${JSON.stringify(command)}: program not found (ENOENT)`;
  if (code2 === "EACCES") return `could not run ${JSON.stringify(command)}: permission denied (EACCES)`;
  return `could not run ${JSON.stringify(command)}: ${fallback}`;
}
function collectOutput(child2, maxOutputBytes, onOverflow) {
  const stdoutChunks = [];
  let stdoutBytes = 0;
  let tooLarge = false;
  child2.stdout?.on("data", (chunk) => {
    if (tooLarge) return;
    stdoutBytes += chunk.length;
    if (stdoutBytes > maxOutputBytes) {
      tooLarge = true;
      stdoutChunks.length = 0;
      onOverflow();
      return;
    }
    stdoutChunks.push(chunk);
  });
  const stderrChunks = [];
  let stderrBytes = 0;
  child2.stderr?.on("data", (chunk) => {
    stderrChunks.push(chunk);
    stderrBytes += chunk.length;
    while (stderrBytes - (stderrChunks[0]?.length ?? 0) >= MAX_STDERR_BYTES)
      stderrBytes -= stderrChunks.shift()?.length ?? 0;
  });
  return {
    stdout: () => Buffer.concat(stdoutChunks).toString("utf8"),
    stderr: () => Buffer.concat(stderrChunks).toString("utf8"),
    tooLarge: () => tooLarge
  };
}
function createCommandRunner(config = {}) {
  const killGraceMs = config.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const sourceEnv = config.sourceEnv ?? process.env;
  const dirs = createPrivateDirs(config.tempRoot ?? tmpdir2());
  installExitHook();
  const baseEnv = { ...dirs.env, ...goRuntimeEnv(sourceEnv) };
  const path9 = sourceEnv["PATH"];
  if (path9 !== void 0) baseEnv["PATH"] = path9;
  const slots = config.maxConcurrent === void 0 ? void 0 : createSlots(config.maxConcurrent);
  async function run(command, args, options = {}) {
    if (!slots) return runNow(command, args, options);
    const release = await slots.acquire();
    try {
      return await runNow(command, args, options);
    } finally {
      release();
    }
  }
  async function runNow(command, args, options) {
    const timeoutMs2 = options.timeoutMs ?? DEFAULT_TIMEOUT_MS2;
    const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES2;
    const env = { ...baseEnv, ...options.env };
    if (options.pathPrefix !== void 0)
      env["PATH"] = [options.pathPrefix, env["PATH"]].filter((dir) => dir !== void 0 && dir !== "").join(delimiter);
    let child2;
    try {
      child2 = spawn(command, [...args], {
        cwd: options.cwd,
        env,
        shell: false,
        stdio: [options.input !== void 0 ? "pipe" : "ignore", "pipe", "pipe"],
        // A process group of its own: on timeout the whole tree (helm plugins, shells, sleeps) is killed.
        detached: true,
        windowsHide: true
      });
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
      return {
        exitCode: void 0,
        stdout: "",
        stderr: "",
        timedOut: false,
        outputTooLarge: false,
        spawnError: spawnErrorText(command, void 0, message)
      };
    }
    const pid = child2.pid;
    if (pid !== void 0) liveGroups.add(pid);
    let timedOut = false;
    let forceTimer;
    const timer = timeoutMs2 > 0 && pid !== void 0 ? setTimeout(() => {
      timedOut = true;
      killGroup(pid, "SIGTERM");
      forceTimer = setTimeout(() => killGroup(pid, "SIGKILL"), killGraceMs);
      forceTimer.unref();
    }, timeoutMs2) : void 0;
    if (options.input !== void 0 && child2.stdin) {
      child2.stdin.on("error", () => void 0);
      child2.stdin.end(options.input);
    }
    const output = collectOutput(child2, maxOutputBytes, () => {
      if (pid !== void 0) killGroup(pid, "SIGKILL");
    });
    const ended = await new Promise((resolve11) => {
      child2.once("error", (error) => resolve11({ error }));
      child2.once("close", (code2, signal2) => resolve11({ code: code2, signal: signal2 }));
    });
    if (timer) clearTimeout(timer);
    if (forceTimer) clearTimeout(forceTimer);
    if (pid !== void 0) {
      killGroup(pid, "SIGKILL");
      liveGroups.delete(pid);
    }
    const stderr = output.stderr();
    const outputTooLarge = output.tooLarge();
    if ("error" in ended) {
      const code2 = typeof ended.error.code === "string" ? ended.error.code : void 0;
      const missingCwd = code2 === "ENOENT" && options.cwd !== void 0 && !existsSync2(options.cwd);
      const why = missingCwd ? `working directory ${JSON.stringify(options.cwd)} does not exist` : ended.error.message.split("\n")[0] ?? "could not start";
      return {
        exitCode: void 0,
        stdout: "",
        stderr,
        timedOut: false,
        outputTooLarge: false,
        spawnError: spawnErrorText(command, missingCwd ? void 0 : code2, why)
      };
    }
    const signal = ended.signal !== null && !timedOut && !outputTooLarge ? ended.signal : void 0;
    return {
      exitCode: timedOut || outputTooLarge || ended.code === null ? void 0 : ended.code,
      stdout: outputTooLarge ? "" : output.stdout(),
      stderr,
      timedOut,
      outputTooLarge,
      ...signal !== void 0 ? { signal } : {}
    };
  }
  return {
    run,
    home: dirs.env["HOME"] ?? dirs.root,
    dispose() {
      rmSync2(dirs.root, { recursive: true, force: true });
    }
  };
}
var MAX_TAIL_LINE = 1e3;
var TAIL_LINE_HEAD = 300;
function stderrTail(text, lines = 10) {
  const kept = text.split(/\r?\n/).map((line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trimEnd()).filter((line) => line.trim() !== "").slice(-lines).map(
    (line) => line.length > MAX_TAIL_LINE ? `${line.slice(0, TAIL_LINE_HEAD)}…${line.slice(-(MAX_TAIL_LINE - TAIL_LINE_HEAD))}` : line
  );
  return kept.join("\n");
}
function describeFailure(tool, result, timeoutMs2) {
  if (result.spawnError !== void 0) return result.spawnError;
  const tail = stderrTail(result.stderr);
  const suffix = tail === "" ? "" : `:
${tail}`;
  if (result.timedOut) {
    const seconds = timeoutMs2 === void 0 ? "" : ` after ${Math.round(timeoutMs2 / 100) / 10} s`;
    return `${tool} timed out${seconds} and was stopped${suffix}`;
  }
  if (result.outputTooLarge) return `${tool} printed more output than the limit allows and was stopped${suffix}`;
  if (result.exitCode === void 0 && result.signal !== void 0)
    return `${tool} was killed by signal ${result.signal}${suffix}`;
  return `${tool} failed with exit code ${String(result.exitCode)}${suffix}`;
}

// src/render/helm/helm.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { isAbsolute as isAbsolute3, join as join8, posix, relative as relative4, resolve as resolve4, sep as sep3 } from "node:path";

// src/render/helm/helm-safety.ts
import { join as join6 } from "node:path";
var HIDDEN_FOLDERS = /* @__PURE__ */ new Set([".git", ".hg", ".svn"]);
var NETWORK_FUNCTIONS = /\bgetHostByName\b/;
var MAX_ENTRIES = 2e4;
async function checkChart(fs, chartDir, displayPath, options) {
  const problems = [];
  const hidden = [];
  const texts = /* @__PURE__ */ new Map();
  const realChart = await fs.realpath(chartDir).catch(() => chartDir);
  let seen = 0;
  const walk3 = async (dir, rel) => {
    const entries = await fs.readDir(dir).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (++seen > MAX_ENTRIES) return;
      const relPath2 = rel === "" ? entry.name : `${rel}/${entry.name}`;
      const absolute = join6(dir, entry.name);
      if (entry.type === "directory" && HIDDEN_FOLDERS.has(entry.name)) {
        hidden.push(relPath2);
        continue;
      }
      if (entry.type === "symlink") {
        const target2 = await fs.realpath(absolute).catch(() => void 0);
        if (target2 === void 0 || !isInside(realChart, target2)) {
          problems.push({
            file: joinDisplay(displayPath, relPath2),
            message: `symlink points outside the chart${target2 === void 0 ? " (or nowhere)" : ""}; helm would read what it points at, so the chart is not rendered`
          });
        }
        continue;
      }
      if (entry.type === "directory") {
        await walk3(absolute, relPath2);
        continue;
      }
      if (!options.network && entry.type === "file" && /(^|\/)templates\/.+\.(ya?ml|tpl|txt|json)$/.test(relPath2)) {
        const text = await fs.readFile(absolute).catch(() => void 0);
        if (text !== void 0) texts.set(absolute, text);
        if (text !== void 0 && NETWORK_FUNCTIONS.test(text)) {
          problems.push({
            file: joinDisplay(displayPath, relPath2),
            message: "template calls getHostByName, which makes DNS lookups while rendering; allow network (--network) to render it"
          });
        }
      }
    }
  };
  await walk3(chartDir, "");
  return { problems, hidden, texts };
}
function redactValues(text, secrets) {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= MIN_REDACTED_LENGTH) out = out.split(secret).join("<redacted>");
  }
  return out;
}
var MIN_REDACTED_LENGTH = 6;
function setValues(set) {
  return set.split(/(?<!\\),/).map((pair) => pair.slice(pair.indexOf("=") + 1)).filter((value) => value !== "");
}
var SECRET_KEY = /pass(word|wd|phrase)?|secret|token|credential|api[-_]?key|access[-_]?key|private|auth|cert|\.key$|^key$|^tls/i;
function secretLikeValuesStrings(text) {
  const out = [];
  let blockIndent = -1;
  for (const line of text.split(/\r?\n/)) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) {
        if (line.trim() !== "") out.push(line.trim());
        continue;
      }
      blockIndent = -1;
    }
    const match = /^\s*(?:-\s+)?(["']?)([^#:\s"'][^:"']*)\1:\s+(["']?)(.+?)\3\s*(?:#.*)?$/.exec(line);
    if (!match || !SECRET_KEY.test(itemAt(match, 2))) continue;
    const value = itemAt(match, 4).trim();
    if (/^[|>][-+0-9]*$/.test(value)) blockIndent = indent;
    else out.push(value);
  }
  return out;
}
function valuesFileStrings(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:-\s+)?(?:[^#:\s][^:]*:\s+)?(["']?)(.+?)\1\s*(?:#.*)?$/.exec(line);
    const value = match?.[2];
    if (value !== void 0 && !value.endsWith(":") && !/^[|>]-?$/.test(value)) out.push(value.trim());
  }
  return out;
}

// src/render/helm/helm-source-map.ts
import { createHash as createHash2 } from "node:crypto";
var import_yaml4 = __toESM(require_dist(), 1);

// src/render/helm/helm-template-pattern.ts
function lex(text) {
  const toks = [];
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf("{{", pos);
    if (open < 0) {
      toks.push({ type: "text", text: text.slice(pos), start: pos });
      break;
    }
    if (open > pos) toks.push({ type: "text", text: text.slice(pos, open), start: pos });
    const close = findActionEnd(text, open + 2);
    const raw = text.slice(open + 2, close);
    const trimLeft = /^-\s/.test(raw);
    const trimRight = /\s-$/.test(raw);
    const body = raw.slice(trimLeft ? 1 : 0, trimRight ? raw.length - 1 : raw.length).trim();
    toks.push({ type: "action", body, start: open, trimLeft, trimRight });
    pos = close + 2;
  }
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok?.type !== "action") continue;
    const before = toks[i - 1];
    if (tok.trimLeft && before?.type === "text") before.text = before.text.replace(/\s+$/, "");
    const after = toks[i + 1];
    if (tok.trimRight && after?.type === "text") {
      const trimmed = after.text.replace(/^\s+/, "");
      after.start += after.text.length - trimmed.length;
      after.text = trimmed;
    }
  }
  return toks;
}
function findActionEnd(text, from) {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return text.length;
      i = end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "`") {
      const end = text.indexOf("`", i + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (text.startsWith("}}", i)) return i;
    i++;
  }
  return text.length;
}
var KEYWORD = /^(if|else|end|range|with|define|block|template|break|continue)\b/;
function parse(toks) {
  let index = 0;
  const stopWords = /* @__PURE__ */ new Set(["else", "end"]);
  function parseList() {
    const nodes = [];
    while (index < toks.length) {
      const tok = itemAt(toks, index++);
      if (tok.type === "text") {
        nodes.push(tok);
        continue;
      }
      if (tok.body.startsWith("/*") || tok.body === "") continue;
      const keyword = KEYWORD.exec(tok.body)?.[1];
      if (keyword === void 0 || keyword === "break" || keyword === "continue") {
        nodes.push({ type: "expr", body: tok.body, start: tok.start });
        continue;
      }
      if (stopWords.has(keyword)) return { nodes, stop: tok };
      const rest = tok.body.slice(keyword.length).trim();
      if (keyword === "if" || keyword === "with") nodes.push(parseIf(keyword, rest));
      else if (keyword === "range") {
        const body = parseList();
        let elseBody;
        if (body.stop?.body === "else") elseBody = parseList().nodes;
        nodes.push({ type: "range", expr: rest, body: body.nodes, elseBody });
      } else if (keyword === "define" || keyword === "block") {
        const name = stringArg(rest) ?? "";
        const body = parseList().nodes;
        nodes.push({ type: "define", name, body });
        if (keyword === "block")
          nodes.push({ type: "call", name, arg: rest.replace(/^"[^"]*"/, "").trim(), start: tok.start });
      } else if (keyword === "template") {
        nodes.push({
          type: "call",
          name: stringArg(rest) ?? "",
          arg: rest.replace(/^"[^"]*"/, "").trim(),
          start: tok.start
        });
      }
    }
    return { nodes, stop: void 0 };
  }
  function parseIf(keyword, cond) {
    const branches = [];
    let current = { cond, binds: keyword === "with" };
    for (; ; ) {
      const { nodes, stop } = parseList();
      branches.push({ ...current, body: nodes });
      if (!stop || stop.body === "end" || !stop.body.startsWith("else")) break;
      const rest = stop.body.slice(4).trim();
      const chained = /^(if|with)\b/.exec(rest);
      current = chained ? { cond: rest.slice(chained[0].length).trim(), binds: chained[1] === "with" } : { cond: void 0, binds: false };
    }
    return { type: "if", branches };
  }
  return parseList().nodes;
}
function stringArg(text) {
  const match = /^"((?:[^"\\]|\\.)*)"|^`([^`]*)`/.exec(text.trim());
  return match ? match[1] ?? match[2] : void 0;
}
var ROOT = { kind: "root" };
var UNKNOWN = { kind: "unknown" };
function follow(binding, fields) {
  let current = binding;
  for (const field of fields) {
    if (current.kind === "root") current = field === "Values" ? { kind: "values", path: [] } : UNKNOWN;
    else if (current.kind === "values") current = { kind: "values", path: [...current.path, field] };
    else if (current.kind === "dict") current = current.entries.get(field) ?? UNKNOWN;
    else return UNKNOWN;
  }
  return current;
}
function stripStrings(expr) {
  return expr.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'/g, '""');
}
var REFERENCE = /(\$[A-Za-z_]\w*|\$)?((?:\.[A-Za-z_]\w*)+)|(\$[A-Za-z_]\w*|\$)|(?<![\w.)\]])\.(?![\w.])/g;
function references(expr, scope) {
  const found = [];
  const text = stripStrings(expr);
  for (const match of text.matchAll(REFERENCE)) {
    const variable = match[1] ?? match[3];
    const fields = match[2] ? match[2].slice(1).split(".") : [];
    let base;
    if (variable === void 0) base = scope.dot;
    else if (variable === "$") base = ROOT;
    else base = scope.vars.get(variable.slice(1)) ?? UNKNOWN;
    found.push(follow(base, fields));
  }
  return found;
}
function valuesRefs(expr, scope) {
  const paths = [];
  for (const binding of references(expr, scope))
    if (binding.kind === "values" && binding.path.length > 0) paths.push(binding.path);
  return paths;
}
function bindingOf(arg, scope) {
  const text = arg.trim().replace(/^\((.*)\)$/s, "$1").trim();
  if (text.startsWith("dict")) {
    const entries = /* @__PURE__ */ new Map();
    const parts = splitArgs(text.slice(4));
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const key = stringArg(parts[i] ?? "");
      if (key !== void 0) entries.set(key, bindingOf(parts[i + 1] ?? "", scope));
    }
    return { kind: "dict", entries };
  }
  if (/^(\$\w*)?(\.[A-Za-z_]\w*)*$|^\.$/.test(text)) return references(text, scope)[0] ?? UNKNOWN;
  return UNKNOWN;
}
function splitArgs(text) {
  const parts = [];
  let depth = 0;
  let current = "";
  let quote;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote) {
      current += ch;
      if (ch === "\\") current += text[++i] ?? "";
      else if (ch === quote) quote = void 0;
      continue;
    }
    if (ch === '"' || ch === "`") quote = ch;
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current !== "") parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  if (current !== "") parts.push(current);
  return parts;
}
function parseTemplate(file, text) {
  const lineStarts2 = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts2.push(i + 1);
  return { file, text, nodes: parse(lex(text)), lineStarts: lineStarts2 };
}
function indexHelpers(templates) {
  const defines = /* @__PURE__ */ new Map();
  const visit2 = (template, nodes) => {
    for (const node of nodes) {
      if (node.type === "define" && !defines.has(node.name)) defines.set(node.name, { template, body: node.body });
    }
  };
  for (const template of templates) visit2(template, template.nodes);
  return { defines };
}
function locOf(template, offset) {
  let low = 0;
  let high = template.lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if ((template.lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { file: template.file, line: low + 1, column: offset - (template.lineStarts[low] ?? 0) + 1 };
}
var MAX_INCLUDE_DEPTH = 8;
var BLOCK_FUNCTIONS = /\b(toYaml|include|template|tpl|indent|nindent)\b|\.Files\./;
var PatternBuilder = class _PatternBuilder {
  constructor(template, helpers, indent, depth, stack, firstLinePrefix = "") {
    this.template = template;
    this.helpers = helpers;
    this.indent = indent;
    this.depth = depth;
    this.stack = stack;
    this.pending = [{ lit: " ".repeat(indent) + firstLinePrefix }];
  }
  template;
  helpers;
  indent;
  depth;
  stack;
  out = [];
  pending;
  build(nodes, scope) {
    this.nodes(nodes, scope);
    this.flush();
    return { kind: "seq", items: this.out };
  }
  sub(template, nodes, scope, indent, stack, prefix = "") {
    return new _PatternBuilder(template, this.helpers, indent, this.depth + 1, stack, prefix).build(nodes, scope);
  }
  nodes(nodes, scope) {
    for (const node of nodes) this.node(node, scope);
  }
  node(node, scope) {
    switch (node.type) {
      case "text":
        this.text(node.text, node.start);
        return;
      case "expr":
        this.expr(node.body, node.start, scope);
        return;
      case "call":
        this.expr(`include ${JSON.stringify(node.name)} ${node.arg}`, node.start, scope);
        return;
      case "define":
        return;
      case "if": {
        if (!this.pendingIsBlank() && node.branches.every((branch) => isInline(branch.body))) {
          this.pending.push({ hole: true, loc: this.pendingLoc(), values: [] });
          return;
        }
        this.flushBeforeControl();
        const branches = node.branches.map((branch) => {
          const branchScope = branch.binds && branch.cond !== void 0 ? this.bindScope(branch.cond, scope) : scope;
          return this.sub(this.template, branch.body, branchScope, this.indent, this.stack);
        });
        if (node.branches.every((branch) => branch.cond !== void 0)) branches.push({ kind: "seq", items: [] });
        this.out.push({ kind: "alt", items: branches });
        return;
      }
      case "range": {
        this.flushBeforeControl();
        const body = this.sub(this.template, node.body, this.rangeScope(node.expr, scope), this.indent, this.stack);
        const loop = { kind: "star", item: body };
        this.out.push(
          node.elseBody ? { kind: "alt", items: [loop, this.sub(this.template, node.elseBody, scope, this.indent, this.stack)] } : loop
        );
        return;
      }
    }
  }
  bindScope(expr, scope) {
    const assignment = /^\$(\w+)\s*:?=\s*(.*)$/s.exec(expr.trim());
    if (assignment) {
      const binding = bindingOf(assignment[2] ?? "", scope);
      const vars = new Map(scope.vars);
      vars.set(assignment[1] ?? "", binding);
      return { dot: binding, vars };
    }
    return { dot: bindingOf(expr, scope), vars: scope.vars };
  }
  rangeScope(expr, scope) {
    const declared = /^(?:\$(\w+)\s*,\s*)?\$(\w+)\s*:=\s*(.*)$/s.exec(expr.trim());
    const source = declared ? declared[3] ?? "" : expr;
    const listBinding = bindingOf(source, scope);
    const element = listBinding.kind === "values" ? { kind: "values", path: [...listBinding.path, "*"] } : UNKNOWN;
    const vars = new Map(scope.vars);
    if (declared?.[2]) vars.set(declared[2], element);
    if (declared?.[1]) vars.set(declared[1], UNKNOWN);
    return { dot: element, vars };
  }
  text(text, start) {
    let offset = start;
    const lines = text.split("\n");
    lines.forEach((segment, index) => {
      if (index > 0) this.newLine();
      if (segment !== "") this.pending.push({ lit: segment, loc: locOf(this.template, offset) });
      offset += segment.length + 1;
    });
  }
  newLine() {
    this.flush();
    this.pending = [{ lit: " ".repeat(this.indent) }];
  }
  /** Where the pending line starts (for a hole that has no action of its own to point at). */
  pendingLoc() {
    for (const piece of this.pending) if (piece.loc) return piece.loc;
    return { file: this.template.file, line: 1, column: 1 };
  }
  pendingIsBlank() {
    return this.pending.every((piece) => "lit" in piece && piece.lit.trim() === "");
  }
  pendingText() {
    return this.pending.map((piece) => "lit" in piece ? piece.lit : "").join("");
  }
  /** Control actions usually sit at the end of the previous line after `{{-` trimming: that line is complete. */
  flushBeforeControl() {
    if (!this.pendingIsBlank()) this.newLine();
    else this.pending = [{ lit: " ".repeat(this.indent) }];
  }
  /** Emits the pending pieces as one line pattern; blank lines are not matched (they are not YAML). */
  flush() {
    const pieces = this.pending;
    this.pending = [];
    if (pieces.length === 0 || pieces.every((piece) => "lit" in piece && piece.lit.trim() === "")) return;
    const holes = pieces.filter((piece) => "hole" in piece);
    const literal = pieces.filter((piece) => "lit" in piece && piece.lit.trim() !== "");
    if (literal.length === 0) {
      const hole = itemAt(holes, 0);
      const indent = /^ */.exec(this.pendingTextOf(pieces))?.[0].length ?? 0;
      this.out.push({
        kind: "block",
        minIndent: indent,
        loc: hole.loc,
        ...hole.values[0] ? { values: hole.values[0] } : {}
      });
      return;
    }
    if (holes.length === 0 && literal.length === 1 && literal[0].lit.trim() === "---") {
      this.out.push({
        kind: "sep",
        loc: literal[0].loc ?? { file: this.template.file, line: 1, column: 1 }
      });
      return;
    }
    let source = "";
    let lastWasHole = false;
    for (const piece of pieces) {
      if ("lit" in piece) {
        source += escapeRegex(piece.lit);
        lastWasHole = false;
      } else if (!lastWasHole) {
        source += ".*";
        lastWasHole = true;
      }
    }
    const first = literal[0];
    const lead = first.lit.length - first.lit.trimStart().length;
    const anchor = first.loc ? { ...first.loc, column: first.loc.column + lead } : holes[0]?.loc ?? { file: this.template.file, line: 1, column: 1 };
    source = source.replace(/ +$/, "").replace(/ +\.\*$/, "(?: .*)?");
    this.out.push({
      kind: "line",
      regex: new RegExp(`^${source}\\s*$`),
      loc: anchor,
      values: holes.flatMap((hole) => hole.values)
    });
  }
  pendingTextOf(pieces) {
    return pieces.map((piece) => "lit" in piece ? piece.lit : "").join("");
  }
  expr(body, start, scope) {
    const loc = locOf(this.template, start);
    if (/^\$\w+\s*:?=/.test(body)) {
      const assignment = /^\$(\w+)\s*:?=\s*(.*)$/s.exec(body);
      if (assignment) scope.vars.set(assignment[1] ?? "", bindingOf(assignment[2] ?? "", scope));
      return;
    }
    const stripped = stripStrings(body);
    const nindent = /\bnindent\s+(\d+)/.exec(stripped);
    const indent = nindent ? void 0 : /\bindent\s+(\d+)/.exec(stripped);
    const include = /^(include|template)\s+("(?:[^"\\]|\\.)*")\s*(.*?)(?:\|.*)?$/s.exec(body.trim());
    const isBlock = BLOCK_FUNCTIONS.test(stripped);
    const values = valuesRefs(body, scope);
    if (!isBlock || !nindent && !this.pendingIsBlank() && !/\btoYaml\b/.test(stripped)) {
      this.pending.push({ hole: true, loc, values });
      return;
    }
    let width = Number(nindent?.[1] ?? indent?.[1] ?? 0);
    let prefix = "";
    if (nindent) {
      if (!this.pendingIsBlank()) this.newLine();
    } else if (!this.pendingIsBlank()) {
      this.pending.push({ hole: true, loc, values });
      this.newLine();
    } else {
      prefix = this.pendingText().slice(this.indent);
    }
    this.pending = [];
    width += this.indent;
    const block = { kind: "block", minIndent: width, loc, ...values[0] ? { values: values[0] } : {} };
    const name = include ? stringArg(include[2] ?? "") : void 0;
    const helper = name !== void 0 ? this.helpers.defines.get(name) : void 0;
    const ownHelper = helper !== void 0 && chartFolderOf(helper.template.file) === chartFolderOf(this.template.file);
    if (name !== void 0 && helper && ownHelper && this.depth < MAX_INCLUDE_DEPTH && !this.stack.includes(name)) {
      const argScope = { dot: bindingOf(pipelineHead(include?.[3] ?? ""), scope), vars: /* @__PURE__ */ new Map() };
      const expanded = this.sub(helper.template, helper.body, argScope, width, [...this.stack, name], prefix);
      this.out.push({ kind: "alt", items: [expanded, block] });
    } else {
      this.out.push(block);
    }
    this.pending = [{ lit: " ".repeat(this.indent) }];
  }
};
function chartFolderOf(file) {
  const subchart = /^(.*\/charts\/[^/]+)\/templates\//.exec(file);
  if (subchart) return itemAt(subchart, 1);
  const at = file.indexOf("/templates/");
  return at >= 0 ? file.slice(0, at) : file.startsWith("templates/") ? "" : file;
}
function isInline(nodes) {
  return nodes.every(
    (node) => node.type === "text" && !node.text.includes("\n") || node.type === "expr" && !BLOCK_FUNCTIONS.test(stripStrings(node.body))
  );
}
function pipelineHead(text) {
  return splitArgs(text)[0] ?? ".";
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function templatePattern(template, helpers) {
  return new PatternBuilder(template, helpers, 0, 0, []).build(template.nodes, { dot: ROOT, vars: /* @__PURE__ */ new Map() });
}

// src/render/helm/helm-source-map.ts
function splitHelmOutput(output) {
  const lines = output.split("\n");
  const docs = [];
  let current;
  const close = (lastLine) => {
    if (current) docs.push({ ...current, lastLine: Math.max(current.firstLine - 1, lastLine) });
    current = void 0;
  };
  lines.forEach((line, index) => {
    if (/^---\s*$/.test(line)) {
      close(index);
      return;
    }
    const source = /^# Source: (.+?)\s*$/.exec(line);
    if (source && (current === void 0 || current.firstLine === index + 1)) {
      close(index);
      current = { source: source[1] ?? "", firstLine: index + 2 };
    }
  });
  close(lines.length);
  return docs;
}
function resolveSource(source, root) {
  const segments = source.split("/");
  const chain = [root];
  let chart = root;
  let rest = segments.slice(1);
  while (rest[0] === "charts" && rest.length > 2) {
    const sub = chart.subcharts.find((candidate) => candidate.name === rest[1]);
    if (!sub) break;
    chart = sub;
    chain.push(sub);
    rest = rest.slice(2);
  }
  const file = chart.displayPath === void 0 ? void 0 : joinDisplay(chart.displayPath, rest.join("/"));
  return { file, chain };
}
function parseValuesText(text, reader = "auto") {
  const lineCounter = new import_yaml4.LineCounter();
  const block = reader === "general" ? void 0 : readBlockTree(text, resolveYaml11PlainScalar, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIAS_COUNT);
  if (block) {
    for (const start of block.lineStarts) lineCounter.addNewLine(start);
    return { tree: { kind: "block", text, value: block.value, root: block.position }, lineCounter };
  }
  try {
    const doc = (0, import_yaml4.parseDocument)(text, {
      lineCounter,
      version: "1.1",
      uniqueKeys: false,
      prettyErrors: false,
      logLevel: "error"
    });
    return { tree: { kind: "yaml", root: doc.contents ?? void 0 }, lineCounter };
  } catch {
    return { tree: { kind: "yaml", root: void 0 }, lineCounter };
  }
}
function walkValues(values, path9) {
  return values.tree.kind === "block" ? walkBlockValues(values.tree, path9) : walkYamlValues(values.tree.root, path9);
}
function walkYamlValues(root, path9) {
  let node = root;
  let depth = 0;
  let offset;
  let endOffset;
  for (const segment of path9) {
    if (segment === "*") break;
    if ((0, import_yaml4.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key;
      offset = key.range?.[0];
      endOffset = key.range?.[1];
      node = pair.value ?? void 0;
    } else if ((0, import_yaml4.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) break;
      offset = item.range?.[0];
      endOffset = item.range?.[1];
      node = item;
    } else break;
    depth++;
  }
  return { depth, offset, endOffset, scalar: (0, import_yaml4.isScalar)(node) ? { value: node.value } : void 0 };
}
function walkBlockValues(tree, path9) {
  let node = tree.root;
  let value = tree.value;
  let scalar;
  let depth = 0;
  let offset;
  let endOffset;
  for (const segment of path9) {
    if (segment === "*") break;
    if (node?.kind === "map") {
      const index = node.keys.indexOf(String(segment));
      if (index < 0) break;
      offset = itemAt(node.spans, 2 * index);
      endOffset = blockKeyEnd(tree.text, offset);
      value = value[String(segment)];
      node = node.values[index];
      scalar = node === void 0 ? { value } : void 0;
    } else if (node?.kind === "seq" && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) break;
      offset = item.start;
      endOffset = item.end;
      value = value[segment];
      node = item;
      scalar = item.kind === "leaf" ? { value } : void 0;
    } else break;
    depth++;
  }
  return { depth, offset, endOffset, scalar: depth === 0 ? void 0 : scalar };
}
function formatValuesPath(path9) {
  let text = "";
  for (const segment of path9) {
    if (typeof segment === "number" || segment === "*") text += `[${segment === "*" ? "*" : segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}
function isPrimitive(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function valuesLocation(layers, key, rendered) {
  const wildcard = key.indexOf("*");
  const wanted = wildcard >= 0 ? key.slice(0, wildcard) : key;
  if (wanted.length === 0) return void 0;
  let best;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = itemAt(layers, i);
    const full = [...layer.layer.prefix, ...wanted];
    const walked = walkValues(layer, full);
    const depth = walked.depth - layer.layer.prefix.length;
    if (depth <= 0 || walked.offset === void 0) continue;
    if (depth === wanted.length) {
      if (rendered !== void 0 && wildcard < 0 && walked.scalar && isPrimitive(rendered.value) && String(walked.scalar.value) !== String(rendered.value)) {
        return void 0;
      }
      best = { layer, depth, offset: walked.offset, endOffset: walked.endOffset ?? walked.offset };
      break;
    }
    if (!best || depth > best.depth)
      best = { layer, depth, offset: walked.offset, endOffset: walked.endOffset ?? walked.offset };
  }
  if (!best) return void 0;
  const from = best.layer.lineCounter.linePos(best.offset);
  const to = best.layer.lineCounter.linePos(best.endOffset);
  const file = best.layer.layer.file;
  const fileName = file.slice(file.lastIndexOf("/") + 1);
  const shown = formatValuesPath([...best.layer.layer.prefix, ...wanted]);
  const message = best.depth === wanted.length ? `value from ${fileName}: ${shown}` : `${fileName} sets ${formatValuesPath([...best.layer.layer.prefix, ...wanted.slice(0, best.depth)])} but not ${shown}`;
  return {
    file,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
    message,
    ...wildcard < 0 ? { valuesKey: [...best.layer.layer.prefix, ...wanted] } : {}
  };
}
function compile(pattern) {
  const states = [{ type: "final" }];
  let ownerIds = 0;
  const add = (state) => states.push(state) - 1;
  const build = (node, next) => {
    switch (node.kind) {
      case "line":
        return add({
          type: "line",
          regex: node.regex,
          owner: { kind: "line", loc: node.loc, values: node.values, id: ownerIds++ },
          next
        });
      case "block":
        return add({
          type: "block",
          minIndent: node.minIndent,
          owner: { kind: "block", loc: node.loc, values: node.values, id: ownerIds++ },
          next
        });
      case "sep":
        return add({ type: "sep", next });
      case "seq": {
        let entry = next;
        for (let i = node.items.length - 1; i >= 0; i--) entry = build(itemAt(node.items, i), entry);
        return entry;
      }
      case "alt":
        return add({ type: "eps", next: node.items.map((item) => build(item, next)) });
      case "star": {
        const loop = add({ type: "eps", next: [] });
        const body = build(node.item, loop);
        states[loop].next = [body, next];
        return loop;
      }
    }
  };
  const start = build(pattern, 0);
  return { states, start, final: 0 };
}
var BLOCK_LINE_COST = 1;
var SKIP_COST = 40;
var MinHeap = class {
  items = [];
  push(cost, key) {
    const items = this.items;
    items.push([cost, key]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (items[parent][0] <= cost) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left][0] < items[smallest][0])
          smallest = left;
        if (right < items.length && items[right][0] < items[smallest][0])
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
};
function align(automaton, lines) {
  const { states } = automaton;
  const width = lines.length + 1;
  const slotOf = /* @__PURE__ */ new Map();
  const cost = [];
  const previous = [];
  const consumedBy = [];
  const costAt = (key) => {
    const slot = slotOf.get(key);
    return slot === void 0 ? Number.POSITIVE_INFINITY : itemAt(cost, slot);
  };
  const heap = new MinHeap();
  const relax = (key, value, from, via) => {
    let slot = slotOf.get(key);
    if (slot === void 0) {
      slot = cost.length;
      slotOf.set(key, slot);
      cost.push(Number.POSITIVE_INFINITY);
      previous.push(-1);
      consumedBy.push(-1);
    }
    if (value < itemAt(cost, slot)) {
      cost[slot] = value;
      previous[slot] = from;
      consumedBy[slot] = via;
      heap.push(value, key);
    }
  };
  const indents = lines.map((line) => line.length - line.trimStart().length);
  const starts = [automaton.start];
  states.forEach((state) => {
    if (state.type === "sep") starts.push(state.next);
  });
  for (const start of starts) relax(start * width, 0, -1, -1);
  let best = -1;
  for (let item = heap.pop(); item; item = heap.pop()) {
    const [value, key] = item;
    if (value > costAt(key)) continue;
    const stateIndex = Math.floor(key / width);
    const i = key % width;
    const state = itemAt(states, stateIndex);
    if (i === lines.length && (state.type === "final" || state.type === "sep")) {
      best = key;
      break;
    }
    if (i < lines.length) relax(key + 1, value + SKIP_COST, key, -1);
    switch (state.type) {
      case "eps":
        for (const next of state.next) relax(next * width + i, value, key, -1);
        break;
      case "line":
        if (i < lines.length && state.regex.test(itemAt(lines, i)))
          relax(state.next * width + i + 1, value, key, stateIndex);
        relax(state.next * width + i, value + SKIP_COST, key, -1);
        break;
      case "block":
        if (i < lines.length && itemAt(indents, i) >= state.minIndent)
          relax(key + 1, value + BLOCK_LINE_COST, key, stateIndex);
        relax(state.next * width + i, value, key, -1);
        break;
      case "sep":
        break;
      case "final":
        break;
    }
  }
  const owners = new Array(lines.length).fill(void 0);
  for (let key = best; key >= 0; key = itemAt(previous, slotOf.get(key))) {
    const via = itemAt(consumedBy, slotOf.get(key));
    if (via >= 0) {
      const state = itemAt(states, via);
      if (state.type === "line" || state.type === "block") owners[key % width - 1] = state.owner;
    }
  }
  return owners;
}
var HelmTemplateIndex = class {
  parsed = /* @__PURE__ */ new Map();
  helpers;
  automata = /* @__PURE__ */ new Map();
  alignments = /* @__PURE__ */ new Map();
  /** `files`: name → text, parent chart's files first (its helpers win). */
  constructor(files, parse2 = parseTemplate) {
    for (const [file, text] of files) this.parsed.set(file, parse2(file, text));
    this.helpers = indexHelpers([...this.parsed.values()]);
  }
  /** The compiled line pattern of a template file. */
  automaton(template) {
    let found = this.automata.get(template.file);
    if (found === void 0) {
      found = compile(templatePattern(template, this.helpers));
      this.automata.set(template.file, found);
    }
    return found;
  }
  /**
   * The alignment of a template's rendered lines; a document rendered the same way again (another scenario of
   * the chart, a ranged template printing equal documents, a copy of the chart) is aligned once.
   */
  aligned(template, lines) {
    let byLines = this.alignments.get(template.file);
    if (byLines === void 0) {
      byLines = /* @__PURE__ */ new Map();
      this.alignments.set(template.file, byLines);
    }
    const key = lines.join("\n");
    let owners = byLines.get(key);
    if (owners === void 0) {
      owners = align(this.automaton(template), lines);
      byLines.set(key, owners);
    }
    return owners;
  }
};
var ChartTemplates = class {
  constructor(index, prefix, cache, files) {
    this.index = index;
    this.prefix = prefix;
    this.cache = cache;
    this.files = files;
  }
  index;
  prefix;
  cache;
  files;
  /** The parsed template of a repo-relative file, when it is one of the chart's templates. */
  parsed(file) {
    return file.startsWith(this.prefix) ? this.index.parsed.get(file.slice(this.prefix.length)) : void 0;
  }
  /** The repo-relative path of a file named as the index names it (template locations, parsed templates). */
  repoPath(name) {
    return this.prefix + name;
  }
  /** A values layer with its parsed tree. */
  parsedValues(layer) {
    return { layer, ...this.cache.parsedValues(layer.text) };
  }
  /** The parse of one render's output (see {@link HelmSourceCache.renderedManifests}). */
  renderedManifests(output, keepKind) {
    return this.cache.renderedManifests(output, keepKind);
  }
};
var HelmSourceCache = class {
  indexes = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  outputs = /* @__PURE__ */ new Map();
  /** The templates of the chart in `chartPath` (repo-relative); `files`: repo-relative path → text, parent chart first. */
  chartTemplates(chartPath, files) {
    const folder = chartPath === "." || chartPath === "" ? "" : `${chartPath}/`;
    const prefix = [...files.keys()].every((file) => file.startsWith(folder)) ? folder : "";
    const named = /* @__PURE__ */ new Map();
    const content = createHash2("sha256");
    for (const [file, text] of files) {
      const name = file.slice(prefix.length);
      named.set(name, text);
      content.update(`${name.length}:${text.length}:`).update(name).update(text);
    }
    const key = content.digest("base64");
    let index = this.indexes.get(key);
    if (index === void 0) {
      index = new HelmTemplateIndex(named, (name, text) => this.parsedTemplate(name, text));
      this.indexes.set(key, index);
    }
    return new ChartTemplates(index, prefix, this, files);
  }
  /** A values file's parsed tree; the same text is parsed once. */
  parsedValues(text) {
    let tree = this.values.get(text);
    if (tree === void 0) {
      tree = parseValuesText(text);
      this.values.set(text, tree);
    }
    return tree;
  }
  /**
   * The parse of a render's output. A copy of a chart rendered the same way prints the same text: it is parsed
   * once, and the copies' objects share their values (each copy wraps them with its own file and locations, so
   * `file` in the result is the first parser's and must not be used). Keyed by the `keepKind` function too.
   */
  renderedManifests(output, keepKind) {
    let byText = this.outputs.get(keepKind);
    if (byText === void 0) {
      byText = /* @__PURE__ */ new Map();
      this.outputs.set(keepKind, byText);
    }
    let parsed = byText.get(output);
    if (parsed === void 0) {
      parsed = parseManifests(output, "", keepKind ? { keepKind } : {});
      byText.set(output, parsed);
    }
    return parsed;
  }
  parsedTemplate(name, text) {
    const key = `${name}\0${text}`;
    let parsed = this.templates.get(key);
    if (parsed === void 0) {
      parsed = parseTemplate(name, text);
      this.templates.set(key, parsed);
    }
    return parsed;
  }
};
var HelmSourceMap = class {
  constructor(input, output) {
    this.input = input;
    this.output = output;
    const starts = [0];
    for (let at = output.indexOf("\n"); at >= 0; at = output.indexOf("\n", at + 1)) starts.push(at + 1);
    this.lineStarts = Uint32Array.from(starts);
    this.documents = splitHelmOutput(output);
    this.templates = input.templates ?? new HelmSourceCache().chartTemplates("", input.files);
  }
  input;
  templates;
  contexts = /* @__PURE__ */ new Map();
  /** The output and where each of its lines starts: lines are cut out on demand rather than kept as copies. */
  output;
  lineStarts;
  documents;
  /** The document that contains an output line. */
  documentAt(line) {
    const docs = this.documents;
    let low = 0;
    let high = docs.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = low + high >> 1;
      if (itemAt(docs, mid).firstLine - 1 <= line) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const doc = docs[found];
    if (doc !== void 0 && line <= doc.lastLine && (found === 0 || itemAt(docs, found - 1).lastLine < line))
      return doc;
    return docs.find((candidate) => candidate.firstLine - 1 <= line && line <= candidate.lastLine);
  }
  /** The repo-relative template file of a document, when it is a repo file. */
  fileOf(doc) {
    return resolveSource(doc.source, this.input.root).file;
  }
  context(doc) {
    const cached = this.contexts.get(doc.firstLine);
    if (cached) return cached;
    const { file, chain } = resolveSource(doc.source, this.input.root);
    const owningChart = itemAt(chain, chain.length - 1);
    const fallbackFile = owningChart.fallback ?? chain.map((chart) => chart.fallback).find((entry) => entry !== void 0);
    const template = file === void 0 ? void 0 : this.templates.parsed(file);
    const values = this.input.valuesFor(chain).map((layer) => this.templates.parsedValues(layer));
    const lines = [];
    const lineNumbers = [];
    for (let n = doc.firstLine; n <= doc.lastLine; n++) {
      const text = this.outputLine(n).trimEnd();
      if (text.trim() === "" || /^#\s*Source:/.test(text)) continue;
      lines.push(text);
      lineNumbers.push(n);
    }
    const automaton = template ? this.templates.index.automaton(template) : void 0;
    const owners = template ? this.templates.index.aligned(template, lines) : lines.map(() => void 0);
    const byLine = /* @__PURE__ */ new Map();
    let unexplained = 0;
    owners.forEach((owner, index) => {
      if (owner) byLine.set(itemAt(lineNumbers, index), owner);
      else unexplained++;
    });
    const context = {
      templateFile: file,
      fallback: template ? { file: this.templates.repoPath(template.file), line: firstLineMatching(template.text, /^kind:/m) ?? 1 } : fallbackFile ?? { file: file ?? doc.source, line: 1 },
      ownerOfLine: (line) => byLine.get(line),
      values,
      blocks: automaton ? valuesBlocks(automaton) : [],
      unexplainedLines: unexplained
    };
    this.contexts.set(doc.firstLine, context);
    return context;
  }
  /**
   * Locates a field of a rendered object. `position` is the object's own position function (over the whole
   * helm output); `path` is object-relative.
   */
  locate(position, path9, valueAt2) {
    const span = position(path9);
    const doc = this.documentAt(span.line);
    if (!doc) return { primary: { file: "", line: 1, column: 1, endLine: 1, endColumn: 1 }, related: [], exact: false };
    const context = this.context(doc);
    const found = span.foundPath;
    let primaryOwner;
    let primaryDepth = -1;
    let primarySpan;
    for (let depth = found.length; depth >= 0; depth--) {
      const candidate = depth === found.length ? span : position(found.slice(0, depth));
      const owner = context.ownerOfLine(candidate.line);
      if (owner) {
        primaryOwner = owner;
        primaryDepth = depth;
        primarySpan = candidate;
        break;
      }
    }
    if (!primaryOwner || !primarySpan) {
      const fallback = context.fallback;
      return {
        primary: { file: fallback.file, line: fallback.line, column: 1, endLine: fallback.line, endColumn: 1 },
        related: [],
        exact: false
      };
    }
    let exact = span.exact && primaryDepth === found.length && primaryOwner.kind === "line";
    let primary = this.templateLocation(primaryOwner, path9[primaryDepth - 1]);
    const related = [];
    let key = this.valuesKey(context, position, path9, found, span, primaryOwner, primaryDepth);
    if (key?.listItem !== void 0) {
      const item = this.valuesListItem(context, position, key.block, path9.slice(0, key.listItem + 1), valueAt2);
      if (item === void 0) {
        const parent = context.ownerOfLine(position(path9.slice(0, key.listItem)).line);
        if (parent) primary = this.templateLocation(parent, path9[key.listItem - 1]);
        exact = false;
        key = void 0;
      } else {
        if (item.block.id !== key.block.id) primary = this.templateLocation(item.block, void 0);
        key = {
          path: [...item.block.values, item.index, ...path9.slice(key.listItem + 1)],
          block: item.block
        };
      }
    }
    if (key) {
      const rendered = span.exact && valueAt2 !== void 0 ? { value: valueAt2(path9) } : void 0;
      const location = valuesLocation(context.values, key.path, rendered);
      if (location) related.push(location);
    }
    return { primary, related, exact };
  }
  /**
   * The block and values index that printed the rendered list item at `itemPath`: the item must equal an item of
   * that block's values list. The aligned block at the same position (after the items printed before it) comes
   * first; else the one block of the template whose values list holds the item. Undefined when that cannot be
   * told: no block, several, or an item that is in no values list (a fixed item of the template).
   */
  valuesListItem(context, position, aligned, itemPath, valueAt2) {
    if (valueAt2 === void 0) return void 0;
    const rendered = valueAt2(itemPath);
    const listPath = itemPath.slice(0, -1);
    const renderedIndex = itemAt(itemPath, itemPath.length - 1);
    let first = renderedIndex;
    while (first > 0 && context.ownerOfLine(position([...listPath, first - 1]).line)?.id === aligned.id) first--;
    const alignedList = valuesListAt(context.values, aligned.values);
    if (Array.isArray(alignedList) && sameValue(alignedList[renderedIndex - first], rendered))
      return { block: aligned, index: renderedIndex - first };
    const matches = /* @__PURE__ */ new Map();
    for (const block of context.blocks) {
      const list = valuesListAt(context.values, block.values);
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (!sameValue(item, rendered)) return;
        const id = `${block.loc.file}:${block.loc.line}:${block.loc.column}`;
        const seen = matches.get(id);
        matches.set(id, seen ? { ...seen, count: seen.count + 1 } : { block, index, count: 1 });
      });
    }
    const only = matches.size === 1 ? [...matches.values()][0] : void 0;
    return only !== void 0 && only.count === 1 ? { block: only.block, index: only.index } : void 0;
  }
  /**
   * The last output line of a block value under a key (positions give only the key's own line for block
   * mappings and sequences): following lines indented deeper, or list items at the key's indentation.
   */
  valueEndLine(span) {
    const keyIndent = span.column - 1;
    let end = span.endLine;
    for (let n = span.endLine + 1; n <= this.lineStarts.length; n++) {
      const text = this.outputLine(n);
      if (text.trim() === "") continue;
      const indent = text.length - text.trimStart().length;
      if (indent > keyIndent || indent === keyIndent && /^\s*- /.test(text) && !/^\s*- /.test(this.outputLine(span.line)))
        end = n;
      else break;
    }
    return end;
  }
  /** Line `n` (1-based) of the output without its line break; '' past the end. */
  outputLine(n) {
    const start = this.lineStarts[n - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[n];
    return this.output.slice(start, next === void 0 ? this.output.length : next - 1);
  }
  templateLocation(owner, key) {
    const { line } = owner.loc;
    const file = this.templates.repoPath(owner.loc.file);
    let column2 = owner.loc.column;
    const parsed = this.templates.index.parsed.get(owner.loc.file);
    const text = parsed ? templateLine(parsed, line) : (this.input.files.get(file) ?? "").split("\n")[line - 1] ?? "";
    if (typeof key === "string" && owner.kind === "line") {
      const at = text.indexOf(`${key}:`, Math.max(0, column2 - 1));
      if (at >= 0) column2 = at + 1;
    }
    const endColumn = Math.max(column2, text.trimEnd().length + 1);
    return { file, line, column: column2, endLine: line, endColumn };
  }
  /**
   * The values key behind a field: the values path of the block action that printed it (`toYaml .Values.x`)
   * extended by the rest of the field path, or the inline `{{ .Values.x }}` of the field's own line.
   */
  valuesKey(context, position, path9, found, span, primaryOwner, primaryDepth) {
    let block = primaryOwner.kind === "block" ? primaryOwner : void 0;
    if (!block && primaryDepth === found.length) {
      const owners = /* @__PURE__ */ new Set();
      let candidate;
      const end = this.valueEndLine(span);
      for (let line = span.line + 1; line <= end; line++) {
        const owner = context.ownerOfLine(line);
        if (!owner) continue;
        owners.add(owner.id);
        candidate = owner;
      }
      if (owners.size === 1 && candidate?.kind === "block") block = candidate;
    }
    if (block?.kind === "block" && block.values) {
      let anchor = primaryOwner === block ? 0 : found.length;
      if (primaryOwner === block) {
        for (let depth = found.length; depth >= 0; depth--) {
          const owner = context.ownerOfLine(position(found.slice(0, depth)).line);
          if (owner && owner.id !== block.id) {
            anchor = depth;
            break;
          }
        }
      }
      const key = [...block.values, ...path9.slice(anchor)];
      return anchor < found.length && typeof path9[anchor] === "number" ? { path: key, block, listItem: anchor } : { path: key, block };
    }
    if (primaryOwner.kind === "line" && primaryDepth === found.length && primaryOwner.values.length > 0) {
      return { path: [...itemAt(primaryOwner.values, 0), ...path9.slice(found.length)] };
    }
    return void 0;
  }
};
function valuesBlocks(automaton) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const state of automaton.states) {
    if (state.type !== "block" || state.owner.kind !== "block" || state.owner.values === void 0) continue;
    const place2 = `${state.owner.loc.file}:${state.owner.loc.line}:${state.owner.loc.column}`;
    if (!byPlace.has(place2)) byPlace.set(place2, state.owner);
  }
  return [...byPlace.values()];
}
function valuesListAt(layers, key) {
  if (key.includes("*")) return void 0;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = itemAt(layers, i);
    const found = valueOfTree(layer.tree, [...layer.layer.prefix, ...key]);
    if (found !== void 0) return found.value;
  }
  return void 0;
}
function valueOfTree(tree, path9) {
  if (tree.kind === "block") {
    let value = tree.value;
    for (const segment of path9) {
      if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return void 0;
      value = value[segment];
    }
    return { value };
  }
  let node = tree.root;
  for (const segment of path9) {
    if ((0, import_yaml4.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return void 0;
      node = pair.value ?? void 0;
    } else if ((0, import_yaml4.isSeq)(node) && typeof segment === "number") {
      node = node.items[segment];
      if (node === void 0) return void 0;
    } else return void 0;
  }
  return { value: node === void 0 ? null : node.toJSON() };
}
function sameValue(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (a !== null && typeof a === "object" && b !== null && typeof b === "object") {
    const aKeys = Object.keys(a);
    const bRecord = b;
    return aKeys.length === Object.keys(b).length && aKeys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], bRecord[key]));
  }
  if ((a === null || typeof a !== "object") && (b === null || typeof b !== "object"))
    return String(a ?? null) === String(b ?? null);
  return false;
}
function templateLine(template, line) {
  const start = template.lineStarts[line - 1];
  if (start === void 0) return "";
  const next = template.lineStarts[line];
  return template.text.slice(start, next === void 0 ? template.text.length : next - 1);
}
function firstLineMatching(text, pattern) {
  const match = pattern.exec(text);
  if (!match) return void 0;
  return text.slice(0, match.index).split("\n").length;
}

// src/render/tool-binary.ts
import { access, constants as constants2 } from "node:fs/promises";
import { delimiter as delimiter2, dirname as dirname5, isAbsolute as isAbsolute2, join as join7 } from "node:path";
import { fileURLToPath } from "node:url";
async function defaultIsExecutable(path9) {
  try {
    await access(path9, constants2.X_OK);
    return true;
  } catch {
    return false;
  }
}
function podsecBinDirs(moduleUrl = import.meta.url) {
  const dirs = [];
  let dir = dirname5(fileURLToPath(moduleUrl));
  for (let i = 0; i < 8; i++) {
    dirs.push(join7(dir, "node_modules", ".bin"));
    const parent = dirname5(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}
async function findToolBinary(name, options = {}) {
  const isExecutable = options.isExecutable ?? defaultIsExecutable;
  const wanted = options.explicit ?? name;
  if (options.explicit !== void 0 && (isAbsolute2(wanted) || wanted.includes("/"))) {
    return await isExecutable(wanted) ? wanted : void 0;
  }
  const pathDirs = (options.pathEnv ?? process.env["PATH"] ?? "").split(delimiter2).filter((dir) => isAbsolute2(dir));
  for (const dir of pathDirs) {
    const candidate = join7(dir, wanted);
    if (await isExecutable(candidate)) return candidate;
  }
  if (options.explicit !== void 0 && options.explicit !== name) return void 0;
  for (const dir of options.bundledBinDirs ?? podsecBinDirs()) {
    const candidate = join7(dir, wanted);
    if (await isExecutable(candidate)) return candidate;
  }
  return void 0;
}

// src/render/scratch.ts
async function withScratchDir(scratch, prefix, use) {
  const dir = await scratch.makeTempDir(prefix);
  try {
    return await use(dir);
  } finally {
    await scratch.removeTempDir(dir);
  }
}

// src/render/helm/helm.ts
function findHelmBinary(explicit, pathEnv) {
  return findToolBinary("helm", {
    ...explicit !== void 0 ? { explicit } : {},
    ...pathEnv !== void 0 ? { pathEnv } : {}
  });
}
var MAX_SUBCHART_DEPTH = 6;
async function tryRead(fs, path9) {
  try {
    return await fs.readFile(path9);
  } catch {
    return void 0;
  }
}
async function tryList(fs, path9) {
  try {
    return (await fs.readDir(path9)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  } catch {
    return [];
  }
}
function dependencyList(text, fast = text === void 0 ? void 0 : readBlockYamlValue(text, 100)) {
  if (text === void 0) return [];
  if (fast && (typeof fast.value !== "object" || fast.value === null || !("dependencies" in fast.value))) return [];
  const lineCounter = new import_yaml5.LineCounter();
  const doc = (0, import_yaml5.parseDocument)(text, { lineCounter, prettyErrors: false, logLevel: "error" });
  const root = doc.contents;
  if (!(0, import_yaml5.isMap)(root)) return [];
  const list = root.get("dependencies", true);
  if (!(0, import_yaml5.isSeq)(list)) return [];
  const deps = [];
  for (const item of list.items) {
    if (!(0, import_yaml5.isMap)(item)) continue;
    const field = (key) => {
      const value = item.get(key, true);
      return (0, import_yaml5.isScalar)(value) && value.value !== null && value.value !== void 0 ? String(value.value) : void 0;
    };
    const name = field("name");
    if (name === void 0) continue;
    const alias = field("alias");
    const version = field("version");
    const repository = field("repository");
    deps.push({
      name,
      line: lineCounter.linePos(item.range?.[0] ?? 0).line,
      ...alias !== void 0 ? { alias } : {},
      ...version !== void 0 ? { version } : {},
      ...repository !== void 0 ? { repository } : {}
    });
  }
  return deps;
}
async function readChartMeta(fs, dir) {
  const text = await tryRead(fs, join8(dir, "Chart.yaml"));
  if (text === void 0) return void 0;
  let name = "";
  let apiVersion = "";
  let library = false;
  const fast = readBlockYamlValue(text, 100);
  try {
    const parsed = fast?.value ?? (0, import_yaml5.parseDocument)(text, { prettyErrors: false, logLevel: "error" }).toJS();
    if (parsed && typeof parsed === "object") {
      const record = parsed;
      if (typeof record["name"] === "string") name = record["name"];
      if (typeof record["apiVersion"] === "string") apiVersion = record["apiVersion"];
      library = record["type"] === "library";
    }
  } catch {
  }
  if (apiVersion === "v1" || apiVersion === "") {
    const requirements = await tryRead(fs, join8(dir, "requirements.yaml"));
    if (requirements !== void 0)
      return { name, dependencies: dependencyList(requirements), dependencyFile: "requirements.yaml", library };
  }
  return { name, dependencies: dependencyList(text, fast), dependencyFile: "Chart.yaml", library };
}
function packagedChartName(file) {
  return /^(.+?)-v?\d+\.\d+\.\d+[^/]*\.tgz$/.exec(file)?.[1];
}
async function presentSubcharts(fs, chartDir, displayPath) {
  const present = [];
  for (const entry of await tryList(fs, join8(chartDir, "charts"))) {
    if (entry.type === "directory") {
      const meta = await readChartMeta(fs, join8(chartDir, "charts", entry.name));
      if (meta) {
        present.push({
          chartName: meta.name || entry.name,
          dir: join8(chartDir, "charts", entry.name),
          displayPath: joinDisplay(displayPath, `charts/${entry.name}`),
          file: entry.name
        });
      }
    } else if (entry.type === "file") {
      const name = packagedChartName(entry.name);
      if (name !== void 0) present.push({ chartName: name, file: entry.name });
    }
  }
  return present;
}
function isLocalRepository(repository) {
  return repository !== void 0 && repository.startsWith("file://");
}
async function planDependencies(fs, chartDir, displayPath, meta, repoRoot) {
  const present = new Set((await presentSubcharts(fs, chartDir, displayPath)).map((sub) => sub.chartName));
  const local = [];
  const remoteMissing = [];
  for (const dep of meta.dependencies) {
    if (present.has(dep.name)) continue;
    if (isLocalRepository(dep.repository)) {
      const target2 = resolve4(chartDir, (dep.repository ?? "").slice("file://".length));
      if (repoRoot !== void 0 && !isInside(repoRoot, target2)) {
        return {
          error: `dependency "${dep.name}" points outside the scanned folder (${dep.repository ?? ""}); podsec does not read it`,
          line: dep.line
        };
      }
      if (await readChartMeta(fs, target2) === void 0) {
        return { error: `dependency "${dep.name}" (${dep.repository ?? ""}) has no Chart.yaml`, line: dep.line };
      }
      local.push({
        dep,
        dir: target2,
        displayPath: posix.normalize(joinDisplay(displayPath, (dep.repository ?? "").slice("file://".length)))
      });
    } else {
      remoteMissing.push(dep);
    }
  }
  return { local, remoteMissing };
}
async function buildLayout(fs, name, dir, displayPath, meta, staged, depth) {
  const dirs = /* @__PURE__ */ new Map([[displayPath, dir]]);
  const subcharts = [];
  if (depth < MAX_SUBCHART_DEPTH) {
    const present = await presentSubcharts(fs, dir, displayPath);
    const candidates = [...present];
    for (const local of staged)
      candidates.push({ chartName: local.dep.name, dir: local.dir, displayPath: local.displayPath });
    for (const candidate of candidates) {
      const aliases = meta.dependencies.filter((dep) => dep.name === candidate.chartName);
      const names = aliases.length > 0 ? aliases.map((dep) => dep.alias ?? dep.name) : [candidate.chartName];
      const entry = aliases[0];
      const fallback = { file: joinDisplay(displayPath, meta.dependencyFile), line: entry?.line ?? 1 };
      for (const subName of names) {
        if (candidate.dir !== void 0 && candidate.displayPath !== void 0) {
          const subMeta = await readChartMeta(fs, candidate.dir) ?? {
            name: candidate.chartName,
            dependencies: [],
            dependencyFile: "Chart.yaml"
          };
          const sub = await buildLayout(fs, subName, candidate.dir, candidate.displayPath, subMeta, [], depth + 1);
          subcharts.push({ ...sub.layout, fallback });
          for (const [key, value] of sub.dirs) dirs.set(key, value);
        } else {
          subcharts.push({ name: subName, displayPath: void 0, fallback, subcharts: [] });
        }
      }
    }
  }
  return { layout: { name, displayPath, subcharts }, dirs };
}
async function readTemplates(fs, dirs, alreadyRead) {
  const files = /* @__PURE__ */ new Map();
  const walk3 = async (dir, display2, depth) => {
    if (depth > 8) return;
    for (const entry of await tryList(fs, dir)) {
      const path9 = join8(dir, entry.name);
      const shown = `${display2}/${entry.name}`;
      if (entry.type === "directory") await walk3(path9, shown, depth + 1);
      else if (entry.type === "file" && /\.(ya?ml|tpl|txt|json)$/.test(entry.name)) {
        const text = alreadyRead.get(path9) ?? await tryRead(fs, path9);
        if (text !== void 0) files.set(shown, text);
      }
    }
  };
  for (const [display2, dir] of dirs) await walk3(join8(dir, "templates"), joinDisplay(display2, "templates"), 0);
  return files;
}
function chartError(target2, file, message, line) {
  return { file, message, target: target2, ...line !== void 0 ? { line } : {} };
}
async function scenariosOf(request, fs) {
  if (request.scenarios && request.scenarios.length > 0) return [...request.scenarios];
  const scenarios = [{ name: "default", valuesFiles: [] }];
  if (request.helm.ciScenarios) {
    for (const entry of await tryList(fs, join8(request.chartDir, "ci"))) {
      if (entry.type === "file" && entry.name.endsWith("-values.yaml"))
        scenarios.push({ name: `ci/${entry.name}`, valuesFiles: [`ci/${entry.name}`] });
    }
  }
  return scenarios;
}
function displayOfValues(request, file) {
  if (isAbsolute3(file)) {
    const rel = request.repoRoot !== void 0 ? relative4(request.repoRoot, file) : void 0;
    return rel !== void 0 && !rel.startsWith("..") ? rel.split(sep3).join("/") : file;
  }
  return posix.normalize(joinDisplay(request.displayPath, file.split(sep3).join("/")));
}
function isInsideChart(chart, display2) {
  return chart === "." || chart === "" ? !display2.startsWith("../") && !display2.startsWith("/") : display2.startsWith(`${chart}/`);
}
function remoteDependencyMessage(request, dependencyFile, deps) {
  const named = deps.map(
    (dep) => `"${dep.name}"${dep.version ? ` ${dep.version}` : ""}${dep.repository ? ` from ${dep.repository}` : ""}`
  ).join(", ");
  const chart = request.displayPath === "" ? "." : request.displayPath;
  return `chart ${chart} needs ${deps.length === 1 ? "dependency" : "dependencies"} ${named} (listed in ${dependencyFile}) that ${deps.length === 1 ? "is" : "are"} not in ${joinDisplay(chart, "charts/")}; run "helm dependency build ${chart}" before scanning, or allow network access while rendering (--network)`;
}
async function renderHelmChart(request, deps) {
  const scenarios = await scenariosOf(request, deps.fs);
  const target2 = {
    kind: "helm",
    path: request.displayPath,
    scenarios: scenarios.map((scenario) => scenario.name)
  };
  const outcome = { target: target2, scenarios: [], errors: [] };
  const prepared = await prepareChart(request, deps, target2);
  if ("errors" in prepared) {
    outcome.errors.push(...prepared.errors);
    return outcome;
  }
  const { plan, safety, meta } = prepared;
  if (plan.local.length === 0 && plan.remoteMissing.length === 0 && safety.hidden.length === 0) {
    await renderScenarios(request, deps, prepared, request.chartDir, scenarios, outcome);
    return outcome;
  }
  await withScratchDir(deps.fs, "podsec-chart-", async (staging) => {
    const renderDir = join8(staging, "chart");
    const failed = await stageChart(request, deps, prepared, renderDir);
    if (failed !== void 0)
      outcome.errors.push(chartError(target2, joinDisplay(request.displayPath, meta.dependencyFile), failed));
    else await renderScenarios(request, deps, prepared, renderDir, scenarios, outcome);
  });
  return outcome;
}
async function prepareChart(request, deps, target2) {
  const { fs } = deps;
  const helm = deps.helmBinary ?? await findHelmBinary(request.helm.binary);
  if (helm === void 0) {
    const wanted = request.helm.binary === void 0 ? "helm" : `helm binary ${JSON.stringify(request.helm.binary)}`;
    return {
      errors: [
        chartError(
          target2,
          request.displayPath,
          `${wanted} not found: install helm, put it on PATH or set the helm binary option`
        )
      ]
    };
  }
  const meta = await readChartMeta(fs, request.chartDir);
  if (!meta)
    return {
      errors: [
        chartError(target2, joinDisplay(request.displayPath, "Chart.yaml"), "Chart.yaml is missing or unreadable")
      ]
    };
  if (meta.library) return { errors: [] };
  const dependencyFile = joinDisplay(request.displayPath, meta.dependencyFile);
  const plan = await planDependencies(fs, request.chartDir, request.displayPath, meta, request.repoRoot);
  if ("error" in plan) return { errors: [chartError(target2, dependencyFile, plan.error, plan.line)] };
  if (plan.remoteMissing.length > 0 && !request.network) {
    const first = itemAt(plan.remoteMissing, 0);
    return {
      errors: [
        chartError(
          target2,
          dependencyFile,
          remoteDependencyMessage(request, meta.dependencyFile, plan.remoteMissing),
          first.line
        )
      ]
    };
  }
  const safety = await checkChart(fs, request.chartDir, request.displayPath, { network: request.network });
  for (const local of plan.local) {
    const inner = await checkChart(fs, local.dir, local.displayPath, { network: request.network });
    safety.problems.push(...inner.problems);
    for (const [file, text] of inner.texts) safety.texts.set(file, text);
  }
  if (safety.problems.length > 0)
    return { errors: safety.problems.map((problem) => chartError(target2, problem.file, problem.message)) };
  return { helm, meta, plan, safety };
}
async function renderScenarios(request, deps, prepared, renderDir, scenarios, outcome) {
  const chartFiles = readChartFiles(request, deps, prepared);
  const rootReal = request.repoRoot === void 0 ? void 0 : await deps.fs.realpath(request.repoRoot).catch(() => request.repoRoot);
  const runs = scenarios.map((scenario) => renderScenario(request, deps, prepared.helm, renderDir, rootReal, scenario));
  const chart = await chartFiles;
  const valuesTexts = new Map(chart.chartValues);
  for (const run of runs) {
    const scenarioRun = await run;
    for (const [display2, text] of scenarioRun.valuesRead) if (!valuesTexts.has(display2)) valuesTexts.set(display2, text);
    const result = scenarioResult(request, chart, valuesTexts, scenarioRun, outcome.target);
    outcome.errors.push(...result.errors);
    if (result.rendered !== void 0) outcome.scenarios.push(result.rendered);
  }
}
async function readChartFiles(request, deps, prepared) {
  const { fs } = deps;
  const { layout, dirs } = await buildLayout(
    fs,
    prepared.meta.name,
    request.chartDir,
    request.displayPath,
    prepared.meta,
    prepared.plan.local,
    0
  );
  const files = await readTemplates(fs, dirs, prepared.safety.texts);
  const chartValues = /* @__PURE__ */ new Map();
  for (const [display2, dir] of dirs) {
    const file = joinDisplay(display2, "values.yaml");
    if (!chartValues.has(file)) chartValues.set(file, await tryRead(fs, join8(dir, "values.yaml")));
  }
  const templates = (deps.sourceCache ?? new HelmSourceCache()).chartTemplates(request.displayPath, files);
  return { layout, templates, chartValues };
}
function scenarioResult(request, chart, valuesTexts, run, target2) {
  const { scenario } = run;
  if (run.outsideFile !== void 0) {
    return {
      errors: [
        chartError(
          target2,
          run.outsideFile,
          `scenario "${scenario.name}": values file is outside the scanned folder; podsec does not read it`
        )
      ]
    };
  }
  const result = run.result;
  if (result.spawnError !== void 0 || result.exitCode !== 0 || result.timedOut || result.outputTooLarge) {
    const why = redactValues(
      describeFailure("helm template", result, request.timeoutMs),
      renderSecrets(request, valuesTexts, run.sets)
    );
    const at = templateErrorLocation(result.stderr, chart.layout);
    return {
      errors: [chartError(target2, at?.file ?? request.displayPath, `scenario "${scenario.name}": ${why}`, at?.line)]
    };
  }
  const rendered = renderedObjects(
    result.stdout,
    request,
    chart.layout,
    chart.templates,
    valuesLayers(run, valuesTexts),
    target2
  );
  return {
    errors: rendered.errors,
    rendered: {
      scenario: scenario.name,
      objects: rendered.objects,
      defaultNamespace: request.helm.namespace ?? "default"
    }
  };
}
function renderSecrets(request, valuesTexts, sets) {
  const secrets = new Set(sets.flatMap(setValues));
  for (const [display2, text] of valuesTexts) {
    if (text === void 0) continue;
    const strings2 = isInsideChart(request.displayPath, display2) ? secretLikeValuesStrings(text) : valuesFileStrings(text);
    for (const value of strings2) secrets.add(value);
  }
  return secrets;
}
function valuesLayers(run, valuesTexts) {
  const scenarioValues = [];
  for (const [display2] of run.valuesRead) {
    const text = valuesTexts.get(display2);
    if (text !== void 0) scenarioValues.push({ file: display2, text, prefix: [] });
  }
  return (chain) => {
    const layers = [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const owner = itemAt(chain, i);
      const prefix2 = chain.slice(i + 1).map((sub) => sub.name);
      if (owner.displayPath === void 0) continue;
      const file = joinDisplay(owner.displayPath, "values.yaml");
      const text = valuesTexts.get(file);
      if (text !== void 0) layers.push({ file, text, prefix: prefix2 });
    }
    const prefix = chain.slice(1).map((sub) => sub.name);
    for (const layer of scenarioValues) layers.push({ ...layer, prefix });
    return layers;
  };
}
async function renderScenario(request, deps, helm, renderDir, rootReal, scenario) {
  const { fs, runner } = deps;
  const valuesFiles = [...request.helm.valuesFiles, ...scenario.valuesFiles];
  const sets = [...request.helm.set, ...scenario.set ?? []];
  const valuesRead = [];
  for (const file of valuesFiles) {
    const absolute = isAbsolute3(file) ? file : resolve4(request.chartDir, file);
    const display2 = displayOfValues(request, file);
    if (!isAbsolute3(file) && rootReal !== void 0) {
      const real = await fs.realpath(absolute).catch(() => absolute);
      if (!isInside(rootReal, real)) return { scenario, sets, valuesRead, outsideFile: display2 };
    }
    valuesRead.push([display2, await tryRead(fs, absolute)]);
  }
  const args = helmTemplateArgs(request, renderDir, valuesFiles, sets);
  const result = await runner.run(helm, args, {
    cwd: renderDir,
    timeoutMs: request.timeoutMs,
    maxOutputBytes: request.maxOutputBytes
  });
  return { scenario, sets, valuesRead, result };
}
function templateErrorLocation(stderr, layout) {
  const match = /\(([^()\s]+\.(?:ya?ml|tpl|txt|json)):(\d+)(?::\d+)?\)/.exec(stderr);
  if (!match) return void 0;
  const file = resolveSource(match[1] ?? "", layout).file;
  return file === void 0 ? void 0 : { file, line: Number(match[2]) };
}
function helmTemplateArgs(request, chartDir, valuesFiles, sets) {
  const args = ["template", `--namespace=${request.helm.namespace ?? "default"}`];
  for (const file of valuesFiles) args.push(`--values=${isAbsolute3(file) ? file : resolve4(request.chartDir, file)}`);
  for (const set of sets) args.push(`--set=${set}`);
  if (request.helm.kubeVersion !== void 0) args.push(`--kube-version=${request.helm.kubeVersion}`);
  for (const api of request.helm.apiVersions) args.push(`--api-versions=${api}`);
  if (request.helm.skipTests === true) args.push("--skip-tests");
  const release = request.helm.releaseName.trim() === "" ? "release-name" : request.helm.releaseName;
  args.push("--", release, chartDir);
  return args;
}
async function stageChart(request, deps, prepared, renderDir) {
  const { helm, meta, plan } = prepared;
  await deps.fs.copyTree(request.chartDir, renderDir, { exclude: prepared.safety.hidden });
  for (const local of plan.local) await deps.fs.copyTree(local.dir, join8(renderDir, "charts", local.dep.name));
  if (plan.remoteMissing.length === 0) return void 0;
  const chartYaml = join8(renderDir, meta.dependencyFile);
  const text = await tryRead(deps.fs, join8(request.chartDir, meta.dependencyFile)) ?? "";
  const doc = (0, import_yaml5.parseDocument)(text, { logLevel: "error" });
  const list = doc.get("dependencies", true);
  if ((0, import_yaml5.isSeq)(list)) {
    for (const item of list.items) {
      if (!(0, import_yaml5.isMap)(item)) continue;
      const repository = item.get("repository");
      if (typeof repository === "string" && repository.startsWith("file://")) {
        const absolute = resolve4(request.chartDir, repository.slice("file://".length));
        item.set("repository", `file://${absolute}`);
      }
    }
  }
  await deps.fs.writeFile(chartYaml, doc.toString());
  const repositories = [
    ...new Set(plan.remoteMissing.map((dep) => dep.repository ?? "").filter((repo) => /^https?:\/\//.test(repo)))
  ];
  const options = { cwd: renderDir, timeoutMs: request.timeoutMs, maxOutputBytes: 16 * 1024 * 1024 };
  for (const [index, repository] of repositories.entries()) {
    const added = await deps.runner.run(
      helm,
      ["repo", "add", "--force-update", "--", `podsec-${index + 1}`, repository],
      options
    );
    if (added.exitCode !== 0)
      return `could not add chart repository ${repository}: ${describeFailure("helm repo add", added, request.timeoutMs)}`;
  }
  const built = await deps.runner.run(helm, ["dependency", "build", "--", renderDir], options);
  if (built.exitCode !== 0)
    return `could not fetch chart dependencies: ${describeFailure("helm dependency build", built, request.timeoutMs)}`;
  return void 0;
}
function renderedObjects(output, request, layout, templates, valuesFor, target2) {
  const map = new HelmSourceMap({ root: layout, files: templates.files, valuesFor, templates }, output);
  const parsed = templates.renderedManifests(output, request.keepKind);
  const errors = parsed.errors.map((error) => {
    const doc = error.line !== void 0 ? map.documentAt(error.line) : void 0;
    const file = (doc && map.fileOf(doc)) ?? request.displayPath;
    return chartError(target2, file, `rendered output does not parse: ${error.message}`);
  });
  const objects2 = parsed.objects.map((object) => {
    const doc = map.documentAt(object.position([]).line);
    const context = doc && map.context(doc);
    const file = (doc && (map.fileOf(doc) ?? context?.fallback.file)) ?? request.displayPath;
    return withLocator(
      object,
      (path9) => map.locate(
        (p) => object.position(p),
        path9,
        (p) => valueAt(object.value, p)
      ),
      { file }
    );
  });
  return { objects: objects2, errors };
}
function valueAt(root, path9) {
  let node = root;
  for (const segment of path9) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}

// src/render/kustomize/batch.ts
var import_yaml7 = __toESM(require_dist(), 1);
import { randomBytes } from "node:crypto";
import { relative as relative5, resolve as resolve7 } from "node:path";

// src/render/kustomize/command.ts
import { basename as basename2 } from "node:path";
var OFFLINE_PROXY_ADDRESS = "127.0.0.1:9";
var GIT_STAND_IN_MESSAGE = "git is not available to kustomize under podsec: network access is off";
var OFFLINE_ENV = {
  HTTP_PROXY: `http://${OFFLINE_PROXY_ADDRESS}`,
  HTTPS_PROXY: `http://${OFFLINE_PROXY_ADDRESS}`,
  http_proxy: `http://${OFFLINE_PROXY_ADDRESS}`,
  https_proxy: `http://${OFFLINE_PROXY_ADDRESS}`,
  NO_PROXY: "",
  no_proxy: "",
  GIT_ALLOW_PROTOCOL: "podsec-network-off",
  GIT_TERMINAL_PROMPT: "0",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null"
};
var resolvedCommands = /* @__PURE__ */ new WeakMap();
function resolveKustomizeCommand(options, runner) {
  if (options.binary !== void 0 && options.binary !== "") {
    const name = basename2(options.binary).replace(/\.exe$/i, "");
    return Promise.resolve(
      name === "kubectl" ? { command: options.binary, args: ["kustomize"] } : { command: options.binary, args: ["build"] }
    );
  }
  let found = resolvedCommands.get(runner);
  if (found === void 0) {
    found = findToolBinary("kustomize", { bundledBinDirs: [] }).then(
      (path9) => path9 !== void 0 ? { command: "kustomize", args: ["build"] } : { command: "kubectl", args: ["kustomize"] }
    );
    resolvedCommands.set(runner, found);
  }
  return found;
}
function kustomizeVersion(command, runner) {
  let byCommand = versions.get(runner);
  if (byCommand === void 0) {
    byCommand = /* @__PURE__ */ new Map();
    versions.set(runner, byCommand);
  }
  const key = [command.command, ...command.args].join("\0");
  let found = byCommand.get(key);
  if (found === void 0) {
    const args = command.args[0] === "kustomize" ? ["version", "--client"] : ["version"];
    found = runner.run(command.command, args, { timeoutMs: 3e4, maxOutputBytes: 64 * 1024 }).then(
      (result) => result.exitCode === 0 ? parseKustomizeVersion(result.stdout, command.args[0] === "kustomize") : void 0,
      () => void 0
    );
    byCommand.set(key, found);
  }
  return found;
}
var versions = /* @__PURE__ */ new WeakMap();
function parseKustomizeVersion(output, fromKubectl) {
  const pattern = fromKubectl ? /Kustomize Version:\s*v(\d+)\.(\d+)\.(\d+)/ : /(?:^|kustomize\/)v(\d+)\.(\d+)\.(\d+)/m;
  const match = pattern.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : void 0;
}

// src/render/kustomize/plan.ts
import { join as join9, resolve as resolve6 } from "node:path";

// src/render/kustomize/local-urls.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { isIP } from "node:net";
var MAX_INLINE_DEPTH = 3;
var URL_IN_TEXT = /\b(?:git::)?[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>},]*/gi;
function hostOf(url) {
  const match = /^(?:git::)?[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim());
  if (!match) return void 0;
  let host = (match[1] ?? "").slice((match[1] ?? "").lastIndexOf("@") + 1);
  if (host.startsWith("[")) host = host.slice(1, host.indexOf("]") < 0 ? void 0 : host.indexOf("]"));
  else host = host.replace(/:\d*$/, "");
  try {
    host = decodeURIComponent(host);
  } catch {
  }
  return host.toLowerCase().replace(/\.$/, "");
}
function isLoopbackHost(host) {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const version = isIP(host);
  if (version === 4) return host.startsWith("127.");
  return version === 6 || host.includes(":");
}
function localUrl(value) {
  for (const candidate of [value, value.slice(value.indexOf("=") + 1)]) {
    const trimmed = candidate.trim();
    if (/^(?:git::)?file:/i.test(trimmed)) return { url: value.trim(), reason: "file" };
    const host = hostOf(trimmed);
    if (host !== void 0 && isLoopbackHost(host)) return { url: value.trim(), reason: "loopback" };
  }
  return void 0;
}
function findLocalUrls(text, depth = 0) {
  const found = /* @__PURE__ */ new Map();
  const add = (value) => {
    const url = localUrl(value);
    if (url !== void 0 && !found.has(url.url)) found.set(url.url, url);
    if (url === void 0 && depth < MAX_INLINE_DEPTH && value.includes("\n") && value.includes("builtin")) {
      for (const inner of findLocalUrls(value, depth + 1)) if (!found.has(inner.url)) found.set(inner.url, inner);
    }
  };
  let parsed = true;
  try {
    for (const document of (0, import_yaml6.parseAllDocuments)(text, { uniqueKeys: false, logLevel: "silent" })) {
      if (document.errors.length > 0) parsed = false;
      (0, import_yaml6.visit)(document, {
        Scalar(_key, node) {
          if (!(0, import_yaml6.isScalar)(node)) return;
          if (typeof node.value === "string") add(node.value);
          else if (node.value instanceof Uint8Array) add(Buffer.from(node.value).toString("utf8"));
        }
      });
    }
  } catch {
    parsed = false;
  }
  if (!parsed) for (const match of text.matchAll(URL_IN_TEXT)) add(match[0]);
  return [...found.values()];
}
function localUrlMessage(url) {
  const entry = JSON.stringify(url.url);
  if (url.reason === "file") {
    return `resource ${entry} is a git repository URL, which kustomize would clone from anywhere on this machine; podsec does not render it (name the folder by a relative path)`;
  }
  return `remote resource ${entry} is not fetched: network access is off (turn it on with --network, or the action input network: true, to render remote bases)`;
}

// src/render/kustomize/tree.ts
import { resolve as resolve5 } from "node:path";
async function walkKustomizationTree(fs, directory) {
  const kustomizations = [];
  const unreadable = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [await fs.realpath(directory).catch(() => directory)];
  while (queue.length > 0) {
    const dir = queue.shift();
    if (seen.has(dir)) continue;
    seen.add(dir);
    const kustomization = await readKustomizationAt(fs, dir);
    if ("error" in kustomization) {
      unreadable.push({
        dir,
        error: kustomization.error,
        ...kustomization.file === void 0 ? {} : { file: kustomization.file }
      });
      continue;
    }
    kustomizations.push(kustomization);
    queue.push(
      ...await localFolders(fs, dir, [...baseEntries(kustomization.data), ...configEntries(kustomization.data)])
    );
  }
  return { kustomizations, unreadable };
}
async function localFolders(fs, dir, entries) {
  const folders = [];
  for (const entry of entries) {
    const absolute = resolve5(dir, entry);
    if (await pathType(fs, absolute) !== "directory") continue;
    folders.push(await fs.realpath(absolute).catch(() => absolute));
  }
  return folders;
}
var PATCH_FIELDS = ["patches", "patchesStrategicMerge", "patchesJson6902", "transformers"];
var ISOLATED_FIELDS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "namePrefix",
  "nameSuffix",
  "namespace",
  "commonLabels",
  "labels",
  "commonAnnotations",
  "patchesStrategicMerge",
  "patchesJson6902",
  "patches",
  "images",
  "replacements",
  "replicas",
  "sortOptions",
  "resources",
  "components",
  "bases",
  "configMapGenerator",
  "secretGenerator",
  "generatorOptions",
  "generators",
  "transformers",
  "validators",
  "buildMetadata"
]);
function treeFacts(tree) {
  const readable = tree.unreadable.length === 0;
  const fields = tree.kustomizations.flatMap((kustomization) => Object.keys(kustomization.data));
  return {
    patches: !readable || fields.some((field) => PATCH_FIELDS.includes(field)),
    isolated: readable && fields.every((field) => ISOLATED_FIELDS.has(field))
  };
}

// src/render/kustomize/plan.ts
async function planBuild(fs, tree, stagedDir, options) {
  const walked = await walkKustomizationTree(fs, stagedDir);
  const refusals = [...localUrlRefusals(tree, walked, options.network), ...deprecatedHelmRefusals(tree, walked)];
  if (options.enableHelm) refusals.push(...await helmChartRefusals(fs, tree, walked));
  const facts = treeFacts(walked);
  const namespace = walked.kustomizations[0]?.data["namespace"];
  return {
    refusals,
    isolated: facts.isolated,
    // Transformer annotations only serve patch attribution, and they are not free (kustomize records every
    // transformer on every resource): ask for them when a patch may be involved.
    buildMetadata: facts.patches ? ["originAnnotations", "transformerAnnotations"] : ["originAnnotations"],
    ...typeof namespace === "string" && namespace !== "" ? { namespace } : {}
  };
}
function sourceOf(tree, staged) {
  return tree.toSource(staged) ?? staged;
}
function localUrlRefusals(tree, walked, network) {
  const folders = [
    ...walked.kustomizations.map((kustomization) => kustomization.dir),
    ...walked.unreadable.map((item) => item.dir)
  ].map((dir) => sourceOf(tree, dir));
  const refusals = [];
  for (const [file, urls] of tree.localUrls) {
    if (!folders.some((folder) => isInside(folder, file))) continue;
    for (const url of urls)
      if (url.reason === "file" || !network) refusals.push({ file, message: localUrlMessage(url) });
  }
  return refusals;
}
function deprecatedHelmRefusals(tree, walked) {
  return walked.kustomizations.filter((kustomization) => kustomization.data["helmChartInflationGenerator"] !== void 0).map((kustomization) => ({
    file: sourceOf(tree, kustomization.file),
    message: "helmChartInflationGenerator (the deprecated form of helmCharts) is not checked by podsec; use helmCharts"
  }));
}
async function helmChartRefusals(fs, tree, walked) {
  const refusals = [];
  for (const kustomization of walked.kustomizations) {
    for (const chart of await vendoredCharts(fs, kustomization)) {
      const refuse = (message) => {
        refusals.push({ file: sourceOf(tree, kustomization.file), message });
      };
      const safety = await checkChart(fs, chart.dir, `helm chart ${chart.name}`, { network: false });
      for (const problem of safety.problems) refuse(`helm chart ${chart.name}: ${problem.message}`);
      if (safety.hidden.length > 0)
        refuse(`helm chart ${chart.name} holds ${safety.hidden.join(", ")}, which helm would hand to its templates`);
    }
  }
  return refusals;
}
async function vendoredCharts(fs, kustomization) {
  const helmCharts = kustomization.data["helmCharts"];
  if (!Array.isArray(helmCharts)) return [];
  const globals = kustomization.data["helmGlobals"];
  const chartHome = typeof globals === "object" && globals !== null ? globals["chartHome"] : void 0;
  const home = resolve6(kustomization.dir, typeof chartHome === "string" ? chartHome : "charts");
  const charts = [];
  for (const chart of helmCharts) {
    if (typeof chart !== "object" || chart === null) continue;
    const { name, version } = chart;
    if (typeof name !== "string") continue;
    const dir = typeof version === "string" && version !== "" ? join9(home, `${name}-${version}`, name) : join9(home, name);
    if (await pathType(fs, dir) === "directory") charts.push({ name, dir: await fs.realpath(dir) });
  }
  return charts;
}

// src/render/kustomize/batch.ts
var MEMBER_ANNOTATION = "podsec.internal/shared-build-member";
var LOCAL_CONFIG_ANNOTATION = "config.kubernetes.io/local-config";
var KEPT_LOCAL_ANNOTATION = "podsec.internal/local-config";
var NEEDS_HASH_ANNOTATION = "internal.config.kubernetes.io/needsHashSuffix";
var HASHED_ANNOTATION = "podsec.internal/hashed";
var PLAIN_SHARED_BUILD_KEYS = {
  member: MEMBER_ANNOTATION,
  keptLocal: KEPT_LOCAL_ANNOTATION,
  hashed: HASHED_ANNOTATION
};
function sharedBuildKeys() {
  const suffix = randomBytes(6).toString("hex");
  return {
    member: `${MEMBER_ANNOTATION}-${suffix}`,
    keptLocal: `${KEPT_LOCAL_ANNOTATION}-${suffix}`,
    hashed: `${HASHED_ANNOTATION}-${suffix}`
  };
}
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "APIService",
  "AuditSink",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ClusterTrustBundle",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "DeviceClass",
  "FlowSchema",
  "IngressClass",
  "IPAddress",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "NodeProxyOptions",
  "PersistentVolume",
  "PodSecurityPolicy",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "ResourceSlice",
  "RuntimeClass",
  "SelfSubjectAccessReview",
  "SelfSubjectReview",
  "SelfSubjectRulesReview",
  "ServiceCIDR",
  "StorageClass",
  "StorageVersion",
  "StorageVersionMigration",
  "SubjectAccessReview",
  "TokenReview",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment",
  "VolumeAttributesClass"
]);
var MAX_MEMBERS = 16;
async function stagedTarget(settings, staging, fs, directory) {
  const boundary = await settings.boundaryFor?.(directory) ?? settings.cwd;
  const tree = await staging.stage(boundary);
  const stagedDir = tree.toStaged(await fs.realpath(directory));
  return stagedDir === void 0 ? void 0 : { tree, stagedDir };
}
var SINGLE_BUILD_PLAN = {
  refusals: [],
  isolated: false,
  buildMetadata: ["originAnnotations", "transformerAnnotations"]
};
function createSharedKustomizeBuilds(settings, deps) {
  const plans = /* @__PURE__ */ new Map();
  const plan = (directory) => {
    let found = plans.get(directory);
    if (found === void 0) {
      found = stagedTarget(settings, deps.staging, deps.fs, directory).then(
        (staged) => staged === void 0 ? SINGLE_BUILD_PLAN : planBuild(deps.fs, staged.tree, staged.stagedDir, {
          network: settings.network,
          enableHelm: settings.kustomize.enableHelm
        })
      ).catch(() => SINGLE_BUILD_PLAN);
      plans.set(directory, found);
    }
    return found;
  };
  let batches;
  return {
    plan,
    async build(directory) {
      batches ??= planBatches(settings, plan, deps).catch(() => /* @__PURE__ */ new Map());
      const batch = (await batches).get(directory);
      if (batch === void 0) return void 0;
      batch.result ??= runBatch(batch, settings, deps).catch(() => void 0);
      return (await batch.result)?.get(directory);
    }
  };
}
var SHARED_BUILD_MAJOR = 5;
async function planBatches(settings, plan, deps) {
  const byDirectory = /* @__PURE__ */ new Map();
  if (settings.kustomize.enableHelm || settings.candidates.length < 2) return byDirectory;
  const eligible = await Promise.all(
    settings.candidates.map(
      async (directory) => {
        const found = await plan(directory);
        if (found.refusals.length > 0 || !found.isolated || found.namespace === void 0) return void 0;
        const staged = await stagedTarget(settings, deps.staging, deps.fs, directory).catch(() => void 0);
        if (staged === void 0) return void 0;
        const key = `${staged.tree.scratch}\0${found.buildMetadata.join(",")}`;
        return {
          directory,
          stagedDir: staged.stagedDir,
          namespace: found.namespace,
          key,
          tree: staged.tree,
          buildMetadata: found.buildMetadata
        };
      }
    )
  );
  const groups = /* @__PURE__ */ new Map();
  for (const member of eligible) {
    if (member === void 0) continue;
    const group = groups.get(member.key) ?? [];
    group.push(member);
    groups.set(member.key, group);
  }
  if (![...groups.values()].some((group) => group.length >= 2)) return byDirectory;
  const version = await kustomizeVersion(await resolveKustomizeCommand(settings.kustomize, deps.runner), deps.runner);
  if (version?.[0] !== SHARED_BUILD_MAJOR) return byDirectory;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const count = Math.max(
      Math.min(settings.slots, Math.floor(group.length / 2)),
      Math.ceil(group.length / MAX_MEMBERS)
    );
    const first = group[0];
    const batches = Array.from({ length: count }, () => ({
      tree: first.tree,
      members: [],
      buildMetadata: first.buildMetadata,
      namespaces: /* @__PURE__ */ new Set()
    }));
    group.forEach((member, index) => {
      for (let step = 0; step < count; step++) {
        const batch = batches[(index + step) % count];
        if (batch.namespaces.has(member.namespace) || batch.members.length >= MAX_MEMBERS) continue;
        batch.namespaces.add(member.namespace);
        batch.members.push({ directory: member.directory, stagedDir: member.stagedDir, namespace: member.namespace });
        return;
      }
    });
    for (const batch of batches) {
      if (batch.members.length < 2) continue;
      const shared = { tree: batch.tree, members: batch.members, buildMetadata: batch.buildMetadata };
      for (const member of batch.members) byDirectory.set(member.directory, shared);
    }
  }
  return byDirectory;
}
async function writeMemberWrapper(fs, memberDir, member, index, keys) {
  const tagger = (0, import_yaml7.stringify)({
    apiVersion: "builtin",
    kind: "AnnotationsTransformer",
    metadata: { name: "podsec-shared-build-member" },
    annotations: { [keys.member]: String(index) },
    fieldSpecs: [{ path: "metadata/annotations", create: true }]
  });
  const escaped = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
  const keepLocal = (0, import_yaml7.stringify)([
    {
      op: "copy",
      from: `/metadata/annotations/${escaped(LOCAL_CONFIG_ANNOTATION)}`,
      path: `/metadata/annotations/${escaped(keys.keptLocal)}`
    },
    { op: "replace", path: `/metadata/annotations/${escaped(LOCAL_CONFIG_ANNOTATION)}`, value: "false" }
  ]);
  const showHashed = (0, import_yaml7.stringify)([
    {
      op: "copy",
      from: `/metadata/annotations/${escaped(NEEDS_HASH_ANNOTATION)}`,
      path: `/metadata/annotations/${escaped(keys.hashed)}`
    }
  ]);
  await fs.writeFile(
    resolve7(memberDir, "kustomization.yaml"),
    (0, import_yaml7.stringify)({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: [toPosix(relative5(memberDir, member.stagedDir))],
      transformers: [tagger],
      // Exactly the objects kustomize would drop: the mark is there and not "false".
      patches: [
        {
          target: { annotationSelector: `${LOCAL_CONFIG_ANNOTATION},${LOCAL_CONFIG_ANNOTATION}!=false` },
          patch: keepLocal
        },
        { target: { annotationSelector: NEEDS_HASH_ANNOTATION }, patch: showHashed }
      ]
    })
  );
}
async function runBatch(batch, settings, deps) {
  const { fs, runner } = deps;
  const command = await resolveKustomizeCommand(settings.kustomize, runner);
  const memberLimit = settings.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES2;
  const keys = sharedBuildKeys();
  const top = await deps.staging.makeWrapperDir(batch.tree);
  const wrapperDir = top;
  let stdout;
  try {
    await fs.writeFile(
      resolve7(top, "kustomization.yaml"),
      (0, import_yaml7.stringify)({
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        resources: batch.members.map((_, index) => `m${index}`),
        buildMetadata: batch.buildMetadata
      })
    );
    for (const [index, member] of batch.members.entries()) {
      await writeMemberWrapper(fs, resolve7(top, `m${index}`), member, index, keys);
    }
    const result = await runner.run(command.command, [...command.args, top], {
      cwd: top,
      ...settings.timeoutMs === void 0 ? {} : { timeoutMs: settings.timeoutMs },
      maxOutputBytes: memberLimit * batch.members.length,
      ...settings.network ? {} : { env: OFFLINE_ENV, pathPrefix: batch.tree.binDir }
    });
    if (result.spawnError !== void 0 || result.timedOut || result.outputTooLarge || result.exitCode !== 0)
      return void 0;
    stdout = result.stdout;
  } finally {
    await fs.removeTempDir(top);
  }
  const split = splitSharedOutput(stdout, batch.members.length, memberLimit, keys);
  if (split === void 0) return void 0;
  const builds = /* @__PURE__ */ new Map();
  for (const [index, member] of batch.members.entries()) {
    const own = split[index];
    if (own === void 0) continue;
    builds.set(member.directory, {
      wrapperDir,
      objects: own.filter((object) => keeps(settings.keepKind, object.value)),
      errors: []
    });
  }
  return builds;
}
function keeps(keepKind, value) {
  const { apiVersion, kind } = value;
  return keepKind === void 0 || typeof apiVersion !== "string" || typeof kind !== "string" || keepKind(apiVersion, kind);
}
function splitSharedOutput(stdout, memberCount, memberLimit = Infinity, keys = PLAIN_SHARED_BUILD_KEYS) {
  const parsed = parseManifests(stdout, "<shared kustomize build>");
  if (parsed.errors.length > 0) return void 0;
  const documents2 = stdout.split(/^---\n/m);
  if (documents2.length !== parsed.objects.length) return void 0;
  const members = Array.from({ length: memberCount }, () => []);
  const memberBytes = new Array(memberCount).fill(0);
  const namespaceOwner = /* @__PURE__ */ new Map();
  const subjectNamespaces = [];
  for (const [position, object] of parsed.objects.entries()) {
    const metadata = object.value["metadata"];
    if (!isPlainObject(metadata) || !isPlainObject(metadata["annotations"])) return void 0;
    const {
      [keys.member]: tag,
      [keys.keptLocal]: keptLocal,
      [keys.hashed]: hashed,
      ...annotations
    } = metadata["annotations"];
    const member = typeof tag === "string" && /^\d+$/.test(tag) ? Number(tag) : -1;
    const own = members[member];
    if (own === void 0) return void 0;
    const { apiVersion, kind } = object.value;
    if (hashed !== void 0 && !(apiVersion === "v1" && (kind === "ConfigMap" || kind === "Secret"))) return void 0;
    const namespace = metadata["namespace"];
    if (typeof kind === "string" && CLUSTER_SCOPED_KINDS.has(kind)) {
      if (!(apiVersion === "v1" && kind === "Namespace")) return void 0;
    } else if (typeof namespace === "string" && namespace !== "") {
      if ((namespaceOwner.get(namespace) ?? member) !== member) return void 0;
      namespaceOwner.set(namespace, member);
    } else {
      return void 0;
    }
    if (object.value["kind"] === "RoleBinding" && Array.isArray(object.value["subjects"])) {
      for (const subject of object.value["subjects"]) {
        if (isPlainObject(subject) && typeof subject["namespace"] === "string")
          subjectNamespaces.push({ member, namespace: subject["namespace"] });
      }
    }
    if (keptLocal !== void 0) continue;
    const value = { ...object.value, metadata: { ...metadata, annotations } };
    memberBytes[member] = (memberBytes[member] ?? 0) + Buffer.byteLength(documents2[position] ?? "") + "---\n".length;
    own.push({ value, documentIndex: own.length, position: (path9) => object.position(path9) });
  }
  for (const { member, namespace } of subjectNamespaces) {
    if ((namespaceOwner.get(namespace) ?? member) !== member) return void 0;
  }
  return members.map((objects2, member) => (memberBytes[member] ?? 0) > memberLimit ? void 0 : objects2);
}

// src/render/kustomize/kustomize.ts
var import_yaml9 = __toESM(require_dist(), 1);
import { dirname as dirname6, relative as relative7, resolve as resolve9 } from "node:path";

// src/render/kustomize/patches.ts
var import_yaml8 = __toESM(require_dist(), 1);
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function regexMatches(pattern, value) {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}
function selectorMatches(selector, values) {
  if (selector === void 0 || selector.trim() === "") return true;
  for (const part of selector.split(",")) {
    const match = /^\s*([^=!\s]+)\s*==?\s*([^=\s]*)\s*$/.exec(part);
    if (!match) continue;
    if (values[itemAt(match, 1)] !== match[2]) return false;
  }
  return true;
}
function targetSelects(target2, subject) {
  const { group, version } = splitApiVersion(subject.apiVersion);
  if (target2.kind !== void 0 && target2.kind !== "" && target2.kind !== subject.kind) return false;
  if (target2.group !== void 0 && target2.group !== "" && target2.group !== group) return false;
  if (target2.version !== void 0 && target2.version !== "" && target2.version !== version) return false;
  if (target2.name !== void 0 && target2.name !== "" && !subject.names.some((name) => regexMatches(target2.name, name)))
    return false;
  return selectorMatches(target2.labelSelector, subject.labels) && selectorMatches(target2.annotationSelector, subject.annotations);
}
function intermediateNames(original, rendered) {
  if (original === void 0) return [rendered];
  const at = rendered.indexOf(original);
  if (at < 0) return [original, rendered];
  const isCut = (index) => rendered[index] === "-" || rendered[index] === ".";
  const starts = [
    0,
    at,
    ...[...rendered.slice(0, at)].map((_, index) => index + 1).filter((index) => isCut(index - 1))
  ];
  const ends = [rendered.length, at + original.length];
  for (let index = at + original.length; index < rendered.length; index++) if (isCut(index)) ends.push(index);
  const names = /* @__PURE__ */ new Set();
  for (const start of starts)
    for (const end of ends) if (start <= at && end >= at + original.length) names.add(rendered.slice(start, end));
  return [...names];
}
var MERGE_KEYS = ["name", "mountPath", "containerPort", "devicePath", "ip"];
function matchListItem(renderedItem, patchList, index) {
  if (isPlainObject(renderedItem)) {
    for (const key of MERGE_KEYS) {
      const wanted = renderedItem[key];
      if (wanted === void 0) continue;
      const found = patchList.findIndex((item) => isPlainObject(item) && item[key] === wanted);
      return found >= 0 ? found : void 0;
    }
  }
  return index < patchList.length ? index : void 0;
}
function followInPatch(rendered, patch, path9) {
  let renderedCursor = rendered;
  let patchCursor = patch;
  const patchPath = [];
  for (const segment of path9) {
    if (patchCursor === null && patchPath.length > 0)
      return { patchPath, complete: false, removedAt: patchPath.length };
    if (typeof segment === "number") {
      if (!Array.isArray(patchCursor)) break;
      const renderedItem = Array.isArray(renderedCursor) ? renderedCursor[segment] : void 0;
      const index = matchListItem(renderedItem, patchCursor, segment);
      if (index === void 0) break;
      patchPath.push(index);
      renderedCursor = renderedItem;
      patchCursor = patchCursor[index];
    } else {
      if (!isPlainObject(patchCursor) || !Object.prototype.hasOwnProperty.call(patchCursor, segment)) break;
      patchPath.push(segment);
      renderedCursor = isPlainObject(renderedCursor) ? renderedCursor[segment] : void 0;
      patchCursor = patchCursor[segment];
    }
  }
  return { patchPath, complete: patchPath.length === path9.length };
}
function place(placement, span) {
  if (placement.fixed) return placement.fixed;
  return {
    file: placement.file,
    line: span.line + placement.lineOffset,
    column: span.column + placement.columnOffset,
    endLine: span.endLine + placement.lineOffset,
    endColumn: span.endColumn + placement.columnOffset
  };
}
function loadStrategicMergePatches(text, placement, target2) {
  const parsed = parseManifests(text, placement.file);
  return parsed.objects.map((object) => strategicMergePatch(object, placement, target2));
}
function strategicMergePatch(object, placement, target2) {
  const value = object.value;
  const metadata = isPlainObject(value["metadata"]) ? value["metadata"] : {};
  const ownName = typeof metadata["name"] === "string" ? metadata["name"] : void 0;
  const apiVersion = typeof value["apiVersion"] === "string" ? value["apiVersion"] : "";
  const kind = typeof value["kind"] === "string" ? value["kind"] : "";
  return {
    file: placement.file,
    appliesTo(subject) {
      if (target2 !== void 0) return targetSelects(target2, subject);
      if (kind !== subject.kind) return false;
      if (splitApiVersion(apiVersion).group !== splitApiVersion(subject.apiVersion).group) return false;
      return ownName === void 0 || subject.names.includes(ownName);
    },
    find(subject, path9) {
      const followed = followInPatch(subject.rendered, value, path9);
      if (followed.patchPath.length === 0) return void 0;
      const span = object.position(followed.patchPath);
      const removed = followed.removedAt !== void 0;
      return {
        location: place(placement, span),
        authoritative: followed.complete || removed,
        exact: followed.complete && span.exact,
        depth: removed ? path9.length : followed.patchPath.length
      };
    }
  };
}
function pointerTokens(pointer) {
  if (pointer === "") return [];
  return pointer.replace(/^\//, "").split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function nodeRange(node) {
  if (node && typeof node === "object" && "range" in node) {
    const range = node.range;
    if (range) return [range[0], range[1]];
  }
  return void 0;
}
function loadJson6902Patch(text, placement, target2) {
  const lineCounter = new import_yaml8.LineCounter();
  const doc = (0, import_yaml8.parseDocument)(text, { lineCounter, prettyErrors: false, logLevel: "error" });
  if (doc.errors.length > 0 || !(0, import_yaml8.isSeq)(doc.contents)) return void 0;
  const ops = [];
  for (const item of doc.contents.items) {
    if (!(0, import_yaml8.isMap)(item)) continue;
    const op = item.get("op");
    const path9 = item.get("path");
    if (typeof op !== "string" || typeof path9 !== "string") continue;
    const pair = (key) => {
      const found = item.items.find((entry) => (0, import_yaml8.isPair)(entry) && (0, import_yaml8.isScalar)(entry.key) && entry.key.value === key);
      return found ? found.value ?? found.key : void 0;
    };
    const pathPair = item.items.find((entry) => (0, import_yaml8.isPair)(entry) && (0, import_yaml8.isScalar)(entry.key) && entry.key.value === "path");
    ops.push({
      op,
      tokens: pointerTokens(path9),
      pathNode: pathPair?.key ?? void 0,
      valueNode: pair("value"),
      opNode: item
    });
  }
  const spanAt = (start, end) => {
    const from = lineCounter.linePos(start);
    let stop = end;
    while (stop > start && (text.charCodeAt(stop - 1) === 10 || text.charCodeAt(stop - 1) === 13)) stop--;
    const to = lineCounter.linePos(stop);
    return place(placement, { line: from.line, column: from.col, endLine: to.line, endColumn: to.col });
  };
  const nodeLocation = (node) => {
    const range = nodeRange(node);
    return range ? spanAt(range[0], range[1]) : void 0;
  };
  return {
    file: placement.file,
    appliesTo: (subject) => target2 === void 0 || targetSelects(target2, subject),
    find(_subject, path9) {
      let best;
      const wanted = path9.map(String);
      for (const op of ops) {
        if (op.op === "test") continue;
        if (op.tokens.length > wanted.length) continue;
        const prefix = op.tokens.every(
          (token, index) => token === wanted[index] || token === "-" && typeof path9[index] === "number"
        );
        if (!prefix) continue;
        let location = nodeLocation(op.pathNode) ?? nodeLocation(op.opNode);
        let matched = op.tokens.length;
        if ((op.op === "add" || op.op === "replace") && op.valueNode !== void 0) {
          let node = op.valueNode;
          for (const segment of path9.slice(op.tokens.length)) {
            let next;
            let where3;
            if ((0, import_yaml8.isMap)(node)) {
              const entry = node.items.find((pair) => (0, import_yaml8.isScalar)(pair.key) && String(pair.key.value) === String(segment));
              next = entry?.value;
              where3 = entry?.key;
            } else if ((0, import_yaml8.isSeq)(node) && typeof segment === "number") {
              next = node.items[segment];
              where3 = next;
            }
            if (where3 === void 0) break;
            location = nodeLocation(where3) ?? location;
            node = next;
            matched++;
          }
        }
        if (location === void 0) continue;
        const removal = op.op === "remove";
        const hit = {
          location,
          authoritative: true,
          exact: matched === path9.length && !removal,
          depth: removal ? path9.length : matched
        };
        best = hit;
      }
      return best;
    }
  };
}
function loadPatchText(text, placement, target2) {
  const trimmed = text.replace(/^(\s*#[^\n]*\n|\s*\n)*/, "").trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("-")) {
    const patch = loadJson6902Patch(text, placement, target2);
    return patch ? [patch] : [];
  }
  return loadStrategicMergePatches(text, placement, target2);
}

// src/render/kustomize/staging.ts
import { join as join10, relative as relative6, resolve as resolve8 } from "node:path";
var SKIPPED = /* @__PURE__ */ new Set([".git", ".hg", ".svn", "node_modules"]);
var MAX_CONFIG_BYTES = 1024 * 1024;
var GIT_STAND_IN = `#!/bin/sh
echo "${GIT_STAND_IN_MESSAGE} (turn it on with --network to render remote bases)" >&2
exit 1
`;
var REFUSED_FILE_TEXT = "podsecRefused: this file names a URL that reaches the machine running podsec; see podsec's error for it\n";
function createKustomizeStaging(fs, options = { network: false }) {
  const staged = /* @__PURE__ */ new Map();
  const made = /* @__PURE__ */ new Set();
  let wrappers = 0;
  return {
    stage(boundary) {
      let found = staged.get(boundary);
      if (found === void 0) {
        found = stageTree(fs, boundary, options, (scratch) => made.add(scratch));
        staged.set(boundary, found);
      }
      return found;
    },
    async makeWrapperDir(tree) {
      const dir = join10(tree.scratch, "wrappers", String(wrappers++));
      await fs.writeFile(join10(dir, ".keep"), "");
      return dir;
    },
    async dispose() {
      const trees = [...staged.values()];
      staged.clear();
      await Promise.all(trees.map((tree) => tree.catch(() => void 0)));
      for (const scratch of made) await fs.removeTempDir(scratch);
      made.clear();
    },
    disposeNow() {
      staged.clear();
      for (const scratch of made) fs.removeTempDirNow(scratch);
      made.clear();
    }
  };
}
async function stageTree(fs, boundary, options, made) {
  const source = await fs.realpath(boundary);
  const scratch = await fs.realpath(await fs.makeTempDir("podsec-kustomize-"));
  made(scratch);
  const root = join10(scratch, "repo");
  const binDir = join10(scratch, "bin");
  const copied = await fs.copyTreeWithin(source, root, { skip: (name) => SKIPPED.has(name) });
  await fs.writeFile(join10(binDir, "git"), GIT_STAND_IN, { executable: true });
  const toSource = (path9) => isInside(root, path9) ? resolve8(source, relative6(root, path9)) : void 0;
  const localUrls = /* @__PURE__ */ new Map();
  for (const file of await configCandidates(fs, root)) {
    const text = await fs.readFile(file).catch(() => void 0);
    if (text === void 0) continue;
    if (!KUSTOMIZATION_FILE_NAMES.some((name) => file.endsWith(`/${name}`)) && !text.includes("builtin")) continue;
    const urls = findLocalUrls(text).filter((url) => url.reason === "file" || !options.network);
    if (urls.length === 0) continue;
    localUrls.set(toSource(file), urls);
    await fs.writeFile(file, REFUSED_FILE_TEXT);
  }
  return {
    source,
    root,
    scratch,
    binDir,
    copied,
    localUrls,
    toSource,
    toStaged: (path9) => isInside(source, path9) ? resolve8(root, relative6(source, path9)) : void 0
  };
}
async function configCandidates(fs, root) {
  const files = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop();
    const entries = await fs.readDir(folder).catch(() => []);
    for (const entry of entries) {
      const path9 = join10(folder, entry.name);
      if (entry.type === "directory") folders.push(path9);
      else if (entry.type === "file" && (KUSTOMIZATION_FILE_NAMES.includes(entry.name) || (await fs.lstat(path9)).size <= MAX_CONFIG_BYTES))
        files.push(path9);
    }
  }
  return files.sort();
}

// src/render/kustomize/kustomize.ts
function createKustomizeFileCache() {
  return { parsed: /* @__PURE__ */ new Map() };
}
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
var KUSTOMIZE_ANNOTATION_PREFIXES = [
  "internal.config.kubernetes.io/",
  "config.kubernetes.io/",
  "alpha.config.kubernetes.io/",
  "kustomize.config.k8s.io/"
];
var KUSTOMIZE_ANNOTATIONS = /* @__PURE__ */ new Set(["config.k8s.io/id"]);
function stringRecord(value) {
  const result = {};
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) if (typeof item === "string") result[key] = item;
  }
  return result;
}
function isKustomizeAnnotation(key) {
  return KUSTOMIZE_ANNOTATIONS.has(key) || KUSTOMIZE_ANNOTATION_PREFIXES.some((prefix) => key.startsWith(prefix));
}
function stripBuildMetadata(value) {
  const metadata = value["metadata"];
  if (!isPlainObject(metadata) || !isPlainObject(metadata["annotations"])) return value;
  const annotations = Object.fromEntries(
    Object.entries(metadata["annotations"]).filter(([key]) => !isKustomizeAnnotation(key))
  );
  const { annotations: _dropped, ...rest } = metadata;
  const cleaned = Object.keys(annotations).length > 0 ? { ...rest, annotations } : rest;
  return { ...value, metadata: cleaned };
}
function readAnnotationYaml(value, key, cache) {
  const metadata = value["metadata"];
  if (!isPlainObject(metadata) || !isPlainObject(metadata["annotations"])) return void 0;
  const text = metadata["annotations"][key];
  if (typeof text !== "string") return void 0;
  if (cache.has(text)) return cache.get(text);
  let parsed;
  try {
    parsed = parseYamlValue(text, 10);
  } catch {
    parsed = void 0;
  }
  cache.set(text, parsed);
  return parsed;
}
function lineOne(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
var SourceCache = class {
  constructor(fs, display2, shared) {
    this.fs = fs;
    this.display = display2;
    this.manifests = shared?.parsed ?? /* @__PURE__ */ new Map();
  }
  fs;
  display;
  texts = /* @__PURE__ */ new Map();
  manifests;
  kustomizations = /* @__PURE__ */ new Map();
  text(absolute) {
    let found = this.texts.get(absolute);
    if (found === void 0) {
      found = this.fs.readFile(absolute).then(
        (text) => text,
        () => void 0
      );
      this.texts.set(absolute, found);
    }
    return found;
  }
  parsed(absolute) {
    const shown = this.display(absolute);
    const key = `${absolute}\0${shown}`;
    let found = this.manifests.get(key);
    if (found === void 0) {
      found = this.text(absolute).then((text) => text === void 0 ? void 0 : parseManifests(text, shown));
      this.manifests.set(key, found);
    }
    return found;
  }
  kustomization(absolute) {
    let found = this.kustomizations.get(absolute);
    if (found === void 0) {
      found = this.text(absolute).then((text) => {
        if (text === void 0) return void 0;
        const parsed = parseKustomizationText(text, absolute);
        return "error" in parsed ? void 0 : { text, data: { ...parsed.data } };
      });
      this.kustomizations.set(absolute, found);
    }
    return found;
  }
};
function inlinePlacement(text, file, node, lineCounter) {
  const start = node?.range?.[0];
  const fallback = start === void 0 ? lineOne(file) : (() => {
    const { line, col } = lineCounter.linePos(start);
    return { file, line, column: col, endLine: line, endColumn: col };
  })();
  if (!(0, import_yaml9.isScalar)(node) || node.type !== "BLOCK_LITERAL" || start === void 0) {
    return { file, lineOffset: 0, columnOffset: 0, fixed: fallback };
  }
  const headerLine = lineCounter.linePos(start).line;
  const lines = text.split("\n");
  let indent = 0;
  for (let index = headerLine; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "") continue;
    indent = line.length - line.trimStart().length;
    break;
  }
  return { file, lineOffset: headerLine, columnOffset: indent };
}
function patchTarget(value) {
  if (!isPlainObject(value)) return void 0;
  const pick = (key) => typeof value[key] === "string" ? value[key] : void 0;
  const target2 = {};
  for (const key of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"]) {
    const item = pick(key);
    if (item !== void 0) target2[key] = item;
  }
  return target2;
}
async function loadKustomizationPatches(cache, kustomizationFile, display2) {
  const kustomization = await cache.kustomization(kustomizationFile);
  if (kustomization === void 0) return [];
  const dir = dirname6(kustomizationFile);
  const fileDisplay = display2(kustomizationFile);
  const lineCounter = new import_yaml9.LineCounter();
  const doc = (0, import_yaml9.parseDocument)(kustomization.text, { lineCounter, prettyErrors: false, logLevel: "error" });
  const sequence = (key) => {
    const node = doc.get(key, true);
    return (0, import_yaml9.isSeq)(node) ? node.items : [];
  };
  const patches = [];
  const fromFile = async (entry, target2) => {
    const absolute = resolve9(dir, entry);
    const text = await cache.text(absolute);
    if (text === void 0) return;
    patches.push(...loadPatchText(text, { file: display2(absolute), lineOffset: 0, columnOffset: 0 }, target2));
  };
  const strategic = kustomization.data["patchesStrategicMerge"];
  if (Array.isArray(strategic)) {
    const nodes = sequence("patchesStrategicMerge");
    for (const [index, entry] of strategic.entries()) {
      if (typeof entry !== "string") continue;
      if (isInlineEntry(entry))
        patches.push(
          ...loadPatchText(
            entry,
            inlinePlacement(kustomization.text, fileDisplay, nodes[index], lineCounter),
            void 0
          )
        );
      else await fromFile(entry, void 0);
    }
  }
  for (const key of ["patches", "patchesJson6902"]) {
    const list = kustomization.data[key];
    if (!Array.isArray(list)) continue;
    const nodes = sequence(key);
    for (const [index, entry] of list.entries()) {
      if (!isPlainObject(entry)) continue;
      const target2 = patchTarget(entry["target"]);
      if (typeof entry["path"] === "string") {
        await fromFile(entry["path"], target2);
      } else if (typeof entry["patch"] === "string") {
        const itemNode = nodes[index];
        const patchNode = itemNode && "get" in itemNode ? itemNode.get("patch", true) : void 0;
        patches.push(
          ...loadPatchText(
            entry["patch"],
            inlinePlacement(kustomization.text, fileDisplay, patchNode, lineCounter),
            target2
          )
        );
      }
    }
  }
  return patches;
}
function readOrigin(value, cache) {
  const origin = readAnnotationYaml(value, ORIGIN_ANNOTATION, cache);
  if (!isPlainObject(origin)) return { generated: false };
  if (typeof origin["repo"] === "string") return { generated: false };
  if (typeof origin["path"] === "string") return { path: origin["path"], generated: false };
  if (typeof origin["configuredIn"] === "string") return { path: origin["configuredIn"], generated: true };
  return { generated: false };
}
function readTransformers(value, cache) {
  const list = readAnnotationYaml(value, TRANSFORMATIONS_ANNOTATION, cache);
  if (!Array.isArray(list)) return [];
  const files = [];
  for (const item of list) {
    if (!isPlainObject(item) || typeof item["configuredIn"] !== "string") continue;
    const by = item["configuredBy"];
    const kind = isPlainObject(by) && typeof by["kind"] === "string" ? by["kind"] : "";
    if (!/^Patch/.test(kind)) continue;
    if (!files.includes(item["configuredIn"])) files.push(item["configuredIn"]);
  }
  return files;
}
function identity(value) {
  const metadata = isPlainObject(value["metadata"]) ? value["metadata"] : {};
  return {
    apiVersion: typeof value["apiVersion"] === "string" ? value["apiVersion"] : "",
    kind: typeof value["kind"] === "string" ? value["kind"] : "",
    name: typeof metadata["name"] === "string" ? metadata["name"] : void 0
  };
}
function matchOriginObject(candidates, rendered) {
  const wanted = identity(rendered);
  const sameKind = candidates.filter((object) => identity(object.value).kind === wanted.kind);
  const byName = sameKind.filter((object) => {
    const name = identity(object.value).name;
    return name !== void 0 && wanted.name !== void 0 && wanted.name.includes(name);
  }).sort((a, b) => (identity(b.value).name?.length ?? 0) - (identity(a.value).name?.length ?? 0));
  return byName[0] ?? (sameKind.length === 1 ? sameKind[0] : void 0);
}
function locationOf(object, rendered, path9) {
  const followed = followInPatch(rendered, object.value, path9);
  const span = object.position(followed.patchPath);
  return {
    location: {
      file: object.file,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn
    },
    exact: followed.complete && span.exact,
    depth: span.foundPath.length
  };
}
function withMessage(location, message) {
  return { ...location, message };
}
function makeLocator(subject, originObject, fallback, patches) {
  return (path9) => {
    const base = originObject ? locationOf(originObject, subject.rendered, path9) : void 0;
    const baseRelated = base ? [withMessage(base.location, "resource defined here")] : [];
    let authoritative;
    let deepest;
    for (const patch of patches) {
      const hit = patch.find(subject, path9);
      if (hit === void 0) continue;
      if (hit.authoritative) authoritative = { hit, patch };
      if (deepest === void 0 || hit.depth >= deepest.hit.depth) deepest = { hit, patch };
    }
    if (authoritative)
      return { primary: authoritative.hit.location, related: baseRelated, exact: authoritative.hit.exact };
    if (base?.exact) return { primary: base.location, related: [], exact: true };
    if (deepest && (base === void 0 || deepest.hit.depth > base.depth)) {
      return { primary: deepest.hit.location, related: baseRelated, exact: false };
    }
    if (base) return { primary: base.location, related: [], exact: false };
    return { primary: fallback, related: [], exact: false };
  };
}
async function renderKustomization(request, deps) {
  const staging = deps.staging ?? createKustomizeStaging(deps.fs, { network: request.options.network });
  try {
    return await renderStaged(request, deps, staging);
  } finally {
    if (deps.staging === void 0) await staging.dispose();
  }
}
async function renderStaged(request, deps, staging) {
  const { fs } = deps;
  const target2 = request.target;
  const display2 = request.displayPath ?? ((absolute) => toPosix(relative7(request.cwd, absolute)) || ".");
  const fail2 = (message, file = target2.path) => ({
    target: target2,
    scenarios: [],
    errors: [{ file, message, target: target2 }]
  });
  const boundary = request.boundary ?? { path: request.cwd, kind: "working folder" };
  const kustomization = await readKustomizationAt(fs, request.directory);
  if ("error" in kustomization)
    return fail2(kustomization.error, kustomization.file ? display2(kustomization.file) : target2.path);
  const staged = await stageTarget(fs, staging, request.directory, boundary);
  if ("error" in staged) return fail2(staged.error);
  const { tree, stagedDir } = staged;
  const plan = await (deps.sharedBuilds?.plan(request.directory) ?? planBuild(fs, tree, stagedDir, {
    network: request.options.network,
    enableHelm: request.options.kustomize.enableHelm
  }));
  if (plan.refusals.length > 0)
    return {
      target: target2,
      scenarios: [],
      errors: plan.refusals.map((item) => ({ file: display2(item.file), message: item.message, target: target2 }))
    };
  const shared = await deps.sharedBuilds?.build(request.directory);
  const built = shared ?? await buildAlone(request, deps, staging, tree, stagedDir, plan, display2);
  if ("error" in built) return fail2(built.error);
  return attribute(request, deps, kustomization, tree, built, display2, boundary);
}
async function stageTarget(fs, staging, directory, boundary) {
  let tree;
  let real;
  try {
    real = await fs.realpath(directory);
    tree = await staging.stage(boundary.path);
  } catch (error) {
    return { error: `cannot copy the repository folder for kustomize: ${describeFileError(error)}` };
  }
  const stagedDir = tree.toStaged(real);
  if (stagedDir === void 0) return { error: outsideBoundary("the kustomization", boundary) };
  return { tree, stagedDir };
}
function showStagedPaths(text, tree, wrapperDir, display2) {
  const shown = display2(tree.source);
  const prefix = shown === "." ? "" : `${shown}/`;
  const fromWrapper = toPosix(relative7(wrapperDir, tree.root));
  return text.split(`${fromWrapper}/`).join(prefix).split(`${tree.root}/`).join(prefix).split(tree.root).join(shown).split(wrapperDir).join("<podsec wrapper>").split(tree.scratch).join("<podsec staging>");
}
var NETWORK_OFF_HINT = "podsec: network access is off, so kustomize could not fetch a remote base or file (turn it on with --network, or the action input network: true, to render remote bases)";
function triedNetwork(stderr) {
  return stderr.includes(`proxyconnect tcp: dial tcp ${OFFLINE_PROXY_ADDRESS}`) || stderr.includes(GIT_STAND_IN_MESSAGE);
}
async function buildAlone(request, deps, staging, tree, stagedDir, plan, display2) {
  const { fs, runner } = deps;
  const command = await resolveKustomizeCommand(request.options.kustomize, runner);
  const wrapperDir = await staging.makeWrapperDir(tree);
  try {
    await fs.writeFile(
      resolve9(wrapperDir, "kustomization.yaml"),
      (0, import_yaml9.stringify)({
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        resources: [toPosix(relative7(wrapperDir, stagedDir))],
        buildMetadata: plan.buildMetadata
      })
    );
    const args = [...command.args, wrapperDir];
    if (request.options.kustomize.enableHelm) {
      args.push("--enable-helm");
      if (request.options.helmBinary) args.push("--helm-command", request.options.helmBinary);
    }
    const result = await runner.run(command.command, args, {
      cwd: wrapperDir,
      ...request.options.timeoutMs === void 0 ? {} : { timeoutMs: request.options.timeoutMs },
      ...request.options.maxOutputBytes === void 0 ? {} : { maxOutputBytes: request.options.maxOutputBytes },
      ...request.options.network ? {} : { env: OFFLINE_ENV, pathPrefix: tree.binDir }
    });
    const name = [command.command, ...command.args].join(" ");
    if (result.spawnError !== void 0 || result.timedOut || result.outputTooLarge || result.exitCode !== 0) {
      const stderr = showStagedPaths(result.stderr, tree, wrapperDir, display2);
      const failure = describeFailure(name, { ...result, stderr }, request.options.timeoutMs ?? DEFAULT_TIMEOUT_MS2);
      return {
        error: request.options.network || !triedNetwork(result.stderr) ? failure : `${failure}
${NETWORK_OFF_HINT}`
      };
    }
    const rendered = parseManifests(
      result.stdout,
      request.target.path,
      request.options.keepKind ? { keepKind: request.options.keepKind } : {}
    );
    const errors = rendered.errors.map((error) => ({
      ...error,
      message: `kustomize output: ${error.message}`,
      target: request.target
    }));
    return { wrapperDir, objects: rendered.objects, errors };
  } finally {
    await fs.removeTempDir(wrapperDir);
  }
}
function sourcePath(tree, wrapperDir, path9) {
  const absolute = resolve9(wrapperDir, path9);
  const source = tree.toSource(absolute);
  if (source !== void 0) return { source };
  return isInside(tree.scratch, absolute) ? "wrapper" : "outside";
}
async function attribute(request, deps, kustomization, tree, built, display2, boundary) {
  const { wrapperDir } = built;
  const cache = new SourceCache(deps.fs, display2, deps.parsedFiles);
  const patchesByKustomization = /* @__PURE__ */ new Map();
  const patchesOf = (file) => {
    let found = patchesByKustomization.get(file);
    if (found === void 0) {
      found = loadKustomizationPatches(cache, file, display2);
      patchesByKustomization.set(file, found);
    }
    return found;
  };
  const objects2 = [];
  const outside = /* @__PURE__ */ new Set();
  const annotations = /* @__PURE__ */ new Map();
  for (const object of built.objects) {
    const origin = readOrigin(object.value, annotations);
    const value = stripBuildMetadata(object.value);
    const own = identity(value);
    let originObject;
    let file = display2(kustomization.file);
    const where3 = origin.path === void 0 ? void 0 : sourcePath(tree, wrapperDir, origin.path);
    if (where3 === "outside" && origin.path !== void 0) outside.add(resolve9(wrapperDir, origin.path));
    if (typeof where3 === "object") {
      file = display2(where3.source);
      if (!origin.generated) {
        const parsed = await cache.parsed(where3.source);
        originObject = parsed ? matchOriginObject(parsed.objects, value) : void 0;
      }
    }
    const metadata = isPlainObject(value["metadata"]) ? value["metadata"] : {};
    const subject = {
      apiVersion: own.apiVersion,
      kind: own.kind,
      names: intermediateNames(originObject ? identity(originObject.value).name : void 0, own.name ?? ""),
      labels: stringRecord(metadata["labels"]),
      annotations: stringRecord(metadata["annotations"]),
      rendered: value
    };
    const patches = [];
    for (const configuredIn of readTransformers(object.value, annotations)) {
      const patchFile = sourcePath(tree, wrapperDir, configuredIn);
      if (patchFile === "wrapper") continue;
      if (patchFile === "outside") {
        outside.add(resolve9(wrapperDir, configuredIn));
        continue;
      }
      for (const patch of await patchesOf(patchFile.source)) if (patch.appliesTo(subject)) patches.push(patch);
    }
    const locate = makeLocator(subject, originObject, lineOne(file), patches);
    objects2.push({
      value,
      file: originObject?.file ?? file,
      documentIndex: originObject?.documentIndex ?? object.documentIndex,
      ...originObject?.itemIndex === void 0 ? {} : { itemIndex: originObject.itemIndex },
      position: (path9) => object.position(path9),
      locate
    });
  }
  if (outside.size > 0) {
    const errors = [...outside].sort().map((path9) => ({
      file: request.target.path,
      message: outsideBoundary(`kustomize read ${JSON.stringify(path9)}, which`, boundary),
      target: request.target
    }));
    return { target: request.target, scenarios: [], errors };
  }
  const namespace = kustomization.data["namespace"];
  return {
    target: request.target,
    scenarios: [
      {
        scenario: "default",
        objects: objects2,
        ...typeof namespace === "string" && namespace !== "" ? { defaultNamespace: namespace } : {}
      }
    ],
    errors: [...built.errors]
  };
}

// src/workloads/validate-pod.ts
function jsonTypeOf(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "number":
    case "bigint":
      return Number.isInteger(Number(value)) ? "integer" : "number";
    default:
      return "object";
  }
}
var SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function formatFieldPath(path9) {
  let out = "";
  for (const segment of path9) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (SIMPLE_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${segment}]`;
  }
  return out;
}
function toMapper(pathOf) {
  if (pathOf === void 0) return (path9) => path9;
  if (typeof pathOf === "function") return pathOf;
  const prefix = typeof pathOf === "string" ? pathOf === "" ? [] : pathOf.split(".") : pathOf;
  return (path9) => [...prefix, ...path9];
}
var ShapeChecker = class {
  constructor(mapPath, requireNames) {
    this.mapPath = mapPath;
    this.requireNames = requireNames;
  }
  mapPath;
  requireNames;
  problems = [];
  expect(value, type, path9) {
    const actual = jsonTypeOf(value);
    if (actual === "null") return void 0;
    if (actual === type) return value;
    const mapped = this.mapPath(path9);
    const where3 = formatFieldPath(mapped);
    this.problems.push({
      message: `${where3}: Invalid value: "${actual}": ${where3} in body must be of type ${type}`,
      path: mapped
    });
    return void 0;
  }
  required(path9) {
    const mapped = this.mapPath(path9);
    this.problems.push({ message: `${formatFieldPath(mapped)}: Required value`, path: mapped });
  }
  fields(record, path9, types) {
    if (!record) return;
    for (const [key, type] of Object.entries(types)) this.expect(record[key], type, [...path9, key]);
  }
  stringMap(value, path9) {
    const map = this.expect(value, "object", path9);
    if (!map) return;
    for (const [key, entry] of Object.entries(map)) {
      if (entry !== null) this.expect(entry, "string", [...path9, key]);
    }
  }
  stringList(value, path9) {
    const list = this.expect(value, "array", path9);
    list?.forEach((item, index) => {
      if (jsonTypeOf(item) !== "string") this.expect(item, "string", [...path9, index]);
    });
  }
  objectList(value, path9, each) {
    const list = this.expect(value, "array", path9);
    list?.forEach((item, index) => {
      const itemPath = [...path9, index];
      if (jsonTypeOf(item) !== "object") {
        const mapped = this.mapPath(itemPath);
        const where3 = formatFieldPath(mapped);
        this.problems.push({
          message: `${where3}: Invalid value: "${jsonTypeOf(item)}": ${where3} in body must be of type object`,
          path: mapped
        });
        return;
      }
      each(item, itemPath);
    });
  }
};
var PROFILE_FIELDS = { type: "string", localhostProfile: "string" };
var SELINUX_FIELDS = {
  user: "string",
  role: "string",
  type: "string",
  level: "string"
};
var WINDOWS_FIELDS = { hostProcess: "boolean" };
var VOLUME_SOURCES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
function checkSecurityContextCommon(c, sc2, path9) {
  if (!sc2) return;
  c.fields(sc2, path9, { runAsNonRoot: "boolean", runAsUser: "integer" });
  c.fields(
    c.expect(sc2["seccompProfile"], "object", [...path9, "seccompProfile"]),
    [...path9, "seccompProfile"],
    PROFILE_FIELDS
  );
  c.fields(
    c.expect(sc2["appArmorProfile"], "object", [...path9, "appArmorProfile"]),
    [...path9, "appArmorProfile"],
    PROFILE_FIELDS
  );
  c.fields(
    c.expect(sc2["seLinuxOptions"], "object", [...path9, "seLinuxOptions"]),
    [...path9, "seLinuxOptions"],
    SELINUX_FIELDS
  );
  c.fields(
    c.expect(sc2["windowsOptions"], "object", [...path9, "windowsOptions"]),
    [...path9, "windowsOptions"],
    WINDOWS_FIELDS
  );
}
function checkHandler(c, handler, path9) {
  if (!handler) return;
  for (const kind of ["httpGet", "tcpSocket"]) {
    c.fields(c.expect(handler[kind], "object", [...path9, kind]), [...path9, kind], { host: "string" });
  }
}
function checkContainer(c, container, path9) {
  if (container["name"] === void 0 || container["name"] === null) {
    if (c.requireNames) c.required([...path9, "name"]);
  } else c.expect(container["name"], "string", [...path9, "name"]);
  const scPath = [...path9, "securityContext"];
  const sc2 = c.expect(container["securityContext"], "object", scPath);
  if (sc2) {
    checkSecurityContextCommon(c, sc2, scPath);
    c.fields(sc2, scPath, { privileged: "boolean", allowPrivilegeEscalation: "boolean", procMount: "string" });
    const capsPath = [...scPath, "capabilities"];
    const caps = c.expect(sc2["capabilities"], "object", capsPath);
    if (caps) {
      c.stringList(caps["add"], [...capsPath, "add"]);
      c.stringList(caps["drop"], [...capsPath, "drop"]);
    }
  }
  c.objectList(container["ports"], [...path9, "ports"], (port, portPath) => {
    c.fields(port, portPath, { hostPort: "integer", containerPort: "integer" });
  });
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    checkHandler(c, c.expect(container[probe], "object", [...path9, probe]), [...path9, probe]);
  }
  const lifecyclePath = [...path9, "lifecycle"];
  const lifecycle = c.expect(container["lifecycle"], "object", lifecyclePath);
  if (lifecycle) {
    for (const hook of ["postStart", "preStop"]) {
      checkHandler(c, c.expect(lifecycle[hook], "object", [...lifecyclePath, hook]), [...lifecyclePath, hook]);
    }
  }
}
function podShapeProblems(pod, pathOf, options = {}) {
  const c = new ShapeChecker(toMapper(pathOf), options.requireContainerNames ?? true);
  const metadata = c.expect(pod.metadata, "object", ["metadata"]);
  if (metadata) {
    c.stringMap(metadata["annotations"], ["metadata", "annotations"]);
    c.stringMap(metadata["labels"], ["metadata", "labels"]);
  }
  const spec = c.expect(pod.spec, "object", ["spec"]);
  if (pod.spec !== void 0 && pod.spec !== null && !spec) return c.problems;
  const s = spec ?? {};
  c.fields(s, ["spec"], {
    hostNetwork: "boolean",
    hostPID: "boolean",
    hostIPC: "boolean",
    hostUsers: "boolean",
    runtimeClassName: "string"
  });
  c.fields(c.expect(s["os"], "object", ["spec", "os"]), ["spec", "os"], { name: "string" });
  const podScPath = ["spec", "securityContext"];
  const podSc = c.expect(s["securityContext"], "object", podScPath);
  checkSecurityContextCommon(c, podSc, podScPath);
  if (podSc) {
    c.objectList(podSc["sysctls"], [...podScPath, "sysctls"], (sysctl, path9) => {
      if (sysctl["name"] === void 0 || sysctl["name"] === null) c.required([...path9, "name"]);
      c.fields(sysctl, path9, { name: "string", value: "string" });
    });
  }
  c.objectList(s["volumes"], ["spec", "volumes"], (volume, path9) => {
    c.expect(volume["name"], "string", [...path9, "name"]);
    for (const source of VOLUME_SOURCES) c.expect(volume[source], "object", [...path9, source]);
  });
  const containers2 = s["containers"];
  if (containers2 === void 0 || containers2 === null || Array.isArray(containers2) && containers2.length === 0) {
    c.required(["spec", "containers"]);
  }
  for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
    c.objectList(s[list], ["spec", list], (container, path9) => checkContainer(c, container, path9));
  }
  return c.problems;
}

// src/workloads/extract.ts
function typeName(value) {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function notAnObject(path9, value) {
  const where3 = formatFieldPath(path9);
  return `${where3}: Invalid value: "${typeName(value)}": ${where3} in body must be of type object`;
}
function extractWorkloads(objects2, customKinds = []) {
  const workloads = [];
  const errors = [];
  const parsedPaths = /* @__PURE__ */ new Map();
  for (const object of objects2) {
    const { apiVersion, kind } = object.value;
    if (typeof apiVersion !== "string" || typeof kind !== "string") continue;
    const identity2 = identityOf(object, apiVersion, kind);
    const builtin = builtinKindFor(apiVersion, kind);
    if (builtin) {
      const workload = builtinWorkload(object, identity2, builtin.podPath, builtin.skipWithoutTemplate);
      if (workload) workloads.push(workload);
      continue;
    }
    const entry = findPodTemplateKind(apiVersion, kind, customKinds);
    if (!entry) continue;
    let steps = parsedPaths.get(entry.path);
    if (steps === void 0) {
      steps = parseKindPath(entry.path);
      parsedPaths.set(entry.path, steps);
    }
    if (typeof steps === "string") {
      errors.push({ file: object.file, message: `pod template kind ${entry.apiVersion} ${entry.kind}: ${steps}` });
      continue;
    }
    for (const target2 of resolveSteps(object.value, steps)) {
      const part = steps.some((s) => "each" in s) ? formatFieldPath(target2.path) : void 0;
      if (entry.argoWorkflowSpec) {
        workloads.push(...argoWorkloads(object, identity2, target2, part));
      } else if (!isPlainObject(target2.value)) {
        workloads.push({
          ...identity2,
          ...withPart(part),
          pod: {},
          podPath: target2.path,
          isPod: false,
          object,
          problems: [notAnObject(target2.path, target2.value)]
        });
      } else if (entry.podSpec) {
        workloads.push(podSpecWorkload(object, identity2, target2.path, target2.value, part));
      } else {
        const template = target2.value;
        const pod = apiGroupOf(identity2.apiVersion) === KNATIVE_SERVING_GROUP ? withKnativeContainerNames(podOf(template)) : podOf(template);
        workloads.push({ ...identity2, ...withPart(part), pod, podPath: target2.path, isPod: false, object });
      }
    }
  }
  return { workloads, errors };
}
function identityOf(object, apiVersion, kind) {
  const metadata = isPlainObject(object.value["metadata"]) ? object.value["metadata"] : {};
  const name = metadata["name"];
  const generateName = metadata["generateName"];
  const namespace = metadata["namespace"];
  return {
    apiVersion,
    kind,
    // Workflows, Jobs and Pods are often created with generateName only.
    name: typeof name === "string" ? name : typeof generateName === "string" ? generateName : "",
    ...typeof namespace === "string" && namespace !== "" ? { namespace } : {}
  };
}
function withPart(part) {
  return part === void 0 ? {} : { part };
}
var KNATIVE_SERVING_GROUP = "serving.knative.dev";
function withKnativeContainerNames(pod) {
  const spec = pod.spec;
  if (!isPlainObject(spec)) return pod;
  const lists = { containers: "user-container", initContainers: "init-container" };
  const taken = /* @__PURE__ */ new Set();
  for (const key of Object.keys(lists)) {
    const list = spec[key];
    if (Array.isArray(list)) {
      for (const c of list)
        if (isPlainObject(c) && typeof c["name"] === "string" && c["name"] !== "") taken.add(c["name"]);
    }
  }
  const named = { ...spec };
  let changed = false;
  for (const [key, base] of Object.entries(lists)) {
    const list = spec[key];
    if (!Array.isArray(list)) continue;
    let suffix = 0;
    named[key] = list.map((c) => {
      if (!isPlainObject(c) || c["name"] !== void 0 && c["name"] !== null && c["name"] !== "") return c;
      let name = base;
      if (list.length > 1 || taken.has(name)) {
        do
          name = `${base}-${suffix++}`;
        while (taken.has(name));
      }
      changed = true;
      return { ...c, name };
    });
  }
  return changed ? { ...pod, spec: named } : pod;
}
function podOf(template) {
  return { metadata: template["metadata"], spec: template["spec"] };
}
function builtinWorkload(object, identity2, podPath, skipWithoutTemplate) {
  const isPod = podPath.length === 0;
  let current = object.value;
  for (let i = 0; i < podPath.length; i++) {
    const next = isPlainObject(current) ? current[itemAt(podPath, i)] : void 0;
    if (next === void 0 || next === null) {
      if (skipWithoutTemplate) return void 0;
      return {
        ...identity2,
        pod: {},
        podPath,
        isPod,
        object,
        problems: [`${formatFieldPath(podPath.slice(0, i + 1))}: Required value`]
      };
    }
    if (!isPlainObject(next)) {
      return { ...identity2, pod: {}, podPath, isPod, object, problems: [notAnObject(podPath.slice(0, i + 1), next)] };
    }
    current = next;
  }
  return { ...identity2, pod: podOf(current), podPath, isPod, object };
}
function resolveSteps(root, steps) {
  let targets = [{ path: [], value: root }];
  for (const step of steps) {
    const next = [];
    for (const { path: path9, value } of targets) {
      if ("key" in step) {
        if (isPlainObject(value) && value[step.key] !== void 0 && value[step.key] !== null)
          next.push({ path: [...path9, step.key], value: value[step.key] });
      } else if ("index" in step) {
        if (Array.isArray(value) && value[step.index] !== void 0 && value[step.index] !== null)
          next.push({ path: [...path9, step.index], value: value[step.index] });
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (item !== void 0 && item !== null) next.push({ path: [...path9, index], value: item });
        });
      }
    }
    targets = next;
  }
  return targets;
}
function podSpecWorkload(object, identity2, specPath, spec, part) {
  const metadataPath = [...specPath.slice(0, -1), "metadata"];
  const translatePath = prefixTranslator([
    [["spec"], specPath],
    [["metadata"], metadataPath]
  ]);
  return { ...identity2, ...withPart(part), pod: { spec }, podPath: specPath, isPod: false, object, translatePath };
}
function prefixTranslator(rules) {
  const sorted = [...rules].sort((a, b) => b[0].length - a[0].length);
  return (path9) => {
    for (const [podPrefix, objectPrefix] of sorted) {
      if (podPrefix.length <= path9.length && podPrefix.every((segment, i) => path9[i] === segment)) {
        return [...objectPrefix, ...path9.slice(podPrefix.length)];
      }
    }
    return path9;
  };
}
function argoWorkloads(object, identity2, target2, part) {
  if (!isPlainObject(target2.value)) return [];
  const ws = target2.value;
  const wsPath = target2.path;
  const templates = ws["templates"];
  if (!Array.isArray(templates)) return [];
  const podMetadata = isPlainObject(ws["podMetadata"]) ? ws["podMetadata"] : {};
  const workloads = [];
  templates.forEach((template, index) => {
    if (!isPlainObject(template)) return;
    const tPath = [...wsPath, "templates", index];
    const main2 = mainContainers(template, tPath);
    if (main2.length === 0) return;
    const rules = [
      [["spec"], tPath],
      [["metadata"], [...tPath, "metadata"]]
    ];
    const templateMetadata = isPlainObject(template["metadata"]) ? template["metadata"] : {};
    const metadata = {};
    for (const field of ["annotations", "labels"]) {
      const merged = mergeMaps(
        podMetadata[field],
        templateMetadata[field],
        [...wsPath, "podMetadata", field],
        [...tPath, "metadata", field],
        ["metadata", field],
        rules
      );
      if (merged) metadata[field] = merged;
    }
    const spec = {};
    const templateSc = template["securityContext"];
    if (templateSc !== void 0 && templateSc !== null) {
      spec["securityContext"] = templateSc;
    } else if (ws["securityContext"] !== void 0 && ws["securityContext"] !== null) {
      spec["securityContext"] = ws["securityContext"];
      rules.push([
        ["spec", "securityContext"],
        [...wsPath, "securityContext"]
      ]);
    }
    for (const field of ["hostNetwork", "automountServiceAccountToken", "runtimeClassName"]) {
      if (ws[field] !== void 0) {
        spec[field] = ws[field];
        rules.push([
          ["spec", field],
          [...wsPath, field]
        ]);
      }
    }
    const volumes = [];
    for (const [source, sourcePath2] of [
      [ws["volumes"], [...wsPath, "volumes"]],
      [template["volumes"], [...tPath, "volumes"]]
    ]) {
      if (!Array.isArray(source)) continue;
      source.forEach((volume, i) => {
        rules.push([
          ["spec", "volumes", volumes.length],
          [...sourcePath2, i]
        ]);
        volumes.push(volume);
      });
    }
    if (volumes.length > 0) spec["volumes"] = volumes;
    if (template["initContainers"] !== void 0) spec["initContainers"] = template["initContainers"];
    const containers2 = [];
    const sidecars = Array.isArray(template["sidecars"]) ? template["sidecars"] : [];
    for (const [value, path9] of [
      ...main2,
      ...sidecars.map((s, i) => [s, [...tPath, "sidecars", i]])
    ]) {
      rules.push([["spec", "containers", containers2.length], path9]);
      containers2.push(isPlainObject(value) && value["name"] === void 0 ? { ...value, name: "main" } : value);
    }
    spec["containers"] = containers2;
    const name = typeof template["name"] === "string" ? template["name"] : `templates[${index}]`;
    workloads.push({
      ...identity2,
      part: part === void 0 ? `template "${name}"` : `${part} template "${name}"`,
      pod: { metadata, spec },
      podPath: tPath,
      isPod: false,
      object,
      translatePath: prefixTranslator(rules)
    });
  });
  return workloads;
}
function mainContainers(template, tPath) {
  if (template["container"] !== void 0 && template["container"] !== null)
    return [[template["container"], [...tPath, "container"]]];
  if (template["script"] !== void 0 && template["script"] !== null)
    return [[template["script"], [...tPath, "script"]]];
  const set = template["containerSet"];
  if (isPlainObject(set) && Array.isArray(set["containers"])) {
    return set["containers"].map((c, i) => [c, [...tPath, "containerSet", "containers", i]]);
  }
  return [];
}
function mergeMaps(base, override, basePath, overridePath, podPath, rules) {
  if (!isPlainObject(base) && !isPlainObject(override)) {
    const wrong = override ?? base;
    return wrong === void 0 || wrong === null ? void 0 : wrong;
  }
  const merged = {};
  if (isPlainObject(base)) {
    for (const [key, value] of Object.entries(base)) {
      merged[key] = value;
      rules.push([
        [...podPath, key],
        [...basePath, key]
      ]);
    }
  }
  if (isPlainObject(override)) {
    for (const [key, value] of Object.entries(override)) {
      merged[key] = value;
      rules.push([
        [...podPath, key],
        [...overridePath, key]
      ]);
    }
  }
  return merged;
}
function objectPath(workload, podRelativePath) {
  return workload.translatePath ? workload.translatePath(podRelativePath) : [...workload.podPath, ...podRelativePath];
}
function workloadShapeProblems(workload) {
  if (workload.problems && workload.problems.length > 0) return workload.problems.map((message) => ({ message }));
  const requireContainerNames = builtinKindFor(workload.apiVersion, workload.kind) !== void 0;
  return podShapeProblems(workload.pod, (path9) => objectPath(workload, path9), { requireContainerNames });
}
function isScannedKind(apiVersion, kind, customKinds = []) {
  if (kind.endsWith("List")) return true;
  if (kind === "Namespace" && apiVersion === "v1") return true;
  return builtinKindFor(apiVersion, kind) !== void 0 || findPodTemplateKind(apiVersion, kind, customKinds) !== void 0;
}

// src/node-deps.ts
function createNodeScanDeps(readStdin = readProcessStdin) {
  const fs = createNodeFileSystem();
  let runner;
  const getRunner = (options) => runner ??= createCommandRunner({ maxConcurrent: Math.max(1, options.render.concurrency) });
  let displayPath;
  const targetOptions = /* @__PURE__ */ new Map();
  const helmSources = new HelmSourceCache();
  const kustomizeFiles = createKustomizeFileCache();
  let sharedBuilds;
  let staging;
  const keepKinds = /* @__PURE__ */ new WeakMap();
  const keepKindFor = (options) => {
    let keep = keepKinds.get(options);
    if (keep === void 0) {
      keep = (apiVersion, kind) => isScannedKind(apiVersion, kind, options.policy.podTemplateKinds);
      keepKinds.set(options, keep);
    }
    return keep;
  };
  const boundaries = /* @__PURE__ */ new Map();
  const boundaryFor = (directory, options) => {
    let found = boundaries.get(directory);
    if (found === void 0) {
      found = findScanBoundary(fs, directory, options.cwd, options.paths);
      boundaries.set(directory, found);
    }
    return found;
  };
  return {
    async discover(options) {
      const found = await discoverTargets(
        {
          cwd: options.cwd,
          paths: options.paths,
          exclude: options.exclude,
          targets: options.targets,
          shard: options.shard
        },
        fs
      );
      displayPath = found.displayPath;
      staging ??= createKustomizeStaging(fs, { network: options.render.network });
      sharedBuilds = createSharedKustomizeBuilds(
        {
          candidates: found.targets.flatMap(
            (target2) => target2.kind === "kustomize" && !target2.stdin ? [target2.absolutePath] : []
          ),
          slots: Math.max(1, options.render.concurrency),
          cwd: options.cwd,
          boundaryFor: async (directory) => (await boundaryFor(directory, options)).path,
          kustomize: options.render.kustomize,
          network: options.render.network,
          timeoutMs: options.render.timeoutMs,
          maxOutputBytes: options.render.maxOutputBytes,
          keepKind: keepKindFor(options)
        },
        { runner: getRunner(options), fs, staging }
      );
      const targets = found.targets.map((target2) => {
        const ref = { kind: target2.kind, path: target2.path, scenarios: [] };
        if (target2.options) targetOptions.set(target2.path, target2.options);
        return target2.stdin ? { ref } : { ref, absolutePath: target2.absolutePath };
      });
      return { targets, errors: found.errors };
    },
    async loadManifests(target2, options, sink) {
      const file = target2.ref.path;
      const read = target2.absolutePath === void 0 ? await readStdinSafely(readStdin) : await readFileSafely(target2.absolutePath);
      if ("error" in read) return { target: target2.ref, scenarios: [], errors: [{ file, message: read.error }] };
      const decoded = decodeManifestText(read.bytes, file);
      if (decoded.error) return { target: target2.ref, scenarios: [], errors: [decoded.error] };
      if (target2.absolutePath === void 0 && decoded.text.trim() === "" && options.allowEmptyInput !== true) {
        return { target: target2.ref, scenarios: [], errors: [{ file, message: EMPTY_STDIN_MESSAGE }] };
      }
      const text = decoded.text;
      const parsed = parseManifests(text, file, sink ? { sink } : {});
      return {
        target: target2.ref,
        // The text is kept so the scan can let the parsed objects go (see RenderedScenario.reload).
        scenarios: [{ scenario: "default", objects: parsed.objects, reload: () => parseManifests(text, file).objects }],
        errors: parsed.errors.map((error) => ({ ...error }))
      };
    },
    async render(target2, options) {
      const directory = target2.absolutePath ?? options.cwd;
      const explicit = targetOptions.get(target2.ref.path);
      const keepKind = keepKindFor(options);
      if (target2.ref.kind === "helm") {
        return renderHelmChart(
          {
            chartDir: directory,
            displayPath: target2.ref.path,
            repoRoot: (await boundaryFor(directory, options)).path,
            helm: { ...options.render.helm, ...explicit?.helm },
            ...explicit?.scenarios ? { scenarios: explicit.scenarios } : {},
            network: options.render.network,
            timeoutMs: options.render.timeoutMs,
            maxOutputBytes: options.render.maxOutputBytes,
            keepKind
          },
          {
            runner: getRunner(options),
            fs,
            sourceCache: helmSources,
            ...options.render.helm.binary ? { helmBinary: options.render.helm.binary } : {}
          }
        );
      }
      return renderKustomization(
        {
          target: target2.ref,
          directory,
          cwd: options.cwd,
          boundary: await boundaryFor(directory, options),
          options: {
            kustomize: options.render.kustomize,
            network: options.render.network,
            timeoutMs: options.render.timeoutMs,
            maxOutputBytes: options.render.maxOutputBytes,
            ...options.render.helm.binary ? { helmBinary: options.render.helm.binary } : {},
            keepKind
          },
          ...displayPath ? { displayPath } : {}
        },
        {
          runner: getRunner(options),
          fs,
          parsedFiles: kustomizeFiles,
          ...staging ? { staging } : {},
          ...sharedBuilds ? { sharedBuilds } : {}
        }
      );
    },
    dispose() {
      runner?.dispose();
      staging?.disposeNow();
    }
  };
}
var EMPTY_STDIN_MESSAGE = "standard input is empty (did the command before the pipe fail?); pass --allow-empty-input if empty input is expected";
async function readFileSafely(file) {
  try {
    const info = await stat(file);
    if (info.size > DEFAULT_MAX_BYTES) return { error: tooLargeMessage(info.size, DEFAULT_MAX_BYTES) };
    return { bytes: await readFile2(file) };
  } catch (error) {
    return { error: `cannot be read: ${describeFileError(error)}` };
  }
}
async function readStdinSafely(read) {
  try {
    return { bytes: await read() };
  } catch (error) {
    return { error: `standard input cannot be read: ${describeFileError(error)}` };
  }
}
async function readProcessStdin() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk;
    size += buffer.length;
    if (size > DEFAULT_MAX_BYTES)
      throw Object.assign(new Error(tooLargeMessage(size, DEFAULT_MAX_BYTES)), { code: "EFBIG" });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

// src/node-sources.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";

// src/fix/engine.ts
var import_yaml11 = __toESM(require_dist(), 1);

// src/findings/assess.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// src/policy/evaluate.ts
var VOLUME_SOURCES2 = [...ALLOWED_VOLUME_SOURCES, ...RESTRICTED_VOLUME_SOURCES];
function needsEmptyDir(item) {
  const volume = asRecord(item);
  return volume !== void 0 && !VOLUME_SOURCES2.some((source) => isPresent(volume[source]));
}
function applyApiServerDefaults(pod) {
  const spec = asRecord(asRecord(pod)?.spec);
  const volumes = asArray(spec?.volumes);
  if (spec === void 0 || volumes === void 0 || !volumes.some(needsEmptyDir)) return pod;
  const defaulted = volumes.map((item) => needsEmptyDir(item) ? { ...item, emptyDir: {} } : item);
  return { ...pod, spec: { ...spec, volumes: defaulted } };
}
function evaluatePod(pod, level, version, options) {
  if (level === "privileged") return [];
  const checks = activeChecksAt(level, resolveEvaluatedMinor(version, options?.emulationMinor));
  const input = options?.apiServerDefaults === false ? pod : applyApiServerDefaults(pod);
  const failures = [];
  for (const { id, check } of checks) {
    const outcome = check(input);
    if (!outcome.allowed) failures.push({ id, reason: outcome.reason, detail: outcome.detail, paths: outcome.paths });
  }
  return failures;
}
function formatFailure(failure) {
  const reason = failure.reason === "" ? "unknown forbidden reason" : failure.reason;
  return failure.detail === "" ? reason : `${reason} (${failure.detail})`;
}
function aggregateMessage(failures, mode, level, version) {
  const prefix = mode === "enforce" ? "violates" : "would violate";
  return `${prefix} PodSecurity "${formatLevelVersion(level, version)}": ${failures.map(formatFailure).join(", ")}`;
}

// src/findings/fingerprint.ts
import { createHash as createHash3 } from "node:crypto";
function findingFingerprint(parts) {
  const key = [
    parts.check,
    `${parts.level}:${parts.version}`,
    parts.file,
    parts.kind,
    parts.namespace,
    parts.name,
    parts.field
  ];
  return createHash3("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 32);
}

// src/findings/assess.ts
var IGNORE_ANNOTATION = "podsec.dev/ignore";
var IGNORE_REASON_ANNOTATION = "podsec.dev/ignore-reason";
var IGNORE_EXPIRES_ANNOTATION = "podsec.dev/ignore-expires";
var SEVERITY2 = { enforce: "error", warn: "warning", audit: "note" };
var LEVEL_RANK = (level) => LEVELS.indexOf(level);
function effectiveNamespace(workload, defaultNamespace) {
  return workload.namespace || defaultNamespace || "default";
}
function dottedPath(path9) {
  let out = "";
  for (const segment of path9) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function controllerEnforceNote2(kind) {
  return `Pod Security Admission enforces on Pods only: this ${kind} will be accepted, but the Pods it creates will be rejected`;
}
function stringMap(value) {
  const record = asRecord(value);
  if (!record) return {};
  return Object.fromEntries(
    Object.entries(record).filter((entry) => typeof entry[1] === "string")
  );
}
function buildNamespaces(input, errors, notices) {
  const defaults = input.policy.defaults;
  const labelsByName = /* @__PURE__ */ new Map();
  for (const [name, labels] of Object.entries(input.policy.namespaceLabels))
    labelsByName.set(name, { labels: { ...labels } });
  const rendered = [...input.namespaces ?? []].sort(
    (a, b) => compareStrings(a.file, b.file) || a.documentIndex - b.documentIndex
  );
  for (const object of rendered) {
    const metadata = asRecord(object.value.metadata);
    const name = typeof metadata?.name === "string" ? metadata.name : void 0;
    if (name === void 0 || name === "") continue;
    const labels = stringMap(metadata?.labels);
    const parsed = namespacePolicy(labels, defaults);
    if (parsed.errors.length > 0) {
      const badKey = /^metadata\.labels\[([^\]]+)\]/.exec(itemAt(parsed.errors, 0))?.[1];
      const at = object.locate(badKey === void 0 ? ["metadata", "labels"] : ["metadata", "labels", badKey]).primary;
      errors.push({
        file: at.file,
        line: at.line,
        column: at.column,
        message: invalidNamespaceMessage(name, parsed.errors)
      });
    }
    if (input.policy.exemptions.namespaces.includes(name)) {
      const ignored = ignoredPolicyOfExemptNamespace(labels, parsed.policies, defaults);
      if (ignored !== void 0) {
        const at = object.locate(["metadata", "labels"]).primary;
        notices.push({
          file: at.file,
          line: at.line,
          column: at.column,
          message: `namespace "${name}" is exempt from Pod Security, and the policy (${ignored}) will be ignored`
        });
      }
    }
    const known = labelsByName.get(name);
    if (known && !sameLabels(psaLabels(known.labels), psaLabels(labels))) {
      const at = object.locate(["metadata", "labels"]).primary;
      const what = known.from ? `another Namespace "${name}" in ${known.from.file}` : `the config's namespaces.${name}`;
      notices.push({
        file: at.file,
        line: at.line,
        message: known.from ? `Namespace "${name}" has different Pod Security labels than ${what}; the first one is used` : `Namespace "${name}" is rendered with Pod Security labels that differ from ${what}; the rendered labels are used`
      });
      if (known.from) continue;
    }
    if (!known || !known.from) labelsByName.set(name, { labels, from: object });
  }
  const cache = /* @__PURE__ */ new Map();
  return (name) => {
    let state = cache.get(name);
    if (!state) {
      state = { policies: namespacePolicy(labelsByName.get(name)?.labels, defaults).policies };
      cache.set(name, state);
    }
    return state;
  };
}
function ignoredPolicyOfExemptNamespace(labels, policies, defaults) {
  const parts = [];
  for (const mode of ["enforce", "audit", "warn"]) {
    const labelled = labels[`pod-security.kubernetes.io/${mode}`] !== void 0 || labels[`pod-security.kubernetes.io/${mode}-version`] !== void 0;
    const policy = policies[mode];
    if (labelled && policy.level !== "privileged") parts.push(`${mode}=${policy.level}:${policy.version}`);
  }
  const differs = MODES.some(
    (mode) => policies[mode].level !== defaults[mode].level || policies[mode].version !== defaults[mode].version
  );
  return parts.length > 0 && differs ? parts.join(", ") : void 0;
}
function psaLabels(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => key.startsWith("pod-security.kubernetes.io/")));
}
function sameLabels(a, b) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}
function compileRelaxations(relaxations, today) {
  return relaxations.map((relaxation2) => {
    const glob = (globs) => {
      if (!globs || globs.length === 0) return () => true;
      const matcher = (0, import_picomatch3.default)([...globs], { dot: true });
      return (text) => matcher(text);
    };
    const namespaceMatch = glob(relaxation2.namespaces);
    const kindMatch = glob(relaxation2.kinds);
    const nameMatch = glob(relaxation2.names);
    const selector = Object.entries(relaxation2.matchLabels ?? {});
    return {
      relaxation: relaxation2,
      // Applies through the expiry day itself; stops the day after.
      expired: relaxation2.expires !== void 0 && today > relaxation2.expires,
      matches(namespace, workload) {
        if (!namespaceMatch(namespace) || !kindMatch(workload.kind) || !nameMatch(workload.name)) return false;
        if (selector.length === 0) return true;
        const own = stringMap(asRecord(workload.object.value.metadata)?.labels);
        const template = stringMap(asRecord(workload.pod.metadata)?.labels);
        return selector.every(([key, value]) => own[key] === value) || selector.every(([key, value]) => template[key] === value);
      }
    };
  });
}
function ignoreSources(workload) {
  const sources = [
    {
      annotations: stringMap(asRecord(workload.object.value.metadata)?.annotations),
      path: ["metadata", "annotations"]
    }
  ];
  if (workload.podPath.length > 0) {
    sources.push({
      annotations: stringMap(asRecord(workload.pod.metadata)?.annotations),
      path: objectPath(workload, ["metadata", "annotations"])
    });
  }
  return sources;
}
function ignoreAnnotationPaths(workload) {
  return ignoreSources(workload).filter(({ annotations }) => annotations[IGNORE_ANNOTATION] !== void 0).map(({ path: path9 }) => [...path9, IGNORE_ANNOTATION]);
}
function inlineIgnores(item, input, errors, notices) {
  const { workload } = item;
  const sources = ignoreSources(workload);
  const out = [];
  for (const { annotations, path: path9 } of sources) {
    const list = annotations[IGNORE_ANNOTATION];
    if (list === void 0) continue;
    const at = locateOnce(workload.object, [...path9, IGNORE_ANNOTATION]).primary;
    const where3 = { file: at.file, line: at.line, column: at.column, target: item.targetRef };
    const object = `${workload.kind} "${workload.name}"`;
    if (!input.policy.allowInlineIgnores) {
      notices.push({
        ...where3,
        message: `${object}: ${IGNORE_ANNOTATION} is not applied because inline ignores are turned off`
      });
      continue;
    }
    const names = list.split(",").map((name) => name.trim()).filter((name) => name !== "");
    const unknown = names.filter((name) => !isCheckId(name));
    const reason = annotations[IGNORE_REASON_ANNOTATION]?.trim() ?? "";
    const expires = annotations[IGNORE_EXPIRES_ANNOTATION];
    const problems = [];
    if (names.length === 0) problems.push(`${IGNORE_ANNOTATION} names no check`);
    if (unknown.length > 0)
      problems.push(
        `${IGNORE_ANNOTATION} names unknown check${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => JSON.stringify(name)).join(", ")}`
      );
    if (reason === "")
      problems.push(
        `${IGNORE_ANNOTATION} needs a ${IGNORE_REASON_ANNOTATION} annotation (a sentence saying why the check is relaxed)`
      );
    if (expires !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
      problems.push(`${IGNORE_EXPIRES_ANNOTATION} ${JSON.stringify(expires)} must be a date written YYYY-MM-DD`);
    if (problems.length > 0) {
      errors.push({ ...where3, message: `${object}: ${problems.join("; ")}; the annotation is not applied` });
      continue;
    }
    if (expires !== void 0 && input.today > expires) {
      notices.push({
        ...where3,
        message: `${object}: ${IGNORE_ANNOTATION} (${names.join(", ")}) expired on ${expires} and no longer applies`
      });
      continue;
    }
    out.push({
      checks: new Set(names),
      suppression: { reason, source: "annotation", ...expires !== void 0 ? { expires } : {} }
    });
  }
  return out;
}
function runtimeClassOf(workload) {
  const value = asRecord(workload.pod.spec)?.runtimeClassName;
  return typeof value === "string" && value !== "" ? value : void 0;
}
function groupModes(policies) {
  const groups = [];
  for (const mode of MODES) {
    const { level, version } = policies[mode];
    const group = groups.find((g) => g.level === level && g.version === version);
    if (group) group.modes.push(mode);
    else groups.push({ level, version, modes: [mode] });
  }
  return groups;
}
var shapeProblemsCache = /* @__PURE__ */ new WeakMap();
var evaluationCache = /* @__PURE__ */ new WeakMap();
var locationCache = /* @__PURE__ */ new WeakMap();
function cachedOn(cache, owner, key, compute) {
  let byKey = cache.get(owner);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    cache.set(owner, byKey);
  }
  let value = byKey.get(key);
  if (value === void 0) {
    value = compute();
    byKey.set(key, value);
  }
  return value;
}
function shapeProblemsOf(workload) {
  return cachedOn(shapeProblemsCache, workload, "", () => workloadShapeProblems(workload));
}
function evaluationKey(level, version, emulation) {
  return `${level}:${version.text}:${emulation.emulationMinor ?? ""}`;
}
function evaluateOnce(pod, level, version, emulation) {
  return cachedOn(
    evaluationCache,
    pod,
    evaluationKey(level, version, emulation),
    () => evaluatePod(pod, level, version, emulation)
  );
}
function locateOnce(object, path9) {
  return cachedOn(locationCache, object, JSON.stringify(path9), () => object.locate(path9));
}
function checksNextVersion(group, version, emulation, nextVersion) {
  return nextVersion !== void 0 && version !== void 0 && group.level !== "privileged" && resolveEvaluatedMinor(version, emulation.emulationMinor) < resolveEvaluatedMinor(nextVersion);
}
function emulationOf(policy) {
  return policy.clusterMinor === void 0 ? {} : { emulationMinor: policy.clusterMinor };
}
function warmAssessment(items, policy) {
  const emulation = emulationOf(policy);
  const nextVersion = policy.nextVersion === void 0 ? void 0 : parseVersion(policy.nextVersion);
  for (const { workload, defaultNamespace } of items) {
    locateOnce(workload.object, []);
    for (const path9 of ignoreAnnotationPaths(workload)) locateOnce(workload.object, path9);
    const shapeProblems = shapeProblemsOf(workload);
    if (shapeProblems.length > 0) {
      const firstPath = shapeProblems.find((problem) => problem.path !== void 0)?.path;
      if (firstPath !== void 0) locateOnce(workload.object, firstPath);
      continue;
    }
    const namespace = effectiveNamespace(workload, defaultNamespace);
    const { policies } = namespacePolicy(policy.namespaceLabels[namespace], policy.defaults);
    for (const group of groupModes(policies)) {
      const version = parseVersion(group.version);
      if (!version) continue;
      const failures = [...evaluateOnce(workload.pod, group.level, version, emulation)];
      if (checksNextVersion(group, version, emulation, nextVersion))
        failures.push(...evaluateOnce(workload.pod, group.level, nextVersion, {}));
      for (const failure of failures) {
        for (const path9 of failure.paths) locateOnce(workload.object, objectPath(workload, path9));
      }
    }
  }
}
function slimItem(item, reload) {
  const { workload } = item;
  const { object } = workload;
  shapeProblemsOf(workload);
  let full;
  const fullWorkload = () => full ??= reload();
  const slimObject = {
    value: {
      apiVersion: object.value["apiVersion"],
      kind: object.value["kind"],
      metadata: slimMetadata(object.value["metadata"])
    },
    file: object.file,
    documentIndex: object.documentIndex,
    ...object.itemIndex === void 0 ? {} : { itemIndex: object.itemIndex },
    position: (path9) => fullWorkload().object.position(path9),
    locate: (path9) => fullWorkload().object.locate(path9)
  };
  const runtimeClassName = asRecord(workload.pod.spec)?.["runtimeClassName"];
  const slimPod = {
    metadata: slimMetadata(workload.pod.metadata),
    spec: runtimeClassName === void 0 ? {} : { runtimeClassName }
  };
  const slim = {
    apiVersion: workload.apiVersion,
    kind: workload.kind,
    name: workload.name,
    ...workload.namespace === void 0 ? {} : { namespace: workload.namespace },
    pod: slimPod,
    podPath: workload.podPath,
    isPod: workload.isPod,
    object: slimObject,
    ...workload.part === void 0 ? {} : { part: workload.part },
    ...workload.translatePath === void 0 ? {} : { translatePath: workload.translatePath },
    ...workload.problems === void 0 ? {} : { problems: workload.problems }
  };
  const shape = shapeProblemsCache.get(workload);
  if (shape) shapeProblemsCache.set(slim, shape);
  const evaluations = evaluationCache.get(workload.pod);
  if (evaluations) evaluationCache.set(slimPod, evaluations);
  const locations = locationCache.get(object);
  if (locations) locationCache.set(slimObject, locations);
  return { ...item, workload: slim, reload: fullWorkload };
}
function slimMetadata(metadata) {
  const record = asRecord(metadata);
  if (!record) return void 0;
  const slim = {};
  if (record["labels"] !== void 0) slim["labels"] = record["labels"];
  if (record["annotations"] !== void 0) slim["annotations"] = record["annotations"];
  return slim;
}
function withEvaluations(item, policies, emulation, nextVersion) {
  if (item.reload === void 0 || shapeProblemsOf(item.workload).length > 0) return item;
  const cached = evaluationCache.get(item.workload.pod);
  for (const group of groupModes(policies)) {
    const version = parseVersion(group.version);
    if (!version) continue;
    if (cached?.has(evaluationKey(group.level, version, emulation)) !== true)
      return { ...item, workload: item.reload() };
    if (checksNextVersion(group, version, emulation, nextVersion) && !cached.has(evaluationKey(group.level, nextVersion, {}))) {
      return { ...item, workload: item.reload() };
    }
  }
  return item;
}
function assessWorkloads(input) {
  const out = { findings: [], verdicts: [], notices: [], errors: [] };
  const context = {
    input,
    policyOf: buildNamespaces(input, out.errors, out.notices),
    relaxations: compileRelaxations(input.policy.relaxations, input.today),
    emulation: emulationOf(input.policy),
    nextVersion: input.policy.nextVersion === void 0 ? void 0 : parseVersion(input.policy.nextVersion)
  };
  out.notices.push(...expiredRelaxationNotices(context.relaxations));
  for (const given of input.items) {
    const policies = context.policyOf(effectiveNamespace(given.workload, given.defaultNamespace)).policies;
    assessItem(withEvaluations(given, policies, context.emulation, context.nextVersion), context, out);
  }
  return {
    findings: sortFindings(mergeFindings(out.findings)),
    verdicts: sortVerdicts(mergeVerdicts(out.verdicts)),
    notices: dedupErrors(out.notices),
    errors: dedupErrors(out.errors)
  };
}
function expiredRelaxationNotices(relaxations) {
  return relaxations.filter((relaxation2) => relaxation2.expired).map(({ relaxation: { origin, checks, expires, reason } }) => ({
    file: origin?.file ?? ".podsec.yaml",
    message: `${origin ? `${origin.path} ` : "a relaxation "}(${checks.join(", ")}) expired on ${expires} and no longer applies: ${reason}`
  }));
}
function assessItem(item, context, out) {
  const { workload } = item;
  const namespace = effectiveNamespace(workload, item.defaultNamespace);
  const objectAt = locateOnce(workload.object, []).primary;
  const shapeProblems = shapeProblemsOf(workload);
  if (shapeProblems.length > 0) {
    const firstPath = shapeProblems.find((problem) => problem.path !== void 0)?.path;
    const at = firstPath === void 0 ? objectAt : locateOnce(workload.object, firstPath).primary;
    const messages = shapeProblems.map((problem) => problem.message);
    out.errors.push({
      file: at.file,
      line: at.line,
      column: at.column,
      target: item.targetRef,
      message: invalidObjectMessage(workload, messages)
    });
    return;
  }
  const exemption = exemptionOf(workload, namespace, context.input.policy.exemptions);
  const suppressionFor = suppressionLookup(
    exemption,
    context.relaxations.filter((r) => !r.expired && r.matches(namespace, workload)),
    inlineIgnores(item, context.input, out.errors, out.notices)
  );
  const { policies } = context.policyOf(namespace);
  const base = {
    apiVersion: workload.apiVersion,
    kind: workload.kind,
    namespace,
    name: workload.name,
    ...workload.part !== void 0 ? { part: workload.part } : {}
  };
  const failuresByGroup = evaluateGroups(item, base, policies, suppressionFor, context, out.findings);
  for (const mode of MODES) {
    const { level, version } = policies[mode];
    const failures = failuresByGroup.get(`${level}:${version}`) ?? [];
    const counted = exemption ? [] : failures.filter((failure) => suppressionFor(failure.id) === void 0);
    const allowed = counted.length === 0;
    out.verdicts.push({
      file: objectAt.file,
      line: objectAt.line,
      ...base,
      mode,
      level,
      version,
      allowed,
      ...allowed ? {} : { message: aggregateMessage(counted, mode, level, version) },
      ...exemption ? { exempt: exemption.kind } : {},
      targets: [item.targetRef],
      ...!allowed && mode === "enforce" && !workload.isPod ? { note: controllerEnforceNote2(workload.kind) } : {}
    });
  }
}
function exemptionOf(workload, namespace, exemptions) {
  if (exemptions.namespaces.includes(namespace)) {
    return {
      kind: "namespace",
      suppression: {
        reason: `namespace "${namespace}" is exempt from Pod Security (exemptions.namespaces)`,
        source: "exemption"
      }
    };
  }
  const runtimeClass = runtimeClassOf(workload);
  if (runtimeClass !== void 0 && exemptions.runtimeClasses.includes(runtimeClass)) {
    return {
      kind: "runtimeClass",
      suppression: {
        reason: `runtime class "${runtimeClass}" is exempt from Pod Security (exemptions.runtimeClasses)`,
        source: "exemption"
      }
    };
  }
  return void 0;
}
function suppressionLookup(exemption, relaxations, inline) {
  return (check) => {
    if (exemption) return exemption.suppression;
    const relaxed = relaxations.find((r) => r.relaxation.checks.includes(check));
    if (relaxed) {
      const { reason, expires } = relaxed.relaxation;
      return { reason, source: "config", ...expires !== void 0 ? { expires } : {} };
    }
    return inline.find((ignore) => ignore.checks.has(check))?.suppression;
  };
}
function evaluateGroups(item, base, policies, suppressionFor, context, findings) {
  const { emulation, nextVersion } = context;
  const failuresByGroup = /* @__PURE__ */ new Map();
  const upcoming = /* @__PURE__ */ new Map();
  for (const group of groupModes(policies)) {
    const version = parseVersion(group.version);
    const failures = version ? evaluateOnce(item.workload.pod, group.level, version, emulation) : [];
    failuresByGroup.set(`${group.level}:${group.version}`, failures);
    for (const failure of failures)
      findings.push(currentFinding(item, base, failure, group, suppressionFor(failure.id)));
    if (checksNextVersion(group, version, emulation, nextVersion)) {
      const now = new Set(failures.map((f) => f.id));
      for (const failure of evaluateOnce(item.workload.pod, group.level, nextVersion, {})) {
        if (now.has(failure.id)) continue;
        const key = `${group.level}:${failure.id}`;
        const seen = upcoming.get(key);
        if (seen)
          upcoming.set(key, { ...seen, group: { ...seen.group, modes: [...seen.group.modes, ...group.modes] } });
        else upcoming.set(key, { group: { ...group, modes: [...group.modes] }, failure, version: nextVersion.text });
      }
    }
  }
  for (const { group, failure, version } of upcoming.values()) {
    findings.push(upcomingFinding(item, base, failure, group, version, suppressionFor(failure.id)));
  }
  return failuresByGroup;
}
function invalidObjectMessage(workload, problems) {
  const list = problems.length === 1 ? problems[0] : `[${problems.join(", ")}]`;
  const slash = workload.apiVersion.indexOf("/");
  const qualifiedKind = slash < 0 ? workload.kind : `${workload.kind}.${workload.apiVersion.slice(0, slash)}`;
  return `${qualifiedKind} ${JSON.stringify(workload.name)} is invalid: ${list}`;
}
function currentFinding(item, base, failure, group, suppressed) {
  const mode = itemAt(group.modes, 0);
  const finding = findingOf(item, base, failure, { ...group, severity: SEVERITY2[mode], wordingMode: mode }, suppressed);
  return group.modes.includes("enforce") && !item.workload.isPod ? { ...finding, note: controllerEnforceNote2(base.kind) } : finding;
}
function upcomingFinding(item, base, failure, group, nextVersion, suppressed) {
  const finding = findingOf(
    item,
    base,
    failure,
    { ...group, version: nextVersion, severity: "note", wordingMode: "warn" },
    suppressed
  );
  return { ...finding, upcoming: true };
}
function findingOf(item, base, failure, policy, suppressed) {
  const { primary, related, fullPath } = placeFailure(item.workload, failure);
  const field = dottedPath(fullPath);
  const { level, version } = policy;
  return {
    file: primary.file,
    line: primary.line,
    column: primary.column,
    endLine: primary.endLine,
    endColumn: primary.endColumn,
    ...base,
    check: failure.id,
    level,
    version,
    reason: failure.reason,
    detail: failure.detail,
    message: aggregateMessage([failure], policy.wordingMode, level, version),
    modes: [...policy.modes],
    severity: policy.severity,
    field,
    targets: [item.targetRef],
    related,
    ...suppressed ? { suppressed } : {},
    fingerprint: findingFingerprint({
      check: failure.id,
      level,
      version,
      file: primary.file,
      kind: base.kind,
      namespace: base.namespace,
      name: base.name,
      field
    })
  };
}
function placeFailure(workload, failure) {
  const [first = [], ...others] = failure.paths;
  const fullPath = objectPath(workload, first);
  const located = locateOnce(workload.object, fullPath);
  const related = [...located.related];
  const samePlace = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
  for (const path9 of others) {
    const extraPath = objectPath(workload, path9);
    const extraLocated = locateOnce(workload.object, extraPath);
    const extra = extraLocated.primary;
    if (!samePlace(located.primary, extra) && !related.some((r) => samePlace(r, extra)))
      related.push({ ...extra, message: `also: ${dottedPath(extraPath)}` });
    for (const more of extraLocated.related) if (!related.some((r) => samePlace(r, more))) related.push(more);
  }
  return { primary: located.primary, related, fullPath };
}
function addTarget2(targets, ref) {
  const index = targets.findIndex((t) => t.kind === ref.kind && t.path === ref.path);
  if (index < 0) return [...targets, ref];
  const existing = itemAt(targets, index);
  const scenarios = [...existing.scenarios];
  for (const scenario of ref.scenarios) if (!scenarios.includes(scenario)) scenarios.push(scenario);
  const out = [...targets];
  out[index] = { ...existing, scenarios };
  return out;
}
function suppressionKey(s) {
  return s ? `${s.source}\0${s.reason}\0${s.expires ?? ""}` : "";
}
function mergeFindings(findings) {
  const merged = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = [
      finding.fingerprint,
      finding.line,
      finding.column,
      suppressionKey(finding.suppressed),
      finding.upcoming ? 1 : 0
    ].join("\0");
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, finding);
      continue;
    }
    let targets = [...seen.targets];
    for (const target2 of finding.targets) targets = addTarget2(targets, target2);
    const modes = MODES.filter((m) => seen.modes.includes(m) || finding.modes.includes(m));
    const severity = seen.upcoming ? seen.severity : SEVERITY2[itemAt(modes, 0)];
    merged.set(key, { ...seen, targets, modes, severity });
  }
  return [...merged.values()].map((f) => ({ ...f, targets: sortTargets(f.targets) }));
}
function mergeVerdicts(verdicts) {
  const merged = /* @__PURE__ */ new Map();
  for (const verdict of verdicts) {
    const key = [
      verdict.file,
      verdict.line,
      verdict.kind,
      verdict.namespace,
      verdict.name,
      verdict.part ?? "",
      verdict.mode,
      verdict.level,
      verdict.version,
      verdict.allowed,
      verdict.message ?? "",
      verdict.exempt ?? ""
    ].join("\0");
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, verdict);
      continue;
    }
    let targets = [...seen.targets];
    for (const target2 of verdict.targets) targets = addTarget2(targets, target2);
    merged.set(key, { ...seen, targets });
  }
  return [...merged.values()].map((v) => ({ ...v, targets: sortTargets(v.targets) }));
}
function sortTargets(targets) {
  return [...targets].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.kind, b.kind));
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => compareByPlace(a, b) || Number(a.upcoming ?? false) - Number(b.upcoming ?? false) || LEVEL_RANK(a.level) - LEVEL_RANK(b.level) || compareStrings(a.version, b.version) || compareStrings(a.field, b.field) || compareStrings(suppressionKey(a.suppressed), suppressionKey(b.suppressed))
  );
}
function sortVerdicts(verdicts) {
  return verdicts.sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.kind, b.kind) || compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name) || MODES.indexOf(a.mode) - MODES.indexOf(b.mode) || compareStrings(a.message ?? "", b.message ?? "")
  );
}
function dedupErrors(errors) {
  const seen = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const key = [error.file, error.line ?? 0, error.column ?? 0, error.message].join("\0");
    const known = seen.get(key);
    if (!known) seen.set(key, error);
    else if (known.target && error.target && known.target.path === error.target.path) {
      seen.set(key, { ...known, target: itemAt(addTarget2([known.target], error.target), 0) });
    }
  }
  return [...seen.values()];
}

// src/fix/plan.ts
var SECCOMP_OK = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var RESTRICTED_ADD_OK = /* @__PURE__ */ new Set([ADDABLE]);
var BASELINE_ADD_OK = ALLOWED_CAPABILITIES;
function annotationsToRuntimeDefault(failure, check) {
  return failure.paths.filter((path9) => path9[0] === "metadata").map((path9) => ({ action: "set", path: path9, value: "runtime/default", kind: "safe", check }));
}
var FORBIDDEN_TRUE = /* @__PURE__ */ new Set(["privileged", "hostNetwork", "hostPID", "hostIPC", "hostProcess"]);
function sc(c, ...rest) {
  return ["spec", c.list, c.index, "securityContext", ...rest];
}
function grantsEscalation(c) {
  const add = asArray(asRecord(c.securityContext?.capabilities)?.add) ?? [];
  return c.securityContext?.privileged === true || add.some((item) => scalarText(item) === "SYS_ADMIN" || scalarText(item) === "CAP_SYS_ADMIN");
}
function containers(pod) {
  const all = [];
  forEachContainer(podSpec(pod), (c) => all.push(c));
  return all;
}
function podOrContainer(pod, check, field, good, explicitBad, fixed) {
  const changes = [];
  const read = (record) => {
    let value = record;
    for (const key of field) value = asRecord(value)?.[key];
    return value;
  };
  const podValue = read(podSecurityContext(pod));
  let podGood = good(podValue);
  const list = containers(pod);
  const needing = list.filter((c) => {
    const value = read(c.securityContext);
    return value === void 0 || value === null;
  });
  if (explicitBad(podValue) || !podGood && needing.length > 0 && needing.length === list.length) {
    changes.push({ action: "set", path: ["spec", "securityContext", ...field], value: fixed, kind: "safe", check });
    podGood = true;
  }
  for (const c of list) {
    const value = read(c.securityContext);
    if (explicitBad(value) || (value === void 0 || value === null) && !podGood) {
      changes.push({ action: "set", path: sc(c, ...field), value: fixed, kind: "safe", check });
    }
  }
  return changes;
}
function forbiddenTrue(failure, check) {
  return failure.paths.filter((path9) => FORBIDDEN_TRUE.has(String(path9[path9.length - 1]))).map((path9) => ({ action: "set", path: path9, value: false, kind: "behaviour", check }));
}
function deletePaths(failure, check, keep = () => true) {
  return failure.paths.filter(keep).map((path9) => ({ action: "delete", path: path9, kind: "behaviour", check }));
}
function deleteItems(listPath, indexes, check) {
  return [...new Set(indexes)].sort((a, b) => b - a).map((index) => ({ action: "delete", path: [...listPath, index], kind: "behaviour", check }));
}
function addedCapabilities(pod, allowed, check) {
  const changes = [];
  for (const c of containers(pod)) {
    const add = asArray(asRecord(c.securityContext?.capabilities)?.add);
    if (!add) continue;
    const bad = add.flatMap((item, index) => allowed.has(scalarText(item) ?? "") ? [] : [index]);
    if (bad.length === add.length)
      changes.push({ action: "delete", path: sc(c, "capabilities", "add"), kind: "behaviour", check });
    else changes.push(...deleteItems(sc(c, "capabilities", "add"), bad, check));
  }
  return changes;
}
function unconfinedToRuntimeDefault(pod, check, field) {
  const changes = [];
  if (asRecord(podSecurityContext(pod)?.[field])?.type === "Unconfined") {
    changes.push({
      action: "set",
      path: ["spec", "securityContext", field, "type"],
      value: "RuntimeDefault",
      kind: "safe",
      check
    });
  }
  for (const c of containers(pod)) {
    if (asRecord(c.securityContext?.[field])?.type === "Unconfined")
      changes.push({ action: "set", path: sc(c, field, "type"), value: "RuntimeDefault", kind: "safe", check });
  }
  return changes;
}
var PLANNERS = {
  allowPrivilegeEscalation: (pod) => containers(pod).filter((c) => c.securityContext?.allowPrivilegeEscalation !== false && !grantsEscalation(c)).map((c) => ({
    action: "set",
    path: sc(c, "allowPrivilegeEscalation"),
    value: false,
    kind: "safe",
    check: "allowPrivilegeEscalation"
  })),
  capabilities_restricted: (pod) => {
    const changes = [];
    for (const c of containers(pod)) {
      const drop = asArray(asRecord(c.securityContext?.capabilities)?.drop);
      if (!drop?.some((item) => scalarText(item) === "ALL")) {
        changes.push({
          action: "append",
          path: sc(c, "capabilities", "drop"),
          value: "ALL",
          kind: "safe",
          check: "capabilities_restricted"
        });
      }
    }
    return [...changes, ...addedCapabilities(pod, RESTRICTED_ADD_OK, "capabilities_restricted")];
  },
  capabilities_baseline: (pod) => addedCapabilities(pod, BASELINE_ADD_OK, "capabilities_baseline"),
  runAsNonRoot: (pod) => podOrContainer(
    pod,
    "runAsNonRoot",
    ["runAsNonRoot"],
    (value) => value === true,
    (value) => value === false,
    true
  ),
  seccompProfile_restricted: (pod) => podOrContainer(
    pod,
    "seccompProfile_restricted",
    ["seccompProfile", "type"],
    (value) => SECCOMP_OK.has(String(value)),
    (value) => value !== void 0 && value !== null && !SECCOMP_OK.has(String(value)),
    "RuntimeDefault"
  ),
  seccompProfile_baseline: (pod, failure) => [
    ...unconfinedToRuntimeDefault(pod, "seccompProfile_baseline", "seccompProfile"),
    ...annotationsToRuntimeDefault(failure, "seccompProfile_baseline")
  ],
  appArmorProfile: (pod, failure) => [
    ...unconfinedToRuntimeDefault(pod, "appArmorProfile", "appArmorProfile"),
    ...annotationsToRuntimeDefault(failure, "appArmorProfile")
  ],
  privileged: (_pod, failure) => forbiddenTrue(failure, "privileged"),
  hostNamespaces: (_pod, failure) => forbiddenTrue(failure, "hostNamespaces"),
  windowsHostProcess: (_pod, failure) => forbiddenTrue(failure, "windowsHostProcess"),
  hostPorts: (_pod, failure) => deletePaths(failure, "hostPorts"),
  procMount: (_pod, failure) => deletePaths(failure, "procMount"),
  procMount_restricted: (_pod, failure) => deletePaths(failure, "procMount_restricted"),
  seLinuxOptions: (_pod, failure) => deletePaths(failure, "seLinuxOptions"),
  hostProbesAndHostLifecycle: (_pod, failure) => deletePaths(failure, "hostProbesAndHostLifecycle"),
  runAsUser: (_pod, failure) => deletePaths(failure, "runAsUser"),
  sysctls: (_pod, failure) => deleteItems(
    ["spec", "securityContext", "sysctls"],
    failure.paths.map((path9) => path9[3]).filter((index) => typeof index === "number"),
    "sysctls"
  ),
  hostPathVolumes: (_pod, failure) => volumesToEmptyDir(failure, "hostPathVolumes"),
  restrictedVolumes: (_pod, failure) => volumesToEmptyDir(failure, "restrictedVolumes")
};
function volumesToEmptyDir(failure, check) {
  return failure.paths.flatMap(
    (path9) => path9.length === 4 ? [
      { action: "delete", path: path9, kind: "behaviour", check },
      { action: "set", path: [...path9.slice(0, 3), "emptyDir"], value: {}, kind: "behaviour", check }
    ] : []
  );
}
function planPod(pod, level, version, allowBehaviourChange) {
  const failures = evaluatePod(pod, level, version);
  const changes = [];
  const needBehaviour = /* @__PURE__ */ new Set();
  let current = clone(pod);
  for (let round = 0; round < 4; round++) {
    const now = evaluatePod(current, level, version);
    let added = 0;
    for (const failure of now) {
      for (const change of PLANNERS[failure.id](current, failure)) {
        if (change.kind === "behaviour") needBehaviour.add(change.check);
        if (change.kind === "behaviour" && !allowBehaviourChange) continue;
        if (changes.some((known) => sameChange(known, change))) continue;
        changes.push(change);
        added++;
      }
    }
    if (added === 0) break;
    current = applyChanges(pod, changes);
  }
  const remaining = evaluatePod(applyChanges(pod, changes), level, version).map((failure) => failure.id);
  return {
    changes,
    failing: failures.map((failure) => failure.id),
    remaining,
    needBehaviourChange: [...needBehaviour].filter((id) => !allowBehaviourChange || remaining.includes(id))
  };
}
function sameChange(a, b) {
  return a.action === b.action && samePath(a.path, b.path) && JSON.stringify("value" in a ? a.value : null) === JSON.stringify("value" in b ? b.value : null);
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}
function clone(value) {
  return value === void 0 ? value : JSON.parse(JSON.stringify(value));
}
function applyChanges(pod, changes) {
  const copy = clone(pod);
  for (const change of changes) applyChange(copy, change);
  return copy;
}
function applyChange(root, change) {
  let node = root;
  const path9 = change.path;
  for (let i = 0; i < path9.length - 1; i++) {
    const key = itemAt(path9, i);
    const container = node;
    if (container[key] === void 0 || container[key] === null || typeof container[key] !== "object") {
      if (change.action === "delete") return;
      container[key] = {};
    }
    node = container[key];
  }
  const last = itemAt(path9, path9.length - 1);
  const parent = node;
  switch (change.action) {
    case "set":
      parent[last] = clone(change.value);
      break;
    case "delete":
      if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
      else delete parent[last];
      break;
    case "append": {
      const list = parent[last];
      if (Array.isArray(list)) list.push(change.value);
      else parent[last] = [change.value];
      break;
    }
  }
}

// src/fix/kustomize-use.ts
import { posix as posix2 } from "node:path";

// src/fix/yaml-edit.ts
var import_yaml10 = __toESM(require_dist(), 1);
var YamlEditError = class extends Error {
  name = "YamlEditError";
};
function detectStyle(text) {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  let unit = 0;
  let indentSequences;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = itemAt(lines, i);
    if (!/:\s*(#.*)?$/.test(line) || /^\s*#/.test(line)) continue;
    const next = lines.slice(i + 1).find((candidate) => candidate.trim() !== "" && !/^\s*#/.test(candidate));
    if (next === void 0) continue;
    const keyIndent = line.length - line.replace(/^[\s-]*/, "").length;
    const nextIndent = next.length - next.trimStart().length;
    if (/^\s*- /.test(next)) {
      indentSequences ??= nextIndent > keyIndent;
      continue;
    }
    if (unit === 0 && nextIndent > keyIndent) unit = nextIndent - keyIndent;
  }
  return { newline, unit: unit > 0 && unit <= 8 ? unit : 2, indentSequences: indentSequences ?? true };
}
function parseDocuments(text) {
  return (0, import_yaml10.parseAllDocuments)(text, {
    version: "1.1",
    uniqueKeys: false,
    keepSourceTokens: false,
    logLevel: "error"
  });
}
var rangesCache = /* @__PURE__ */ new Map();
var RANGES_CACHE_SIZE = 16;
function documentAt(text, offset) {
  let ranges = rangesCache.get(text);
  if (ranges === void 0) {
    ranges = parseDocuments(text).map((doc) => [doc.range[0], doc.range[2]]);
    if (rangesCache.size >= RANGES_CACHE_SIZE) rangesCache.delete(rangesCache.keys().next().value);
    rangesCache.set(text, ranges);
  }
  const index = ranges.findIndex(([start, end]) => start <= offset && offset <= end);
  return index >= 0 ? index : ranges.length - 1;
}
function editYamlFile(text, edits) {
  const style = detectStyle(text);
  const docs = parseDocuments(text);
  const byDoc = /* @__PURE__ */ new Map();
  for (const edit of edits) byDoc.set(edit.docIndex, [...byDoc.get(edit.docIndex) ?? [], edit.change]);
  let out = text;
  for (const index of [...byDoc.keys()].sort((a, b) => b - a)) {
    const doc = docs[index];
    if (!doc) throw new YamlEditError(`document ${index + 1} not found`);
    const [start, , end] = doc.range;
    let slice = out.slice(start, end);
    let current = parseDocuments(slice)[0];
    for (const change of byDoc.get(index) ?? []) {
      if (!current) throw new YamlEditError(`document ${index + 1} not found`);
      slice = applyOne(slice, current, change, style);
      current = parseDocuments(slice)[0];
      verify(current, change);
    }
    out = out.slice(0, start) + slice + out.slice(end);
  }
  return out;
}
function verify(doc, change) {
  if (!doc || doc.errors.length > 0)
    throw new YamlEditError(
      `the edit at ${change.path.join(".")} would not parse: ${doc?.errors[0]?.message ?? "document missing"}`
    );
  if (change.action === "delete") return;
  let value = doc.toJS({ maxAliasCount: 100 });
  for (const segment of change.path)
    value = value !== null && typeof value === "object" ? value[segment] : void 0;
  const ok = change.action === "set" ? JSON.stringify(value) === JSON.stringify(change.value) : Array.isArray(value) && value.some((item) => JSON.stringify(item) === JSON.stringify(change.value));
  if (!ok) throw new YamlEditError(`the edit at ${change.path.join(".")} did not give the intended value`);
}
function walk2(doc, path9) {
  const steps = [{ node: doc.contents }];
  for (const segment of path9) {
    const node = itemAt(steps, steps.length - 1).node;
    if ((0, import_yaml10.isAlias)(node)) throw new YamlEditError("the field is reached through a YAML alias; edit it by hand");
    if ((0, import_yaml10.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml10.isPair)(item) && (0, import_yaml10.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair) break;
      steps.push({ node: pair.value, pair });
    } else if ((0, import_yaml10.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === void 0) break;
      steps.push({ node: item });
    } else break;
  }
  return steps;
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function afterLine(text, end) {
  if (end > 0 && text[end - 1] === "\n") return end;
  const at = text.indexOf("\n", end);
  return at < 0 ? text.length : at + 1;
}
function column(text, offset) {
  return offset - lineStart(text, offset);
}
function splice(text, start, end, insert) {
  return text.slice(0, start) + insert + text.slice(end);
}
var PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
var YAML11_SPECIAL = /^(y|n|yes|no|true|false|on|off|null|~)$/i;
function scalarText2(value, quote = "plain") {
  if (typeof value === "string") {
    if (quote === "single" && !value.includes("'")) return `'${value}'`;
    if (quote === "double" || !PLAIN_SAFE.test(value) || YAML11_SPECIAL.test(value)) return JSON.stringify(value);
    return value;
  }
  if (value === null || value === void 0) return "null";
  return String(value);
}
function flowText(value, quoteKeys) {
  if (Array.isArray(value)) return `[${value.map((item) => flowText(item, quoteKeys)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const body = entries.map(
      ([key, item]) => quoteKeys ? `${JSON.stringify(key)}:${flowText(item, quoteKeys)}` : `${scalarText2(key)}: ${flowText(item, quoteKeys)}`
    ).join(quoteKeys ? "," : ", ");
    return `{${body}}`;
  }
  return quoteKeys ? JSON.stringify(value) : scalarText2(value);
}
function blockLines2(key, value, indent, style) {
  const pad = " ".repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}${scalarText2(key)}: []`];
    const itemIndent = indent + (style.indentSequences ? style.unit : 0);
    return [`${pad}${scalarText2(key)}:`, ...value.flatMap((item) => itemLines(item, itemIndent, style))];
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}${scalarText2(key)}: {}`];
    return [
      `${pad}${scalarText2(key)}:`,
      ...entries.flatMap(([child2, item]) => blockLines2(child2, item, indent + style.unit, style))
    ];
  }
  return [`${pad}${scalarText2(key)}: ${scalarText2(value)}`];
}
function itemLines(item, indent, style) {
  const pad = " ".repeat(indent);
  if (item === null || typeof item !== "object" || Array.isArray(item) || Object.keys(item).length === 0) {
    return [`${pad}- ${item !== null && typeof item === "object" ? flowText(item, false) : scalarText2(item)}`];
  }
  const lines = Object.entries(item).flatMap(
    ([key, value]) => blockLines2(key, value, indent + 2, style)
  );
  return [`${pad}- ${itemAt(lines, 0).trimStart()}`, ...lines.slice(1)];
}
function nest(path9, value) {
  let out = value;
  for (let i = path9.length - 1; i >= 0; i--) out = { [String(path9[i])]: out };
  return out;
}
function applyOne(text, doc, change, style) {
  if (doc.errors.length > 0) throw new YamlEditError(`the file does not parse: ${doc.errors[0]?.message ?? ""}`);
  const steps = walk2(doc, change.path);
  const found = steps.length - 1;
  const last = itemAt(steps, found);
  if (found === change.path.length) {
    if (change.action === "delete") return deleteAt(text, steps, change.path);
    const node = last.node;
    if (change.action === "append" && (0, import_yaml10.isSeq)(node)) {
      const wanted = JSON.stringify(change.value);
      if (node.items.some((item) => JSON.stringify(item.toJSON()) === wanted)) return text;
      return appendToSeq(text, node, change.value, style);
    }
    const isEmpty = node === null || (0, import_yaml10.isScalar)(node) && (node.value === null || node.value === void 0);
    const scalarValue = change.value === null || typeof change.value !== "object";
    if (change.action === "set" && scalarValue && ((0, import_yaml10.isScalar)(node) || node === null)) {
      const [start, end] = node?.range ?? [0, 0];
      if (node && end > start) {
        const quote = node.type === import_yaml10.Scalar.QUOTE_DOUBLE ? "double" : node.type === import_yaml10.Scalar.QUOTE_SINGLE ? "single" : "plain";
        return splice(text, start, end, scalarText2(change.value, quote));
      }
      const keyEnd = last.pair?.key && last.pair.key.range?.[1];
      if (keyEnd !== void 0) {
        const colon = text.indexOf(":", keyEnd);
        return splice(text, colon + 1, colon + 1, ` ${scalarText2(change.value)}`);
      }
    }
    if (isEmpty && last.pair) {
      return fillEmptyValue(text, last.pair, change.action === "append" ? [change.value] : change.value, style);
    }
    throw new YamlEditError(`cannot replace the value at ${change.path.join(".")} without rewriting it`);
  }
  if (change.action === "delete") return text;
  const rest = change.path.slice(found + 1);
  const key = change.path[found];
  const value = nest(rest, change.action === "append" ? [change.value] : change.value);
  const parent = last.node;
  if (typeof key === "string" && (0, import_yaml10.isMap)(parent))
    return insertIntoMap(text, parent, key, value, style, last.pair);
  if (typeof key === "string" && last.pair && (parent === null || (0, import_yaml10.isScalar)(parent) && (parent.value === null || parent.value === void 0))) {
    return fillEmptyValue(text, last.pair, { [key]: value }, style);
  }
  throw new YamlEditError(
    `cannot add ${change.path.join(".")}: ${change.path.slice(0, found).join(".") || "the document"} is not a mapping`
  );
}
function isJsonLike(text, map) {
  const first = map.items[0];
  return first !== void 0 && (0, import_yaml10.isScalar)(first.key) && first.key.type === import_yaml10.Scalar.QUOTE_DOUBLE && text.trimStart().startsWith("{");
}
function insertIntoMap(text, map, key, value, style, ownerPair) {
  const [start, end] = map.range ?? [0, 0];
  if (map.flow) {
    const close = text.lastIndexOf("}", end);
    if (map.items.length === 0) {
      if (ownerPair && (0, import_yaml10.isScalar)(ownerPair.key) && ownerPair.key.range && !isJsonLike(text, map)) {
        const keyIndent = column(text, ownerPair.key.range[0]);
        const lines2 = blockLines2(key, value, keyIndent + style.unit, style);
        return splice(text, text.lastIndexOf(":", start) + 1, close + 1, style.newline + lines2.join(style.newline));
      }
      return splice(text, start, close + 1, flowText({ [key]: value }, false));
    }
    const quoteKeys = isJsonLike(text, map);
    const lastItem2 = itemAt(map.items, map.items.length - 1);
    const lastEnd2 = (lastItem2.value ?? lastItem2.key)?.range?.[1] ?? close;
    const compact = quoteKeys && !/[,:] /.test(text.slice(start, end));
    const entry = `${quoteKeys ? JSON.stringify(key) : scalarText2(key)}${compact ? ":" : ": "}${flowText(value, quoteKeys)}`;
    const lastKeyStart = lastItem2.key?.range?.[0];
    if (text.slice(start, end).includes("\n") && lastKeyStart !== void 0) {
      const pad = text.slice(lineStart(text, lastKeyStart), lastKeyStart);
      if (pad.trim() === "") return splice(text, lastEnd2, lastEnd2, `,${style.newline}${pad}${entry}`);
    }
    return splice(text, lastEnd2, lastEnd2, `${compact ? "," : ", "}${entry}`);
  }
  const firstKey = map.items[0]?.key;
  const indent = firstKey?.range ? column(text, firstKey.range[0]) : column(text, start);
  const lastItem = itemAt(map.items, map.items.length - 1);
  const lastEnd = Math.max(lastItem.value?.range?.[1] ?? 0, lastItem.key?.range?.[1] ?? 0);
  const at = afterLine(text, lastEnd);
  const lines = blockLines2(key, value, indent, style).join(style.newline) + style.newline;
  return at === text.length && !text.endsWith("\n") ? `${text}${style.newline}${lines}` : splice(text, at, at, lines);
}
function fillEmptyValue(text, pair, value, style) {
  const keyRange = pair.key?.range;
  if (!keyRange) throw new YamlEditError("cannot find the key to fill");
  const keyIndent = column(text, keyRange[0]);
  const colon = text.indexOf(":", keyRange[1]);
  const valueRange = pair.value?.range;
  const explicit = valueRange && valueRange[1] > valueRange[0] && /^(null|Null|NULL|~)$/.test(text.slice(valueRange[0], valueRange[1]));
  const base = explicit && valueRange ? splice(text, valueRange[0], valueRange[1], "") : text;
  let lines;
  if (Array.isArray(value)) {
    lines = blockLines2("x", value, keyIndent, style).slice(1);
    if (lines.length === 0) return splice(base, colon + 1, colon + 1, ` ${flowText(value, false)}`);
  } else {
    lines = Object.entries(value).flatMap(
      ([child2, item]) => blockLines2(child2, item, keyIndent + style.unit, style)
    );
  }
  const newlineAt = base.indexOf("\n", colon);
  const lineEnd = newlineAt < 0 ? base.length : base[newlineAt - 1] === "\r" ? newlineAt - 1 : newlineAt;
  const head = base.slice(0, lineEnd).replace(/[ \t]+$/, (spaces) => base.slice(colon + 1, lineEnd).trim() === "" ? "" : spaces);
  return head + style.newline + lines.join(style.newline) + (newlineAt < 0 ? style.newline : "") + base.slice(lineEnd);
}
function appendToSeq(text, seq, value, style) {
  const [start, end] = seq.range ?? [0, 0];
  if (seq.flow) {
    const close = text.lastIndexOf("]", end);
    if (seq.items.length === 0) return splice(text, start, close + 1, `[${flowText(value, false)}]`);
    const lastEnd2 = itemAt(seq.items, seq.items.length - 1).range?.[1] ?? close;
    return splice(text, lastEnd2, lastEnd2, `, ${flowText(value, false)}`);
  }
  const dash = text.lastIndexOf("-", itemAt(seq.items, 0).range?.[0] ?? start);
  const lastEnd = itemAt(seq.items, seq.items.length - 1).range?.[1] ?? end;
  const at = afterLine(text, lastEnd);
  const line = `${itemLines(value, column(text, dash), style).join(style.newline)}${style.newline}`;
  return at === text.length && !text.endsWith("\n") ? `${text}${style.newline}${line}` : splice(text, at, at, line);
}
function deleteAt(text, steps, path9) {
  const target2 = itemAt(steps, steps.length - 1);
  const parent = itemAt(steps, steps.length - 2).node;
  if ((0, import_yaml10.isMap)(parent) && target2.pair) {
    const items = parent.items;
    const index = items.indexOf(target2.pair);
    const keyStart = target2.pair.key?.range?.[0] ?? 0;
    const valueEnd = target2.pair.value?.range?.[1] ?? target2.pair.key?.range?.[1] ?? keyStart;
    if (items.length === 1) {
      const [start, end] = parent.range ?? [0, 0];
      if (parent.flow) return splice(text, start, text.lastIndexOf("}", end) + 1, "{}");
      const owner = itemAt(steps, steps.length - 2).pair;
      const ownerKeyEnd = owner?.key?.range?.[1];
      const lineEnd = afterLine(text, valueEnd);
      const cr = text[lineEnd - 2] === "\r" ? 2 : 1;
      if (ownerKeyEnd !== void 0 && text.slice(ownerKeyEnd, start).trim() === ":") {
        const colon = text.indexOf(":", ownerKeyEnd);
        return splice(text, colon + 1, lineEnd - (text[lineEnd - 1] === "\n" ? cr : 0), " {}");
      }
      return splice(text, start, Math.min(valueEnd, lineEnd - 1), "{}");
    }
    const next = items[index + 1];
    if (parent.flow) {
      if (next?.key?.range) return splice(text, keyStart, next.key.range[0], "");
      const previous = itemAt(items, index - 1);
      const previousEnd = (previous.value ?? previous.key)?.range?.[1] ?? keyStart;
      return splice(text, previousEnd, valueEnd, "");
    }
    const from = lineStart(text, keyStart);
    if (text.slice(from, keyStart).trim() === "") return splice(text, from, afterLine(text, valueEnd), "");
    if (next?.key?.range) return splice(text, keyStart, next.key.range[0], "");
  }
  if ((0, import_yaml10.isSeq)(parent) && typeof path9[path9.length - 1] === "number" && target2.node) {
    const items = parent.items;
    if (items.length === 1) throw new YamlEditError("removing the only item of a list: remove the list instead");
    const [start, end] = target2.node.range ?? [0, 0];
    const index = items.indexOf(target2.node);
    if (parent.flow) {
      const next = items[index + 1];
      if (next?.range) return splice(text, start, next.range[0], "");
      const previousEnd = itemAt(items, index - 1).range?.[1] ?? start;
      return splice(text, previousEnd, end, "");
    }
    const dash = text.lastIndexOf("-", start);
    return splice(text, lineStart(text, dash), afterLine(text, end), "");
  }
  throw new YamlEditError(`cannot remove ${path9.join(".")} cleanly`);
}
function replaceScalarAt(text, line, column2, value, keys) {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return void 0;
    start = next + 1;
  }
  const end = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
  const lineText = text.slice(start, end);
  if (lineText.includes("{{")) return void 0;
  let at = column2 - 1;
  const key = /^("[^"]*"|'[^']*'|[A-Za-z0-9_./-]+)[ \t]*:(?:[ \t]+|$)/.exec(lineText.slice(at));
  if (key) {
    const name = (key[1] ?? "").replace(/^["']|["']$/g, "");
    if (keys && !keys.includes(name)) {
      if (name !== "path") return void 0;
      const lines = text.slice(start).split("\n").slice(1, 4);
      const offset = lines.findIndex(
        (candidate) => candidate.slice(at).startsWith("value:") && candidate.slice(0, at).trim() === ""
      );
      return offset < 0 ? void 0 : replaceScalarAt(text, line + offset + 1, column2, value, ["value"]);
    }
    at += key[0].length;
  }
  const token = /^("[^"\n]*"|'[^'\n]*'|[^\s#,{}[\]]+)/.exec(lineText.slice(at));
  if (!token) return void 0;
  const old = token[0];
  const quote = old.startsWith('"') ? "double" : old.startsWith("'") ? "single" : "plain";
  const replacement = scalarText2(value, quote);
  return old === replacement ? text : text.slice(0, start + at) + replacement + text.slice(start + at + old.length);
}

// src/fix/kustomize-use.ts
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function join11(folder, entry) {
  return posix2.normalize(folder === "" || folder === "." ? entry : `${folder}/${entry}`);
}
function isRemote(entry) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) || entry.includes("?ref=");
}
function kustomizationOf(files, folder) {
  for (const name of KUSTOMIZATION_NAMES) {
    const text = files.read(folder === "" || folder === "." ? name : `${folder}/${name}`);
    if (text === void 0) continue;
    const value = parseDocuments(text)[0]?.toJS({ maxAliasCount: 100 });
    return isPlainObject(value) ? value : {};
  }
  return void 0;
}
function entriesOf(kustomization) {
  const list = (key) => Array.isArray(kustomization[key]) ? kustomization[key] : [];
  const builds = ["resources", "bases", "components"].flatMap(list).filter((entry) => typeof entry === "string" && !isRemote(entry));
  const reads = [
    ...list("patchesStrategicMerge").filter(
      (entry) => typeof entry === "string" && !entry.includes("\n")
    ),
    ...["patches", "patchesJson6902"].flatMap(list).flatMap((entry) => {
      const path9 = entry !== null && typeof entry === "object" ? entry.path : void 0;
      return typeof path9 === "string" ? [path9] : [];
    })
  ];
  return { builds, reads };
}
function reachOf(files, root) {
  const folders = /* @__PURE__ */ new Set();
  const read = /* @__PURE__ */ new Set();
  const visit2 = (folder) => {
    if (folders.has(folder)) return;
    const kustomization = kustomizationOf(files, folder);
    if (!kustomization) return;
    folders.add(folder);
    const { builds, reads } = entriesOf(kustomization);
    for (const entry of reads) read.add(join11(folder, entry));
    for (const entry of builds) {
      const target2 = join11(folder, entry);
      if (kustomizationOf(files, target2)) visit2(target2);
      else read.add(target2);
    }
  };
  visit2(posix2.normalize(root));
  return { folders, files: read };
}
function kustomizeUses(files, kustomizations) {
  const reaches = /* @__PURE__ */ new Map();
  const reach = (folder) => {
    const key = posix2.normalize(folder);
    let found = reaches.get(key);
    if (!found) {
      found = reachOf(files, key);
      reaches.set(key, found);
    }
    return found;
  };
  const otherUsers = (file, overlay) => {
    const own = posix2.normalize(overlay);
    const wanted = posix2.normalize(file);
    return [...new Set(kustomizations.map((folder) => posix2.normalize(folder)))].filter((folder) => {
      if (folder === own || reach(own).folders.has(folder)) return false;
      const other = reach(folder);
      return other.files.has(wanted) && !other.folders.has(own);
    });
  };
  return {
    ownedBy(file, overlay) {
      const normal = posix2.normalize(file);
      if (normal.startsWith("../") || normal.startsWith("/") || normal === "..") return false;
      return reach(overlay).files.has(normal) && otherUsers(file, overlay).length === 0;
    },
    otherUsers
  };
}

// src/fix/helm-template.ts
function actionsOf(text) {
  const out = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    const offset = match.index;
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    counted = offset;
    out.push({ body: (match[1] ?? "").trim(), line, offset });
  }
  return out;
}
function literalPart(line) {
  return line.replace(/\{\{-?[\s\S]*?-?\}\}/g, "");
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
var UNKNOWN2 = { kind: "unknown" };
function resolve10(expr, dot) {
  const text = expr.trim().replace(/^\((.*)\)$/s, "$1").trim();
  const match = /^(\$)?((?:\.[A-Za-z_][\w]*)*)$/.exec(text);
  if (!match || text === "" && match[1] === void 0) return text === "." ? dot : UNKNOWN2;
  let current = match[1] === "$" ? { kind: "root" } : dot;
  for (const field of (match[2] ?? "").split(".").filter((part) => part !== "")) {
    if (current.kind === "root") current = field === "Values" ? { kind: "values", path: [] } : UNKNOWN2;
    else if (current.kind === "values") current = { kind: "values", path: [...current.path, field] };
    else return UNKNOWN2;
  }
  return current;
}
function framesAt(actions, line, start) {
  const stack = [];
  const dot = () => stack[stack.length - 1]?.dot ?? start;
  for (const action of actions) {
    if (action.line >= line) break;
    const keyword = /^(if|with|range|define|block|else|end)\b/.exec(action.body)?.[1];
    if (keyword === void 0) continue;
    const rest = action.body.slice(keyword.length).trim();
    if (keyword === "end") stack.pop();
    else if (keyword === "else") {
      const top = stack.pop();
      if (!top) continue;
      const outer = stack[stack.length - 1]?.dot ?? start;
      const chained = /^(if|with)\b/.exec(rest);
      const expr = chained ? rest.slice(chained[0].length).trim() : "";
      stack.push({
        keyword: top.keyword,
        expr: chained ? expr : top.expr,
        line: action.line,
        dot: chained?.[1] === "with" ? resolve10(expr, outer) : outer,
        inElse: !chained
      });
    } else if (keyword === "define" || keyword === "block")
      stack.push({ keyword, expr: rest, line: action.line, dot: UNKNOWN2, inElse: false });
    else if (keyword === "with")
      stack.push({ keyword, expr: rest, line: action.line, dot: resolve10(rest, dot()), inElse: false });
    else if (keyword === "range") {
      const list = resolve10(rest.replace(/^\$\w+\s*(,\s*\$\w+\s*)?:=/, ""), dot());
      stack.push({
        keyword,
        expr: rest,
        line: action.line,
        dot: list.kind === "values" ? { kind: "values", path: [...list.path, "*"] } : UNKNOWN2,
        inElse: false
      });
    } else stack.push({ keyword, expr: rest, line: action.line, dot: dot(), inElse: false });
  }
  return stack;
}
function blockUnder(file, lines, line) {
  const parent = (lines[line - 1] ?? "").replace(/\r$/, "");
  const literal = literalPart(parent);
  if (literal.trim() === "") return void 0;
  const item = /^(\s*)-\s+/.exec(literal);
  const limit = item ? (item[1] ?? "").length : indentOf(literal);
  let to = line;
  let childIndent = item ? (item[0] ?? "").length : void 0;
  for (let n = line + 1; n <= lines.length; n++) {
    const text = literalPart((lines[n - 1] ?? "").replace(/\r$/, ""));
    if (text.trim() === "") {
      to = n;
      continue;
    }
    if (indentOf(text) <= limit) break;
    childIndent ??= indentOf(text);
    to = n;
  }
  return {
    file,
    lines,
    from: line + 1,
    to,
    childIndent: childIndent ?? limit + 2,
    scopeFrom: 1,
    start: { kind: "root" }
  };
}
var MAX_DEPTH = 4;
function keySource(files, file, line, key) {
  const text = files.read(file);
  if (text === void 0) return { kind: "blocked", reason: `${file} cannot be read` };
  const lines = text.split("\n");
  const block = blockUnder(file, lines, line);
  if (!block) return { kind: "blocked", reason: `${file}:${line} is printed by a template action; edit it by hand` };
  const define = framesAt(actionsOf(text), line, { kind: "root" }).find((frame) => frame.keyword === "define");
  if (define)
    return searchBlock(
      files,
      { ...block, scopeFrom: define.line + 1, start: helperDot(files, /^"([^"]+)"/.exec(define.expr)?.[1] ?? "") },
      key,
      text,
      0
    );
  return searchBlock(files, block, key, text, 0);
}
function helperDot(files, name) {
  const bindings = helperSites(files, name).map((site) => {
    const at = site.lastIndexOf(":");
    const file = site.slice(0, at);
    const line = Number(site.slice(at + 1));
    const actions = actionsOf(files.read(file) ?? "");
    const call = actions.find(
      (action) => action.line === line && new RegExp(`^(?:include|template)\\s+"${escapeRegex2(name)}"`).test(action.body)
    );
    const argument = call === void 0 ? "" : /^(?:include|template)\s+"[^"]+"\s+([^|]*)/.exec(call.body)?.[1]?.trim() ?? "";
    const frames = framesAt(actions, line, { kind: "root" });
    if (frames.some((frame) => frame.keyword === "define")) return UNKNOWN2;
    return resolve10(argument, frames[frames.length - 1]?.dot ?? { kind: "root" });
  });
  const first = bindings[0];
  if (first === void 0 || bindings.some((binding) => JSON.stringify(binding) !== JSON.stringify(first)))
    return UNKNOWN2;
  return first;
}
function searchBlock(files, block, key, text, depth) {
  const keyLine = new RegExp(`^\\s*(?:-\\s+)?${key}:(\\s|$)`);
  let valuePending = false;
  for (let n = block.from; n <= block.to; n++) {
    const raw = (block.lines[n - 1] ?? "").replace(/\r$/, "");
    const literal = literalPart(raw);
    if (literal.trim() !== "") {
      if (indentOf(literal) === block.childIndent && keyLine.test(literal)) return guardedKey(block, text, n, key);
      valuePending = /:\s*(#.*)?$/.test(literal) && !/^\s*#/.test(literal);
      continue;
    }
    const body = /\{\{-?([\s\S]*?)-?\}\}/.exec(raw)?.[1]?.trim() ?? "";
    const nindent = /\|\s*nindent\s+(\d+)/.exec(body);
    const indent = /\|\s*indent\s+(\d+)/.exec(body);
    const printsBlock = /\b(toYaml|include|template|tpl)\b/.test(body);
    if (!printsBlock) continue;
    if (valuePending) {
      valuePending = false;
      continue;
    }
    const at = nindent ? Number(nindent[1]) : indentOf(raw) + Number(indent?.[1] ?? 0);
    if (at !== block.childIndent) continue;
    const helper = /^(?:include|template)\s+"([^"]+)"/.exec(body)?.[1];
    const found = helper === void 0 || depth >= MAX_DEPTH ? void 0 : findHelper(files, helper);
    if (!found)
      return {
        kind: "blocked",
        reason: `\`{{ ${body} }}\` at ${block.file}:${n} may print ${key}; podsec does not add a second one`
      };
    const argument = /^(?:include|template)\s+"[^"]+"\s+([^|]*)/.exec(body)?.[1]?.trim() ?? "";
    const siteFrames = framesAt(
      actionsOf(text).filter((action) => action.line >= block.scopeFrom),
      n,
      block.start
    );
    const start = resolve10(argument, siteFrames[siteFrames.length - 1]?.dot ?? block.start);
    const inner = searchBlock(
      files,
      {
        file: found.file,
        lines: found.lines,
        from: found.from,
        to: found.to,
        childIndent: 0,
        scopeFrom: found.from,
        start
      },
      key,
      found.text,
      depth + 1
    );
    if (inner.kind !== "none") return inner;
  }
  return { kind: "none" };
}
function findHelper(files, name) {
  for (const file of files.templates) {
    const text = files.read(file);
    if (text === void 0 || !text.includes(name)) continue;
    const actions = actionsOf(text);
    const start = actions.findIndex((action) => new RegExp(`^define\\s+"${escapeRegex2(name)}"`).test(action.body));
    if (start < 0) continue;
    let open = 0;
    for (const action of actions.slice(start)) {
      const keyword = /^(if|with|range|define|block|end)\b/.exec(action.body)?.[1];
      if (keyword === void 0) continue;
      if (keyword === "end") open--;
      else open++;
      if (open === 0)
        return { file, text, lines: text.split("\n"), from: itemAt(actions, start).line + 1, to: action.line - 1 };
    }
  }
  return void 0;
}
function escapeRegex2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function guardedKey(block, text, line, key) {
  const actions = actionsOf(text).filter((action) => action.line >= block.scopeFrom);
  const frames = framesAt(actions, line, block.start);
  const inner = frames[frames.length - 1];
  const where3 = `${block.file}:${line}`;
  if (!inner || inner.keyword === "define" || inner.keyword === "block")
    return {
      kind: "blocked",
      reason: `${key} at ${where3} is written in the template but was not printed; edit it by hand`
    };
  if (inner.keyword === "range" || inner.inElse)
    return {
      kind: "blocked",
      reason: `${key} at ${where3} is printed under \`{{ ${inner.keyword} ${inner.expr} }}\`; edit it by hand`
    };
  const outer = frames[frames.length - 2]?.dot ?? block.start;
  const condition = resolve10(inner.expr, outer);
  const printed = printedValue(actions, line, inner.dot);
  if (condition.kind !== "values" || printed?.kind !== "values" || condition.path.join(".") !== printed.path.join(".") || condition.path.includes("*")) {
    return {
      kind: "blocked",
      reason: `${key} at ${where3} is printed only when \`{{ ${inner.keyword} ${inner.expr} }}\` holds; edit it by hand`
    };
  }
  return { kind: "values", path: condition.path, templateFile: block.file, line };
}
function printedValue(actions, line, dot) {
  for (const action of actions.filter((candidate) => candidate.line >= line && candidate.line <= line + 2)) {
    const toYaml = /^toYaml\s+(\S+)|^(\S+)\s*\|\s*toYaml\b/.exec(action.body);
    if (toYaml) return resolve10(toYaml[1] ?? toYaml[2] ?? "", dot);
  }
  return void 0;
}
function valuesFieldPath(source, rest) {
  return [...source.path, ...rest.slice(1)];
}
function subchartChain(chartFolder, file) {
  const prefix = chartFolder === "" || chartFolder === "." ? "" : `${chartFolder}/`;
  if (!file.startsWith(prefix)) return [];
  const chain = [];
  const parts = file.slice(prefix.length).split("/");
  for (let i = 0; i + 1 < parts.length && parts[i] === "charts"; i += 2) chain.push(itemAt(parts, i + 1));
  return chain;
}
function helperUnderKey(files, file, line) {
  const text = files.read(file);
  if (text === void 0) return void 0;
  const lines = text.split("\n");
  const block = blockUnder(file, lines, line);
  if (!block) return void 0;
  let found;
  for (let n = block.from; n <= block.to; n++) {
    const raw = (lines[n - 1] ?? "").replace(/\r$/, "");
    if (literalPart(raw).trim() !== "") return void 0;
    const body = /\{\{-?([\s\S]*?)-?\}\}/.exec(raw)?.[1]?.trim() ?? "";
    const name = /^(?:include|template)\s+"([^"]+)"/.exec(body)?.[1];
    if (name === void 0) continue;
    if (found) return void 0;
    const helper = findHelper(files, name);
    if (!helper) return void 0;
    const first = helper.lines.slice(helper.from - 1, helper.to).find((candidate) => literalPart(candidate).trim() !== "");
    found = {
      name,
      file: helper.file,
      defineLine: helper.from - 1,
      indent: first === void 0 ? 0 : indentOf(literalPart(first)),
      site: `${file}:${n}`
    };
  }
  return found;
}
function helperSites(files, name) {
  const sites = [];
  const pattern = new RegExp(`\\b(?:include|template)\\s+"${escapeRegex2(name)}"`);
  for (const file of files.templates) {
    const text = files.read(file);
    if (text === void 0 || !text.includes(name)) continue;
    for (const action of actionsOf(text)) if (pattern.test(action.body)) sites.push(`${file}:${action.line}`);
  }
  return sites;
}

// src/fix/engine.ts
function workloadKey2(target2, kind, namespace, name, part) {
  return [target2, kind, namespace, name, part ?? ""].join("\0");
}
function fixKindOf(check) {
  return SAFE_CHECKS.has(check) ? "safe" : "behaviour";
}
var SAFE_CHECKS = /* @__PURE__ */ new Set([
  "allowPrivilegeEscalation",
  "runAsNonRoot",
  "seccompProfile_restricted",
  "seccompProfile_baseline",
  "appArmorProfile"
]);
var BEHAVIOUR_REASON = "needs a change in behaviour (--allow-behaviour-change)";
var OVERRIDDEN_BY = {
  capabilities_baseline: "capabilities_restricted",
  hostPathVolumes: "restrictedVolumes",
  seccompProfile_baseline: "seccompProfile_restricted",
  procMount: "procMount_restricted"
};
function planFixes(input) {
  const findingsByWorkload = /* @__PURE__ */ new Map();
  for (const finding of input.findings) {
    if (finding.suppressed || finding.upcoming) continue;
    for (const target2 of finding.targets) {
      const key = workloadKey2(target2.path, finding.kind, finding.namespace, finding.name, finding.part);
      const list = findingsByWorkload.get(key) ?? [];
      if (!list.includes(finding)) list.push(finding);
      findingsByWorkload.set(key, list);
    }
  }
  const edits = [];
  const newPatches = /* @__PURE__ */ new Map();
  const scannedOverlays = input.items.filter((item) => item.targetRef.kind === "kustomize").map((item) => item.targetRef.path.replace(/\/$/, ""));
  const uses = kustomizeUses(input.files, [
    .../* @__PURE__ */ new Set([...scannedOverlays, ...scannedOverlays.length > 0 ? input.files.kustomizations?.() ?? [] : []])
  ]);
  const drafts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of input.items) {
    const { workload, targetRef } = item;
    const namespace = effectiveNamespace(workload, item.defaultNamespace);
    const key = workloadKey2(targetRef.path, workload.kind, namespace, workload.name, workload.part);
    const findings = findingsByWorkload.get(key)?.filter(
      (finding) => finding.targets.some(
        (target2) => target2.path === targetRef.path && (targetRef.scenarios.length === 0 || targetRef.scenarios.some((scenario) => target2.scenarios.includes(scenario)))
      )
    );
    if (!findings || findings.length === 0) continue;
    const strictest = findings.reduce(
      (best, finding) => LEVELS.indexOf(finding.level) > LEVELS.indexOf(best.level) ? finding : best
    );
    const version = parseVersion(strictest.version);
    if (!version) continue;
    const plan = planPod(workload.pod, strictest.level, version, input.options.allowBehaviourChange);
    const owner = drafts.length;
    const draft = {
      item,
      findings,
      level: strictest.level,
      version: strictest.version,
      placed: [],
      unplaced: [],
      needBehaviourChange: plan.needBehaviourChange
    };
    drafts.push(draft);
    const scenarioKey = `${key}\0${targetRef.scenarios.join(",")}`;
    if (seen.has(scenarioKey)) continue;
    seen.add(scenarioKey);
    for (const change of placeFallbacks(workload, plan.changes, input.files, targetRef)) {
      const placed = placeChange(workload, change, targetRef, input.files, newPatches, uses);
      if ("reason" in placed) draft.unplaced.push(placed);
      else {
        const entry = {
          change,
          path: objectPath(workload, change.path),
          file: placed.newFile ?? placed.edits[0]?.file ?? ""
        };
        for (const edit of placed.edits) edits.push({ ...edit, owner, user: userOf(change), entry });
        draft.placed.push(entry);
      }
    }
  }
  const notes = [];
  settleHelperEdits(edits, drafts, input.files, notes);
  settleSharedLines(edits, drafts);
  const newFiles = new Map([...newPatches].map(([file, patch]) => [file, (0, import_yaml11.stringify)(patch)]));
  const { files, errors, failedFiles } = applyEdits(edits, input.files, newFiles);
  const workloads = drafts.map((draft) => {
    const placed = draft.placed.filter((entry) => !failedFiles.has(entry.file));
    const unplaced = [
      ...draft.unplaced,
      ...draft.placed.filter((entry) => failedFiles.has(entry.file)).map((entry) => ({
        change: entry.change,
        reason: `${entry.file} could not be edited: ${failedFiles.get(entry.file) ?? ""}`
      }))
    ];
    const fixedPod = applyChanges(
      draft.item.workload.pod,
      placed.map((entry) => entry.change)
    );
    const cleared = [];
    const remaining = [];
    for (const finding of draft.findings) {
      const version = parseVersion(finding.version);
      const stillFails = version === void 0 || evaluatePod(fixedPod, finding.level, version).some((failure) => failure.id === finding.check);
      if (!stillFails) {
        cleared.push(finding);
        continue;
      }
      const blocked = unplaced.find(
        (entry) => entry.change.check === finding.check || OVERRIDDEN_BY[finding.check] === entry.change.check
      );
      const needsBehaviour = !input.options.allowBehaviourChange && (fixKindOf(finding.check) === "behaviour" || draft.needBehaviourChange.length > 0);
      remaining.push({
        finding,
        why: blocked ? blocked.reason : needsBehaviour ? BEHAVIOUR_REASON : "no automatic fix for this check"
      });
    }
    const { workload, targetRef } = draft.item;
    return {
      target: targetRef,
      kind: workload.kind,
      namespace: effectiveNamespace(workload, draft.item.defaultNamespace),
      name: workload.name,
      ...workload.part === void 0 ? {} : { part: workload.part },
      level: draft.level,
      version: draft.version,
      placed,
      unplaced,
      cleared,
      remaining,
      files: [...new Set(placed.map((entry) => entry.file))]
    };
  });
  return { files, workloads: mergeScenarioDuplicates(workloads), errors, notes };
}
function mergeScenarioDuplicates(workloads) {
  const byKey = /* @__PURE__ */ new Map();
  for (const fix of workloads) {
    const key = workloadKey2(fix.target.path, fix.kind, fix.namespace, fix.name, fix.part);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, fix);
      continue;
    }
    const remaining = [
      ...known.remaining,
      ...fix.remaining.filter((entry) => !known.remaining.some((other) => other.finding === entry.finding))
    ];
    const left = new Set(remaining.map((entry) => entry.finding));
    byKey.set(key, {
      ...known,
      target: { ...known.target, scenarios: [.../* @__PURE__ */ new Set([...known.target.scenarios, ...fix.target.scenarios])] },
      placed: [...known.placed, ...fix.placed],
      unplaced: [...known.unplaced, ...fix.unplaced],
      cleared: [.../* @__PURE__ */ new Set([...known.cleared, ...fix.cleared])].filter((finding) => !left.has(finding)),
      remaining,
      files: [.../* @__PURE__ */ new Set([...known.files, ...fix.files])]
    });
  }
  return [...byKey.values()];
}
function isYamlFile(file) {
  return /\.(ya?ml|json)$/i.test(file);
}
function isUnder(file, folder) {
  return folder === "." || folder === "" || file.startsWith(`${folder.replace(/\/$/, "")}/`);
}
function manifestDocument(text, workload) {
  const span = workload.object.position([]);
  const offset = lineOffset(text, span.line);
  return {
    docIndex: documentAt(text, offset),
    prefix: workload.object.itemIndex === void 0 ? [] : ["items", workload.object.itemIndex]
  };
}
var lineStarts;
function lineOffset(text, line) {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
    lineStarts = { text, starts };
  }
  return line < 1 ? 0 : lineStarts.starts[line - 1] ?? text.length;
}
function yamlChange(change, path9) {
  return change.action === "delete" ? { action: "delete", path: path9 } : { action: change.action, path: path9, value: change.value };
}
function placeFallbacks(workload, changes, files, target2) {
  if (target2.kind !== "helm") return [...changes];
  const out = [];
  for (const change of changes) {
    const podLevel = change.path[0] === "spec" && change.path[1] === "securityContext" && change.action === "set";
    if (podLevel && "reason" in placeChange(workload, change, target2, files, /* @__PURE__ */ new Map())) {
      const spec = workload.pod.spec ?? {};
      for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
        const items = Array.isArray(spec[list]) ? spec[list] : [];
        items.forEach((_, index) => out.push({ ...change, path: ["spec", list, index, ...change.path.slice(1)] }));
      }
    } else out.push(change);
  }
  return out;
}
function placeChange(workload, change, target2, files, newPatches, uses) {
  const path9 = objectPath(workload, change.path);
  const located = workload.object.locate(path9);
  switch (target2.kind) {
    case "manifest": {
      const file = workload.object.file;
      const text = files.read(file);
      if (text === void 0 || !isYamlFile(file))
        return { change, reason: `${file} cannot be read`, at: located.primary };
      const { docIndex, prefix } = manifestDocument(text, workload);
      return { edits: [{ file, docIndex, change: yamlChange(change, [...prefix, ...path9]) }] };
    }
    case "helm":
      return placeInChart(workload, change, path9, located, target2, files);
    case "kustomize":
      return placeInKustomize(
        workload,
        change,
        path9,
        located,
        target2,
        files,
        newPatches,
        uses ?? kustomizeUses(files, [target2.path])
      );
  }
}
function placeInChart(workload, change, path9, located, target2, files) {
  const chartFolder = target2.path.replace(/\/$/, "");
  const primary = located.primary;
  const values = placeInValues(change, primary, located.related, target2, files);
  if (!("reason" in values) || !isUnder(primary.file, chartFolder)) return values;
  const chain = subchartChain(chartFolder, primary.file);
  const found = workload.object.position(path9).foundPath;
  const rest = path9.slice(found.length);
  if (change.action !== "delete" && !located.exact && typeof rest[0] === "string") {
    const source = keySource(templateFiles(files, primary.file), primary.file, primary.line, rest[0]);
    if (source.kind === "values")
      return placeAtValuesKey(
        change,
        chartFolder,
        [...chain, ...valuesFieldPath(source, rest)],
        target2,
        files,
        primary
      );
    if (source.kind === "blocked")
      return {
        change,
        reason: chain.length > 0 ? `${source.reason} (${dependencyAdvice(chain, chartFolder)})` : source.reason,
        at: primary
      };
  }
  if (chain.length > 0)
    return {
      change,
      reason: `${primary.file} belongs to the dependency ${chain.join("/")} and takes no value for this field; ${dependencyAdvice(chain, chartFolder)}`,
      at: primary
    };
  return placeAtExactScalar(change, located, files) ?? placeInTemplate(workload, change, path9, primary, files) ?? values;
}
function dependencyAdvice(chain, chartFolder) {
  const charts = `${chartFolder === "" || chartFolder === "." ? "" : `${chartFolder}/`}charts/${chain.join("/charts/")}`;
  return `podsec does not edit ${charts}: set it through a values key if a newer version of ${chain[chain.length - 1] ?? "the dependency"} offers one, or change the chart upstream`;
}
function templateFiles(files, file) {
  const folder = file.slice(0, file.lastIndexOf("/templates/") + "/templates".length);
  const listed = files.list?.(folder) ?? [`${folder}/_helpers.tpl`];
  return {
    read: (name) => files.read(name),
    templates: [file, ...listed.filter((name) => name !== file && /\.(tpl|ya?ml)$/.test(name))]
  };
}
function placeInTemplate(workload, change, path9, primary, files) {
  if (change.action === "delete") return void 0;
  const found = workload.object.position(path9).foundPath;
  const rest = path9.slice(found.length);
  const parentKey = found[found.length - 1];
  if (rest.length === 0 || parentKey === void 0 || typeof rest[0] !== "string") return void 0;
  const text = files.read(primary.file);
  if (text === void 0) return void 0;
  const lines = text.split("\n");
  const keyLine = (lines[primary.line - 1] ?? "").replace(/\r$/, "");
  let keyIndent;
  let indent;
  if (typeof parentKey === "number") {
    const item = /^(\s*-\s+)[A-Za-z0-9_]+:[ \t]*\S/.exec(keyLine);
    if (!item) return void 0;
    keyIndent = (item[1] ?? "").length - 1;
    indent = (item[1] ?? "").length;
  } else {
    const match = /^(\s*)(- +)?([A-Za-z0-9_]+):\s*$/.exec(keyLine);
    if (!match || match[3] !== parentKey) return void 0;
    keyIndent = (match[1] ?? "").length + (match[2] ?? "").length;
    const next = lines.slice(primary.line).find((candidate) => candidate.trim() !== "");
    const nextIndent = next === void 0 ? 0 : next.length - next.trimStart().length;
    indent = nextIndent > keyIndent ? nextIndent : keyIndent + 2;
  }
  const keyPattern = new RegExp(`^\\s*(- +)?${rest[0]}:`);
  for (const candidate of lines.slice(primary.line)) {
    if (candidate.trim() === "") continue;
    const candidateIndent = candidate.length - candidate.trimStart().length;
    if (candidateIndent <= keyIndent && !candidate.trimStart().startsWith("{{")) break;
    if (keyPattern.test(candidate) && candidateIndent === indent) return void 0;
  }
  const value = change.action === "append" ? [change.value] : change.value;
  const atSite = {
    file: primary.file,
    docIndex: TEMPLATE_INSERT,
    change: { action: "set", path: [primary.line, indent, ...rest], value }
  };
  const helper = typeof parentKey === "string" ? helperUnderKey(templateFiles(files, primary.file), primary.file, primary.line) : void 0;
  const helperText = helper === void 0 ? void 0 : files.read(helper.file);
  if (helper && helperText !== void 0 && !helperSetsKey(helperText, helper, String(rest[0]))) {
    return {
      edits: [
        {
          file: helper.file,
          docIndex: TEMPLATE_INSERT,
          change: { action: "set", path: [helper.defineLine, helper.indent, ...rest], value },
          helper: { name: helper.name, site: helper.site, fallback: atSite }
        }
      ]
    };
  }
  return { edits: [atSite] };
}
function helperSetsKey(text, helper, key) {
  const pattern = new RegExp(`^ {${helper.indent}}${key}:`);
  const lines = text.split("\n");
  for (let n = helper.defineLine + 1; n <= lines.length; n++) {
    const line = lines[n - 1] ?? "";
    if (/\{\{-?\s*define\b/.test(line)) break;
    if (pattern.test(line)) return true;
  }
  return false;
}
function settleHelperEdits(edits, drafts, files, notes) {
  const groups = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    if (!edit.helper) continue;
    const key = `${edit.file}:${String(edit.change.path[0])}`;
    groups.set(key, [...groups.get(key) ?? [], edit]);
  }
  for (const [place2, group] of groups) {
    const first = itemAt(group, 0);
    const siteFile = first.helper.site.slice(0, first.helper.site.lastIndexOf(":"));
    const sites = helperSites(templateFiles(files, siteFile), first.helper.name);
    const covered = new Set(group.map((edit) => edit.helper?.site));
    const uncovered = sites.filter((site) => !covered.has(site));
    const settings = /* @__PURE__ */ new Map();
    for (const edit of group) {
      const key = `${edit.owner}\0${edit.helper?.site ?? ""}`;
      settings.set(key, [
        ...settings.get(key) ?? [],
        JSON.stringify([edit.change.path.slice(2), "value" in edit.change ? edit.change.value : null])
      ]);
    }
    const shapes = new Set([...settings.values()].map((list) => [...new Set(list)].sort().join("\n")));
    if (uncovered.length === 0 && shapes.size === 1) continue;
    const why = uncovered.length > 0 ? `it is also included at ${uncovered.join(", ")}, which this fix does not change` : "the workloads that include it need different settings";
    notes.push(
      `helper "${first.helper.name}" (${place2}) left as it is: ${why}; the settings go in at each include instead.`
    );
    for (const edit of group) {
      const index = edits.indexOf(edit);
      const site = edit.helper.fallback;
      const entry = edit.entry === void 0 ? void 0 : { ...edit.entry, file: site.file };
      edits.splice(index, 1, {
        ...site,
        owner: edit.owner,
        ...edit.user === void 0 ? {} : { user: edit.user },
        ...entry === void 0 ? {} : { entry }
      });
      const draft = drafts[edit.owner];
      if (draft && entry)
        draft.placed = draft.placed.map((candidate) => candidate === edit.entry ? entry : candidate);
    }
  }
}
function userOf(change) {
  const [, list, index] = change.path;
  return typeof index === "number" && typeof list === "string" && /[cC]ontainers$/.test(list) ? `${list}/${index}` : "pod";
}
function settleSharedLines(edits, drafts) {
  const groups = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    if (edit.docIndex !== TEMPLATE_INSERT || edit.helper) continue;
    const key = `${edit.file}:${String(edit.change.path[0])}`;
    groups.set(key, [...groups.get(key) ?? [], edit]);
  }
  for (const [place2, group] of groups) {
    const settings = /* @__PURE__ */ new Map();
    for (const edit of group) {
      const key = `${edit.owner}\0${edit.user ?? ""}`;
      const set = settings.get(key) ?? /* @__PURE__ */ new Set();
      set.add(JSON.stringify([edit.change.path.slice(2), "value" in edit.change ? edit.change.value : null]));
      settings.set(key, set);
    }
    if (new Set([...settings.values()].map((set) => [...set].sort().join("\n"))).size <= 1) continue;
    for (const edit of group) {
      edits.splice(edits.indexOf(edit), 1);
      const draft = drafts[edit.owner];
      if (!draft || !edit.entry) continue;
      const entry = edit.entry;
      draft.placed = draft.placed.filter((candidate) => candidate !== entry);
      draft.unplaced.push({
        change: entry.change,
        reason: `${place2} is printed for several containers that need different settings; edit it by hand`
      });
    }
  }
}
var TEMPLATE_INSERT = -2;
function placeInValues(change, primary, related, target2, files) {
  const values = related.find((location) => location.valuesKey !== void 0);
  if (!values?.valuesKey)
    return { change, reason: `the field is written in the template ${primary.file}; add it there`, at: primary };
  const chartFolder = target2.path.replace(/\/$/, "");
  if (!isUnder(values.file, chartFolder))
    return { change, reason: `the value comes from ${values.file}, outside the chart's own files`, at: values };
  const chain = subchartChain(chartFolder, values.file);
  if (chain.length > 0)
    return placeAtValuesKey(change, chartFolder, [...chain, ...values.valuesKey], target2, files, values);
  if (files.read(values.file) === void 0) return { change, reason: `${values.file} cannot be read`, at: values };
  return { edits: [{ file: values.file, docIndex: 0, change: yamlChange(change, values.valuesKey) }] };
}
function placeAtValuesKey(change, chartFolder, key, target2, files, at) {
  const prefix = chartFolder === "" || chartFolder === "." ? "" : `${chartFolder}/`;
  const scenarioFiles = target2.scenarios.filter((scenario) => /\.ya?ml$/.test(scenario)).map((scenario) => `${prefix}${scenario}`);
  const deciding = scenarioFiles.filter((file2) => decidesKey(files.read(file2), key));
  const file = deciding[deciding.length - 1] ?? `${prefix}values.yaml`;
  if (files.read(file) === void 0)
    return { change, reason: `${file} cannot be read; set ${key.join(".")} there`, at };
  return { edits: [{ file, docIndex: 0, change: yamlChange(change, key) }] };
}
function decidesKey(text, key) {
  if (text === void 0) return false;
  let value = parseDocuments(text)[0]?.toJS({ maxAliasCount: 100 });
  for (const [depth, segment] of key.entries()) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return depth > 0;
    if (!Object.hasOwn(value, segment)) return false;
    value = value[segment];
  }
  return true;
}
var NAMED_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers", "volumes"]);
function mapByNames(rendered, source, path9) {
  const out = [];
  let r = rendered;
  let s = source;
  for (let i = 0; i < path9.length; i++) {
    const segment = itemAt(path9, i);
    if (typeof segment === "number" && NAMED_LISTS.has(String(path9[i - 1]))) {
      const item = Array.isArray(r) ? r[segment] : void 0;
      const name = item?.name;
      if (!Array.isArray(s)) return void 0;
      const index = s.findIndex((candidate) => candidate?.name === name);
      if (index < 0) return void 0;
      out.push(index);
      r = item;
      s = s[index];
      continue;
    }
    out.push(segment);
    r = r?.[segment];
    s = s !== null && typeof s === "object" ? s[segment] : void 0;
    if (s === void 0) return [...out, ...path9.slice(i + 1)];
  }
  return out;
}
function placeAtExactScalar(change, located, files) {
  if (change.action !== "set" || !located.exact || !["string", "number", "boolean"].includes(typeof change.value))
    return void 0;
  const { file, line, column: column2 } = located.primary;
  const text = files.read(file);
  if (text === void 0) return void 0;
  const keys = [String(change.path[change.path.length - 1]), "value"];
  const after = replaceScalarAt(text, line, column2, change.value, keys);
  if (after === void 0) return void 0;
  return {
    edits: [{ file, docIndex: -1, change: { action: "set", path: [line, column2, ...keys], value: change.value } }]
  };
}
function placeInKustomize(workload, change, path9, located, target2, files, newPatches, uses) {
  const overlay = target2.path.replace(/\/$/, "");
  const primary = located.primary;
  const file = primary.file;
  const kustomizationFile = /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  const owned = kustomizationFile ? folder === (overlay === "" ? "." : overlay) : uses.ownedBy(file, overlay);
  if (owned) {
    const exact = placeAtExactScalar(change, located, files);
    if (exact) return exact;
  }
  if (owned && isYamlFile(file) && !kustomizationFile) {
    const text = files.read(file);
    const placed = text === void 0 ? void 0 : placeInSourceDocument(workload, change, path9, primary, file, text);
    if (placed) return placed;
  }
  return placeInNewPatch(workload, change, path9, overlay, files, newPatches);
}
function placeInSourceDocument(workload, change, path9, primary, file, text) {
  const docs = parseDocuments(text);
  const docIndex = documentAt(text, lineOffset(text, primary.line));
  const doc = docs[docIndex];
  const value = doc?.toJS({ maxAliasCount: 100 });
  if (!value || typeof value !== "object" || Array.isArray(value) || value.kind !== workload.kind) return void 0;
  const mapped = mapByNames(workload.object.value, value, path9);
  if (!mapped) return void 0;
  return { edits: [{ file, docIndex, change: yamlChange(change, mapped) }] };
}
function fixPatchFile(overlay, kind, name) {
  const safe = `${kind}-${name}`.toLowerCase().replace(/[^a-z0-9.-]+/g, "-");
  return `${overlay === "." ? "" : `${overlay}/`}podsec-fix-${safe}.yaml`;
}
function placeInNewPatch(workload, change, path9, overlay, files, newPatches) {
  const kustomization = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((name) => overlay === "." ? name : `${overlay}/${name}`).find((candidate) => files.read(candidate) !== void 0);
  if (!kustomization) return { change, reason: `no kustomization file found in ${overlay}` };
  const identity2 = sourceIdentity(workload, files);
  const patchFile = fixPatchFile(overlay, workload.kind, identity2.name);
  if (files.read(patchFile) !== void 0)
    return { change, reason: `${patchFile} already exists; podsec does not overwrite it` };
  let patch = newPatches.get(patchFile);
  if (!patch) {
    patch = { apiVersion: workload.apiVersion, kind: workload.kind, metadata: identity2 };
    newPatches.set(patchFile, patch);
  }
  let node = patch;
  let rendered = workload.object.value;
  for (let i = 0; i < path9.length - 1; i++) {
    const segment = itemAt(path9, i);
    const next = itemAt(path9, i + 1);
    rendered = rendered?.[segment];
    if (typeof next === "number" && NAMED_LISTS.has(String(segment))) {
      const item = rendered?.[next];
      const list = node[segment] ??= [];
      let entry = list.find((candidate) => candidate.name === item?.name);
      if (!entry) {
        entry = { name: item?.name };
        list.push(entry);
      }
      node = entry;
      rendered = item;
      i++;
      continue;
    }
    node = node[segment] ??= {};
  }
  const last = itemAt(path9, path9.length - 1);
  node[last] = change.action === "delete" ? null : change.action === "append" ? [change.value] : change.value;
  const relative8 = patchFile.slice(overlay === "." ? 0 : overlay.length + 1);
  return {
    edits: [
      { file: kustomization, docIndex: 0, change: { action: "append", path: ["patches"], value: { path: relative8 } } }
    ],
    newFile: patchFile
  };
}
function sourceIdentity(workload, files) {
  const located = workload.object.locate(["metadata", "name"]);
  for (const at of [located.primary, ...located.related]) {
    const text = at.file === "" ? void 0 : files.read(at.file);
    if (text === void 0 || !isYamlFile(at.file) || /(^|\/)kustomization\.ya?ml$/.test(at.file)) continue;
    const doc = parseDocuments(text)[documentAt(text, lineOffset(text, at.line))];
    const value = doc?.toJS({ maxAliasCount: 100 });
    if (value?.kind === workload.kind && typeof value.metadata?.name === "string") {
      const namespace = value.metadata.namespace;
      return { name: value.metadata.name, ...typeof namespace === "string" ? { namespace } : {} };
    }
  }
  return { name: workload.name, ...workload.namespace ? { namespace: workload.namespace } : {} };
}
function editKey(edit) {
  return `${edit.docIndex}\0${JSON.stringify(edit.change)}`;
}
function applyEdits(edits, files, newFiles) {
  const byFile = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    const list = byFile.get(edit.file) ?? [];
    const keys = known.get(edit.file) ?? /* @__PURE__ */ new Set();
    const key = editKey(edit);
    if (keys.has(key)) continue;
    keys.add(key);
    list.push(edit);
    byFile.set(edit.file, list);
    known.set(edit.file, keys);
  }
  const out = [];
  const errors = [];
  const failedFiles = /* @__PURE__ */ new Map();
  for (const [file, list] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const before = files.read(file);
    const base = before;
    if (base === void 0) continue;
    const ordered = [
      ...list.filter((edit) => edit.change.action !== "delete"),
      ...list.filter((edit) => edit.change.action === "delete").sort((a, b) => compareDeletes(b.change.path, a.change.path))
    ];
    try {
      let text = base;
      const atLines = ordered.filter((edit) => edit.docIndex === -1).sort(
        (a, b) => Number(b.change.path[0]) - Number(a.change.path[0]) || Number(b.change.path[1]) - Number(a.change.path[1])
      );
      for (const edit of atLines) {
        const [line, column2, ...keys] = edit.change.path;
        const replaced = replaceScalarAt(
          text,
          Number(line),
          Number(column2),
          edit.change.value,
          keys.map(String)
        );
        if (replaced === void 0)
          throw new YamlEditError(`line ${String(edit.change.path[0])} no longer holds the value`);
        text = replaced;
      }
      text = insertTemplateLines(
        text,
        ordered.filter((edit) => edit.docIndex === TEMPLATE_INSERT)
      );
      if (atLines.length > 0 && isYamlFile(file) && parseDocuments(base).every((doc) => doc.errors.length === 0)) {
        for (const doc of parseDocuments(text))
          if (doc.errors.length > 0)
            throw new YamlEditError(`the edit would not parse: ${doc.errors[0]?.message ?? ""}`);
      }
      text = editYamlFile(
        text,
        ordered.filter((edit) => edit.docIndex >= 0)
      );
      if (text !== before) out.push({ file, before, after: text });
    } catch (error) {
      const message = error instanceof YamlEditError ? error.message : String(error);
      errors.push({ file, message });
      failedFiles.set(file, message);
    }
  }
  for (const [file, text] of newFiles)
    if (!failedFiles.size || ![...failedFiles.keys()].some(
      (failed) => /kustomization\.ya?ml$|Kustomization$/.test(failed) && file.startsWith(failed.slice(0, failed.lastIndexOf("/") + 1))
    ))
      out.push({ file, before: void 0, after: text });
  out.sort((a, b) => compareStrings(a.file, b.file));
  return { files: out, errors, failedFiles };
}
function insertTemplateLines(text, edits) {
  if (edits.length === 0) return text;
  const byLine = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    const [line, indent, ...field] = edit.change.path;
    const entry = byLine.get(line) ?? { indent, value: {} };
    byLine.set(line, entry);
    applyChange(entry.value, {
      action: "set",
      path: field,
      value: edit.change.value,
      kind: "safe",
      check: "runAsNonRoot"
    });
  }
  const style = detectStyle(text);
  const lines = text.split("\n");
  for (const [line, entry] of [...byLine].sort((a, b) => b[0] - a[0])) {
    const cr = (lines[line - 1] ?? "").endsWith("\r") ? "\r" : "";
    const block = Object.entries(entry.value).flatMap(([key, value]) => blockLines2(key, value, entry.indent, style)).map((added) => `${added}${cr}`);
    lines.splice(line, 0, ...block);
  }
  return lines.join("\n");
}
function compareDeletes(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = itemAt(a, i);
    const y = itemAt(b, i);
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

// src/node-sources.ts
function nodeSourceFiles(cwd) {
  const cache = /* @__PURE__ */ new Map();
  return {
    read(file) {
      if (!cache.has(file)) {
        let text;
        try {
          text = readFileSync2(path3.resolve(cwd, file), "utf8");
        } catch {
          text = void 0;
        }
        cache.set(file, text);
      }
      return cache.get(file);
    },
    kustomizations() {
      return kustomizationFolders(cwd);
    },
    list(folder) {
      try {
        return readdirSync(path3.resolve(cwd, folder), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => folder === "" || folder === "." ? entry.name : `${folder.replace(/\/$/, "")}/${entry.name}`).sort();
      } catch {
        return [];
      }
    }
  };
}
var KUSTOMIZATION_FILE_NAMES2 = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
var NOT_SEARCHED = /* @__PURE__ */ new Set([".git", "node_modules"]);
function kustomizationFolders(root) {
  const found = [];
  const visit2 = (relative8) => {
    let entries;
    try {
      entries = readdirSync(path3.resolve(root, relative8), { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((entry) => entry.isFile() && KUSTOMIZATION_FILE_NAMES2.has(entry.name)))
      found.push(relative8 === "" ? "." : relative8);
    for (const entry of entries) {
      if (entry.isDirectory() && !NOT_SEARCHED.has(entry.name))
        visit2(relative8 === "" ? entry.name : `${relative8}/${entry.name}`);
    }
  };
  visit2("");
  return found.sort();
}
function safeFixes(scanned, cwd) {
  if (scanned.result.findings.length === 0) return void 0;
  try {
    return planFixes({
      items: scanned.items,
      findings: scanned.result.findings,
      files: nodeSourceFiles(cwd),
      options: { allowBehaviourChange: false }
    });
  } catch {
    return void 0;
  }
}

// src/fix/diff.ts
function splitLines(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function lineChanges(before, after) {
  const a = splitLines(before);
  const b = splitLines(after);
  const aMarkers = documentStarts(a);
  const bMarkers = documentStarts(b);
  if (aMarkers.length === 0 || aMarkers.length !== bMarkers.length) return rangeChanges(a, 0, a.length, b, 0, b.length);
  const changes = [];
  for (let k = 0; k <= aMarkers.length; k++) {
    const aFrom = k === 0 ? 0 : itemAt(aMarkers, k - 1);
    const bFrom = k === 0 ? 0 : itemAt(bMarkers, k - 1);
    const aTo = k === aMarkers.length ? a.length : itemAt(aMarkers, k);
    const bTo = k === bMarkers.length ? b.length : itemAt(bMarkers, k);
    changes.push(...rangeChanges(a, aFrom, aTo, b, bFrom, bTo));
  }
  return changes;
}
function documentStarts(lines) {
  const starts = [];
  for (const [index, line] of lines.entries()) if (index > 0 && line.startsWith("---")) starts.push(index);
  return starts;
}
function rangeChanges(a, aFrom, aTo, b, bFrom, bTo) {
  let prefix = 0;
  while (aFrom + prefix < aTo && bFrom + prefix < bTo && a[aFrom + prefix] === b[bFrom + prefix]) prefix++;
  let suffix = 0;
  while (suffix < aTo - aFrom - prefix && suffix < bTo - bFrom - prefix && a[aTo - 1 - suffix] === b[bTo - 1 - suffix])
    suffix++;
  const start = aFrom + prefix;
  const x = a.slice(start, aTo - suffix);
  const y = b.slice(bFrom + prefix, bTo - suffix);
  if (x.length === 0 && y.length === 0) return [];
  if (x.length * y.length > 4e6) return [{ oldStart: start + 1, oldCount: x.length, newLines: y }];
  const width = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * width);
  for (let i2 = x.length - 1; i2 >= 0; i2--) {
    for (let j2 = y.length - 1; j2 >= 0; j2--) {
      lcs[i2 * width + j2] = x[i2] === y[j2] ? numberAt(lcs, (i2 + 1) * width + j2 + 1) + 1 : Math.max(numberAt(lcs, (i2 + 1) * width + j2), numberAt(lcs, i2 * width + j2 + 1));
    }
  }
  const changes = [];
  let i = 0;
  let j = 0;
  let run;
  const flush = () => {
    if (run) changes.push(run);
    run = void 0;
  };
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++;
      j++;
    } else if (j < y.length && (i === x.length || numberAt(lcs, i * width + j + 1) >= numberAt(lcs, (i + 1) * width + j))) {
      run ??= { oldStart: start + i + 1, oldCount: 0, newLines: [] };
      run.newLines.push(itemAt(y, j));
      j++;
    } else {
      run ??= { oldStart: start + i + 1, oldCount: 0, newLines: [] };
      run.oldCount++;
      i++;
    }
  }
  flush();
  return changes;
}
var CONTEXT = 3;
function unifiedDiff(change) {
  const before = change.before ?? "";
  const a = splitLines(before);
  const runs = lineChanges(before, change.after);
  if (runs.length === 0) return "";
  const header = [change.before === void 0 ? "--- /dev/null" : `--- a/${change.file}`, `+++ b/${change.file}`];
  const hunks2 = [];
  let index = 0;
  let shift = 0;
  while (index < runs.length) {
    let last = index;
    while (last + 1 < runs.length && itemAt(runs, last + 1).oldStart - (itemAt(runs, last).oldStart + itemAt(runs, last).oldCount) <= 2 * CONTEXT)
      last++;
    const first = itemAt(runs, index);
    const end = itemAt(runs, last);
    const from = Math.max(1, first.oldStart - CONTEXT);
    const to = Math.min(a.length, end.oldStart + end.oldCount - 1 + CONTEXT);
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    let line = from;
    let hunkShift = shift;
    for (let r = index; r <= last; r++) {
      const run = itemAt(runs, r);
      for (; line < run.oldStart; line++, oldCount++, newCount++) body.push(` ${itemAt(a, line - 1)}`);
      for (let k = 0; k < run.oldCount; k++, line++, oldCount++) body.push(`-${itemAt(a, line - 1)}`);
      for (const added of run.newLines) {
        body.push(`+${added}`);
        newCount++;
      }
      hunkShift += run.newLines.length - run.oldCount;
    }
    for (; line <= to; line++, oldCount++, newCount++) body.push(` ${itemAt(a, line - 1)}`);
    const oldStart = oldCount === 0 ? from - 1 : from;
    const newStart = newCount === 0 ? from - 1 + shift : from + shift;
    hunks2.push(`@@ -${oldStart},${oldCount} +${Math.max(newStart, 0)},${newCount} @@`, ...body);
    shift = hunkShift;
    index = last + 1;
  }
  const noNewline = (text) => text !== "" && !text.endsWith("\n");
  if (noNewline(change.after) || noNewline(before)) hunks2.push("\\ No newline at end of file");
  return `${[...header, ...hunks2].join("\n")}
`;
}

// src/plan/build.ts
function planVersion(policy) {
  const enforce = policy.defaults.enforce.version;
  if (enforce !== "latest") return enforce;
  return `v1.${policy.clusterMinor ?? MAX_MINOR}`;
}
var rank2 = (level) => LEVELS.indexOf(level);
var nextLevel = (level) => LEVELS[rank2(level) + 1];
function isNamespaceName(name) {
  return name.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name);
}
function evaluationVersion(policy, pinned) {
  const scanVersion = parseVersion(policy.defaults.enforce.version);
  const pinnedVersion = parseVersion(pinned);
  if (scanVersion === void 0 || pinnedVersion === void 0) return pinned;
  return resolveEvaluatedMinor(scanVersion, policy.clusterMinor) === resolveEvaluatedMinor(pinnedVersion, policy.clusterMinor) ? scanVersion.text : pinned;
}
function planAssessment(input) {
  const version = planVersion(input.policy);
  const evaluated = evaluationVersion(input.policy, version);
  const planPolicy = {
    ...input.policy,
    defaults: {
      enforce: { level: "restricted", version: evaluated },
      warn: { level: "baseline", version: evaluated },
      audit: { level: "privileged", version: evaluated }
    },
    namespaceLabels: {}
  };
  const { nextVersion: _ignored, ...withoutNext } = planPolicy;
  return {
    version,
    assessed: assessWorkloads({ items: input.items, namespaces: [], policy: withoutNext, today: input.today })
  };
}
function blockingFindings(findings, namespace, level) {
  return findings.filter(
    (finding) => finding.namespace === namespace && finding.level === level && finding.suppressed === void 0 && finding.upcoming !== true
  );
}
function buildRolloutPlan(input) {
  const { version, assessed } = planAssessment(input);
  const workloadsByNamespace = /* @__PURE__ */ new Map();
  for (const verdict of assessed.verdicts) {
    if (verdict.mode !== "enforce") continue;
    const list = workloadsByNamespace.get(verdict.namespace) ?? /* @__PURE__ */ new Map();
    list.set(workloadKey(verdict), planWorkload(verdict));
    workloadsByNamespace.set(verdict.namespace, list);
  }
  const keyOf = workloadResolver(assessed.verdicts);
  const findingsByNamespace = /* @__PURE__ */ new Map();
  for (const finding of assessed.findings) {
    if (finding.upcoming === true) continue;
    const list = findingsByNamespace.get(finding.namespace) ?? [];
    list.push(finding);
    findingsByNamespace.set(finding.namespace, list);
  }
  const labelled = existingLabels(input);
  const names = /* @__PURE__ */ new Map();
  const see = (name, where3) => {
    const set = names.get(name) ?? /* @__PURE__ */ new Set();
    set.add(where3);
    names.set(name, set);
  };
  for (const item of input.items) see(effectiveNamespace(item.workload, item.defaultNamespace), "workloads");
  for (const [name, entry] of labelled) see(name, entry.from === "config" ? "config" : "manifest");
  for (const name of input.policy.exemptions.namespaces) see(name, "exemption");
  const namespaces2 = [];
  for (const name of [...names.keys()].sort(compareStrings)) {
    const workloadMap = workloadsByNamespace.get(name) ?? /* @__PURE__ */ new Map();
    const workloadOf = (finding) => workloadMap.get(keyOf(finding)) ?? findingWorkload(finding);
    const findings = findingsByNamespace.get(name) ?? [];
    const failsAt = (level) => blockingFindings(findings, name, level);
    const passesLevel = failsAt("restricted").length === 0 ? "restricted" : failsAt("baseline").length === 0 ? "baseline" : "privileged";
    const next = nextLevel(passesLevel);
    const exempt = input.policy.exemptions.namespaces.includes(name);
    const notCounted = findings.filter((finding) => finding.suppressed !== void 0).map((finding) => ({
      workload: workloadOf(finding),
      check: finding.check,
      level: finding.level,
      suppressed: finding.suppressed
    }));
    const passes = { level: passesLevel, version };
    const workloads = [...workloadMap.values()];
    const existing = labelled.get(name);
    namespaces2.push({
      name,
      seenIn: [...names.get(name) ?? []].sort(compareStrings),
      workloads,
      exempt,
      passes,
      ...next !== void 0 ? { next } : {},
      blockers: next === void 0 ? [] : blockers(failsAt(next), workloadOf),
      notCounted: dedupNotCounted(notCounted),
      ...exempt ? {} : { recommendation: recommend(name, passesLevel, version) },
      ...existing !== void 0 && !exempt ? { existing: compareLabels(name, existing, passesLevel, input) } : {}
    });
  }
  return { version, namespaces: namespaces2 };
}
function planWorkload(item) {
  return {
    kind: item.kind,
    name: item.name,
    ...item.part !== void 0 ? { part: item.part } : {},
    file: item.file,
    line: item.line,
    targets: item.targets.map((target2) => target2.path)
  };
}
function findingWorkload(finding) {
  return planWorkload(finding);
}
function blockers(findings, workloadOf) {
  const byWorkload = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const workload = workloadOf(finding);
    const problems = byWorkload.get(workload) ?? /* @__PURE__ */ new Map();
    if (!problems.has(finding.check)) {
      problems.set(finding.check, {
        check: finding.check,
        detail: finding.detail,
        file: finding.file,
        line: finding.line,
        fix: firstSentence(checkMeta(finding.check).fix)
      });
    }
    byWorkload.set(workload, problems);
  }
  return [...byWorkload.entries()].map(([workload, problems]) => ({ workload, problems: [...problems.values()] }));
}
function dedupNotCounted(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const entry of list) {
    const key = [entry.workload.file, entry.workload.line, entry.workload.kind, entry.workload.name, entry.check].join(
      "\0"
    );
    if (!seen.has(key)) seen.set(key, entry);
  }
  return [...seen.values()];
}
var MODE_ORDER = ["enforce", "warn", "audit"];
function recommend(name, passes, version) {
  const ahead = nextLevel(passes) ?? passes;
  const policies = {
    enforce: { level: passes, version },
    warn: { level: ahead, version },
    audit: { level: ahead, version }
  };
  const labels = {};
  for (const mode of MODE_ORDER) {
    labels[`${POD_SECURITY_LABEL_PREFIX}${mode}`] = policies[mode].level;
    labels[`${POD_SECURITY_LABEL_PREFIX}${mode}-version`] = policies[mode].version;
  }
  const valid = isNamespaceName(name);
  const manifest = [
    "apiVersion: v1",
    "kind: Namespace",
    "metadata:",
    `  name: ${valid ? name : JSON.stringify(name)}`,
    "  labels:",
    ...Object.entries(labels).map(([key, value]) => `    ${key}: ${value}`)
  ].join("\n");
  const command = valid ? `kubectl label --overwrite ns ${name} ${Object.entries(labels).map(([key, value]) => `${key}=${value}`).join(" ")}` : void 0;
  return { ...policies, labels, manifest, ...command !== void 0 ? { command } : {} };
}
function existingLabels(input) {
  const out = /* @__PURE__ */ new Map();
  const rendered = [...input.namespaces].sort(
    (a, b) => compareStrings(a.file, b.file) || a.documentIndex - b.documentIndex
  );
  for (const object of rendered) {
    const metadata = asRecord(object.value["metadata"]);
    const name = metadata?.["name"];
    if (typeof name !== "string" || name === "" || out.has(name)) continue;
    const at = object.locate(["metadata"]).primary;
    out.set(name, {
      labels: podSecurityLabels(asRecord(metadata?.["labels"])),
      from: { file: at.file, line: at.line }
    });
  }
  for (const [name, labels] of Object.entries(input.policy.namespaceLabels)) {
    if (!out.has(name))
      out.set(name, {
        labels: podSecurityLabels(labels),
        from: input.configFile !== void 0 ? { file: input.configFile } : "config"
      });
  }
  return out;
}
function podSecurityLabels(labels) {
  const out = {};
  for (const [key, value] of Object.entries(labels ?? {}))
    if (key.startsWith(POD_SECURITY_LABEL_PREFIX) && typeof value === "string") out[key] = value;
  return out;
}
function compareLabels(name, source, passes, input) {
  const { policies } = namespacePolicy(source.labels, input.policy.defaults);
  const enforce = policies.enforce;
  const rejected = /* @__PURE__ */ new Map();
  for (const verdict of input.verdicts) {
    if (verdict.namespace !== name || verdict.mode !== "enforce" || verdict.allowed || verdict.exempt !== void 0)
      continue;
    rejected.set(workloadKey(verdict), planWorkload(verdict));
  }
  const rejects = [...rejected.values()];
  const policyText2 = `enforce=${enforce.level}:${enforce.version}`;
  const base = { from: source.from, labels: source.labels, enforce, rejects };
  if (rejects.length > 0) {
    return {
      ...base,
      verdict: "too-strict",
      summary: `labels would reject ${rejects.length} ${rejects.length === 1 ? "workload" : "workloads"} (${policyText2})`
    };
  }
  if (rank2(enforce.level) < rank2(passes)) {
    return { ...base, verdict: "too-loose", summary: `could tighten enforce to ${passes} (labels say ${policyText2})` };
  }
  return { ...base, verdict: "matches", summary: `labels match what the workloads pass (${policyText2})` };
}

// src/plan/fixes.ts
var MAX_EDITED_BLOCKERS = 100;
function withPlanFixes(input) {
  const blocking = input.plan.namespaces.filter((ns) => ns.next !== void 0 && ns.blockers.length > 0);
  if (blocking.length === 0) return input.plan;
  const { assessed } = planAssessment(input);
  const itemsOf = groupItems(input.items);
  const chosen = [];
  const items = [];
  const findings = [];
  for (const ns of blocking) {
    const nsFindings = blockingFindings(assessed.findings, ns.name, ns.next);
    for (const blocker of ns.blockers) {
      if (chosen.length >= MAX_EDITED_BLOCKERS) break;
      const { workload } = blocker;
      chosen.push({ blocker, namespace: ns.name });
      for (const target2 of workload.targets)
        for (const item of itemsOf.get(itemKey(ns.name, workload.kind, workload.name, workload.part, target2)) ?? [])
          items.push(item);
      for (const finding of nsFindings)
        if (finding.kind === workload.kind && finding.name === workload.name && finding.part === workload.part)
          findings.push(finding);
    }
  }
  const fixed = planFixes({ items, findings, files: input.files, options: { allowBehaviourChange: true } });
  const owners = chosen.map(({ blocker, namespace }) => ({
    blocker,
    fixes: fixed.workloads.filter((fix) => fixOf(fix, namespace, blocker))
  }));
  const changes = new Map(fixed.files.map((change) => [change.file, change]));
  const edits = /* @__PURE__ */ new Map();
  for (const owner of owners) {
    const found = blockerEdit(owner, owners, changes);
    if (found !== void 0) edits.set(owner.blocker, found);
  }
  const left = blocking.reduce((sum, ns) => sum + ns.blockers.length, 0) - chosen.length;
  return {
    ...input.plan,
    ...left > 0 ? { editsLeftOut: left } : {},
    namespaces: input.plan.namespaces.map((ns) => ({
      ...ns,
      blockers: ns.blockers.map((blocker) => {
        const found = edits.get(blocker);
        if (found === void 0) return blocker;
        return {
          ...blocker,
          problems: blocker.problems.map((problem) => withEdit(problem, found.problems.get(problem))),
          edit: found.edit
        };
      })
    }))
  };
}
function itemKey(namespace, kind, name, part, target2) {
  return [namespace, kind, name, part ?? "", target2].join("\0");
}
function groupItems(items) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const { workload } = item;
    const key = itemKey(
      effectiveNamespace(workload, item.defaultNamespace),
      workload.kind,
      workload.name,
      workload.part,
      item.targetRef.path
    );
    const list = out.get(key) ?? [];
    list.push(item);
    out.set(key, list);
  }
  return out;
}
function fixOf(fix, namespace, blocker) {
  const { workload } = blocker;
  return fix.namespace === namespace && fix.kind === workload.kind && fix.name === workload.name && fix.part === workload.part && workload.targets.includes(fix.target.path);
}
function blockerEdit(owner, owners, changes) {
  const fileEdits = [];
  const runsOf = /* @__PURE__ */ new Map();
  for (const file of [...new Set(owner.fixes.flatMap((fix) => fix.files))].sort()) {
    const change = changes.get(file);
    if (change === void 0) continue;
    const sharing = owners.filter((other) => other.fixes.some((fix) => fix.files.includes(file)));
    const own = ownChange(
      change,
      owner.blocker,
      sharing.map((other) => other.blocker)
    );
    if (own === void 0) continue;
    const runs = own.before === void 0 ? [] : lineChanges(own.before, own.after);
    if (own.before !== void 0 && runs.length === 0) continue;
    runsOf.set(file, runs);
    fileEdits.push({ file, line: Math.max(1, runs[0]?.oldStart ?? 1), diff: unifiedDiff(own) });
  }
  if (fileEdits.length === 0) return void 0;
  const placed = owner.fixes.flatMap((fix) => fix.placed);
  const cleared = new Set(owner.fixes.flatMap((fix) => fix.cleared.map((finding) => finding.check)));
  const problems = /* @__PURE__ */ new Map();
  for (const problem of owner.blocker.problems) {
    if (!cleared.has(problem.check)) continue;
    const own = placed.filter((entry) => entry.change.check === problem.check);
    const changesOf = own.length > 0 ? own : placed;
    const file = changesOf[0]?.file ?? fileEdits[0]?.file ?? "";
    const line = lineOfChange(
      runsOf.get(file) ?? [],
      changesOf.map((entry) => entry.path)
    ) ?? fileEdits.find((edit) => edit.file === file)?.line ?? 1;
    problems.set(problem, { kind: kindOf(changesOf.map((entry) => entry.change.kind)), file, line });
  }
  return { edit: { kind: kindOf(placed.map((entry) => entry.change.kind)), files: fileEdits }, problems };
}
function ownChange(change, blocker, sharing) {
  if (sharing.length <= 1 || change.before === void 0 || blocker.workload.file !== change.file) return change;
  const before = documents(change.before);
  const after = documents(change.after);
  if (before.length !== after.length) return void 0;
  const index = before.findIndex(
    (doc) => blocker.workload.line >= doc.start && blocker.workload.line < doc.start + doc.lines.length
  );
  if (index < 0) return void 0;
  const merged = before.map((doc, i) => (i === index ? itemAt(after, i) : doc).lines.join("\n"));
  return { ...change, after: merged.join("\n") };
}
function documents(text) {
  const out = [{ start: 1, lines: [] }];
  text.split("\n").forEach((line, index) => {
    if (index > 0 && /^---(\s|$)/.test(line)) out.push({ start: index + 1, lines: [] });
    out[out.length - 1].lines.push(line);
  });
  return out;
}
function withEdit(problem, edit) {
  return edit === void 0 ? problem : { ...problem, edit };
}
function kindOf(kinds) {
  return kinds.includes("behaviour") ? "changes-behaviour" : "safe";
}
function lineOfChange(runs, paths) {
  const keys = paths.map((path9) => path9.filter((segment) => typeof segment === "string").pop()).filter((key) => key !== void 0);
  const run = runs.find(
    (candidate) => candidate.newLines.some((text) => keys.some((key) => new RegExp(`(^|[\\s{,-])${escapeRegExp(key)}:`).test(text)))
  );
  return run === void 0 ? void 0 : Math.max(1, run.oldStart);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/scan.ts
var TARGETS_PER_RENDER_SLOT = 8;
async function scan(options, deps, keepItems) {
  const discovered = await deps.discover(options);
  const inFlight = Math.max(1, options.render.concurrency) * TARGETS_PER_RENDER_SLOT;
  const targets = discovered.targets;
  const prepared = new Array(targets.length);
  const keepObjects = keepItems !== void 0 || options.plan === true;
  await mapBounded(startOrder(targets), inFlight, async (index) => {
    const target2 = itemAt(targets, index);
    if (target2.ref.kind !== "manifest") {
      prepared[index] = prepareOutcome(await deps.render(target2, options), options, keepObjects);
      return;
    }
    const streamed = new ScenarioItems({ ...target2.ref, scenarios: [] }, void 0, options, !keepObjects);
    const outcome = await deps.loadManifests(target2, options, streamed);
    streamed.reloadWith(outcome.scenarios[0]);
    prepared[index] = prepareOutcome(outcome, options, keepObjects, streamed);
  });
  if (keepItems) for (const outcome of prepared) for (const item of outcome.items) keepItems.push(item);
  return finishResult(prepared, discovered.errors, options);
}
function startOrder(targets) {
  const rank3 = (target2) => target2.ref.kind === "kustomize" ? 0 : target2.ref.kind === "helm" ? 1 : 2;
  return targets.map((_, index) => index).sort((a, b) => rank3(itemAt(targets, a)) - rank3(itemAt(targets, b)) || a - b);
}
function prepareOutcome(outcome, options, keepObjects = true, streamed) {
  const errors = [...outcome.errors];
  const items = [];
  const namespaceObjects = [];
  let workloadCount = 0;
  const take = (scenario) => {
    for (const error of scenario.errors) errors.push({ ...error, target: outcome.target });
    for (const item of scenario.items) items.push(item);
    for (const object of scenario.namespaces) namespaceObjects.push(object);
    workloadCount += scenario.items.length;
  };
  if (streamed) take(streamed);
  for (const scenario of outcome.scenarios) {
    const targetRef = {
      ...outcome.target,
      scenarios: outcome.target.kind === "helm" ? [scenario.scenario] : []
    };
    const reader = new ScenarioItems(
      targetRef,
      scenario.defaultNamespace,
      options,
      !keepObjects && scenario.reload !== void 0
    );
    reader.reloadWith(scenario);
    for (const object of scenario.objects) reader.add(object);
    take(reader);
  }
  const notice = outcome.target.kind !== "manifest" && workloadCount === 0 && outcome.scenarios.length > 0 ? {
    file: outcome.target.path,
    message: `${outcome.target.kind === "helm" ? "chart" : "kustomization"} rendered no pod-producing workloads`,
    target: outcome.target
  } : void 0;
  return {
    errors,
    items,
    namespaceObjects,
    summary: { ref: outcome.target, workloads: workloadCount },
    ...notice ? { notice } : {}
  };
}
var ScenarioItems = class {
  constructor(targetRef, defaultNamespace, options, slim) {
    this.targetRef = targetRef;
    this.defaultNamespace = defaultNamespace;
    this.options = options;
    this.slim = slim;
  }
  targetRef;
  defaultNamespace;
  options;
  slim;
  items = [];
  namespaces = [];
  errors = [];
  objectCount = 0;
  reloadObjects;
  rebuilt;
  /** Takes the scenario's way to build its objects again; without one, items taken slim cannot be assessed. */
  reloadWith(scenario) {
    this.reloadObjects = scenario?.reload;
    if (this.slim && this.items.length > 0 && this.reloadObjects === void 0) {
      throw new Error(`${this.targetRef.path}: objects were handed over as read, but cannot be read again`);
    }
  }
  object(object) {
    this.add(object);
  }
  restart() {
    this.items = [];
    this.namespaces = [];
    this.errors = [];
    this.objectCount = 0;
  }
  add(object) {
    const objectIndex = this.objectCount++;
    const extracted = extractWorkloads([object], this.options.policy.podTemplateKinds);
    for (const error of extracted.errors) this.errors.push(error);
    if (isNamespace(object)) this.namespaces.push(object);
    const items = extracted.workloads.map((workload) => ({
      workload,
      targetRef: this.targetRef,
      defaultNamespace: this.defaultNamespace
    }));
    warmAssessment(items, this.options.policy);
    items.forEach(
      (item, nth) => this.items.push(this.slim ? slimItem(item, () => this.reload(objectIndex, nth)) : item)
    );
  }
  /** The `nth` workload of the `objectIndex`-th object, freshly extracted from the objects built again (once). */
  reload(objectIndex, nth) {
    this.rebuilt ??= this.reloadObjects?.();
    const source = this.rebuilt?.[objectIndex];
    const again = source === void 0 ? void 0 : extractWorkloads([source], this.options.policy.podTemplateKinds).workloads[nth];
    if (again === void 0) throw new Error(`${this.targetRef.path}: object ${objectIndex} could not be read again`);
    return again;
  }
};
function finishResult(prepared, discoveryErrors, options) {
  const errors = [...discoveryErrors];
  const notices = [];
  const items = [];
  const namespaceObjects = [];
  const targets = [];
  for (const outcome of prepared) {
    for (const error of outcome.errors) errors.push(error);
    for (const item of outcome.items) items.push(item);
    for (const object of outcome.namespaceObjects) namespaceObjects.push(object);
    targets.push(outcome.summary);
    if (outcome.notice) notices.push(outcome.notice);
  }
  const renderErrors = mergeRepeatedErrors(errors);
  errors.length = 0;
  for (const error of renderErrors) errors.push(error);
  const assessed = assessWorkloads({
    items,
    namespaces: namespaceObjects,
    policy: options.policy,
    today: options.today
  });
  errors.push(...assessed.errors);
  notices.push(...assessed.notices);
  if (items.length === 0 && errors.length === 0) {
    const paths = options.paths.length > 0 ? options.paths.join(", ") : ".";
    notices.push({
      file: paths,
      message: `no pod-producing workloads found in ${paths} (${targets.length} ${targets.length === 1 ? "file or target" : "files and targets"} read)`
    });
  }
  return {
    findings: assessed.findings,
    workloads: assessed.verdicts,
    errors: sortErrors(errors),
    targets,
    notices: sortErrors(notices),
    ...options.plan === true ? {
      plan: buildRolloutPlan({
        items,
        namespaces: namespaceObjects,
        policy: options.policy,
        today: options.today,
        verdicts: assessed.verdicts
      })
    } : {}
  };
}
function mergeRepeatedErrors(errors) {
  const byKey = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const key = [error.file, error.line ?? 0, error.column ?? 0, error.message].join("\0");
    const seen = byKey.get(key);
    const target2 = error.target;
    if (seen === void 0) byKey.set(key, { error, targets: target2 ? [target2] : [] });
    else if (target2 && !seen.targets.some((known) => known.kind === target2.kind && known.path === target2.path))
      seen.targets.push(target2);
  }
  return [...byKey.values()].map(({ error, targets }) => {
    const elsewhere = targets.filter((target2) => !isWithin(error.file, target2.path));
    if (targets.length < 2 || elsewhere.length === 0) return error;
    return { ...error, message: `${error.message} (rendering ${elsewhere.map((target2) => target2.path).join(", ")})` };
  });
}
function isWithin(file, targetPath) {
  return targetPath === "." || file === targetPath || file.startsWith(`${targetPath}/`);
}
function isNamespace(object) {
  return object.value["kind"] === "Namespace" && object.value["apiVersion"] === "v1";
}
function sortErrors(errors) {
  return errors.map((error, index) => ({ error, index })).sort(
    (a, b) => compareStrings(a.error.file, b.error.file) || (a.error.line ?? 0) - (b.error.line ?? 0) || a.index - b.index
  ).map(({ error }) => error);
}
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(itemAt(items, index), index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/run-scan.ts
async function runScan(input) {
  const { loaded, errors } = loadConfig({
    cwd: input.cwd,
    ...input.configPath !== void 0 ? { configPath: input.configPath } : {}
  });
  if (!loaded) throw new OptionsError(errors);
  let admission = loaded.admission;
  if (input.admissionConfig !== void 0) {
    const read = loadAdmission(input.cwd, path4.resolve(input.cwd, input.admissionConfig), "--admission-config");
    if (!read.policy) throw new OptionsError(read.errors);
    admission = read.policy;
  }
  const resolved = resolveScanOptions({
    cwd: input.cwd,
    paths: input.paths.length > 0 ? input.paths : ["."],
    config: loaded.config,
    ...admission !== void 0 ? { admission } : {},
    configDir: loaded.dir,
    flags: input.flags,
    today: input.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    cpuCount: availableParallelism()
  });
  input.onConfig?.(loaded);
  const options = input.plan === true ? { ...resolved, plan: true } : resolved;
  const deps = input.deps ?? createNodeScanDeps();
  const items = input.keepItems ?? (options.plan === true ? [] : void 0);
  let result;
  try {
    result = await scan(options, input.wrapDeps ? input.wrapDeps(deps) : deps, items);
  } finally {
    if ("dispose" in deps && typeof deps.dispose === "function") deps.dispose();
  }
  if (result.plan !== void 0 && items !== void 0)
    result = { ...result, plan: planWithFixes(result.plan, items, options, input.cwd) };
  return { result, options };
}
function planWithFixes(plan, items, options, cwd) {
  try {
    return withPlanFixes({ plan, items, policy: options.policy, today: options.today, files: nodeSourceFiles(cwd) });
  } catch {
    return plan;
  }
}

// src/version.ts
var PODSEC_VERSION = "0.1.0";

// src/baseline/file.ts
import { readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import path5 from "node:path";

// src/baseline/identity.ts
function problemKey(problem) {
  return JSON.stringify([
    problem.kind,
    problem.namespace,
    problem.name,
    problem.part ?? "",
    problem.check,
    problem.detail
  ]);
}
function sameTargets(current, previous, scans) {
  if (current.length === 0 && previous.length === 0) return true;
  if (current.some((path9) => previous.includes(path9))) return true;
  const added = current.some((path9) => !scans.previousTargets.has(path9));
  const gone = previous.some((path9) => !scans.currentTargets.has(path9));
  return added && gone;
}

// src/baseline/compare.ts
function existingReason(source) {
  return `already present in the baseline (${source}); not failing`;
}
function applyBaseline(result, baseline) {
  const scans = {
    currentTargets: /* @__PURE__ */ new Set([
      ...result.targets.map((summary) => summary.ref.path),
      ...result.findings.flatMap(targetPaths)
    ]),
    previousTargets: /* @__PURE__ */ new Set([...baseline.targets, ...baseline.problems.flatMap((problem) => problem.targets)])
  };
  const byKey = /* @__PURE__ */ new Map();
  for (const problem of baseline.problems) {
    const key = problemKey(problem);
    const list = byKey.get(key) ?? [];
    list.push(problem);
    byKey.set(key, list);
  }
  const matched = /* @__PURE__ */ new Set();
  const reason = existingReason(baseline.source);
  const findings = result.findings.map((finding) => {
    const current = targetPaths(finding);
    const earlier = (byKey.get(problemKey(finding)) ?? []).filter(
      (problem) => sameTargets(current, problem.targets, scans)
    );
    for (const problem of earlier) matched.add(problem);
    if (finding.suppressed !== void 0 || earlier.length === 0) return finding;
    return { ...finding, suppressed: { reason, source: "baseline" } };
  });
  const fixed = /* @__PURE__ */ new Map();
  for (const problem of baseline.problems) {
    if (matched.has(problem)) continue;
    const identity2 = `${problemKey(problem)}\0${[...problem.targets].sort().join("\0")}`;
    if (!fixed.has(identity2)) fixed.set(identity2, compared(problem, problem.targets));
  }
  return {
    result: { ...result, findings },
    comparison: comparisonOf(findings, baseline.source, [...fixed.values()])
  };
}
function comparisonOf(findings, source, fixed) {
  const newProblems = /* @__PURE__ */ new Map();
  const existing = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const current = targetPaths(finding);
    const identity2 = `${problemKey(finding)}\0${[...current].sort().join("\0")}`;
    if (finding.suppressed?.source === "baseline") existing.add(identity2);
    else if (finding.suppressed === void 0 && finding.upcoming !== true && !newProblems.has(identity2))
      newProblems.set(identity2, compared(finding, current, finding));
  }
  return { source, newProblems: [...newProblems.values()], existing: existing.size, fixed };
}
function targetPaths(finding) {
  return finding.targets.map((target2) => target2.path);
}
function compared(problem, targets, at) {
  return {
    kind: problem.kind,
    namespace: problem.namespace,
    name: problem.name,
    ...problem.part !== void 0 ? { part: problem.part } : {},
    check: problem.check,
    detail: problem.detail,
    ...at ? { file: at.file, line: at.line } : {},
    targets: [...targets]
  };
}

// src/report/untrusted.ts
var LIMITS = {
  items: 5e5,
  text: 2e4,
  line: 1e7
};
var Invalid = class extends Error {
};
function fail(where3, expected) {
  throw new Invalid(`${where3}: expected ${expected}`);
}
function obj(value, where3) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(where3, "an object");
  return value;
}
function arr(value, where3, max = LIMITS.items) {
  if (!Array.isArray(value)) fail(where3, "a list");
  if (value.length > max) fail(where3, `at most ${max} items`);
  return value;
}
function str(value, where3, max = LIMITS.text) {
  if (typeof value !== "string" || value.length > max) fail(where3, `a string of at most ${max} characters`);
  return value;
}
function optStr(value, where3) {
  return value === void 0 ? void 0 : str(value, where3);
}
function int(value, where3, min, max) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(where3, `a whole number from ${min} to ${max}`);
  }
  return value;
}
function oneOf(value, allowed, where3) {
  if (typeof value !== "string" || !allowed.includes(value))
    fail(where3, `one of ${allowed.join(", ")}`);
  return value;
}
function isSafeRelativePath(text) {
  if (text === "" || text.length > 4096) return false;
  if (text.startsWith("/") || text.startsWith("\\") || /^[A-Za-z]:/.test(text)) return false;
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return false;
  return text.split("/").every((segment) => segment !== "..");
}
function relPath(value, where3) {
  const text = str(value, where3, 4096);
  if (!isSafeRelativePath(text)) fail(where3, 'a repository-relative path without ".." (forward slashes)');
  return text;
}

// src/report/json-shape.ts
var JSON_REPORT_VERSION = "2";
var PREVIOUS_JSON_REPORT_VERSION = "1";
var READABLE_JSON_REPORT_VERSIONS = [PREVIOUS_JSON_REPORT_VERSION, JSON_REPORT_VERSION];
var TARGET_KINDS = ["manifest", "helm", "kustomize"];
var SEVERITIES = ["error", "warning", "note"];
var SUPPRESSION_SOURCES = ["exemption", "config", "annotation", "baseline"];
function readJsonTarget(value, where3) {
  const o = obj(value, where3);
  return {
    kind: oneOf(o["kind"], TARGET_KINDS, `${where3}.kind`),
    path: str(o["path"], `${where3}.path`, 4096),
    scenarios: arr(o["scenarios"], `${where3}.scenarios`, 1e3).map((s, i) => str(s, `${where3}.scenarios[${i}]`, 4096))
  };
}
function readJsonLocation(value, where3) {
  const o = obj(value, where3);
  const message = optStr(o["message"], `${where3}.message`);
  return {
    file: relPath(o["file"], `${where3}.file`),
    line: int(o["line"], `${where3}.line`, 1, LIMITS.line),
    column: int(o["column"], `${where3}.column`, 1, LIMITS.line),
    endLine: int(o["endLine"], `${where3}.endLine`, 1, LIMITS.line),
    endColumn: int(o["endColumn"], `${where3}.endColumn`, 1, LIMITS.line),
    ...message !== void 0 ? { message } : {}
  };
}
function readModes(value, where3) {
  const list = arr(value, where3, 3).map((m, i) => oneOf(m, MODES, `${where3}[${i}]`));
  return MODES.filter((m) => list.includes(m));
}
function readSuppression(value, where3) {
  const s = obj(value, where3);
  const expires = optStr(s["expires"], `${where3}.expires`);
  return {
    reason: str(s["reason"], `${where3}.reason`),
    source: oneOf(s["source"], SUPPRESSION_SOURCES, `${where3}.source`),
    ...expires !== void 0 ? { expires } : {}
  };
}
function readJsonPolicy(value, where3) {
  const o = obj(value, where3);
  const fingerprint = str(o["fingerprint"], `${where3}.fingerprint`, 128);
  if (!/^[A-Za-z0-9:_.-]+$/.test(fingerprint)) fail(`${where3}.fingerprint`, "letters, digits and : _ . -");
  const suppressed = o["suppressed"] === void 0 ? void 0 : readSuppression(o["suppressed"], `${where3}.suppressed`);
  if (o["upcoming"] !== void 0 && typeof o["upcoming"] !== "boolean") fail(`${where3}.upcoming`, "true or false");
  return {
    modes: readModes(o["modes"], `${where3}.modes`),
    level: oneOf(o["level"], LEVELS, `${where3}.level`),
    version: str(o["version"], `${where3}.version`, 32),
    severity: oneOf(o["severity"], SEVERITIES, `${where3}.severity`),
    reason: str(o["reason"], `${where3}.reason`),
    detail: str(o["detail"], `${where3}.detail`),
    message: str(o["message"], `${where3}.message`),
    fingerprint,
    ...suppressed !== void 0 ? { suppressed } : {},
    ...o["upcoming"] === true ? { upcoming: true } : {}
  };
}
function readJsonProblemFields(value, where3) {
  const o = obj(value, where3);
  const check = str(o["check"], `${where3}.check`, 64);
  if (!isCheckId(check)) fail(`${where3}.check`, "an upstream check id");
  const note = optStr(o["note"], `${where3}.note`);
  return {
    check,
    file: relPath(o["file"], `${where3}.file`),
    line: int(o["line"], `${where3}.line`, 1, LIMITS.line),
    column: int(o["column"], `${where3}.column`, 1, LIMITS.line),
    endLine: int(o["endLine"], `${where3}.endLine`, 1, LIMITS.line),
    endColumn: int(o["endColumn"], `${where3}.endColumn`, 1, LIMITS.line),
    kind: str(o["kind"], `${where3}.kind`, 512),
    apiVersion: str(o["apiVersion"], `${where3}.apiVersion`, 512),
    namespace: str(o["namespace"], `${where3}.namespace`, 512),
    name: str(o["name"], `${where3}.name`, 512),
    ...o["part"] !== void 0 ? { part: str(o["part"], `${where3}.part`, 512) } : {},
    field: str(o["field"], `${where3}.field`, 2048),
    ...note !== void 0 ? { note } : {},
    targets: arr(o["targets"], `${where3}.targets`, 1e3).map((t, i) => readJsonTarget(t, `${where3}.targets[${i}]`)),
    related: arr(o["related"], `${where3}.related`, 1e3).map((r, i) => readJsonLocation(r, `${where3}.related[${i}]`))
  };
}
function readJsonProblem(value, where3) {
  const o = obj(value, where3);
  const policies = arr(o["policies"], `${where3}.policies`, 16);
  if (policies.length === 0) fail(`${where3}.policies`, "at least one policy");
  const fields = readJsonProblemFields(o, where3);
  return { ...fields, policies: policies.map((item, i) => readJsonPolicy(item, `${where3}.policies[${i}]`)) };
}
function readJsonWorkload(value, where3) {
  const o = obj(value, where3);
  const message = optStr(o["message"], `${where3}.message`);
  const note = optStr(o["note"], `${where3}.note`);
  if (typeof o["allowed"] !== "boolean") fail(`${where3}.allowed`, "true or false");
  const exempt = o["exempt"] === void 0 ? void 0 : oneOf(o["exempt"], ["namespace", "runtimeClass"], `${where3}.exempt`);
  return {
    file: relPath(o["file"], `${where3}.file`),
    line: int(o["line"], `${where3}.line`, 1, LIMITS.line),
    kind: str(o["kind"], `${where3}.kind`, 512),
    apiVersion: str(o["apiVersion"], `${where3}.apiVersion`, 512),
    namespace: str(o["namespace"], `${where3}.namespace`, 512),
    name: str(o["name"], `${where3}.name`, 512),
    ...o["part"] !== void 0 ? { part: str(o["part"], `${where3}.part`, 512) } : {},
    level: oneOf(o["level"], LEVELS, `${where3}.level`),
    version: str(o["version"], `${where3}.version`, 32),
    allowed: o["allowed"],
    mode: oneOf(o["mode"], MODES, `${where3}.mode`),
    ...message !== void 0 ? { message } : {},
    ...exempt !== void 0 ? { exempt } : {},
    targets: arr(o["targets"], `${where3}.targets`, 1e3).map((t, i) => readJsonTarget(t, `${where3}.targets[${i}]`)),
    ...note !== void 0 ? { note } : {}
  };
}
function readJsonError(value, where3) {
  const o = obj(value, where3);
  return {
    file: str(o["file"], `${where3}.file`, 4096),
    message: str(o["message"], `${where3}.message`),
    ...o["line"] !== void 0 ? { line: int(o["line"], `${where3}.line`, 1, LIMITS.line) } : {},
    ...o["column"] !== void 0 ? { column: int(o["column"], `${where3}.column`, 1, LIMITS.line) } : {},
    ...o["target"] !== void 0 ? { target: readJsonTarget(o["target"], `${where3}.target`) } : {}
  };
}
function readJsonTargetSummary(value, where3) {
  const o = obj(value, where3);
  return { ...readJsonTarget(o, where3), workloads: int(o["workloads"], `${where3}.workloads`, 0, LIMITS.items) };
}

// src/baseline/read.ts
var BASELINE_REPORT_VERSIONS = READABLE_JSON_REPORT_VERSIONS;
var MAX_BASELINE_BYTES = 128 * 1024 * 1024;
function readBaseline(text, file) {
  if (text.length > MAX_BASELINE_BYTES)
    return { error: `${file}: baseline is larger than ${MAX_BASELINE_BYTES} bytes` };
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `${file}: baseline is not valid JSON (${error.message})` };
  }
  try {
    const report = obj(raw, "baseline");
    const version = report["version"];
    if (typeof version !== "string" || !BASELINE_REPORT_VERSIONS.includes(version)) {
      fail(
        "version",
        `a podsec JSON report (version ${BASELINE_REPORT_VERSIONS.map((v) => JSON.stringify(v)).join(" or ")})`
      );
    }
    const listName = Array.isArray(report["problems"]) ? "problems" : "findings";
    const problems = [];
    arr(report[listName], listName).forEach((item, index) => {
      for (const problem of readProblems(item, `${listName}[${index}]`)) problems.push(problem);
    });
    const targets = arr(report["targets"] ?? [], "targets").map(
      (item, index) => str(obj(item, `targets[${index}]`)["path"], `targets[${index}].path`, 4096)
    );
    return { baseline: { source: file, problems, targets } };
  } catch (error) {
    if (error instanceof Invalid) return { error: `${file}: not a usable baseline: ${error.message}` };
    throw error;
  }
}
function readProblems(value, where3) {
  const o = obj(value, where3);
  const part = optStr(o["part"], `${where3}.part`);
  const shared = {
    kind: str(o["kind"], `${where3}.kind`, 512),
    namespace: str(o["namespace"], `${where3}.namespace`, 512),
    name: str(o["name"], `${where3}.name`, 512),
    ...part !== void 0 ? { part } : {},
    check: str(o["check"], `${where3}.check`, 64),
    targets: arr(o["targets"] ?? [], `${where3}.targets`, 1e3).map((target2, index) => {
      const path9 = obj(target2, `${where3}.targets[${index}]`)["path"];
      return str(path9, `${where3}.targets[${index}].path`, 4096);
    })
  };
  const policies = Array.isArray(o["policies"]) ? arr(o["policies"], `${where3}.policies`, 16).map((policy, index) => ({
    policy: obj(policy, `${where3}.policies[${index}]`),
    at: `${where3}.policies[${index}]`
  })) : [{ policy: o, at: where3 }];
  const out = [];
  for (const { policy, at } of policies) {
    if (policy["suppressed"] !== void 0 && obj(policy["suppressed"], `${at}.suppressed`)["source"] !== "baseline")
      continue;
    out.push({ ...shared, detail: str(policy["detail"], `${at}.detail`, LIMITS.text) });
  }
  return out;
}

// src/baseline/file.ts
function compareWithBaselineFile(result, cwd, file) {
  const absolute = path5.resolve(cwd, file);
  let text;
  try {
    if (statSync2(absolute).size > MAX_BASELINE_BYTES)
      return withError(result, file, `baseline is larger than ${MAX_BASELINE_BYTES} bytes`);
    text = readFileSync3(absolute, "utf8");
  } catch (error) {
    const code2 = error.code;
    const why = code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "it is a directory" : code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : code2 ?? "read failed";
    return withError(result, file, `baseline cannot be read: ${why}`);
  }
  const read = readBaseline(text, file);
  if (read.baseline === void 0)
    return {
      result: {
        ...result,
        errors: [...result.errors, { file, message: stripFile(read.error ?? "not a podsec JSON report", file) }]
      }
    };
  return applyBaseline(result, read.baseline);
}
function withError(result, file, message) {
  return { result: { ...result, errors: [...result.errors, { file, message }] } };
}
function stripFile(message, file) {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

// src/plan/render.ts
function workloadName(workload) {
  const name = workload.name === "" ? "(unnamed)" : workload.name;
  return workload.part === void 0 ? `${workload.kind} ${name}` : `${workload.kind} ${name} ${workload.part}`;
}
function policyText(policy) {
  return `${policy.level}:${policy.version}`;
}
function namespaceHeadline(plan) {
  if (plan.exempt) return "exempt from Pod Security (exemptions.namespaces): labels have no effect here";
  if (plan.workloads.length === 0) return `no workloads in the scanned files; every level passes`;
  const next = plan.next === void 0 ? "" : `; ${plural3(plan.blockers.length, "workload")} ${plan.blockers.length === 1 ? "blocks" : "block"} ${plan.next}`;
  return `enforce can be ${policyText(plan.passes)} today${next}`;
}
var EDIT_KIND = {
  safe: "safe",
  "changes-behaviour": "changes behaviour: it takes away something the workload asks for"
};
function problemFix(problem) {
  if (problem.edit === void 0) return problem.fix;
  const kind = problem.edit.kind === "safe" ? "safe edit" : "edit that changes behaviour";
  return `${kind} at ${formatLocation(problem.edit.file, problem.edit.line)} (below)`;
}
function editLines(blocker, indent) {
  if (blocker.edit === void 0) return [];
  const lines = [`${indent}edit (${EDIT_KIND[blocker.edit.kind]}):`];
  for (const file of blocker.edit.files)
    for (const line of file.diff.replace(/\n$/, "").split("\n")) lines.push(`${indent}  ${printable(line)}`);
  return lines;
}
function editsLeftOutNote(count) {
  return `The fix engine's edits are shown for the first ${MAX_EDITED_BLOCKERS} blocking workloads; ${plural3(count, "other")} ${count === 1 ? "has" : "have"} the checks' advice only.`;
}
var NOT_COUNTED_NOTE = "Relaxations are podsec settings: Pod Security Admission does not know them, so these pods are still rejected at a level they fail unless the cluster exempts them.";
function renderPlanText(plan) {
  const lines = [
    `Rollout plan: ${plural3(plan.namespaces.length, "namespace")}, labels pinned to ${plan.version}`
  ];
  if (plan.editsLeftOut !== void 0) lines.push(editsLeftOutNote(plan.editsLeftOut));
  for (const ns of plan.namespaces) {
    lines.push(
      "",
      `namespace ${printable(ns.name)} (${plural3(ns.workloads.length, "workload")}): ${namespaceHeadline(ns)}`
    );
    for (const workload of ns.workloads)
      lines.push(
        `  - ${printable(workloadName(workload))} (${printable(formatLocation(workload.file, workload.line))})`
      );
    if (ns.blockers.length > 0) {
      lines.push(`  blocks ${ns.next}:`);
      for (const blocker of ns.blockers) {
        lines.push(`    ${printable(workloadName(blocker.workload))}`);
        for (const problem of blocker.problems) {
          lines.push(
            `      ${problem.check}: ${printable(problem.detail)} (${printable(formatLocation(problem.file, problem.line))})`
          );
          const fix = problemFix(problem);
          if (fix !== "") lines.push(`        fix: ${printable(fix)}`);
        }
        lines.push(...editLines(blocker, "      "));
      }
    }
    if (ns.notCounted.length > 0) {
      lines.push("  not counted (exempted or relaxed):");
      for (const entry of ns.notCounted) {
        lines.push(
          `    ${printable(workloadName(entry.workload))}: ${entry.check} at ${entry.level} (${entry.suppressed.source}: ${printable(entry.suppressed.reason)})`
        );
      }
      if (ns.notCounted.some((entry) => entry.suppressed.source !== "exemption")) lines.push(`    ${NOT_COUNTED_NOTE}`);
    }
    if (ns.existing !== void 0) {
      const from = ns.existing.from === "config" ? "config" : formatLocation(ns.existing.from.file, ns.existing.from.line);
      lines.push(`  existing labels (${printable(from)}): ${printable(ns.existing.summary)}`);
      for (const workload of ns.existing.rejects) lines.push(`    rejected: ${printable(workloadName(workload))}`);
    }
    const rec = ns.recommendation;
    if (rec !== void 0) {
      lines.push(
        `  recommended: enforce=${policyText(rec.enforce)} warn=${policyText(rec.warn)} audit=${policyText(rec.audit)}`
      );
      if (rec.command !== void 0) lines.push(`    ${rec.command}`);
      else lines.push("    (not a valid namespace name: no kubectl command)");
      lines.push("    Namespace manifest:", ...rec.manifest.split("\n").map((line) => `      ${printable(line)}`));
    }
  }
  return `${lines.join("\n")}
`;
}
function fenced(text, language) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text}
${fence}`;
}
function renderPlanMarkdown(plan, headingLevel = 2, options = {}) {
  const h = "#".repeat(headingLevel);
  const out = [
    `${h} Pod Security rollout plan`,
    "",
    `Labels pinned to \`${plan.version}\`. Enforce what passes today; warn and audit at the next level, so its violations show up before it is enforced.`,
    ""
  ];
  if (plan.editsLeftOut !== void 0) out.push(editsLeftOutNote(plan.editsLeftOut), "");
  out.push(
    "| Namespace | Workloads | Enforce today | Blocks the next level | Existing labels |",
    "| --- | ---: | --- | --- | --- |"
  );
  for (const ns of plan.namespaces) {
    const today = ns.exempt ? "exempt" : `\`${policyText(ns.passes)}\``;
    const blocks2 = ns.next === void 0 || ns.exempt ? "" : `${ns.next}: ${plural3(ns.blockers.length, "workload")}`;
    out.push(
      `| ${cell(ns.name)} | ${ns.workloads.length} | ${today} | ${blocks2} | ${ns.existing === void 0 ? "" : cell(ns.existing.summary)} |`
    );
  }
  if (options.tableOnly === true) {
    out.push(
      "",
      "The plan of each namespace (blockers, labels, commands) is too long for this page: run `podsec plan` or read the `plan` field of the JSON report."
    );
    return `${out.join("\n")}
`;
  }
  for (const ns of plan.namespaces) {
    out.push("", `${h}# Namespace ${escapeInline(ns.name)}`, "", `${escapeInline(namespaceHeadline(ns))}.`, "");
    if (ns.blockers.length > 0) {
      out.push(
        `What blocks ${ns.next}:`,
        "",
        "| Workload | Check | Problem | Where | Fix |",
        "| --- | --- | --- | --- | --- |"
      );
      for (const blocker of ns.blockers) {
        for (const problem of blocker.problems) {
          out.push(
            `| ${cell(workloadName(blocker.workload))} | ${problem.check} | ${cell(problem.detail)} | ${cell(formatLocation(problem.file, problem.line))} | ${cell(problemFix(problem))} |`
          );
        }
      }
      out.push("");
      for (const blocker of ns.blockers) {
        if (blocker.edit === void 0) continue;
        const diff = blocker.edit.files.map((file) => file.diff.replace(/\n$/, "")).join("\n");
        out.push(
          `<details><summary>Edit for ${escapeInline(workloadName(blocker.workload))} (${EDIT_KIND[blocker.edit.kind]})</summary>`,
          "",
          fenced(diff, "diff"),
          "",
          "</details>",
          ""
        );
      }
    }
    if (ns.notCounted.length > 0) {
      out.push("Not counted (exempted or relaxed):", "");
      for (const entry of ns.notCounted)
        out.push(
          `- ${escapeInline(workloadName(entry.workload))}: ${entry.check} at ${entry.level} (${entry.suppressed.source}: ${escapeInline(entry.suppressed.reason)})`
        );
      if (ns.notCounted.some((entry) => entry.suppressed.source !== "exemption")) out.push("", NOT_COUNTED_NOTE);
      out.push("");
    }
    if (ns.existing !== void 0) {
      const from = ns.existing.from === "config" ? "the config" : formatLocation(ns.existing.from.file, ns.existing.from.line);
      out.push(`Existing labels (${escapeInline(from)}): **${escapeInline(ns.existing.summary)}**.`);
      for (const workload of ns.existing.rejects) out.push(`- rejected: ${escapeInline(workloadName(workload))}`);
      out.push("");
    }
    const rec = ns.recommendation;
    if (rec !== void 0) {
      out.push(
        `Recommended: enforce \`${policyText(rec.enforce)}\`, warn \`${policyText(rec.warn)}\`, audit \`${policyText(rec.audit)}\`.`,
        ""
      );
      if (rec.command !== void 0) out.push(fenced(rec.command, "sh"), "");
      out.push(fenced(rec.manifest, "yaml"), "");
    }
  }
  return `${out.join("\n").trimEnd()}
`;
}

// src/report/json.ts
function buildJsonReport(result, options = {}) {
  const { problems, counts, failOn } = problemReport(result, options.failOn);
  return {
    version: JSON_REPORT_VERSION,
    summary: {
      failOn,
      workloads: counts.workloads,
      passed: counts.passed,
      failed: counts.failed,
      problems: counts.problems,
      blocking: counts.blocking,
      byMode: {
        enforce: { ...counts.byMode.enforce },
        warn: { ...counts.byMode.warn },
        audit: { ...counts.byMode.audit }
      },
      suppressed: counts.suppressed,
      upcoming: counts.upcoming,
      errors: counts.errors,
      notices: counts.notices
    },
    problems: problems.map(jsonProblem),
    workloads: result.workloads.map(jsonWorkload),
    errors: result.errors.map(jsonError),
    notices: result.notices.map(jsonError),
    targets: result.targets.map((summary) => ({ ...jsonTarget(summary.ref), workloads: summary.workloads }))
  };
}
function jsonProblem(problem) {
  return {
    id: problem.id,
    check: problem.check,
    title: problemTitle(problem.check),
    file: problem.file,
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    kind: problem.kind,
    apiVersion: problem.apiVersion,
    namespace: problem.namespace,
    name: problem.name,
    ...problem.part === void 0 ? {} : { part: problem.part },
    containers: [...problem.containers],
    field: problem.field,
    severity: problem.severity,
    modes: [...problem.modes],
    blocking: problem.blocking,
    policies: problem.findings.map(jsonPolicy),
    ...problem.suppressed === void 0 ? {} : { suppressed: jsonSuppression(problem.suppressed) },
    ...problem.upcoming ? { upcoming: true } : {},
    ...problem.note === void 0 ? {} : { note: problem.note },
    fix: fixLine(problem),
    docs: checkPageUrl(problem.check),
    targets: problem.targets.map(jsonTarget),
    related: problem.related.map(jsonLocation)
  };
}
function jsonPolicy(finding) {
  return {
    modes: [...finding.modes],
    level: finding.level,
    version: finding.version,
    severity: finding.severity,
    reason: finding.reason,
    detail: finding.detail,
    message: finding.message,
    fingerprint: finding.fingerprint,
    ...finding.suppressed === void 0 ? {} : { suppressed: jsonSuppression(finding.suppressed) },
    ...finding.upcoming === true ? { upcoming: true } : {}
  };
}
function jsonWorkload(verdict) {
  return {
    file: verdict.file,
    line: verdict.line,
    kind: verdict.kind,
    apiVersion: verdict.apiVersion,
    namespace: verdict.namespace,
    name: verdict.name,
    ...verdict.part === void 0 ? {} : { part: verdict.part },
    level: verdict.level,
    version: verdict.version,
    allowed: verdict.allowed,
    mode: verdict.mode,
    ...verdict.message === void 0 ? {} : { message: verdict.message },
    ...verdict.exempt === void 0 ? {} : { exempt: verdict.exempt },
    targets: verdict.targets.map(jsonTarget),
    ...verdict.note === void 0 ? {} : { note: verdict.note }
  };
}
function jsonError(error) {
  return {
    file: error.file,
    message: error.message,
    ...error.line === void 0 ? {} : { line: error.line },
    ...error.column === void 0 ? {} : { column: error.column },
    ...error.target === void 0 ? {} : { target: jsonTarget(error.target) }
  };
}
function jsonTarget(target2) {
  return { kind: target2.kind, path: target2.path, scenarios: [...target2.scenarios] };
}
function jsonLocation(location) {
  return {
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    ...location.message === void 0 ? {} : { message: location.message }
  };
}
function jsonSuppression(suppression2) {
  return {
    reason: suppression2.reason,
    source: suppression2.source,
    ...suppression2.expires === void 0 ? {} : { expires: suppression2.expires }
  };
}

// src/baseline/render.ts
function baselineTally(comparison) {
  return {
    source: comparison.source,
    new: comparison.newProblems.length,
    existing: comparison.existing,
    fixed: comparison.fixed.length
  };
}
function formatBaselineTally(tally) {
  const fixed = tally.fixed > 0 ? `; ${tally.fixed} fixed` : "";
  return `${plural3(tally.new, "new problem")} (${tally.existing} existing, not failing)${fixed}`;
}
function baselineCounts(comparison) {
  return formatBaselineTally(baselineTally(comparison));
}
function problemLine2(problem) {
  return `${problem.check} in ${workloadLabel(problem)}: ${problem.detail}`;
}
function renderBaselineText(comparison) {
  const lines = [`Compared with the baseline ${printable(comparison.source)}: ${baselineCounts(comparison)}`];
  for (const problem of comparison.newProblems) lines.push(`  new:   ${printable(problemLine2(problem))}`);
  for (const problem of comparison.fixed) lines.push(`  fixed: ${printable(problemLine2(problem))}`);
  return `${lines.join("\n")}
`;
}
function renderBaselineMarkdown(comparison) {
  const out = [
    "### Compared with the baseline",
    "",
    `**${escapeInline(baselineCounts(comparison))}**, against ${escapeInline(comparison.source)}.`,
    ""
  ];
  const table = (title2, problems) => {
    if (problems.length === 0) return;
    out.push(
      `<details><summary>${escapeInline(title2)}</summary>`,
      "",
      "| Workload | Check | Problem |",
      "| --- | --- | --- |"
    );
    for (const problem of problems)
      out.push(`| ${cell(workloadLabel(problem))} | ${cell(problem.check)} | ${cell(problem.detail)} |`);
    out.push("", "</details>", "");
  };
  table(plural3(comparison.newProblems.length, "new problem"), comparison.newProblems);
  table(plural3(comparison.fixed.length, "fixed problem"), comparison.fixed);
  return `${out.join("\n").trimEnd()}
`;
}
function jsonBaseline(comparison) {
  return {
    source: comparison.source,
    new: comparison.newProblems.length,
    existing: comparison.existing,
    fixed: comparison.fixed
  };
}

// src/baseline/sections.ts
function renderJsonReport(result, comparison, options = {}) {
  const report = {
    ...buildJsonReport(result, options),
    ...comparison !== void 0 ? { baseline: jsonBaseline(comparison) } : {},
    ...result.plan !== void 0 ? { plan: result.plan } : {}
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
function appendTextSections(text, result, comparison) {
  const parts = [text.endsWith("\n") ? text : `${text}
`];
  if (comparison !== void 0) parts.push(`
${renderBaselineText(comparison)}`);
  if (result.plan !== void 0) parts.push(`
${renderPlanText(result.plan)}`);
  return parts.join("");
}
var encoder2 = new TextEncoder();
var byteLength2 = (text) => encoder2.encode(text).length;
var SECTIONS_MAX_BYTES = 256 * 1024;
function jobSummaryWithSections(result, comparison, options = {}, maxBytes = JOB_SUMMARY_MAX_BYTES - 4096) {
  const render = (short) => {
    const parts = [];
    if (comparison !== void 0) {
      parts.push(
        `
${short ? renderBaselineMarkdown({ ...comparison, newProblems: comparison.newProblems.slice(0, 50), fixed: comparison.fixed.slice(0, 50) }) : renderBaselineMarkdown(comparison)}`
      );
    }
    if (result.plan !== void 0) parts.push(`
${renderPlanMarkdown(result.plan, 3, { tableOnly: short })}`);
    return parts.join("");
  };
  let sections = render(false);
  if (byteLength2(sections) > SECTIONS_MAX_BYTES) sections = render(true);
  if (byteLength2(sections) > SECTIONS_MAX_BYTES)
    sections = `
The baseline comparison and the rollout plan are too long for this page: see the JSON report.
`;
  const summary = renderJobSummary(result, { ...options, maxBytes: Math.max(8192, maxBytes - byteLength2(sections)) });
  return `${summary.endsWith("\n") ? summary : `${summary}
`}${sections}`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/did-you-mean.ts
function editDistance(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array(y.length).fill(0)]);
  for (let j = 0; j <= y.length; j++) itemAt(rows, 0)[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const row = itemAt(rows, i);
    const previous = itemAt(rows, i - 1);
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(itemAt(previous, j) + 1, itemAt(row, j - 1) + 1, itemAt(previous, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, itemAt(itemAt(rows, i - 2), j - 2) + 1);
      row[j] = best;
    }
  }
  return itemAt(itemAt(rows, x.length), y.length);
}
function closest(word, known) {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== void 0 && bestDistance <= limit) return best;
  const prefixed = known.filter((candidate) => candidate.toLowerCase().startsWith(word.toLowerCase()));
  return word.length >= 3 && prefixed.length === 1 ? prefixed[0] : void 0;
}
function didYouMean(word, known) {
  const match = closest(word, known);
  return match === void 0 ? "" : `; did you mean ${match}?`;
}

// src/cli/args.ts
var OUTPUT_FORMATS = ["text", "json", "sarif", "markdown"];
var UsageError = class extends Error {
  name = "UsageError";
};
var COMMANDS = ["scan", "plan", "fix", "merge", "checks", "explain", "version", "help"];
var scanOptions = {
  level: { type: "string" },
  "policy-version": { type: "string" },
  // The policy version's first spelling; still accepted so existing scripts keep working.
  version: { type: "string" },
  enforce: { type: "string" },
  warn: { type: "string" },
  audit: { type: "string" },
  "next-version": { type: "string" },
  "cluster-version": { type: "string" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
  sarif: { type: "string" },
  json: { type: "string" },
  config: { type: "string", short: "c" },
  "admission-config": { type: "string" },
  exclude: { type: "string", multiple: true },
  helm: { type: "string" },
  kustomize: { type: "string" },
  values: { type: "string", short: "f", multiple: true },
  set: { type: "string", multiple: true },
  namespace: { type: "string", short: "n" },
  "release-name": { type: "string" },
  "kube-version": { type: "string" },
  "api-versions": { type: "string", multiple: true },
  network: { type: "boolean" },
  "enable-helm": { type: "boolean" },
  timeout: { type: "string" },
  concurrency: { type: "string" },
  "fail-on": { type: "string" },
  "render-errors": { type: "string" },
  shard: { type: "string" },
  "ignore-inline": { type: "boolean" },
  "allow-empty-input": { type: "boolean" },
  baseline: { type: "string" },
  plan: { type: "boolean" },
  changed: { type: "boolean" },
  debug: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  "show-suppressed": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var fixOptions = {
  ...scanOptions,
  write: { type: "boolean" },
  "allow-behaviour-change": { type: "boolean" }
};
var mergeOptions = {
  format: scanOptions.format,
  output: scanOptions.output,
  "fail-on": scanOptions["fail-on"],
  debug: scanOptions.debug,
  color: scanOptions.color,
  "no-color": scanOptions["no-color"],
  verbose: scanOptions.verbose,
  "show-suppressed": scanOptions["show-suppressed"],
  help: scanOptions.help
};
var helpOnly = { help: scanOptions.help };
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "help" || first === "--help" || first === "-h") {
    return { command: "help", topic: first === "help" ? rest[0] : void 0 };
  }
  if (first === "version" || first === "--version" || first === "--about") return { command: "version" };
  if (first === "scan") return parseScan(rest);
  if (first === "plan") return parsePlan(rest);
  if (first === "merge") return parseMerge(rest);
  if (first === "fix") return parseFix(rest);
  if (first === "checks") return parseChecks(rest);
  if (first === "explain") return parseExplain(rest);
  if (first.startsWith("-")) {
    throw new UsageError(
      `unknown option ${first}${didYouMean(first, ["--help", "--version"])} (commands: ${COMMANDS.join(", ")}; see podsec help)`
    );
  }
  throw new UsageError(`unknown command "${first}"${didYouMean(first, COMMANDS)} (commands: ${COMMANDS.join(", ")})`);
}
function parseChecks(argv) {
  const { values, positionals } = parseStrict(argv, helpOnly, "checks");
  if (values.help) return { command: "help", topic: "checks" };
  if (positionals.length > 0)
    throw new UsageError(`checks takes no arguments (to read one check: podsec explain ${positionals[0]})`);
  return { command: "checks" };
}
function parseExplain(argv) {
  const { values, positionals } = parseStrict(argv, helpOnly, "explain");
  if (values.help) return { command: "help", topic: "explain" };
  if (positionals.length !== 1)
    throw new UsageError("explain needs one check id, e.g. podsec explain runAsNonRoot (podsec checks lists them)");
  return { command: "explain", check: itemAt(positionals, 0) };
}
function policyVersion(values) {
  const current = values["policy-version"];
  const old = values.version;
  if (current !== void 0 && old !== void 0 && current !== old) {
    throw new UsageError(`--policy-version ${current} and --version ${old} disagree; give --policy-version only`);
  }
  return current ?? old;
}
function parseFix(argv) {
  const { values, positionals } = parseStrict(argv, fixOptions, "fix");
  if (values.help) return { command: "help", topic: "fix" };
  return {
    ...scanCommand(values, positionals),
    command: "fix",
    write: values.write ?? false,
    allowBehaviourChange: values["allow-behaviour-change"] ?? false
  };
}
function parseScan(argv) {
  if (argv[argv.length - 1] === "--version") {
    throw new UsageError(
      "scan --version needs a policy version (latest or v1.N; spelled --policy-version now); podsec --version prints podsec's version"
    );
  }
  const { values, positionals } = parseStrict(argv, scanOptions, "scan");
  if (values.help) return { command: "help", topic: "scan" };
  return scanCommand(values, positionals);
}
function scanCommand(values, positionals) {
  return {
    command: "scan",
    paths: positionals,
    format: parseFormat(values.format),
    output: values.output,
    sarifFile: values.sarif,
    jsonFile: values.json,
    config: values.config,
    admissionConfig: values["admission-config"],
    changed: values.changed ?? false,
    debug: values.debug ?? false,
    color: colorChoice(values.color, values["no-color"]),
    report: { verbose: values.verbose ?? false, showSuppressed: values["show-suppressed"] ?? false },
    flags: {
      level: values.level,
      version: policyVersion(values),
      enforce: values.enforce,
      warn: values.warn,
      audit: values.audit,
      nextVersion: values["next-version"],
      clusterVersion: values["cluster-version"],
      exclude: values.exclude ?? [],
      helm: values.helm,
      kustomize: values.kustomize,
      values: values.values ?? [],
      set: values.set ?? [],
      namespace: values.namespace,
      releaseName: values["release-name"],
      kubeVersion: values["kube-version"],
      apiVersions: values["api-versions"] ?? [],
      network: values.network,
      enableHelm: values["enable-helm"],
      timeout: values.timeout,
      concurrency: values.concurrency,
      failOn: values["fail-on"],
      renderErrors: values["render-errors"],
      shard: values.shard,
      ignoreInline: values["ignore-inline"],
      allowEmptyInput: values["allow-empty-input"]
    },
    ...values.baseline !== void 0 ? { baseline: values.baseline } : {},
    ...values.plan === true ? { plan: true } : {}
  };
}
function parsePlan(argv) {
  const scan2 = parseScan(argv);
  if (scan2.command !== "scan") return { command: "help", topic: "plan" };
  if (scan2.format === "sarif") throw new UsageError("plan writes text, markdown or json, not sarif");
  if (scan2.baseline !== void 0)
    throw new UsageError("--baseline is a scan option; plan does not compare with a baseline");
  const { command: _scan, ...rest } = scan2;
  return { ...rest, command: "plan" };
}
function parseMerge(argv) {
  const { values, positionals } = parseStrict(argv, mergeOptions, "merge");
  if (values.help) return { command: "help", topic: "merge" };
  if (positionals.length === 0) throw new UsageError("merge needs at least one JSON result file");
  return {
    command: "merge",
    files: positionals,
    format: parseFormat(values.format),
    output: values.output,
    failOn: values["fail-on"],
    debug: values.debug ?? false,
    color: colorChoice(values.color, values["no-color"]),
    report: { verbose: values.verbose ?? false, showSuppressed: values["show-suppressed"] ?? false }
  };
}
function parseStrict(argv, options, command) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, options, command));
  }
}
function usageMessage(error, options, command) {
  const message = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
  const code2 = error.code;
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown !== void 0) {
    const flags = Object.entries(options).flatMap(([name, option]) => [
      `--${name}`,
      ..."short" in option && option.short ? [`-${option.short}`] : []
    ]);
    const flag = itemAt(unknown.split("="), 0);
    const suggestion = didYouMean(flag, flags);
    const asPath = suggestion === "" && command !== "checks" && command !== "explain" ? `; a path that starts with - goes after --, as in podsec ${command} -- ${unknown}` : "";
    return `unknown option ${flag} for ${command}${suggestion}${asPath} (see podsec help)`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)?.[1];
  if (missing !== void 0) return `${missing} needs a value (see podsec help)`;
  return `${message.replace(/\.$/, "")} (see podsec help)`;
}
function parseFormat(text) {
  if (text === void 0) return "text";
  if (OUTPUT_FORMATS.includes(text)) return text;
  throw new UsageError(`format "${text}" is not one of ${OUTPUT_FORMATS.join(", ")}`);
}
function colorChoice(color, noColor) {
  if (noColor) return false;
  return color;
}
var HELP_TEXT = `podsec: check Kubernetes workloads against the Pod Security Standards, as Pod Security Admission would.

Usage:
  podsec scan [PATH...] [options]     scan manifests, Helm charts and kustomize overlays (default PATH: .)
  podsec plan [PATH...] [options]     a Pod Security rollout plan per namespace (takes the scan options)
  podsec fix [PATH...] [options]      print the edits that make failing workloads pass (scan's options)
  podsec merge FILE... [options]      merge JSON results of sharded scans into one report
  podsec checks                       list the checks: id, level, versions, title
  podsec explain CHECK                print a check's page: rule, fields, allowed values, message, fix
  podsec version, podsec --version    print podsec's version
  podsec help                         this text

PATH may be a file, a directory (searched recursively), or - for standard input.
Empty standard input is an error (exit 2), so a failed command before the pipe fails the scan;
--allow-empty-input accepts it.

Policy:
  --level LEVEL            privileged, baseline or restricted for all three modes
  --policy-version VER     latest or v1.N for all three modes (--version VER, the older spelling, still works)
  --enforce LEVEL[:VER]    set one mode (also --warn, --audit), e.g. --warn restricted:v1.30
  --next-version VERSION   also report, as notes, what would fail at a newer version
  --cluster-version v1.N   the cluster's version: what "latest" means there
  -c, --config FILE        config file (default: .podsec.yaml or .podsec.yml in the working directory, if present;
                           text output names the file used on stderr)
  --admission-config FILE  the cluster's PodSecurityConfiguration or AdmissionConfiguration, as is
  --ignore-inline          do not honour podsec.dev/ignore annotations

Rendering:
  --helm BIN               helm binary (default: helm on PATH, else the one installed with podsec)
  --kustomize BIN          kustomize binary (default: kustomize on PATH, else kubectl kustomize)
  -f, --values FILE        Helm values file, repeatable, applied in order
  --set KEY=VALUE          Helm --set, repeatable
  -n, --namespace NS       namespace for Helm releases
  --release-name NAME      Helm release name
  --kube-version V         Helm --kube-version
  --api-versions GV        Helm --api-versions, repeatable
  --enable-helm            allow helmCharts in kustomizations
  --network                allow network while rendering (remote bases, chart dependencies)
  --timeout SECONDS        per-render timeout (default 120)
  --concurrency N          renders in parallel (default: number of cores)
  --exclude GLOB           leave out matching files and directories, repeatable
  --shard I/N              scan only shard I of N (stable assignment of targets)
  --changed                the PATHs are changed files (the pre-commit hook): scan the chart or kustomize
                           overlay each belongs to, or the file itself if it is a manifest

Output:
  --format FORMAT          text, json, sarif or markdown (a job summary) (default text)
  -o, --output FILE        write the report to FILE instead of standard output
  --sarif FILE             also write SARIF to FILE
  --json FILE              also write JSON to FILE
  --fail-on WHAT           enforce (default), warn, audit, any or none
  --baseline FILE          a JSON report of an earlier scan: problems it already had are reported
                           as existing and do not fail; only new problems do
  --plan                   add the per-namespace rollout plan to the report (see podsec plan)
  --render-errors WHAT     fail (default: exit 2) or warn (report render errors, exit by findings)
  --verbose                also show field paths, each policy's message, related lines and passing workloads
  --show-suppressed        list suppressed problems (text and markdown) instead of only counting them
  --no-color, --color      force colour off or on
  --debug                  show stack traces for unexpected errors

Fix (podsec fix):
  --write                  apply the edits instead of printing them as a unified diff
  --allow-behaviour-change also remove what workloads ask for (privileged, host namespaces, hostPath, ...)

Standard error: every input, configuration and render error on its own line (file: message), unless a
text report on the terminal already lists them, then one line saying why the run failed. Scans that take more
than two seconds show progress there when it is a terminal (not in CI).

Exit codes: 0 no failing findings, 1 findings that fail the run, 2 usage, configuration, input or render errors.
`;

// src/cli/changed-files.ts
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";
import path6 from "node:path";
var MANIFEST_EXTENSIONS2 = [".yaml", ".yml", ".json"];
function isFile(file) {
  return existsSync3(file) && statSync3(file).isFile();
}
function targetFor(cwd, file) {
  let chart;
  let kustomization;
  for (let dir = path6.dirname(file); isInside(cwd, dir); dir = path6.dirname(dir)) {
    if (isFile(path6.join(dir, "Chart.yaml"))) chart = dir;
    if (kustomization === void 0 && KUSTOMIZATION_FILE_NAMES.some((name) => isFile(path6.join(dir, name))))
      kustomization = dir;
    if (dir === cwd) break;
  }
  if (chart !== void 0) return chart;
  if (kustomization !== void 0) return kustomization;
  return MANIFEST_EXTENSIONS2.includes(path6.extname(file).toLowerCase()) ? file : void 0;
}
function targetsForChangedFiles(cwd, files) {
  const chosen = /* @__PURE__ */ new Set();
  for (const given of files) {
    const file = path6.resolve(cwd, given);
    if (!isFile(file)) continue;
    const target2 = isInside(cwd, file) ? targetFor(cwd, file) : file;
    if (target2 !== void 0) chosen.add(target2);
  }
  const all = [...chosen];
  return all.filter((target2) => !all.some((other) => other !== target2 && isInside(other, target2))).sort().map((target2) => isInside(cwd, target2) ? toPosix(path6.relative(cwd, target2)) || "." : target2);
}

// src/fix/summary.ts
function problemKey2(fix, check) {
  return [fix.target.path, fix.kind, fix.namespace, fix.name, fix.part ?? "", check].join("\0");
}
function countProblems2(result) {
  const cleared = /* @__PURE__ */ new Set();
  const remaining = /* @__PURE__ */ new Set();
  const behaviour = /* @__PURE__ */ new Set();
  for (const fix of result.workloads) {
    for (const finding of fix.cleared) cleared.add(problemKey2(fix, finding.check));
    for (const { finding, why } of fix.remaining) {
      remaining.add(problemKey2(fix, finding.check));
      if (why === BEHAVIOUR_REASON) behaviour.add(problemKey2(fix, finding.check));
    }
  }
  for (const key of remaining) cleared.delete(key);
  return { cleared: cleared.size, remaining: remaining.size, needBehaviourChange: behaviour.size };
}
function behaviourAlternatives(fix, checks) {
  const lower = checks.every((check) => fixKindOf(check) === "behaviour" && isRestrictedOnly(check)) ? "baseline" : "privileged";
  return [
    `  Instead of changing ${fix.kind} ${fix.name}'s behaviour, either:`,
    `  - run it in a namespace at a lower level (only workloads that need it there):`,
    "      apiVersion: v1",
    "      kind: Namespace",
    "      metadata:",
    `        name: ${fix.namespace}`,
    "        labels:",
    `          pod-security.kubernetes.io/enforce: ${lower}`,
    `  - exempt the namespace in the cluster's PodSecurityConfiguration (exemptions.namespaces: [${fix.namespace}]), or`,
    "  - relax these checks for it in .podsec.yaml, with the reason:",
    "      relaxations:",
    `        - checks: [${checks.join(", ")}]`,
    `          kinds: [${fix.kind}]`,
    `          names: [${JSON.stringify(fix.name)}]`,
    `          namespaces: [${JSON.stringify(fix.namespace)}]`,
    "          reason: <why this workload needs it>"
  ].join("\n");
}
var RESTRICTED_ONLY = /* @__PURE__ */ new Set([
  "capabilities_restricted",
  "runAsUser",
  "restrictedVolumes",
  "procMount_restricted"
]);
function isRestrictedOnly(check) {
  return RESTRICTED_ONLY.has(check);
}
function where2(finding) {
  return `${finding.file}:${finding.line}`;
}
function renderFixSummary(result, options) {
  const counts = countProblems2(result);
  const lines = [];
  const files = result.files.length;
  const verb = options.written ? "changed" : "would change";
  lines.push(
    files === 0 ? "podsec fix: nothing to change." : `podsec fix: ${verb} ${files} ${files === 1 ? "file" : "files"}; the edits clear ${counts.cleared} ${counts.cleared === 1 ? "problem" : "problems"}.`
  );
  for (const error of result.errors) lines.push(`podsec: ${error.file}: ${error.message}`);
  for (const note of result.notes ?? []) lines.push(`note: ${note}`);
  const withRemaining = result.workloads.filter((fix) => fix.remaining.length > 0);
  if (counts.remaining > 0)
    lines.push("", `${counts.remaining} ${counts.remaining === 1 ? "problem remains" : "problems remain"}:`);
  for (const fix of withRemaining) {
    const seen = /* @__PURE__ */ new Set();
    for (const { finding, why } of fix.remaining) {
      if (seen.has(finding.check)) continue;
      seen.add(finding.check);
      const at = fix.unplaced.find((entry) => entry.reason === why && entry.at)?.at;
      const byHand = at && (at.file !== finding.file || at.line !== finding.line) ? ` (edit ${at.file}:${at.line})` : "";
      lines.push(
        `  ${where2(finding)} ${fix.kind} ${fix.name}${fix.part ? ` ${fix.part}` : ""}: ${finding.check}: ${why}${byHand}`
      );
    }
    const behaviour = [...seen].filter(
      (check) => fix.remaining.some((r) => r.finding.check === check && r.why === BEHAVIOUR_REASON)
    );
    if (behaviour.length > 0) lines.push(behaviourAlternatives(fix, behaviour));
  }
  for (const fix of result.workloads) {
    const changed = [
      ...new Set(fix.placed.filter((entry) => entry.change.kind === "behaviour").map((entry) => entry.change.check))
    ];
    if (changed.length === 0) continue;
    lines.push(
      "",
      `${fix.kind} ${fix.name}: ${options.written ? "changed" : "changes"} behaviour for ${changed.join(", ")}.`,
      behaviourAlternatives(fix, changed)
    );
  }
  if (!options.written && files > 0) lines.push("", `Apply with: ${options.command}`);
  return `${lines.join("\n")}
`;
}

// src/fix/report-hooks.ts
function hunks(change) {
  if (change.before === void 0)
    return [
      {
        replacement: { deletedRegion: { charOffset: 0, charLength: 0 }, insertedContent: { text: change.after } },
        anchorLine: 1
      }
    ];
  const before = change.before;
  const starts = [0];
  for (let at = before.indexOf("\n"); at >= 0; at = before.indexOf("\n", at + 1)) starts.push(at + 1);
  const offsetOf = (line) => starts[line - 1] ?? before.length;
  return lineChanges(before, change.after).map((run) => {
    const charOffset = offsetOf(run.oldStart);
    const charLength = offsetOf(run.oldStart + run.oldCount) - charOffset;
    const text = run.newLines.map((line) => `${line}
`).join("");
    return {
      replacement: { deletedRegion: { charOffset, charLength }, ...text === "" ? {} : { insertedContent: { text } } },
      anchorLine: run.oldCount === 0 ? Math.max(1, run.oldStart - 1) : run.oldStart
    };
  });
}
function documentOfLine(text) {
  const markers = [];
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    line++;
    if (text.startsWith("---", at + 1)) markers.push(line);
  }
  return (wanted) => {
    let low = 0;
    let high = markers.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (itemAt(markers, middle) <= wanted) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
function sarifFixes(result) {
  const byFinding = /* @__PURE__ */ new Map();
  const changes = new Map(result.files.map((change) => [change.file, change]));
  const hunksOf = /* @__PURE__ */ new Map();
  const fileHunks = (change) => {
    let found = hunksOf.get(change.file);
    if (!found) {
      found = { hunks: hunks(change), documentOf: documentOfLine(change.before ?? "") };
      hunksOf.set(change.file, found);
    }
    return found;
  };
  for (const fix of result.workloads) {
    if (fix.placed.some((entry) => entry.change.kind !== "safe")) continue;
    const files = fix.files.map((file) => changes.get(file)).filter((change) => change !== void 0);
    if (files.length === 0) continue;
    const artifactChanges = files.flatMap((change) => {
      const { hunks: all, documentOf } = fileHunks(change);
      const lines = fix.cleared.flatMap(
        (finding) => [finding, ...finding.related].filter((at) => at.file === change.file).map((at) => at.line)
      );
      const documents2 = new Set(lines.map(documentOf));
      const own = lines.length === 0 ? all : all.filter((hunk) => documents2.has(documentOf(hunk.anchorLine)));
      return own.length === 0 ? [] : [{ artifactLocation: { uri: change.file }, replacements: own.map((hunk) => hunk.replacement) }];
    });
    if (artifactChanges.length === 0) continue;
    const sarifFix = {
      description: { text: `podsec fix: the safe settings ${fix.kind} ${fix.name} needs to pass ${fix.level}` },
      artifactChanges
    };
    for (const finding of fix.cleared) byFinding.set(finding, [sarifFix]);
  }
  return (finding) => byFinding.get(finding);
}
function fixableLine(result, command, markdown) {
  const { cleared } = countProblems2(result);
  if (cleared === 0) return void 0;
  const code2 = markdown ? `\`${command}\`` : command;
  return `${cleared} ${cleared === 1 ? "problem" : "problems"} can be fixed automatically: ${code2}`;
}

// src/fix/command-line.ts
function fixCommandLine(command) {
  const parts = ["podsec", "fix", "--write"];
  if (command.allowBehaviourChange) parts.push("--allow-behaviour-change");
  const flags = command.flags;
  const pairs = [
    ["--config", command.config],
    ["--level", flags?.level],
    ["--version", flags?.version],
    ["--enforce", flags?.enforce],
    ["--warn", flags?.warn],
    ["--audit", flags?.audit],
    ["--namespace", flags?.namespace],
    ...(flags?.values ?? []).map((file) => ["--values", file]),
    ...(flags?.set ?? []).map((value) => ["--set", value])
  ];
  for (const [flag, value] of pairs) if (value !== void 0) parts.push(flag, value);
  parts.push(...command.paths);
  return parts.map((part) => /^[\w./:=@+-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`).join(" ");
}

// src/cli/fix.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path7 from "node:path";

// src/cli/error-line.ts
function errorLine2(error) {
  const where3 = `${error.file}${error.line === void 0 ? "" : `:${error.line}${error.column === void 0 ? "" : `:${error.column}`}`}`;
  const message = error.message.split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" ");
  return `${where3}: ${message}`;
}

// src/cli/scan-input.ts
function scanInputOf(command, io, paths = command.paths) {
  return {
    cwd: io.cwd,
    paths,
    ...command.config !== void 0 ? { configPath: command.config } : {},
    ...command.admissionConfig !== void 0 ? { admissionConfig: command.admissionConfig } : {},
    flags: command.flags,
    ...io.today !== void 0 ? { today: io.today } : {},
    ...io.deps !== void 0 ? { deps: io.deps } : {}
  };
}

// src/cli/fix.ts
async function runFix(command, io) {
  const items = [];
  const { result, options } = await runScan({ ...scanInputOf(command, io), keepItems: items });
  for (const error of result.errors) io.stderr.write(`podsec: ${errorLine2(error)}
`);
  const fix = planFixes({
    items,
    findings: result.findings,
    files: nodeSourceFiles(io.cwd),
    options: { allowBehaviourChange: command.allowBehaviourChange }
  });
  if (!command.write) {
    for (const change of fix.files) io.stdout.write(unifiedDiff(change));
    io.stderr.write(renderFixSummary(fix, { written: false, command: fixCommandLine(command) }));
    return finish(predictedResult(result, fix), options, io);
  }
  for (const change of fix.files) writeFile2(io.cwd, change.file, change.after);
  io.stderr.write(renderFixSummary(fix, { written: true, command: fixCommandLine(command) }));
  const after = fix.files.length === 0 ? result : (await runScan(scanInputOf(command, io))).result;
  return finish(after, options, io);
}
function predictedResult(result, fix) {
  const cleared = new Set(fix.workloads.flatMap((workload) => workload.cleared));
  return { ...result, findings: result.findings.filter((finding) => !cleared.has(finding)) };
}
function finish(result, options, io) {
  const why = failureSummary(result, options.failOn, { renderErrorsFail: options.render.renderErrorsFail });
  if (why !== void 0) io.stderr.write(`${why}
`);
  return exitCode(result, options.failOn, { renderErrorsFail: options.render.renderErrorsFail });
}
function writeFile2(cwd, file, text) {
  const target2 = path7.resolve(cwd, file);
  try {
    mkdirSync2(path7.dirname(target2), { recursive: true });
    writeFileSync2(target2, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error.code ?? "write failed"}`);
  }
}

// src/cli/merge.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/report/json-read.ts
var MAX_REPORT_BYTES = 128 * 1024 * 1024;
function readJsonReport(text, file) {
  if (text.length > MAX_REPORT_BYTES) return { error: `${file}: report is larger than ${MAX_REPORT_BYTES} bytes` };
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `${file} is not valid JSON: ${error.message}` };
  }
  try {
    const report = obj(raw, "report");
    const version = report["version"];
    if (typeof version !== "string" || !READABLE_JSON_REPORT_VERSIONS.includes(version)) {
      fail("version", `${JSON.stringify(JSON_REPORT_VERSION)} or ${JSON.stringify(PREVIOUS_JSON_REPORT_VERSION)}`);
    }
    const findings = version === PREVIOUS_JSON_REPORT_VERSION ? arr(report["findings"], "findings").map((item, i) => {
      const where3 = `findings[${i}]`;
      return findingOf2(readJsonProblemFields(item, where3), readJsonPolicy(item, where3));
    }) : arr(report["problems"], "problems").flatMap((item, i) => {
      const problem = readJsonProblem(item, `problems[${i}]`);
      return problem.policies.map((policy) => findingOf2(problem, policy));
    });
    const result = {
      findings: sortFindings(findings),
      workloads: arr(report["workloads"], "workloads").map(
        (item, i) => verdictOf(readJsonWorkload(item, `workloads[${i}]`))
      ),
      errors: arr(report["errors"], "errors").map((item, i) => scanErrorOf(readJsonError(item, `errors[${i}]`))),
      notices: arr(report["notices"] ?? [], "notices").map(
        (item, i) => scanErrorOf(readJsonError(item, `notices[${i}]`))
      ),
      targets: arr(report["targets"] ?? [], "targets").map((item, i) => {
        const { workloads, ...target2 } = readJsonTargetSummary(item, `targets[${i}]`);
        return { ref: targetRefOf(target2), workloads };
      })
    };
    return { result };
  } catch (error) {
    if (error instanceof Invalid) return { error: `${file}: ${error.message}` };
    throw error;
  }
}
function mergeResults(results) {
  const findings = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const item of result.findings) {
      const key = `${item.fingerprint}\0${item.file}\0${item.line}`;
      const existing = findings.get(key);
      findings.set(
        key,
        existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget2, existing.targets)) } : item
      );
    }
  }
  const verdicts = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const item of result.workloads) {
      const key = [item.file, item.line, item.kind, item.namespace, item.name, item.part ?? "", item.mode].join(
        "\0"
      );
      const existing = verdicts.get(key);
      verdicts.set(
        key,
        existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget2, existing.targets)) } : item
      );
    }
  }
  return {
    // The same order a single scan reports in.
    findings: sortFindings([...findings.values()]),
    workloads: sortVerdicts([...verdicts.values()]),
    errors: results.flatMap((result) => result.errors),
    notices: results.flatMap((result) => result.notices),
    targets: results.flatMap((result) => result.targets)
  };
}
function targetRefOf(target2) {
  return { kind: target2.kind, path: target2.path, scenarios: [...target2.scenarios] };
}
function locationOf2(location) {
  return { ...location };
}
function findingOf2(problem, policy) {
  return {
    file: problem.file,
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    apiVersion: problem.apiVersion,
    kind: problem.kind,
    namespace: problem.namespace,
    name: problem.name,
    ...problem.part !== void 0 ? { part: problem.part } : {},
    check: problem.check,
    level: policy.level,
    version: policy.version,
    reason: policy.reason,
    detail: policy.detail,
    message: policy.message,
    modes: [...policy.modes],
    severity: policy.severity,
    field: problem.field,
    targets: problem.targets.map(targetRefOf),
    related: problem.related.map(locationOf2),
    fingerprint: policy.fingerprint,
    ...policy.suppressed !== void 0 ? { suppressed: { ...policy.suppressed } } : {},
    ...policy.upcoming === true ? { upcoming: true } : {},
    ...problem.note !== void 0 ? { note: problem.note } : {}
  };
}
function verdictOf(workload) {
  return {
    file: workload.file,
    line: workload.line,
    apiVersion: workload.apiVersion,
    kind: workload.kind,
    namespace: workload.namespace,
    name: workload.name,
    ...workload.part !== void 0 ? { part: workload.part } : {},
    mode: workload.mode,
    level: workload.level,
    version: workload.version,
    allowed: workload.allowed,
    targets: workload.targets.map(targetRefOf),
    ...workload.message !== void 0 ? { message: workload.message } : {},
    ...workload.exempt !== void 0 ? { exempt: workload.exempt } : {},
    ...workload.note !== void 0 ? { note: workload.note } : {}
  };
}
function scanErrorOf(error) {
  return {
    file: error.file,
    message: error.message,
    ...error.line !== void 0 ? { line: error.line } : {},
    ...error.column !== void 0 ? { column: error.column } : {},
    ...error.target !== void 0 ? { target: targetRefOf(error.target) } : {}
  };
}

// src/cli/merge.ts
function mergeResultFiles(files) {
  const results = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync4(file, "utf8");
    } catch (error2) {
      throw new UsageError(`${file}: cannot be read (${error2.code ?? "error"})`);
    }
    const { result, error } = readJsonReport(text, file);
    if (!result) throw new UsageError(error ?? `${file}: not a podsec JSON report`);
    results.push(result);
  }
  return mergeResults(results);
}

// src/cli/progress.ts
var NO_PROGRESS = { setTotal() {
}, started() {
}, finished() {
}, stop() {
} };
function inCi(env) {
  const ci = env["CI"];
  if (ci !== void 0 && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false") return true;
  return ["GITHUB_ACTIONS", "BUILD_NUMBER", "RUN_ID", "TF_BUILD", "BUILDKITE", "JENKINS_URL"].some(
    (name) => (env[name] ?? "") !== ""
  );
}
function createProgress(stream, options) {
  if (stream.isTTY !== true || inCi(options.env)) return NO_PROGRESS;
  const delayMs = options.delayMs ?? 2e3;
  const startedAt = Date.now();
  let total;
  let done = 0;
  const running = [];
  let drawn = "";
  const draw = () => {
    if (Date.now() - startedAt < delayMs || total === void 0) return;
    const current = running[0];
    const line = `podsec: ${done}/${total} targets rendered${current === void 0 ? "" : ` · ${current}`}`;
    const columns = stream.columns !== void 0 && stream.columns > 0 ? stream.columns : 80;
    const width = Math.max(20, columns - 1);
    const fitted = line.length > width ? `${line.slice(0, width - 1)}…` : line;
    if (fitted === drawn) return;
    stream.write(`\r\x1B[K${fitted}`);
    drawn = fitted;
  };
  const timer = setInterval(draw, options.intervalMs ?? 100);
  timer.unref();
  return {
    setTotal(count) {
      total = count;
    },
    started(target2) {
      running.push(target2);
    },
    finished(target2) {
      const index = running.indexOf(target2);
      if (index >= 0) running.splice(index, 1);
      done++;
    },
    stop() {
      clearInterval(timer);
      if (drawn !== "") stream.write("\r\x1B[K");
      drawn = "";
    }
  };
}

// src/cli/main.ts
async function main(argv, io = processIo()) {
  let debug = argv.includes("--debug");
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case "help":
        io.stdout.write(HELP_TEXT);
        return 0;
      case "version":
        io.stdout.write(`podsec ${PODSEC_VERSION}
`);
        return 0;
      case "checks":
        io.stdout.write(renderCheckList());
        return 0;
      case "explain":
        io.stdout.write(renderCheckPage(knownCheck(command.check), { withNotice: false }));
        return 0;
      case "merge": {
        debug = command.debug;
        const merged = mergeResultFiles(command.files.map((file) => path8.resolve(io.cwd, file)));
        const failOn = resolveFailOn(command.failOn);
        emitReport(
          merged,
          command.format,
          command.output,
          { color: useColor(command.color, io), failOn, ...command.report },
          io
        );
        nameErrors(merged, command.format, command.output, io);
        return reportExit(merged, failOn, io);
      }
      case "scan":
      case "plan":
        debug = command.debug;
        return await runScan2(command, io);
      case "fix":
        debug = command.debug;
        return await runFix(command, io);
    }
    return 2;
  } catch (error) {
    return reportCrash(error, debug, io);
  }
}
async function runScan2(command, io) {
  const paths = command.changed ? targetsForChangedFiles(io.cwd, command.paths) : command.paths;
  if (command.changed && paths.length === 0) {
    io.stderr.write("podsec: no manifests, charts or kustomize overlays among the changed files\n");
    return 0;
  }
  const progress = createProgress(io.stderr, {
    env: io.env,
    ...io.progressDelayMs === void 0 ? {} : { delayMs: io.progressDelayMs }
  });
  const items = [];
  const showsFixes = command.command === "scan" && (command.format !== "json" || command.sarifFile !== void 0);
  let scanned;
  try {
    scanned = await runScan({
      ...scanInputOf(command, io, paths),
      ...command.command === "plan" || command.plan === true ? { plan: true } : {},
      // The scanned objects are kept only when an output shows the fixes (the fixable line, SARIF fixes).
      ...showsFixes ? { keepItems: items } : {},
      onConfig: (loaded) => {
        if (command.format === "text")
          io.stderr.write(`${configMessage(loaded, command.config !== void 0, io.cwd)}
`);
      },
      wrapDeps: (deps) => withProgress(deps, progress)
    });
  } finally {
    progress.stop();
  }
  const options = scanned.options;
  let result = scanned.result;
  if (command.command === "plan") return emitPlan(result, command, io);
  let comparison;
  if (command.baseline !== void 0)
    ({ result, comparison } = compareWithBaselineFile(result, io.cwd, command.baseline));
  const fixes = showsFixes ? safeFixes({ result, items }, io.cwd) : void 0;
  nameErrors(result, command.format, command.output, io);
  const failOn = options.failOn;
  const sarifOptions = {
    toolVersion: PODSEC_VERSION,
    failOn,
    ...fixes ? { fixes: sarifFixes(fixes) } : {},
    ...comparison ? { baselineCompared: true } : {}
  };
  if (command.sarifFile) writeOutput(io.cwd, command.sarifFile, renderSarif(result, sarifOptions));
  if (command.jsonFile) writeOutput(io.cwd, command.jsonFile, renderJsonReport(result, comparison, { failOn }));
  const fixCommand = fixCommandLine({
    allowBehaviourChange: false,
    paths: command.paths,
    flags: command.flags,
    ...command.config === void 0 ? {} : { config: command.config }
  });
  emitReport(
    result,
    command.format,
    command.output,
    { color: useColor(command.color, io), failOn, ...command.report },
    io,
    {
      ...comparison === void 0 ? {} : { comparison },
      sarif: sarifOptions,
      fixable: fixes && fixableLine(fixes, fixCommand, command.format === "markdown")
    }
  );
  return reportExit(result, options.failOn, io, options.render.renderErrorsFail);
}
function emitPlan(result, command, io) {
  const plan = result.plan ?? { version: "", namespaces: [] };
  const text = command.format === "json" ? `${JSON.stringify(plan, null, 2)}
` : command.format === "markdown" ? renderPlanMarkdown(plan) : renderPlanText(plan);
  if (command.output === void 0) io.stdout.write(text);
  else writeOutput(io.cwd, command.output, text);
  for (const error of result.errors) io.stderr.write(`podsec: ${errorLine2(error)}
`);
  return result.errors.length > 0 ? 2 : 0;
}
function configMessage(loaded, fromFlag, cwd) {
  if (loaded.file !== void 0) return `podsec: config ${loaded.file}${fromFlag ? " (--config)" : ""}`;
  return `podsec: no config file (${CONFIG_FILE_NAMES.join(" or ")} in the working folder ${cwd}); built-in defaults and flags`;
}
function nameErrors(result, format, output, io) {
  if (format === "text" && output === void 0 && io.stdout.isTTY === true) return;
  for (const error of result.errors) io.stderr.write(`podsec: ${errorLine2(error)}
`);
}
function withProgress(deps, progress) {
  const tracked = (run) => async (target2, options) => {
    progress.started(target2.ref.path);
    try {
      return await run(target2, options);
    } finally {
      progress.finished(target2.ref.path);
    }
  };
  return {
    discover: async (options) => {
      const found = await deps.discover(options);
      progress.setTotal(found.targets.length);
      return found;
    },
    loadManifests: (target2, options, sink) => tracked((t, o) => deps.loadManifests(t, o, sink))(target2, options),
    render: tracked((target2, options) => deps.render(target2, options))
  };
}
function knownCheck(typed) {
  const found = CHECK_ORDER.find((id) => id === typed) ?? CHECK_ORDER.find((id) => id.toLowerCase() === typed.toLowerCase());
  if (found !== void 0) return found;
  throw new UsageError(`unknown check "${typed}"${didYouMean(typed, CHECK_ORDER)} (podsec checks lists them)`);
}
function resolveFailOn(text) {
  return resolveScanOptions({ cwd: ".", paths: [], flags: { failOn: text }, today: "1970-01-01" }).failOn;
}
function emitReport(result, format, output, choices, io, extra = {}) {
  const { failOn, verbose, showSuppressed } = choices;
  const { comparison } = extra;
  const blobUrl = blobBaseUrl(io.env);
  const report = format === "json" ? renderJsonReport(result, comparison, { failOn }) : format === "sarif" ? renderSarif(result, extra.sarif ?? { toolVersion: PODSEC_VERSION, failOn }) : format === "markdown" ? jobSummaryWithSections(result, comparison, {
    failOn,
    showSuppressed,
    ...blobUrl === void 0 ? {} : { blobUrl }
  }) : appendTextSections(
    renderText(result, { color: output === void 0 && choices.color, failOn, verbose, showSuppressed }),
    result,
    comparison
  );
  const text = extra.fixable !== void 0 && (format === "text" || format === "markdown") ? `${report.replace(/\n*$/, "")}

${extra.fixable}
` : report;
  if (output === void 0) io.stdout.write(text.endsWith("\n") ? text : `${text}
`);
  else writeOutput(io.cwd, output, text);
}
function reportExit(result, failOn, io, renderErrorsFail = true) {
  const code2 = exitCode(result, failOn, { renderErrorsFail });
  const why = failureSummary(result, failOn, { renderErrorsFail });
  if (why !== void 0) io.stderr.write(`${why}
`);
  return code2;
}
function writeOutput(cwd, file, text) {
  const target2 = path8.resolve(cwd, file);
  try {
    mkdirSync3(path8.dirname(target2), { recursive: true });
    writeFileSync3(target2, text.endsWith("\n") ? text : `${text}
`);
  } catch (error) {
    const code2 = error.code;
    const why = code2 === "EISDIR" ? "it is a directory" : code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : code2 === "ENOTDIR" ? "a parent is not a directory" : code2 ?? "write failed";
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
}
function useColor(choice, io) {
  if (choice !== void 0) return choice;
  if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "") return false;
  if (io.env["FORCE_COLOR"] !== void 0 && io.env["FORCE_COLOR"] !== "0") return true;
  return io.stdout.isTTY === true;
}
function reportCrash(error, debug, io) {
  if (error instanceof UsageError) {
    io.stderr.write(`podsec: ${error.message}
`);
    return 2;
  }
  if (error instanceof OptionsError) {
    for (const message2 of error.messages) io.stderr.write(`podsec: ${message2}
`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`podsec: internal error: ${message}${debug ? "" : " (run with --debug for details)"}
`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
  return 2;
}
function processIo() {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));

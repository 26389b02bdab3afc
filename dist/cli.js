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
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
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
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
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
    function isNode2(node) {
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
    var hasAnchor = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap6;
    exports.isNode = isNode2;
    exports.isPair = isPair4;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq7;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity4 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity4.isDocument(node)) {
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
      if (identity4.isNode(ctrl) || identity4.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity4.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path9);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity4.isPair(node)) {
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
      if (identity4.isDocument(node)) {
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
      if (identity4.isNode(ctrl) || identity4.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity4.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path9);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity4.isPair(node)) {
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
      if (identity4.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity4.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity4.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity4.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity4.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity4.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity4.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity4.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity4.isAlias(parent) ? "alias" : "scalar";
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
    var identity4 = require_identity();
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
        if (doc && tagEntries.length > 0 && identity4.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity4.isNode(node) && node.tag)
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
    var identity4 = require_identity();
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
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
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
            if (typeof ref === "object" && ref.anchor && (identity4.isScalar(ref.node) || identity4.isCollection(ref.node))) {
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
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
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
    var identity4 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity4.hasAnchor(value))
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
    var identity4 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity4.NODE_TYPE, { value: type });
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
        if (!identity4.isDocument(doc))
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
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
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
    var identity4 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity4.ALIAS);
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
              if (identity4.isAlias(node) || identity4.hasAnchor(node))
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
      if (identity4.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity4.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c3 = getAliasCount(doc, item, anchors2);
          if (c3 > count2)
            count2 = c3;
        }
        return count2;
      } else if (identity4.isPair(node)) {
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
    var identity4 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity4.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity4 = require_identity();
    var Scalar = require_Scalar();
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
      if (identity4.isDocument(value))
        value = value.contents;
      if (identity4.isNode(value))
        return value;
      if (identity4.isPair(value)) {
        const map = ctx.schema[identity4.MAP].createNode?.(ctx.schema, null, ctx);
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
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity4.MAP] : Symbol.iterator in Object(value) ? schema[identity4.SEQ] : schema[identity4.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
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
    var identity4 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i2 = path9.length - 1; i2 >= 0; --i2) {
        const k = path9[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a2 = [];
          a2[k] = v;
          v = a2;
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
        copy.items = copy.items.map((it) => identity4.isNode(it) || identity4.isPair(it) ? it.clone(schema) : it);
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
          if (identity4.isCollection(node))
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
        if (identity4.isCollection(node))
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
          return !keepScalar && identity4.isScalar(node) ? node.value : node;
        else
          return identity4.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity4.isPair(node))
            return false;
          const n2 = node.value;
          return n2 == null || allowScalar && identity4.isScalar(n2) && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
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
        return identity4.isCollection(node) ? node.hasIn(rest) : false;
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
          if (identity4.isCollection(node))
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
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
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
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
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
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
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
    var Scalar = require_Scalar();
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
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str2[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
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
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str2 += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str2 += json.slice(start, i2);
                const code2 = json.substr(i2 + 2, 4);
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
                      str2 += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str2 += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str2 += "\n";
                  i2 += 2;
                }
                str2 += indent;
                if (json[i2 + 2] === " ")
                  str2 += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
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
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
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
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
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
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
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
    var identity4 = require_identity();
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
      if (identity4.isScalar(item)) {
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
      const anchor = (identity4.isScalar(node) || identity4.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify3(item, ctx, onComment, onChompKeep) {
      if (identity4.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity4.isAlias(item)) {
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
      const node = identity4.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity4.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity4.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity4 = require_identity();
    var Scalar = require_Scalar();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity4.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity4.isCollection(key) || !identity4.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity4.isCollection(key) || (identity4.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
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
      if (identity4.isNode(value)) {
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
      if (!explicitKey && !keyComment && identity4.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity4.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify3.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
      } else if (!explicitKey && identity4.isCollection(value)) {
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
    var identity4 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity4.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity4.isSeq(source))
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
      if (!identity4.isMap(source))
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
      return ctx && identity4.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
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
    var stringify3 = require_stringify();
    var identity4 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity4.isNode(key) && key.addToJSMap)
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
      if (identity4.isNode(key) && ctx?.doc) {
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
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
    var identity4 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity4.NODE_TYPE, { value: identity4.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity4.isNode(key))
          key = key.clone(schema);
        if (identity4.isNode(value))
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
    var identity4 = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity4.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity4.isPair(item)) {
          const ik = identity4.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
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
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity4.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity4.isPair(item)) {
          const ik = identity4.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity4.isNode(item.value) ? item.value : null;
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
        let str2 = stringify3.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i2 < items.length - 1) {
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
    var identity4 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity4.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity4.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity4.isScalar(it.key) && it.key.value === k)
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
        super(identity4.MAP, schema);
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
        if (identity4.isPair(pair))
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
          if (identity4.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
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
        return (!keepScalar && identity4.isScalar(node) ? node.value : node) ?? void 0;
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
          if (!identity4.isPair(item))
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
    var identity4 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity4.isMap(map2))
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
    var identity4 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity4.SEQ, schema);
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
        return !keepScalar && identity4.isScalar(it) ? it.value : it;
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
        if (identity4.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
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
          let i2 = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i2++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity4.isScalar(key) ? key.value : key;
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
    var identity4 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity4.isSeq(seq2))
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
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
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
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n2 = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n2) && !n2.includes("e")) {
        let i2 = n2.indexOf(".");
        if (i2 < 0) {
          i2 = n2.length;
          n2 += ".";
        }
        let d = minFractionDigits - (n2.length - i2 - 1);
        while (d-- > 0)
          n2 += "0";
      }
      return n2;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
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
        const node = new Scalar.Scalar(parseFloat(str2));
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
    var Scalar = require_Scalar();
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
        createNode: () => new Scalar.Scalar(null),
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
    var Scalar = require_Scalar();
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
          for (let i2 = 0; i2 < str2.length; ++i2)
            buffer[i2] = str2.charCodeAt(i2);
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
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n2 = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n2);
          for (let i2 = 0, o2 = 0; i2 < n2; ++i2, o2 += lineWidth) {
            lines[i2] = str2.substr(o2, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
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
    var identity4 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity4.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity4.isPair(item))
            continue;
          else if (identity4.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
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
          seq.items[i2] = identity4.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
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
    var identity4 = require_identity();
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
          if (identity4.isPair(pair)) {
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
          if (identity4.isScalar(key)) {
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
    var Scalar = require_Scalar();
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
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
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
    var Scalar = require_Scalar();
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
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
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
        const n3 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str2, radix);
      return sign === "-" ? -1 * n2 : n2;
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
    var identity4 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity4.isPair(key))
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
        return !keepPair && identity4.isPair(pair) ? identity4.isScalar(pair.key) ? pair.key.value : pair.key : pair;
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
        if (identity4.isMap(map)) {
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
      const num = (n2) => asBigInt ? BigInt(n2) : Number(n2);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n2) => n2;
      if (typeof value === "bigint")
        num = (n2) => BigInt(n2);
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
      return sign + parts.map((n2) => String(n2).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
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
    var identity4 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a2, b) => a2.key < b.key ? -1 : a2.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity4.MAP, { value: map.map });
        Object.defineProperty(this, identity4.SCALAR, { value: string.string });
        Object.defineProperty(this, identity4.SEQ, { value: seq.seq });
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
    var identity4 = require_identity();
    var stringify3 = require_stringify();
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
      const ctx = stringify3.createStringifyContext(doc, options);
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
        if (identity4.isNode(doc.contents)) {
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
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify3.stringify(doc.contents, ctx));
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
    var identity4 = require_identity();
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
        Object.defineProperty(this, identity4.NODE_TYPE, { value: identity4.DOC });
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
          [identity4.NODE_TYPE]: { value: identity4.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity4.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
        if (flow && identity4.isCollection(node))
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
        return identity4.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity4.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity4.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity4.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity4.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
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
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
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
      if (identity4.isCollection(contents))
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
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
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
    var identity4 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a2, b) => a2 === b || identity4.isScalar(a2) && identity4.isScalar(b) && a2.value === b.value;
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
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
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
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
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
        let sep3 = "";
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
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
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
    var identity4 = require_identity();
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
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
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
        if (i2 === 0) {
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
              if (identity4.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap6 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
              if (sep3)
                for (const st of sep3) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
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
    var identity4 = require_identity();
    var Scalar = require_Scalar();
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
      const node = identity4.isNode(res) ? res : new Scalar.Scalar(res);
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
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
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
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
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
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
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
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
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
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n2 = Number(ch);
          if (!indent && n2)
            indent = n2;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
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
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
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
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
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
    var identity4 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity4.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity4.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity4.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
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
        return schema[identity4.SCALAR];
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
      return schema[identity4.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity4.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity4.SCALAR];
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
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
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
    var identity4 = require_identity();
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
      if (atKey && ctx.options.stringKeys && (!identity4.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
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
    var identity4 = require_identity();
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
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
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
          } else if (identity4.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity4.isPair(it))
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
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
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
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify3;
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
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path9.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
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
    var isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar7;
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
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n2) {
        return this.buffer[this.pos + n2];
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
      hasChars(n2) {
        return this.pos + n2 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n2) {
        return this.buffer.substr(this.pos, n2);
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
          const n2 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n2);
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
          const n2 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n2;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n2 = yield* this.pushIndicators();
        switch (line[n2]) {
          case "#":
            yield* this.pushCount(line.length - n2);
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
            n2 += yield* this.parseBlockScalarHeader();
            n2 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n2);
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
        let n2 = 0;
        while (line[n2] === ",") {
          n2 += yield* this.pushCount(1);
          n2 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n2 += yield* this.pushIndicators();
        switch (line[n2]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n2);
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
            let n2 = 0;
            while (this.buffer[end - 1 - n2] === "\\")
              n2 += 1;
            if (n2 % 2 === 0)
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
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
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
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
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
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
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
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n2) {
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos += n2;
          return n2;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n2 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n2 += yield* this.pushTag();
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n2 += yield* this.pushUntil(isNotAnchorChar);
              n2 += yield* this.pushSpaces(true);
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
                n2 += yield* this.pushCount(1);
                n2 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n2;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
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
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n2 = i2 - this.pos;
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos = i2;
        }
        return n2;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
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
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
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
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target2, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target2, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target2.push(source[i2]);
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
      peek(n2) {
        return this.stack[this.stack.length - n2];
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
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
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
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
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
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
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
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
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
    var identity4 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments5(source, options = {}) {
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
    function stringify3(value, replacer, options) {
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
      if (identity4.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments5;
    exports.parseDocument = parseDocument5;
    exports.stringify = stringify3;
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
    var identity4 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
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
    exports.isAlias = identity4.isAlias;
    exports.isCollection = identity4.isCollection;
    exports.isDocument = identity4.isDocument;
    exports.isMap = identity4.isMap;
    exports.isNode = identity4.isNode;
    exports.isPair = identity4.isPair;
    exports.isScalar = identity4.isScalar;
    exports.isSeq = identity4.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
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
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
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
      let finished7 = false;
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
              finished7 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished7 = true;
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
                finished7 = true;
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
          if (finished7 === true) continue;
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
            finished7 = true;
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
                  finished7 = true;
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
          finished7 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished7 = true;
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
              finished7 = true;
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
                finished7 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished7 = true;
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
          const n3 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i2 = slashes[idx];
          const value2 = input.slice(n3, i2);
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
          if (i2 >= start) {
            parts.push(value2);
            prevIndex = i2;
          }
        }
        const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n2);
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
    var constants5 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants5;
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
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a2 = values[i2];
          const b = values[j];
          const char = a2[0];
          if (!char || a2 !== char.repeat(a2.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a2 === b || a2.startsWith(b) || b.startsWith(a2)) {
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
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
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
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants5.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants5.globChars(opts.windows);
      const EXTGLOB_CHARS = constants5.extglobChars(PLATFORM_CHARS);
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
      const peek = state.peek = (n2 = 1) => input[state.index + n2];
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
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment2 = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
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
        increment2("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
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
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
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
        push2({ type: "paren", extglob: true, value, output });
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
            push2({ type: "text", value });
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
            push2({ type: "text", value });
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment2("parens");
          push2({ type: "paren", value });
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
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
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
            increment2("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
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
          increment2("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr2 = tokens.slice();
            const range = [];
            for (let i2 = arr2.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr2[i2].type === "brace") {
                break;
              }
              if (arr2[i2].type !== "dots") {
                range.unshift(arr2[i2].value);
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
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
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
          push2({ type: "slash", value, output: SLASH_LITERAL });
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
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
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
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
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
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
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
          push2({ type: "text", value });
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
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
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
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
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
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
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
        push2(token);
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
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
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
      } = constants5.globChars(opts.windows);
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
    var constants5 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
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
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch4.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
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
    picomatch4.constants = constants5;
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

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path9, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path9.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat2, path9, options) {
      if (!stat2.isSymbolicLink() && !stat2.isFile()) {
        return false;
      }
      return checkPathExt(path9, options);
    }
    function isexe(path9, options, cb) {
      fs.stat(path9, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, path9, options));
      });
    }
    function sync(path9, options) {
      return checkStat(fs.statSync(path9), path9, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path9, options, cb) {
      fs.stat(path9, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, options));
      });
    }
    function sync(path9, options) {
      return checkStat(fs.statSync(path9), options);
    }
    function checkStat(stat2, options) {
      return stat2.isFile() && checkMode(stat2, options);
    }
    function checkMode(stat2, options) {
      var mod = stat2.mode;
      var uid = stat2.uid;
      var gid = stat2.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path9, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve8, reject) {
          isexe(path9, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve8(is);
            }
          });
        });
      }
      core(path9, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path9, options) {
      try {
        return core.sync(path9, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path9 = __require("path");
    var COLON2 = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON2;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i2) => new Promise((resolve8, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found.length ? resolve8(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path9.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve8(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve8, reject) => {
        if (ii === pathExt.length)
          return resolve8(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve8(p + ext);
          }
          return resolve8(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path9.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path9 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path9.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path9.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path9, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path9.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path9 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path9.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse2(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse2;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp2, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp2.emit;
      cp2.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp2, "error", err);
          }
        }
        return originalEmit.apply(cp2, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp2 = __require("child_process");
    var parse2 = require_parse2();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse2(command, args, options);
      const spawned = cp2.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse2(command, args, options);
      const result = cp2.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync2;
    module.exports._parse = parse2;
    module.exports._enoent = enoent;
  }
});

// src/cli/main.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import path8 from "node:path";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/findings/types.ts
var MODES = ["enforce", "warn", "audit"];
var FAIL_ON_VALUES = ["enforce", "warn", "audit", "any", "none"];

// src/policy/shape.ts
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
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
function containerPath(c3, ...rest) {
  return ["spec", c3.list, c3.index, ...rest];
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

// src/policy/messages.ts
function quoteList(items) {
  if (items.length === 0) return "";
  return `"${items.join('", "')}"`;
}
function plural(singular, pluralForm, count2) {
  return count2 === 1 ? singular : pluralForm;
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
function compareCodePoints(a2, b) {
  const length = Math.min(a2.length, b.length);
  for (let i2 = 0; i2 < length; i2++) {
    let x = a2.charCodeAt(i2);
    let y = b.charCodeAt(i2);
    if (x === y) continue;
    if (x >= 55296 && y >= 55296) {
      x = x >= 57344 ? x - 2048 : x + 8192;
      y = y >= 57344 ? y - 2048 : y + 8192;
    }
    return x - y;
  }
  return a2.length - b.length;
}
function sortStrings(items) {
  return Array.from(items).sort(compareCodePoints);
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
  forEachContainer(podSpec(pod), (c3) => {
    if (c3.securityContext?.allowPrivilegeEscalation !== false) {
      names.push(c3.name);
      paths.push(containerPath(c3, "securityContext", "allowPrivilegeEscalation"));
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
    docsUrl: `${PSS_DOCS}#restricted`
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
  const containers = [];
  forEachContainer(podSpec(pod), (c3) => {
    const type = badType(asRecord(c3.securityContext?.appArmorProfile));
    if (type !== void 0) {
      containers.push(c3.name);
      badTypes.push(type);
      paths.push(containerPath(c3, "securityContext", "appArmorProfile", "type"));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
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
    docsUrl: `${PSS_DOCS}#baseline`
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
  forEachContainer(podSpec(pod), (c3) => {
    const add = asArray(asRecord(c3.securityContext?.capabilities)?.add);
    if (add === void 0) return;
    let bad = false;
    add.forEach((entry, index) => {
      const capability = scalarText(entry);
      if (capability !== void 0 && !ALLOWED_CAPABILITIES.has(capability)) {
        bad = true;
        values.push(capability);
        paths.push(containerPath(c3, "securityContext", "capabilities", "add", index));
      }
    });
    if (bad) names.push(c3.name);
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
    docsUrl: `${PSS_DOCS}#baseline`
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
  forEachContainer(podSpec(pod), (c3) => {
    const capabilities = asRecord(c3.securityContext?.capabilities);
    if (capabilities === void 0) {
      missingDrop.push(c3.name);
      paths.push(containerPath(c3, "securityContext", "capabilities", "drop"));
      return;
    }
    if (!(asArray(capabilities.drop) ?? []).includes("ALL")) {
      missingDrop.push(c3.name);
      paths.push(containerPath(c3, "securityContext", "capabilities", "drop"));
    }
    const add = asArray(capabilities.add);
    if (add === void 0) return;
    let bad = false;
    add.forEach((entry, index) => {
      const capability = scalarText(entry);
      if (capability !== void 0 && capability !== ADDABLE) {
        bad = true;
        badValues.push(capability);
        paths.push(containerPath(c3, "securityContext", "capabilities", "add", index));
      }
    });
    if (bad) badAdd.push(c3.name);
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
    docsUrl: `${PSS_DOCS}#restricted`
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
    docsUrl: `${PSS_DOCS}#baseline`
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
    docsUrl: `${PSS_DOCS}#baseline`
  },
  variants: [{ minVersion: 0, check: checkV1_04 }]
};

// src/policy/checks/hostPorts.ts
var checkV1_05 = (pod) => {
  const names = [];
  const ports = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c3) => {
    const list = asArray(c3.container.ports);
    if (list === void 0) return;
    let bad = false;
    list.forEach((item, index) => {
      const hostPort = asRecord(item)?.hostPort;
      if (typeof hostPort === "number" && hostPort !== 0) {
        bad = true;
        ports.push(String(hostPort));
        paths.push(containerPath(c3, "ports", index, "hostPort"));
      }
    });
    if (bad) names.push(c3.name);
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
    docsUrl: `${PSS_DOCS}#baseline`
  },
  variants: [{ minVersion: 0, check: checkV1_05 }]
};

// src/policy/checks/hostProbesAndHostLifecycle.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var LIFECYCLE_HANDLERS = ["postStart", "preStop"];
var HOST_ACTIONS = ["httpGet", "tcpSocket"];
function collectHosts(handler, c3, handlerPath, hosts, paths) {
  if (handler === void 0) return false;
  let bad = false;
  for (const action of HOST_ACTIONS) {
    const host = asRecord(handler[action])?.host;
    if (typeof host === "string" && host !== "") {
      bad = true;
      hosts.push(host);
      paths.push(containerPath(c3, ...handlerPath, action, "host"));
    }
  }
  return bad;
}
var checkV1_34 = (pod) => {
  const names = [];
  const hosts = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c3) => {
    let bad = false;
    for (const probe of PROBES) {
      if (collectHosts(asRecord(c3.container[probe]), c3, [probe], hosts, paths)) bad = true;
    }
    const lifecycle = asRecord(c3.container.lifecycle);
    if (lifecycle !== void 0) {
      for (const handler of LIFECYCLE_HANDLERS) {
        if (collectHosts(asRecord(lifecycle[handler]), c3, ["lifecycle", handler], hosts, paths)) bad = true;
      }
    }
    if (bad) names.push(c3.name);
  });
  if (names.length === 0) return ALLOWED;
  const containers = sortedSet(names);
  const distinctHosts = sortedSet(hosts);
  return forbidden(
    "probe or lifecycle host",
    `${containerPhrase(containers)} ${usesVerb(containers.length)} ${plural("probe or lifecycle host", "probe or lifecycle hosts", distinctHosts.length)} ${quoteList(distinctHosts)}`,
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
    docsUrl: `${PSS_DOCS}#baseline`
  },
  variants: [{ minVersion: 34, check: checkV1_34 }]
};

// src/policy/checks/privileged.ts
var checkV1_06 = (pod) => {
  const names = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c3) => {
    if (c3.securityContext?.privileged === true) {
      names.push(c3.name);
      paths.push(containerPath(c3, "securityContext", "privileged"));
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
    docsUrl: `${PSS_DOCS}#baseline`
  },
  variants: [{ minVersion: 0, check: checkV1_06 }]
};

// src/policy/checks/procMount.ts
var procMountRule = (pod) => {
  const names = [];
  const values = [];
  const paths = [];
  forEachContainer(podSpec(pod), (c3) => {
    const value = scalarText(c3.securityContext?.procMount);
    if (value !== void 0 && value !== "Default") {
      names.push(c3.name);
      values.push(value);
      paths.push(containerPath(c3, "securityContext", "procMount"));
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
    docsUrl: `${PSS_DOCS}#baseline`
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
    docsUrl: `${PSS_DOCS}#restricted`
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
    docsUrl: `${PSS_DOCS}#restricted`
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
  forEachContainer(podSpec(pod), (c3) => {
    const value = c3.securityContext?.runAsNonRoot;
    if (typeof value === "boolean") {
      if (!value) {
        explicitBad.push(c3.name);
        explicitPaths.push(containerPath(c3, "securityContext", "runAsNonRoot"));
      }
    } else if (!podOK) {
      implicitBad.push(c3.name);
      implicitPaths.push(containerPath(c3, "securityContext", "runAsNonRoot"));
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
    docsUrl: `${PSS_DOCS}#restricted`
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
  const containers = [];
  forEachContainer(podSpec(pod), (c3) => {
    if (c3.securityContext?.runAsUser === 0) {
      containers.push(c3.name);
      paths.push(containerPath(c3, "securityContext", "runAsUser"));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
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
    docsUrl: `${PSS_DOCS}#restricted`
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
  const inspect4 = (key) => {
    if (!Object.hasOwn(annotations, key)) return;
    const value = scalarText(annotations[key]) ?? "";
    if (allowedAnnotationValue2(value)) return;
    entries.push(`${key}=${goQuote(value)}`);
    paths.push(["metadata", "annotations", key]);
  };
  inspect4(POD_ANNOTATION);
  forEachContainer(podSpec(pod), (c3) => inspect4(CONTAINER_ANNOTATION_PREFIX + c3.name));
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
  const containers = [];
  forEachContainer(podSpec(pod), (c3) => {
    const profile = asRecord(c3.securityContext?.seccompProfile);
    if (profile === void 0) return;
    const type = scalarText(profile.type) ?? "";
    if (!ALLOWED_TYPES2.has(type)) {
      containers.push(c3.name);
      badTypes.push(type);
      paths.push(containerPath(c3, "securityContext", "seccompProfile", "type"));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
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
    docsUrl: `${PSS_DOCS}#baseline`
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
  forEachContainer(podSpec(pod), (c3) => {
    const profile = asRecord(c3.securityContext?.seccompProfile);
    if (profile !== void 0) {
      const type = scalarText(profile.type) ?? "";
      if (!ALLOWED_TYPES3.has(type)) {
        explicitBad.push(c3.name);
        badTypes.push(type);
        explicitPaths.push(containerPath(c3, "securityContext", "seccompProfile", "type"));
      }
    } else if (!podOK) {
      implicitBad.push(c3.name);
      implicitPaths.push(containerPath(c3, "securityContext", "seccompProfile"));
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
    docsUrl: `${PSS_DOCS}#restricted`
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
    const containers = [];
    forEachContainer(podSpec(pod), (c3) => {
      const options = asRecord(c3.securityContext?.seLinuxOptions);
      if (inspect(options, allowedTypes, containerPath(c3, "securityContext", "seLinuxOptions"), found)) {
        containers.push(c3.name);
      }
    });
    if (containers.length > 0) setters.push(containerPhrase(containers));
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
    docsUrl: `${PSS_DOCS}#baseline`
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
    docsUrl: `${PSS_DOCS}#baseline`
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
  const containers = [];
  forEachContainer(podSpec(pod), (c3) => {
    if (asRecord(c3.securityContext?.windowsOptions)?.hostProcess === true) {
      containers.push(c3.name);
      paths.push(containerPath(c3, "securityContext", "windowsOptions", "hostProcess"));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
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
    docsUrl: `${PSS_DOCS}#baseline`
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
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return void 0;
  }
  return `${JSON.stringify(value)} must be a date written YYYY-MM-DD`;
}

// src/config/admission.ts
var PSA_GROUP = "pod-security.admission.config.k8s.io";
var PSA_VERSIONS = ["v1", "v1beta1", "v1alpha1"];
var ADMISSION_API_VERSIONS = ["apiserver.config.k8s.io/v1", "apiserver.config.k8s.io/v1alpha1", "apiserver.k8s.io/v1alpha1"];
var DEFAULT_KEYS = MODES.flatMap((mode) => [mode, `${mode}-version`]);
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function parseAdmissionConfiguration(raw, file) {
  const errors = [];
  const fail2 = (path9, message) => {
    errors.push(`${file}: ${path9.length === 0 ? "" : `${formatKeyPath(path9)}: `}${message}`);
  };
  if (!isMapping(raw)) {
    fail2([], "must be a PodSecurityConfiguration or AdmissionConfiguration object");
    return { errors };
  }
  const apiVersion = raw.apiVersion;
  const kind = raw.kind;
  if (kind === "AdmissionConfiguration" && typeof apiVersion === "string" && ADMISSION_API_VERSIONS.includes(apiVersion)) {
    return fromAdmissionConfiguration(raw, file);
  }
  if (kind !== "PodSecurityConfiguration" || typeof apiVersion !== "string" || !PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`).includes(apiVersion)) {
    fail2([], `expected kind PodSecurityConfiguration with apiVersion ${PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`).join(" or ")}, or an apiserver.config.k8s.io/v1 AdmissionConfiguration; got kind ${JSON.stringify(kind ?? "")} apiVersion ${JSON.stringify(apiVersion ?? "")}`);
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
  const index = plugins.findIndex((plugin2) => isMapping(plugin2) && plugin2.name === "PodSecurity");
  if (index < 0) {
    return { policy: stockPolicy(), errors };
  }
  const plugin = plugins[index];
  for (const key of Object.keys(plugin)) {
    if (!["name", "path", "configuration"].includes(key)) fail2(["plugins", index, key], "unknown field");
  }
  if (plugin.configuration !== void 0) {
    const configuration = plugin.configuration;
    const at = ["plugins", index, "configuration"];
    const expected = PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`);
    if (!isMapping(configuration) || configuration.kind !== "PodSecurityConfiguration" || !expected.includes(String(configuration.apiVersion))) {
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
  if (!isMapping(defaultsRaw)) bad([...at, "defaults"], "must be a mapping");
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
        if (parsed === void 0) bad([...at, "defaults", mode], `Invalid value: ${JSON.stringify(levelValue)}: must be one of privileged, baseline, restricted`);
        else level = parsed;
      }
      if (versionValue !== void 0 && versionValue !== null && versionValue !== "") {
        const parsed = typeof versionValue === "string" ? parseVersion(versionValue) : void 0;
        if (parsed === void 0) bad([...at, "defaults", `${mode}-version`], `Invalid value: ${JSON.stringify(versionValue)}: must be "latest" or "v1.x"`);
        else version = versionValue;
      }
      defaults[mode] = { level, version };
    }
  }
  const exemptionsRaw = raw.exemptions ?? {};
  const lists = { namespaces: [], runtimeClasses: [], usernames: [] };
  if (!isMapping(exemptionsRaw)) bad([...at, "exemptions"], "must be a mapping");
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
          return bad(path9, problem.startsWith('"') ? `Invalid value: ${problem}` : `Invalid value: ${JSON.stringify(value)}: ${problem}`);
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
      if (!key) return `path ${JSON.stringify(path9)} must be dotted field names with optional [N] or [*], such as spec.template`;
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
  if (steps.length === 0) return "path must not be empty (a pod template is never the whole object; built-in Pods are already checked)";
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
    if (!FIELDS.has(key)) errors.push(`${key}: unknown field (expected apiVersion, kind, path, podSpec, argoWorkflowSpec)`);
  }
  const { apiVersion, kind, path: path9, podSpec: podSpec2, argoWorkflowSpec } = record;
  if (typeof apiVersion !== "string") {
    errors.push("apiVersion: required, a string such as argoproj.io/v1alpha1 or argoproj.io/*");
  } else {
    const slash = apiVersion.lastIndexOf("/");
    const group = slash < 0 ? "" : apiVersion.slice(0, slash);
    const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
    if (group !== "" && !GROUP.test(group) || version !== "*" && !VERSION.test(version)) {
      errors.push(`apiVersion: ${JSON.stringify(apiVersion)} must be group/version or group/*, such as argoproj.io/v1alpha1`);
    }
  }
  if (typeof kind !== "string") errors.push("kind: required, a string such as Rollout");
  else if (!KIND.test(kind)) errors.push(`kind: ${JSON.stringify(kind)} must be a kind name such as Rollout`);
  if (typeof apiVersion === "string" && typeof kind === "string") {
    const group = apiGroupOf(apiVersion);
    if (BUILTIN_KINDS.some((b) => b.group === group && b.kind === kind)) {
      errors.push(`kind: ${kind} in group ${JSON.stringify(group)} is checked as Pod Security Admission does and cannot be remapped`);
    }
  }
  if (typeof path9 !== "string") {
    errors.push("path: required, a dotted path such as spec.template");
  } else {
    const parsed = parseKindPath(path9);
    if (typeof parsed === "string") errors.push(`path: ${parsed}`);
  }
  if (podSpec2 !== void 0 && typeof podSpec2 !== "boolean") errors.push("podSpec: must be true or false");
  if (argoWorkflowSpec !== void 0 && typeof argoWorkflowSpec !== "boolean") errors.push("argoWorkflowSpec: must be true or false");
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
      if (!used.has(target2)) throw new Error(`check ${meta.id}: meta.overrides lists ${target2}, which no variant overrides`);
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

// src/findings/check-order.ts
var rank = new Map(CHECK_ORDER.map((id, index) => [id, index]));
function isCheckId(text) {
  return rank.has(text);
}
function checkRank(id) {
  return rank.get(id) ?? CHECK_ORDER.length;
}
function compareStrings(a2, b) {
  return a2 < b ? -1 : a2 > b ? 1 : 0;
}

// src/findings/namespace-policy.ts
var POD_SECURITY_LABEL_PREFIX = "pod-security.kubernetes.io/";
var ERROR_ORDER = ["enforce", "audit", "warn"];
var podSecurityLabelKeys = ERROR_ORDER.flatMap((mode) => [
  `${POD_SECURITY_LABEL_PREFIX}${mode}`,
  `${POD_SECURITY_LABEL_PREFIX}${mode}-version`
]);
var strictness = (level) => LEVELS.indexOf(level);
var INVALID_LEVEL_FALLBACK = { enforce: "restricted", audit: "privileged", warn: "privileged" };
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
  return errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`;
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
var HELM_KEYS = ["binary", "releaseName", "namespace", "valuesFiles", "set", "kubeVersion", "apiVersions", "ciScenarios"];
var TARGET_HELM_KEYS = ["releaseName", "namespace", "valuesFiles", "set", "kubeVersion", "apiVersions", "ciScenarios"];
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
function modeSetting(c3, value, path9) {
  if (typeof value === "string") {
    const colon = value.indexOf(":");
    const levelText = colon < 0 ? value : value.slice(0, colon);
    const versionText = colon < 0 ? void 0 : value.slice(colon + 1);
    const level = c3.level(levelText, path9);
    const version = versionText === void 0 ? void 0 : c3.version(versionText, path9);
    if (level === void 0 || versionText !== void 0 && version === void 0) return void 0;
    return version === void 0 ? { level } : { level, version };
  }
  const record = c3.mapping(value, path9, ["level", "version"]);
  if (!record) return void 0;
  const out = {};
  if (record.level !== void 0) out.level = c3.level(record.level, [...path9, "level"]);
  if (record.version !== void 0) out.version = c3.version(record.version, [...path9, "version"]);
  return out;
}
function namespaces(c3, value, path9) {
  const record = c3.mapping(value, path9, void 0);
  if (!record) return void 0;
  const out = {};
  for (const [name, raw] of Object.entries(record)) {
    const at = [...path9, name];
    const nameProblem = dns1123LabelError(name);
    if (nameProblem !== void 0) {
      c3.fail(at, `namespace name ${nameProblem}`);
      continue;
    }
    const entry = c3.mapping(raw ?? {}, at, ["labels", ...NAMESPACE_SHORTHANDS]);
    if (!entry) continue;
    const labels = {};
    if (entry.labels !== void 0) {
      Object.assign(labels, c3.stringMap(entry.labels, [...at, "labels"], labelKeyError, labelValueError) ?? {});
    }
    for (const shorthand of NAMESPACE_SHORTHANDS) {
      const text = entry[shorthand];
      if (text === void 0) continue;
      const label = `${POD_SECURITY_LABEL_PREFIX}${shorthand}`;
      if (labels[label] !== void 0) c3.fail([...at, shorthand], `also given as labels[${JSON.stringify(label)}]; use one`);
      const asString2 = c3.string(text, [...at, shorthand], false);
      if (asString2 !== void 0) labels[label] = asString2;
    }
    for (const key of Object.keys(labels)) {
      if (key.startsWith(POD_SECURITY_LABEL_PREFIX) && !podSecurityLabelKeys.includes(key)) {
        c3.fail([...at, "labels", key], `unknown Pod Security label (expected one of ${podSecurityLabelKeys.join(", ")})`);
      }
    }
    const parsed = namespacePolicy(labels, DUMMY_DEFAULTS);
    for (const problem of parsed.errors) c3.fail(at, problem);
    out[name] = labels;
  }
  return out;
}
var DUMMY_DEFAULTS = {
  enforce: { level: "privileged", version: "latest" },
  warn: { level: "privileged", version: "latest" },
  audit: { level: "privileged", version: "latest" }
};
function exemptionsFrom(c3, value, path9) {
  const record = c3.mapping(value, path9, ["namespaces", "runtimeClasses", "usernames"]);
  if (!record) return void 0;
  const out = {};
  if (record.namespaces !== void 0) out.namespaces = c3.stringList(record.namespaces, [...path9, "namespaces"], dns1123LabelError);
  if (record.runtimeClasses !== void 0) {
    out.runtimeClasses = c3.stringList(record.runtimeClasses, [...path9, "runtimeClasses"], dns1123SubdomainError);
  }
  if (record.usernames !== void 0) out.usernames = c3.stringList(record.usernames, [...path9, "usernames"]);
  return out;
}
function relaxation(c3, value, path9) {
  const record = c3.mapping(value, path9, ["checks", "reason", "expires", "namespaces", "kinds", "names", "matchLabels"]);
  if (!record) return void 0;
  const before = c3.errors.length;
  let checks;
  if (record.checks === void 0) c3.fail([...path9, "checks"], "required (a list of check ids, e.g. [runAsNonRoot])");
  else {
    const list = c3.stringList(
      record.checks,
      [...path9, "checks"],
      (id) => isCheckId(id) ? void 0 : `unknown check ${JSON.stringify(id)} (check ids are case-sensitive, e.g. runAsNonRoot, seccompProfile_restricted)`
    );
    if (list && list.length === 0) c3.fail([...path9, "checks"], "must name at least one check");
    checks = list;
  }
  let reason;
  if (record.reason === void 0 || typeof record.reason === "string" && record.reason.trim() === "") {
    c3.fail([...path9, "reason"], "required (a sentence saying why the check is relaxed)");
  } else reason = c3.string(record.reason, [...path9, "reason"]);
  const out = { checks: checks ?? [], reason: reason ?? "", origin: { file: c3.file, path: formatKeyPath(path9) } };
  if (record.expires !== void 0) {
    const text = c3.string(record.expires, [...path9, "expires"]);
    if (text !== void 0) {
      const problem = dateError(text);
      if (problem === void 0) out.expires = text;
      else c3.fail([...path9, "expires"], problem);
    }
  }
  for (const key of ["namespaces", "kinds", "names"]) {
    if (record[key] !== void 0) out[key] = c3.stringList(record[key], [...path9, key], globError);
  }
  if (record.matchLabels !== void 0) {
    out.matchLabels = c3.stringMap(record.matchLabels, [...path9, "matchLabels"], labelKeyError, labelValueError);
  }
  return c3.errors.length === before ? out : void 0;
}
function podTemplateKind(c3, value, path9) {
  const problems = validatePodTemplateKind(value);
  for (const problem of problems) {
    const colon = problem.indexOf(": ");
    const key = colon > 0 && /^[A-Za-z]+$/.test(problem.slice(0, colon)) ? problem.slice(0, colon) : void 0;
    c3.fail(key === void 0 ? path9 : [...path9, key], key === void 0 ? problem : problem.slice(colon + 2));
  }
  return problems.length === 0 ? value : void 0;
}
function commandName(c3, value, path9) {
  const text = c3.string(value, path9);
  if (text === void 0) return void 0;
  if (text === "" || /[/\\]/.test(text) || text.startsWith(".") || text.startsWith("-")) {
    c3.fail(path9, `${JSON.stringify(text)} must be a command name found on PATH (such as helm); a path to a binary can only be given with a flag or action input, so a pull request cannot make podsec run a file from the repository`);
    return void 0;
  }
  return text;
}
function relativePaths(c3, list, path9) {
  if (list === void 0) return void 0;
  let ok = true;
  list.forEach((item, index) => {
    if (item.startsWith("/") || item.startsWith("\\") || /^[A-Za-z]:/.test(item)) {
      c3.fail([...path9, index], `${JSON.stringify(item)} must be a path relative to the chart directory`);
      ok = false;
    }
  });
  return ok ? list : void 0;
}
function helmOptions(c3, value, path9, keys) {
  const record = c3.mapping(value, path9, keys);
  if (!record) return void 0;
  const out = {};
  if (record.binary !== void 0) out.binary = commandName(c3, record.binary, [...path9, "binary"]);
  if (record.releaseName !== void 0) {
    const name = c3.string(record.releaseName, [...path9, "releaseName"]);
    const problem = name === void 0 ? void 0 : dns1123SubdomainError(name);
    if (problem !== void 0) c3.fail([...path9, "releaseName"], `release name ${problem}`);
    else out.releaseName = name;
  }
  if (record.namespace !== void 0) {
    const name = c3.string(record.namespace, [...path9, "namespace"]);
    const problem = name === void 0 ? void 0 : dns1123LabelError(name);
    if (problem !== void 0) c3.fail([...path9, "namespace"], `namespace name ${problem}`);
    else out.namespace = name;
  }
  if (record.valuesFiles !== void 0) out.valuesFiles = relativePaths(c3, c3.stringList(record.valuesFiles, [...path9, "valuesFiles"]), [...path9, "valuesFiles"]);
  if (record.set !== void 0) {
    out.set = c3.stringList(
      record.set,
      [...path9, "set"],
      (item) => item.includes("=") ? void 0 : `${JSON.stringify(item)} must be key=value`
    );
  }
  if (record.kubeVersion !== void 0) out.kubeVersion = c3.string(record.kubeVersion, [...path9, "kubeVersion"]);
  if (record.apiVersions !== void 0) out.apiVersions = c3.stringList(record.apiVersions, [...path9, "apiVersions"]);
  if (record.ciScenarios !== void 0) out.ciScenarios = c3.boolean(record.ciScenarios, [...path9, "ciScenarios"]);
  return out;
}
function target(c3, value, path9) {
  const record = c3.mapping(value, path9, ["path", "type", "helm", "scenarios"]);
  if (!record) return void 0;
  const before = c3.errors.length;
  const targetPath = record.path === void 0 ? c3.fail([...path9, "path"], "required (a file or directory relative to the config file)") : c3.string(record.path, [...path9, "path"]);
  const out = {};
  if (targetPath !== void 0) out.path = targetPath;
  if (record.type !== void 0) out.type = c3.oneOf(record.type, [...path9, "type"], ["helm", "kustomize", "manifest"]);
  if (record.helm !== void 0) out.helm = helmOptions(c3, record.helm, [...path9, "helm"], TARGET_HELM_KEYS);
  if (record.scenarios !== void 0) {
    if (!Array.isArray(record.scenarios)) c3.fail([...path9, "scenarios"], `must be a list, got ${describe(record.scenarios)}`);
    else {
      const names = /* @__PURE__ */ new Set();
      out.scenarios = record.scenarios.flatMap((raw, index) => {
        const at = [...path9, "scenarios", index];
        const scenario = c3.mapping(raw, at, ["name", "valuesFiles", "set"]);
        if (!scenario) return [];
        const name = scenario.name === void 0 ? c3.fail([...at, "name"], "required (shown in findings, e.g. prod)") : c3.string(scenario.name, [...at, "name"]);
        if (name !== void 0 && names.has(name)) c3.fail([...at, "name"], `duplicate scenario ${JSON.stringify(name)}`);
        if (name !== void 0) names.add(name);
        const valuesFiles = scenario.valuesFiles === void 0 ? [] : relativePaths(c3, c3.stringList(scenario.valuesFiles, [...at, "valuesFiles"]), [...at, "valuesFiles"]);
        const set = scenario.set === void 0 ? void 0 : c3.stringList(scenario.set, [...at, "set"]);
        if (name === void 0 || valuesFiles === void 0) return [];
        return [set === void 0 ? { name, valuesFiles } : { name, valuesFiles, set }];
      });
    }
  }
  if (out.type !== void 0 && out.type !== "helm" && (out.helm !== void 0 || out.scenarios !== void 0)) {
    c3.fail([...path9, "type"], `helm options and scenarios only apply to type helm, not ${out.type}`);
  }
  return c3.errors.length === before ? out : void 0;
}
function timeoutMs(c3, value, path9) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value * 1e3;
  if (typeof value === "string") {
    const match = DURATION.exec(value);
    if (match) {
      const amount = Number(match[1]);
      return match[2] === "ms" ? amount : match[2] === "s" ? amount * 1e3 : amount * 6e4;
    }
  }
  return c3.fail(path9, `${describe(value)} must be seconds (120) or a duration such as 90s, 2m, 1500ms`);
}
function validateConfig(raw, file) {
  const c3 = new Checker(file);
  if (raw === null || raw === void 0) return { config: {}, errors: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { errors: [`${file}: must be a mapping of settings at the top level, got ${describe(raw)}`] };
  }
  const record = c3.mapping(raw, [], TOP_LEVEL_KEYS) ?? {};
  const config = {};
  if (record.level !== void 0) config.level = c3.level(record.level, ["level"]);
  if (record.version !== void 0) config.version = c3.version(record.version, ["version"]);
  if (record.defaults !== void 0) {
    const defaults = c3.mapping(record.defaults, ["defaults"], MODES);
    if (defaults) {
      const out = {};
      for (const mode of MODES) {
        if (defaults[mode] === void 0) continue;
        const setting = modeSetting(c3, defaults[mode], ["defaults", mode]);
        if (setting) out[mode] = setting;
      }
      config.defaults = out;
    }
  }
  if (record.namespaces !== void 0) config.namespaces = namespaces(c3, record.namespaces, ["namespaces"]);
  if (record.exemptions !== void 0) config.exemptions = exemptionsFrom(c3, record.exemptions, ["exemptions"]);
  if (record.admissionConfiguration !== void 0) {
    config.admissionConfiguration = c3.string(record.admissionConfiguration, ["admissionConfiguration"]);
  }
  if (record.relaxations !== void 0) {
    if (!Array.isArray(record.relaxations)) c3.fail(["relaxations"], `must be a list, got ${describe(record.relaxations)}`);
    else config.relaxations = record.relaxations.flatMap((item, index) => relaxation(c3, item, ["relaxations", index]) ?? []);
  }
  if (record.inlineIgnores !== void 0) config.inlineIgnores = c3.boolean(record.inlineIgnores, ["inlineIgnores"]);
  if (record.podTemplateKinds !== void 0) {
    if (!Array.isArray(record.podTemplateKinds)) c3.fail(["podTemplateKinds"], `must be a list, got ${describe(record.podTemplateKinds)}`);
    else config.podTemplateKinds = record.podTemplateKinds.flatMap((item, index) => podTemplateKind(c3, item, ["podTemplateKinds", index]) ?? []);
  }
  if (record.nextVersion !== void 0) config.nextVersion = c3.version(record.nextVersion, ["nextVersion"]);
  if (record.clusterVersion !== void 0) {
    const text = c3.string(record.clusterVersion, ["clusterVersion"]);
    if (text !== void 0) {
      if (clusterMinorOf(text) === void 0) c3.fail(["clusterVersion"], `${JSON.stringify(text)} must be a cluster version such as v1.33`);
      else config.clusterVersion = text;
    }
  }
  if (record.helm !== void 0) config.helm = helmOptions(c3, record.helm, ["helm"], HELM_KEYS);
  if (record.kustomize !== void 0) {
    const kustomize = c3.mapping(record.kustomize, ["kustomize"], ["binary", "enableHelm"]);
    if (kustomize) {
      const out = {};
      if (kustomize.binary !== void 0) out.binary = commandName(c3, kustomize.binary, ["kustomize", "binary"]);
      if (kustomize.enableHelm !== void 0) out.enableHelm = c3.boolean(kustomize.enableHelm, ["kustomize", "enableHelm"]);
      config.kustomize = out;
    }
  }
  if (record.network !== void 0) config.network = c3.boolean(record.network, ["network"]);
  if (record.timeout !== void 0) config.timeoutMs = timeoutMs(c3, record.timeout, ["timeout"]);
  if (record.concurrency !== void 0) config.concurrency = c3.positiveInteger(record.concurrency, ["concurrency"]);
  if (record.renderErrors !== void 0) config.renderErrors = c3.oneOf(record.renderErrors, ["renderErrors"], ["fail", "warn"]);
  if (record.targets !== void 0) {
    if (!Array.isArray(record.targets)) c3.fail(["targets"], `must be a list, got ${describe(record.targets)}`);
    else config.targets = record.targets.flatMap((item, index) => target(c3, item, ["targets", index]) ?? []);
  }
  if (record.exclude !== void 0) config.exclude = c3.stringList(record.exclude, ["exclude"], globError);
  if (record.failOn !== void 0) config.failOn = c3.oneOf(record.failOn, ["failOn"], FAIL_ON_VALUES);
  if (c3.errors.length > 0) return { errors: c3.errors };
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
  const relative6 = path.relative(cwd, file);
  const shown = relative6 !== "" && !relative6.startsWith("..") && !path.isAbsolute(relative6) ? relative6 : file;
  return shown.split(path.sep).join("/");
}
function readYaml(file, shown) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { errors: [`${shown}: cannot be read: ${error.code ?? error.message}`] };
  }
  const documents = (0, import_yaml.parseAllDocuments)(text, { prettyErrors: true });
  if (!Array.isArray(documents)) return { value: void 0, errors: [] };
  const errors = [];
  for (const document of documents) {
    const error = document.errors[0];
    if (error) {
      const where = error.linePos?.[0];
      errors.push(`${shown}${where ? `:${where.line}:${where.col}` : ""}: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`);
    }
  }
  if (errors.length > 0) return { errors };
  if (documents.length > 1) return { errors: [`${shown}: holds ${documents.length} YAML documents; expected one`] };
  return { value: documents[0]?.toJS({ maxAliasCount: 100 }), errors: [] };
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
    return { errors: nested.errors.length > 0 ? nested.errors : [`${targetShown}: must be a PodSecurityConfiguration`] };
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
  const modes2 = {
    enforce: { ...(input.admission?.defaults ?? DEFAULT_MODE_POLICIES).enforce },
    warn: { ...(input.admission?.defaults ?? DEFAULT_MODE_POLICIES).warn },
    audit: { ...(input.admission?.defaults ?? DEFAULT_MODE_POLICIES).audit }
  };
  const apply = (targets, setting) => {
    for (const mode of targets) {
      if (setting.level !== void 0) modes2[mode].level = setting.level;
      if (setting.version !== void 0) modes2[mode].version = setting.version;
    }
  };
  apply(MODES, { ...config.level ? { level: config.level } : {}, ...config.version ? { version: config.version } : {} });
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
  const exclude = [...config.exclude ?? [], ...flags.exclude ?? []];
  for (const glob of flags.exclude ?? []) {
    const problem = globError(glob);
    if (problem !== void 0) errors.push(`--exclude: ${problem}`);
  }
  let timeoutMs2 = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (flags.timeout !== void 0) {
    const parsed = parseDurationMs(flags.timeout);
    if (parsed === void 0) errors.push(`--timeout: ${JSON.stringify(flags.timeout)} must be seconds (120) or a duration such as 90s, 2m, 1500ms`);
    else timeoutMs2 = parsed;
  }
  let concurrency = config.concurrency ?? Math.max(1, input.cpuCount ?? 4);
  if (flags.concurrency !== void 0) {
    if (!/^[1-9][0-9]*$/.test(flags.concurrency)) errors.push(`--concurrency: ${JSON.stringify(flags.concurrency)} must be a whole number of at least 1`);
    else concurrency = Number(flags.concurrency);
  }
  let renderErrors = config.renderErrors ?? "fail";
  if (flags.renderErrors !== void 0) {
    if (flags.renderErrors !== "fail" && flags.renderErrors !== "warn") errors.push(`--render-errors: ${JSON.stringify(flags.renderErrors)} is not one of fail, warn`);
    else renderErrors = flags.renderErrors;
  }
  let failOn = config.failOn ?? DEFAULT_FAIL_ON;
  if (flags.failOn !== void 0) {
    if (!FAIL_ON_VALUES.includes(flags.failOn)) errors.push(`--fail-on: ${JSON.stringify(flags.failOn)} is not one of ${FAIL_ON_VALUES.join(", ")}`);
    else failOn = flags.failOn;
  }
  let shard;
  if (flags.shard !== void 0) {
    const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(flags.shard);
    if (!match || Number(match[1]) > Number(match[2])) errors.push(`--shard: ${JSON.stringify(flags.shard)} must be INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 2/4`);
    else shard = { index: Number(match[1]), total: Number(match[2]) };
  }
  if (flags.namespace !== void 0 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(flags.namespace)) {
    errors.push(`--namespace: ${JSON.stringify(flags.namespace)} must be a valid namespace name (lowercase letters, digits and '-')`);
  }
  if (errors.length > 0) throw new OptionsError(errors);
  const helm = config.helm ?? {};
  const exemptions = {
    namespaces: union(input.admission?.exemptions.namespaces, config.exemptions?.namespaces),
    runtimeClasses: union(input.admission?.exemptions.runtimeClasses, config.exemptions?.runtimeClasses),
    usernames: union(input.admission?.exemptions.usernames, config.exemptions?.usernames)
  };
  const defaults = { enforce: modes2.enforce, warn: modes2.warn, audit: modes2.audit };
  return {
    cwd: input.cwd,
    paths: [...input.paths],
    exclude,
    targets: (config.targets ?? []).map((target2) => relativeTarget(target2, input.cwd, input.configDir)),
    policy: {
      defaults,
      namespaceLabels: config.namespaces ?? {},
      exemptions,
      relaxations: config.relaxations ?? [],
      podTemplateKinds: config.podTemplateKinds ?? [],
      ...nextVersion !== void 0 ? { nextVersion } : {},
      ...clusterMinor !== void 0 ? { clusterMinor } : {},
      allowInlineIgnores: flags.ignoreInline === true ? false : config.inlineIgnores ?? true
    },
    render: {
      helm: {
        ...flags.helm ?? helm.binary ? { binary: flags.helm ?? helm.binary } : {},
        releaseName: flags.releaseName ?? helm.releaseName ?? DEFAULT_HELM_RELEASE_NAME,
        ...flags.namespace ?? helm.namespace ? { namespace: flags.namespace ?? helm.namespace } : {},
        // Values files given as flags or inputs are relative to where podsec runs, as with helm itself;
        // those in the config file stay relative to their chart.
        valuesFiles: nonEmpty(flags.values) ? flags.values.map((file) => path2.resolve(input.cwd, file)) : [...helm.valuesFiles ?? []],
        set: nonEmpty(flags.set) ? [...flags.set] : [...helm.set ?? []],
        ...flags.kubeVersion ?? helm.kubeVersion ? { kubeVersion: flags.kubeVersion ?? helm.kubeVersion } : {},
        apiVersions: nonEmpty(flags.apiVersions) ? [...flags.apiVersions] : [...helm.apiVersions ?? []],
        ciScenarios: flags.ciScenarios ?? helm.ciScenarios ?? true
      },
      kustomize: {
        ...flags.kustomize ?? config.kustomize?.binary ? { binary: flags.kustomize ?? config.kustomize?.binary } : {},
        enableHelm: flags.enableHelm ?? config.kustomize?.enableHelm ?? false
      },
      network: flags.network ?? config.network ?? false,
      timeoutMs: timeoutMs2,
      maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
      concurrency,
      renderErrorsFail: renderErrors === "fail"
    },
    today: input.today,
    ...shard ? { shard } : {},
    failOn
  };
}
function union(a2, b) {
  return [.../* @__PURE__ */ new Set([...a2 ?? [], ...b ?? []])];
}
function relativeTarget(target2, cwd, configDir) {
  if (configDir === void 0 || path2.resolve(configDir) === path2.resolve(cwd)) return target2;
  const relative6 = path2.relative(cwd, path2.resolve(configDir, target2.path)).split(path2.sep).join("/");
  return { ...target2, path: relative6 === "" ? "." : relative6 };
}

// src/findings/exit-code.ts
function isRenderError(error) {
  return error.target !== void 0 && error.target.kind !== "manifest";
}
function failingErrors(result, options = {}) {
  const renderErrorsFail = options.renderErrorsFail ?? true;
  return result.errors.filter((error) => renderErrorsFail || !isRenderError(error));
}
function findingFails(finding2, failOn) {
  if (finding2.suppressed) return false;
  switch (failOn) {
    case "none":
      return false;
    case "any":
      return true;
    case "audit":
      return !finding2.upcoming;
    case "warn":
      return !finding2.upcoming && (finding2.modes.includes("enforce") || finding2.modes.includes("warn"));
    case "enforce":
      return !finding2.upcoming && finding2.modes.includes("enforce");
  }
}
function exitCode(result, failOn = "enforce", options = {}) {
  if (failingErrors(result, options).length > 0) return 2;
  return result.findings.some((finding2) => findingFails(finding2, failOn)) ? 1 : 0;
}
var plural2 = (count2, noun) => `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
var FAIL_ON_WORDS = {
  enforce: "enforce",
  warn: "enforce or warn",
  audit: "enforce, warn or audit",
  any: "any mode or the next version",
  none: "no mode"
};
function failureSummary(result, failOn = "enforce", options = {}) {
  const errors = failingErrors(result, options);
  const failing = result.findings.filter((finding2) => findingFails(finding2, failOn));
  if (errors.length === 0 && failing.length === 0) return void 0;
  const parts = [];
  if (errors.length > 0) {
    const renders = errors.filter(isRenderError).length;
    const detail = renders === errors.length ? "render" : renders === 0 ? "input or configuration" : "input, configuration or render";
    parts.push(`${plural2(errors.length, `${detail} error`)}`);
  }
  if (failing.length > 0) {
    const workloads = new Set(failing.map((f) => `${f.file}\0${f.kind}\0${f.namespace}\0${f.name}`)).size;
    parts.push(`${plural2(failing.length, "violation")} of ${FAIL_ON_WORDS[failOn]} policies in ${plural2(workloads, "workload")} (fail-on: ${failOn})`);
  }
  return parts.join("; ");
}

// src/node-deps.ts
import { readFile as readFile2, stat } from "node:fs/promises";

// src/discover/discover.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { basename, dirname as dirname2, extname, join as join2, relative as relative2, resolve as resolve3 } from "node:path";

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
  if (error instanceof Error) return code2 ? `${code2}: ${error.message.split("\n")[0] ?? ""}` : error.message.split("\n")[0] ?? "";
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

// src/discover/kustomization-file.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { dirname, join, resolve } from "node:path";

// src/manifests/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

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
function readBlockYaml(text, resolvePlain, maxDepth, maxAliasCount) {
  return attempt(text, () => new BlockReader(text, resolvePlain, maxDepth, maxAliasCount).read());
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
      let column = start;
      while (column < end && text.charCodeAt(column) === SPACE) column++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(column === end ? -1 : column - start);
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
  read() {
    const documents = [];
    const count2 = this.starts.length;
    let line = 0;
    let index = 0;
    let first = true;
    while (line < count2) {
      let end = line + (first ? 0 : 1);
      while (end < count2 && !this.isMarker(end)) {
        const start = this.starts[end];
        if (this.text.charCodeAt(start) === 37 || this.text.startsWith("...", start)) throw OUTSIDE;
        end++;
      }
      if (!first && this.hasContentAfterMarker(line)) throw OUTSIDE;
      const body = first ? line : line + 1;
      const hasContent = this.nextContent(body, end) < end;
      if (!first || hasContent) {
        if (hasContent) {
          const document = this.document(body, end, index);
          if (document) documents.push(document);
        }
        index++;
      }
      first = false;
      line = end;
    }
    return { documents, lineStarts: this.starts };
  }
  readValue() {
    const count2 = this.starts.length;
    for (let line = 0; line < count2; line++) {
      const start = this.starts[line];
      if (this.isMarker(line) || this.text.charCodeAt(start) === 37 || this.text.startsWith("...", start)) throw OUTSIDE;
    }
    this.documentEnd = count2;
    const first = this.nextContent(0, count2);
    this.checkComments(first, count2);
    if (first >= count2 || this.indents[first] !== 0) throw OUTSIDE;
    this.line = first;
    const root = this.isSequenceEntry(first, 0) ? this.sequence(0, first, 1) : this.map(0, first, 0, 1);
    if (this.nextContent(this.line, count2) < count2) throw OUTSIDE;
    return { value: root.value, position: root.position };
  }
  isMarker(line) {
    const start = this.starts[line];
    if (!this.text.startsWith("---", start)) return false;
    const next = start + 3;
    return next === this.ends[line] || this.text.charCodeAt(next) === SPACE;
  }
  hasContentAfterMarker(line) {
    const start = this.starts[line] + 3;
    const end = this.ends[line];
    for (let at = start; at < end; at++) {
      const code2 = this.text.charCodeAt(at);
      if (code2 === HASH) return false;
      if (code2 !== SPACE) return true;
    }
    return false;
  }
  /**
   * Comment lines inside a document are read only where they cannot change a node's extent for the
   * general parser: indented exactly like the next content line (or at column 0 at the document's end).
   * Others become part of an enclosing node's range there; such texts are left to it.
   */
  checkComments(from, end) {
    let expected = 0;
    for (let line = end - 1; line >= from; line--) {
      const indent = this.indents[line];
      if (indent < 0) continue;
      if (this.text.charCodeAt(this.starts[line] + indent) !== HASH) expected = indent;
      else if (indent !== expected) throw OUTSIDE;
    }
  }
  /** The first line at or after `line` (before `end`) that is neither blank nor a comment. */
  nextContent(line, end) {
    let at = line;
    while (at < end) {
      const indent = this.indents[at];
      if (indent >= 0 && this.text.charCodeAt(this.starts[at] + indent) !== HASH) return at;
      at++;
    }
    return end;
  }
  document(body, end, index) {
    this.documentEnd = end;
    this.anchors = /* @__PURE__ */ new Map();
    const first = this.nextContent(body, end);
    this.checkComments(first, end);
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
  isSequenceEntry(line, column) {
    const at = this.starts[line] + column;
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE;
  }
  /**
   * A block mapping whose entries start at `indent`; the first entry starts on `line` at `column` (which is
   * `indent` except for a map that opens a sequence entry, `- key: value`).
   */
  map(indent, line, column, depth) {
    if (depth > this.maxDepth) throw OUTSIDE;
    const value = {};
    const keys = [];
    const spans = [];
    const values = [];
    const start = this.starts[line] + column;
    let entryLine = line;
    let entryColumn = column;
    let end = start;
    for (; ; ) {
      const entry = this.entry(indent, entryLine, entryColumn, depth);
      if (Object.prototype.hasOwnProperty.call(value, entry.key) || entry.key === "__proto__") throw OUTSIDE;
      value[entry.key] = entry.read.value;
      keys.push(entry.key);
      spans.push(entry.keyStart, entry.spanEnd);
      values.push(entry.read.scalar ? void 0 : entry.read.position);
      end = entry.read.nodeEnd;
      const next = this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = this.indents[next];
      if (nextIndent < indent) break;
      if (nextIndent > indent || this.isSequenceEntry(next, indent)) throw OUTSIDE;
      entryLine = next;
      entryColumn = indent;
    }
    const position = { kind: "map", start, end: this.nodeEnd(end), keys, spans, values, merges: void 0 };
    return { value, position, valueEnd: end, nodeEnd: end, scalar: false, inline: false };
  }
  /** One `key: value` entry at `line`/`column`; leaves `this.line` after the value. */
  entry(indent, line, column, depth) {
    const lineEnd = this.ends[line];
    const keyStart = this.starts[line] + column;
    const firstCode = this.text.charCodeAt(keyStart);
    let key;
    let colon;
    if (firstCode === DOUBLE_QUOTE || firstCode === SINGLE_QUOTE) {
      const quoted = this.quotedText(keyStart, lineEnd, firstCode);
      colon = quoted.end;
      if (this.text.charCodeAt(colon) !== COLON || colon + 1 !== lineEnd && this.text.charCodeAt(colon + 1) !== SPACE) throw OUTSIDE;
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
      const nextIndent = this.indents[next];
      if (nextIndent > parentIndent || ofMapEntry && nextIndent === parentIndent && this.isSequenceEntry(next, nextIndent)) {
        this.line = next;
        return this.isSequenceEntry(next, nextIndent) ? this.sequence(nextIndent, next, depth + 1) : this.map(nextIndent, next, nextIndent, depth + 1);
      }
    }
    const comment = after < lineEnd && this.text.charCodeAt(after) === HASH;
    if (comment) throw OUTSIDE;
    this.line = line + 1;
    return { value: null, position: { kind: "leaf", start: after, end: after }, valueEnd: after, nodeEnd: after, scalar: true, inline: false };
  }
  /** A value that starts on its indicator's line at `at`. */
  inlineValue(parentIndent, line, at, depth, inSequence) {
    const lineEnd = this.ends[line];
    const code2 = this.text.charCodeAt(at);
    if (code2 === AMPERSAND) return this.anchored(parentIndent, line, at, depth, inSequence);
    if (code2 === ASTERISK) return this.alias(parentIndent, line, at);
    if (code2 === DOUBLE_QUOTE || code2 === SINGLE_QUOTE) {
      if (inSequence) {
        const after = this.quotedText(at, lineEnd, code2).end;
        if (this.text.charCodeAt(after) === COLON) {
          const column = at - this.starts[line];
          return this.map(column, line, column, depth + 1);
        }
      }
      return this.quoted(parentIndent, line, at, code2);
    }
    if (code2 === PIPE) return this.literal(parentIndent, line, at);
    if (code2 === 123) return this.emptyFlowMap(parentIndent, line, at);
    if (code2 === 91) return this.flowSequence(parentIndent, line, at);
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
      if (char === COLON && (scan2 + 1 === lineEnd || this.text.charCodeAt(scan2 + 1) === SPACE) && colon < 0) colon = scan2;
    }
    if (colon >= 0) {
      if (!inSequence) throw OUTSIDE;
      const column = at - this.starts[line];
      return this.map(column, line, column, depth + 1);
    }
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    const source = this.text.slice(at, end);
    const nodeEnd = this.endOfLine(line, parentIndent);
    const resolved = this.resolvePlain(source);
    if (!resolved) throw OUTSIDE;
    return { value: resolved.value, position: { kind: "leaf", start: at, end: this.nodeEnd(end) }, valueEnd: end, nodeEnd, scalar: true, inline: false };
  }
  /** `&name value`: the value, remembered for later aliases. */
  anchored(parentIndent, line, at, depth, inSequence) {
    const lineEnd = this.ends[line];
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
    const lineEnd = this.ends[line];
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
    if (next < this.documentEnd && this.indents[next] > parentIndent) throw OUTSIDE;
    this.line = line + 1;
    return this.lineBreakEnd(line);
  }
  /** Where a node on `line` ends for the general parser: after the line break that closes it. */
  lineBreakEnd(line) {
    const end = this.ends[line];
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
    const { value, end: valueEnd } = this.quotedText(at, this.ends[line], quote);
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    return { value, position: { kind: "leaf", start: at, end: valueEnd }, valueEnd, nodeEnd, scalar: true, inline: false };
  }
  /** After a quoted scalar or `[]`/`{}` only spaces and a comment may follow on the line. */
  afterValue(line, from) {
    const lineEnd = this.ends[line];
    let at = from;
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    if (at === lineEnd) return;
    if (this.text.charCodeAt(at) === HASH && at > from) return;
    throw OUTSIDE;
  }
  /** A one-line flow sequence of scalars: `[]`, `["sh", "-c", x]`. */
  flowSequence(parentIndent, line, open) {
    const lineEnd = this.ends[line];
    const value = [];
    const items = [];
    let at = open + 1;
    const skipSpaces = () => {
      while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    };
    skipSpaces();
    let close = -1;
    if (this.text.charCodeAt(at) === 93) close = at;
    while (close < 0) {
      if (at >= lineEnd) throw OUTSIDE;
      const code2 = this.text.charCodeAt(at);
      let itemEnd;
      if (code2 === DOUBLE_QUOTE || code2 === SINGLE_QUOTE) {
        const quoted = this.quotedText(at, lineEnd, code2);
        itemEnd = quoted.end;
        value.push(quoted.value);
      } else {
        if (NOT_PLAIN_START.has(code2)) throw OUTSIDE;
        let scan2 = at;
        while (scan2 < lineEnd) {
          const char = this.text.charCodeAt(scan2);
          if (char === 44 || char === 93) break;
          if (char === 91 || char === 123 || char === 125 || char === COLON || char === HASH && this.text.charCodeAt(scan2 - 1) === SPACE) {
            throw OUTSIDE;
          }
          scan2++;
        }
        itemEnd = scan2;
        while (itemEnd > at && this.text.charCodeAt(itemEnd - 1) === SPACE) itemEnd--;
        const resolved = this.resolvePlain(this.text.slice(at, itemEnd));
        if (!resolved) throw OUTSIDE;
        value.push(resolved.value);
      }
      items.push({ kind: "leaf", start: at, end: itemEnd });
      at = itemEnd;
      skipSpaces();
      const separator = this.text.charCodeAt(at);
      if (separator === 93) {
        close = at;
      } else if (separator === 44) {
        at++;
        skipSpaces();
        if (this.text.charCodeAt(at) === 93) throw OUTSIDE;
      } else {
        throw OUTSIDE;
      }
    }
    const valueEnd = close + 1;
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    const position = { kind: "seq", start: open, end: valueEnd, items };
    return { value, position, valueEnd, nodeEnd, scalar: false, inline: true };
  }
  /** `{}`: flow mappings with content are left to the general parser. */
  emptyFlowMap(parentIndent, line, at) {
    if (this.text.charCodeAt(at + 1) !== 125) throw OUTSIDE;
    const valueEnd = at + 2;
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    const position = { kind: "map", start: at, end: valueEnd, keys: [], spans: [], values: [], merges: void 0 };
    return { value: {}, position, valueEnd, nodeEnd, scalar: false, inline: true };
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
      const indent = this.indents[scan2];
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
      const start = this.starts[at2];
      const end2 = this.ends[at2];
      const indent = this.indents[at2];
      if (indent < 0) {
        if (end2 - start > contentIndent) throw OUTSIDE;
        parts.push("");
      } else {
        parts.push(this.text.slice(start + contentIndent, end2));
      }
    }
    if (scan2 > last + 1 && mode === "keep") throw OUTSIDE;
    for (let blank = last + 1; blank < scan2; blank++) {
      if (this.ends[blank] > this.starts[blank]) throw OUTSIDE;
    }
    let value = parts.join("\n");
    if (mode !== "strip") value += "\n";
    this.line = last + 1;
    const end = this.lineBreakEnd(last);
    return { value, position: { kind: "leaf", start: at, end: this.nodeEnd(end) }, valueEnd: end, nodeEnd: end, scalar: true, inline: false };
  }
  /** A block sequence whose `-` indicators sit at `indent`, starting on `line`. */
  sequence(indent, line, depth) {
    if (depth > this.maxDepth) throw OUTSIDE;
    const value = [];
    const items = [];
    const start = this.starts[line] + indent;
    let itemLine = line;
    let end = start;
    for (; ; ) {
      const lineStart = this.starts[itemLine];
      const lineEnd = this.ends[itemLine];
      let at = lineStart + indent + 1;
      while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
      const read = at === lineEnd || this.text.charCodeAt(at) === HASH ? this.blockValue(indent, itemLine, at, lineEnd, depth, false) : this.inlineValue(indent, itemLine, at, depth, true);
      value.push(read.value);
      items.push(read.position);
      end = read.nodeEnd;
      const next = this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = this.indents[next];
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

// src/manifests/decode.ts
var DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
function decodeManifestText(bytes, file, maxBytes = DEFAULT_MAX_BYTES) {
  if (bytes.byteLength > maxBytes) {
    return { error: { file, message: tooLargeMessage(bytes.byteLength, maxBytes) } };
  }
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    return { error: { file, message: "file is UTF-16 or UTF-32 encoded; Kubernetes manifests must be UTF-8", line: 1, column: 1 } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = lineAndColumnOfByte(bytes, nul);
    return { error: { file, message: `binary file (NUL byte at offset ${nul}); not a YAML or JSON manifest`, line, column } };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column } = lineAndColumnOfByte(bytes, offset);
    return { error: { file, message: `invalid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset}); not a YAML or JSON manifest`, line, column } };
  }
}
function tooLargeMessage(size, maxBytes) {
  return `file is too large to scan (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}
function formatBytes(n2) {
  if (n2 >= 1024 * 1024) return `${(n2 / (1024 * 1024)).toFixed(1)} MiB, ${n2} bytes`;
  return `${n2} bytes`;
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i2) => bytes[i2] === b);
}
function lineAndColumnOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i2 = 0; i2 < offset; i2++) {
    if (bytes[i2] === 10) {
      line++;
      lineStart = i2 + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function firstInvalidUtf8Offset(bytes) {
  let i2 = 0;
  while (i2 < bytes.length) {
    const b = bytes[i2] ?? 0;
    let need;
    let min;
    if (b < 128) {
      i2++;
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
      return i2;
    }
    let cp2 = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c3 = bytes[i2 + k];
      if (c3 === void 0 || (c3 & 192) !== 128) return i2;
      cp2 = cp2 << 6 | c3 & 63;
    }
    if (cp2 < min || cp2 > 1114111 || cp2 >= 55296 && cp2 <= 57343) return i2;
    i2 += need + 1;
  }
  return bytes.length;
}

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
        const value = (0, import_yaml2.isScalar)(resolved) ? resolved.value : resolved;
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
var resolvePlainScalar = plainScalarResolver(() => new import_yaml2.Document(null, { version: "1.1", customTags: kubernetesTags }));
var resolveYaml11PlainScalar = plainScalarResolver(() => new import_yaml2.Document(null, { version: "1.1" }));
var resolveCorePlainScalar = plainScalarResolver(() => new import_yaml2.Document(null));
function parseYamlValue(text, maxAliasCount) {
  const fast = readBlockYamlValue(text, maxAliasCount);
  return fast ? fast.value : (0, import_yaml2.parse)(text, { maxAliasCount });
}
function readBlockYamlValue(text, maxAliasCount) {
  return readBlockValue(text, resolveCorePlainScalar, DEFAULT_MAX_DEPTH, maxAliasCount);
}
function parseManifests(input, file, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text;
  if (typeof input === "string") {
    if (input.length > maxBytes) return { objects: [], errors: [{ file, message: tooLargeMessage(input.length, maxBytes) }] };
    text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  } else {
    const decoded = decodeManifestText(input, file, maxBytes);
    if (decoded.error) return { objects: [], errors: [decoded.error] };
    text = decoded.text;
  }
  return new ManifestParser(options.keepKind ? blankUninteresting(text, options.keepKind) : text, file, options).run();
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
    else part.forEach((line, index) => out.push(index > 0 ? "" : DOCUMENT_MARKER.test(line) ? line : start === 0 ? "---" : ""));
  };
  for (let i2 = 0; i2 < lines.length; i2++) {
    if (i2 > start && DOCUMENT_MARKER.test(lines[i2])) {
      flush(i2);
      start = i2;
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
  constructor(text, file, options, documentIndexBase = 0, firstLine = 1) {
    this.text = text;
    this.file = file;
    this.options = options;
    this.documentIndexBase = documentIndexBase;
    this.firstLine = firstLine;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  }
  text;
  file;
  options;
  documentIndexBase;
  firstLine;
  lineCounter = new import_yaml2.LineCounter();
  objects = [];
  errors = [];
  maxDepth;
  maxAliasCount;
  run() {
    if (this.documentIndexBase === 0 && this.options.reader !== "general" && this.readBlockStyle()) {
      return { objects: this.objects, errors: this.errors };
    }
    let docs;
    try {
      docs = (0, import_yaml2.parseAllDocuments)(this.text, {
        version: "1.1",
        customTags: kubernetesTags,
        lineCounter: this.lineCounter,
        prettyErrors: false,
        uniqueKeys: true
      });
    } catch (error) {
      if (this.documentIndexBase < 0) {
        this.errors.push({ file: this.file, message: describeThrown(error, this.maxDepth), line: this.firstLine, column: 1 });
      } else {
        this.parseDocumentsOneByOne();
      }
      return { objects: this.objects, errors: this.errors };
    }
    const base = this.documentIndexBase >= 0 ? this.documentIndexBase : -1 - this.documentIndexBase;
    docs.forEach((doc, index) => this.document(doc, base + index));
    return { objects: this.objects, errors: this.errors };
  }
  /** Reads the text with the fast block reader; false (nothing recorded) when it is outside that reader's subset. */
  readBlockStyle() {
    const read = readBlockYaml(this.text, resolvePlainScalar, this.maxDepth, this.maxAliasCount);
    if (!read) return false;
    for (const start of read.lineStarts) this.lineCounter.addNewLine(start);
    for (const document of read.documents) {
      this.objects.push(
        new ParsedObject(document.value, this.file, document.index, void 0, document.position, document.position.start, this.lineCounter, this.options.locate)
      );
    }
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
      this.objects.push(...part.objects);
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
    if ((0, import_yaml2.isSeq)(root)) {
      if (root.items.some((item) => looksLikeObject(item))) {
        this.errorAt(root, "the document is a YAML sequence of Kubernetes objects; wrap them in `apiVersion: v1`, `kind: List` and `items:`");
      }
      return;
    }
    if (!(0, import_yaml2.isMap)(root)) return;
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
    this.addObject(doc, new PositionIndexer(doc, this.text), root, value, documentIndex, void 0);
  }
  /** True when the map is a Kubernetes object; records an error when it is a broken one. */
  checkIdentity(node, apiVersion, kind, where) {
    if (typeof apiVersion === "string" && typeof kind === "string" && apiVersion !== "" && kind !== "") return true;
    const hasApiVersion = apiVersion !== void 0 && apiVersion !== null;
    const hasKind = kind !== void 0 && kind !== null;
    if (!hasApiVersion && !hasKind && where === void 0) return false;
    const prefix = where ? `${where}: ` : "";
    if (hasApiVersion && hasKind) {
      this.errorAt(node, `${prefix}apiVersion and kind must be non-empty strings`);
    } else if (where !== void 0) {
      this.errorAt(node, `${prefix}not a Kubernetes object: ${hasKind ? "apiVersion" : hasApiVersion ? "kind" : "apiVersion and kind"} not set`);
    } else if ((0, import_yaml2.isMap)(node) && (node.has("metadata") || node.has("spec"))) {
      this.errorAt(node, hasKind ? `object has kind ${JSON.stringify(kind)} but no apiVersion` : `object has apiVersion ${JSON.stringify(apiVersion)} but no kind`);
    }
    return false;
  }
  addObject(doc, indexer, node, value, documentIndex, itemIndex) {
    const kind = value["kind"];
    const items = (0, import_yaml2.isMap)(node) ? node.get("items", true) : void 0;
    const isList = kind === "List" || kind.endsWith("List") && (0, import_yaml2.isSeq)(resolveAlias(doc, items));
    if (!isList) {
      this.objects.push(
        new ParsedObject(value, this.file, documentIndex, itemIndex, indexer.node(node), node.range?.[0] ?? 0, this.lineCounter, this.options.locate)
      );
      return;
    }
    const itemsNode = resolveAlias(doc, items);
    if (itemsNode === void 0 || (0, import_yaml2.isScalar)(itemsNode) && itemsNode.value === null) return;
    if (!(0, import_yaml2.isSeq)(itemsNode)) {
      this.errorAt(itemsNode ?? node, `${kind}: items must be a list`);
      return;
    }
    const values = value["items"];
    const itemDefaults = kind === "List" ? void 0 : { apiVersion: value["apiVersion"], kind: kind.slice(0, -"List".length) };
    itemsNode.items.forEach((rawItem, index) => {
      const itemNode = resolveAlias(doc, rawItem);
      let itemValue = values[index];
      const where = `items[${index}]`;
      if (!(0, import_yaml2.isMap)(itemNode) || typeof itemValue !== "object" || itemValue === null || Array.isArray(itemValue)) {
        this.errorAt(itemNode ?? itemsNode, `${where}: not a Kubernetes object`);
        return;
      }
      let item = itemValue;
      if (itemDefaults && item["apiVersion"] === void 0 && item["kind"] === void 0) {
        item = { ...itemDefaults, ...item };
        itemValue = item;
      }
      if (!this.checkIdentity(itemNode, item["apiVersion"], item["kind"], where)) return;
      this.addObject(doc, indexer, itemNode, item, documentIndex, itemIndex ?? index);
    });
  }
  /** Returns the first node nested deeper than the limit; iterative so it cannot overflow itself. */
  tooDeep(root) {
    const stack = [{ node: root, depth: 1 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop();
      if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
        if (depth > this.maxDepth) return node;
        for (const item of node.items) {
          if ((0, import_yaml2.isPair)(item)) {
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
    const { line, col } = this.lineCounter.linePos(offset);
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
    const { line, col } = this.lineCounter.linePos(offset);
    this.errors.push({ file: this.file, message, line, column: col });
  }
};
function looksLikeObject(node) {
  return (0, import_yaml2.isMap)(node) && typeof node.get("apiVersion") === "string" && typeof node.get("kind") === "string";
}
function resolveAlias(doc, node) {
  let current = node;
  for (let hops = 0; hops < 16 && (0, import_yaml2.isAlias)(current); hops++) current = current.resolve(doc);
  return (0, import_yaml2.isMap)(current) || (0, import_yaml2.isSeq)(current) || (0, import_yaml2.isScalar)(current) || (0, import_yaml2.isAlias)(current) ? current : void 0;
}
function duplicateKeyAt(doc, offset) {
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        if ((0, import_yaml2.isScalar)(pair.key) && pair.key.range?.[0] === offset) return String(pair.key.value);
        stack.push(pair.key, pair.value);
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      stack.push(...node.items);
    }
  }
  return void 0;
}
function describeThrown(error, maxDepth) {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return `nesting is too deep (more than ${maxDepth} levels)`;
  return `could not parse YAML: ${errorText(error)}`;
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
var PositionIndexer = class {
  constructor(doc, text) {
    this.doc = doc;
    this.text = text;
  }
  doc;
  text;
  seen = /* @__PURE__ */ new Map();
  node(node) {
    if (this.seen.has(node)) return this.seen.get(node);
    if ((0, import_yaml2.isAlias)(node)) {
      const start = node.range?.[0] ?? 0;
      const alias = { kind: "alias", start, end: this.end(node.range?.[1] ?? start), target: void 0 };
      this.seen.set(node, alias);
      const target2 = node.resolve(this.doc);
      alias.target = (0, import_yaml2.isScalar)(target2) ? void 0 : this.node(target2);
      return alias;
    }
    if ((0, import_yaml2.isMap)(node)) {
      const count2 = node.items.length;
      const keys = new Array(count2);
      const values = new Array(count2);
      const spans = new Array(count2 * 2).fill(0);
      let merges;
      const start = node.range?.[0] ?? 0;
      const map = { kind: "map", start, end: this.end(node.range?.[1] ?? start), keys, spans, values, merges: void 0 };
      this.seen.set(node, map);
      node.items.forEach((pair, index) => {
        const key = pair.key;
        const value = pair.value;
        const range = pairRange(key, value);
        const merge = (0, import_yaml2.isScalar)(key) && isMergeKey(key);
        if (merge) (merges ??= []).push(index);
        keys[index] = (0, import_yaml2.isScalar)(key) && !merge ? String(key.value) : void 0;
        spans[2 * index] = range ? range.start : -1;
        spans[2 * index + 1] = range ? this.end(range.end) : 0;
        values[index] = (0, import_yaml2.isScalar)(value) ? void 0 : this.node(value);
      });
      map.merges = merges;
      return map;
    }
    if ((0, import_yaml2.isSeq)(node)) {
      const items = [];
      const start = node.range?.[0] ?? 0;
      const seq = { kind: "seq", start, end: this.end(node.range?.[1] ?? start), items };
      this.seen.set(node, seq);
      for (const item of node.items) {
        const range = item?.range;
        const reduced = this.node(item);
        items.push(range && reduced ? reduced : void 0);
      }
      return seq;
    }
    if ((0, import_yaml2.isScalar)(node)) {
      const start = node.range?.[0] ?? 0;
      const leaf = { kind: "leaf", start, end: this.end(node.range?.[1] ?? start) };
      this.seen.set(node, leaf);
      return leaf;
    }
    this.seen.set(node, void 0);
    return void 0;
  }
  end(offset) {
    return trimmedEnd(this.text, offset);
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
    const firstStart = root ? root.spans[0] : -1;
    this.head = root && firstStart >= 0 ? { start: firstStart, end: root.spans[1] } : { start, end: start };
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
      primary: { file: this.file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn },
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
    const start = found.map.spans[2 * found.index];
    if (start < 0) return void 0;
    return { node: found.map.values[found.index], start, end: found.map.spans[2 * found.index + 1] };
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
  const inline = value && valueRange && ((0, import_yaml2.isScalar)(value) || (0, import_yaml2.isAlias)(value) || ((0, import_yaml2.isMap)(value) || (0, import_yaml2.isSeq)(value)) && value.flow === true);
  return { start: keyRange[0], end: inline ? Math.max(valueRange[1], keyRange[1]) : keyRange[1] };
}

// src/discover/kustomization-file.ts
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var KUSTOMIZATION_FIELDS = [
  "apiVersion",
  "kind",
  "metadata",
  "openapi",
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
  "imageTags",
  "replacements",
  "replicas",
  "vars",
  "sortOptions",
  "resources",
  "components",
  "crds",
  "bases",
  "configMapGenerator",
  "secretGenerator",
  "helmGlobals",
  "helmCharts",
  "helmChartInflationGenerator",
  "generatorOptions",
  "configurations",
  "generators",
  "transformers",
  "validators",
  "inventory",
  "buildMetadata"
];
var NESTED_FIELDS = {
  patches: ["path", "patch", "target", "options"],
  patchesJson6902: ["path", "patch", "target", "options"],
  helmCharts: ["name", "version", "repo", "releaseName", "namespace", "additionalValuesFiles", "valuesFile", "valuesInline", "valuesMerge", "includeCRDs", "skipHooks", "apiVersions", "kubeVersion", "nameTemplate", "skipTests", "debug"],
  helmGlobals: ["chartHome", "configHome"]
};
function foldKey(key) {
  return key.replace(/\u212a/g, "k").replace(/\u017f/g, "s").toLowerCase();
}
function isMapping2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function resolveMergeKeys(value, found, within = /* @__PURE__ */ new Set()) {
  if (typeof value !== "object" || value === null) return value;
  if (within.has(value)) throw new Error("an alias refers to a collection that contains it");
  within.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => resolveMergeKeys(item, found, within));
    if (!isMapping2(value)) return value;
    const result = {};
    for (const [key, item] of Object.entries(value)) {
      if (key !== "<<") {
        result[key] = resolveMergeKeys(item, found, within);
        continue;
      }
      found.merged = true;
      const sources = [item].flat().filter(isMapping2).map((source) => resolveMergeKeys(source, found, within));
      for (const source of sources.reverse()) Object.assign(result, source);
    }
    return result;
  } finally {
    within.delete(value);
  }
}
function matchFields(record, fields, found) {
  const byFolded = new Map(fields.map((field) => [foldKey(field), field]));
  const result = {};
  for (const key of Object.keys(record).sort()) {
    const field = fields.includes(key) ? key : byFolded.get(foldKey(key));
    if (field !== void 0 && field !== key) found.folded = true;
    result[field ?? key] = record[key];
  }
  return result;
}
function asKustomizeReadsIt(data) {
  const merges = { merged: false };
  const folds = { folded: false };
  const resolved = matchFields(resolveMergeKeys(data, merges), KUSTOMIZATION_FIELDS, folds);
  for (const [field, nested] of Object.entries(NESTED_FIELDS)) {
    const value = resolved[field];
    if (Array.isArray(value)) resolved[field] = value.map((item) => isMapping2(item) ? matchFields(item, nested, folds) : item);
    else if (isMapping2(value)) resolved[field] = matchFields(value, nested, folds);
  }
  return { data: resolved, unusualKeys: merges.merged || folds.folded };
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function objects(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null && !Array.isArray(item)) : [];
}
function isInlineEntry(entry) {
  return entry.includes("\n");
}
function looksRemote(entry) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return true;
  if (/^[^/\s]+@[^/\s]+:/.test(entry)) return true;
  if (/^(gh|github|gitlab|bitbucket):/i.test(entry)) return true;
  if (entry.includes("?ref=") || entry.includes("?version=") || /\.git(\/|$|\?)/.test(entry) || entry.includes("//")) return true;
  const first = entry.split("/")[0] ?? "";
  return !entry.startsWith(".") && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(first) && entry.includes("/");
}
async function findKustomizationFile(fs, dir) {
  let names;
  try {
    names = new Set((await fs.readDir(dir)).filter((entry) => entry.type !== "directory").map((entry) => entry.name));
  } catch {
    return void 0;
  }
  const name = KUSTOMIZATION_FILE_NAMES.find((candidate) => names.has(candidate));
  return name === void 0 ? void 0 : join(dir, name);
}
var MAX_ALIASES = 100;
var GO_YAML_ONLY_LINE_BREAKS = /[\u0085\u2028\u2029]/;
function readKustomizationYaml(text) {
  if (GO_YAML_ONLY_LINE_BREAKS.test(text)) {
    throw new Error("it contains a NEL, LS or PS character (U+0085, U+2028, U+2029), which kustomize reads as a line break; podsec does not read such a file");
  }
  if (text.includes("\0")) throw new Error("it is not UTF-8 text (UTF-16?); podsec reads kustomization files as UTF-8");
  if (looksTooDeep(text)) throw new Error(`nesting is too deep (more than ${DEFAULT_MAX_DEPTH} levels)`);
  const fast = readBlockYamlValue(text, MAX_ALIASES);
  if (fast) return fast.value;
  if (/^%/m.test(text) && text.includes("<<")) {
    throw new Error("YAML directives (%YAML, %TAG) with merge keys read differently in kustomize; podsec does not read them in kustomization files");
  }
  const documents = (0, import_yaml3.parseAllDocuments)(text, { uniqueKeys: false });
  const first = Array.isArray(documents) ? documents[0] : void 0;
  if (first === void 0) return null;
  const [error] = first.errors;
  if (error) throw error;
  checkStructure(first.contents);
  let tagged = false;
  (0, import_yaml3.visit)(first, (_key, node) => {
    if ((0, import_yaml3.isNode)(node) && node.tag !== void 0) {
      tagged = true;
      return import_yaml3.visit.BREAK;
    }
    return void 0;
  });
  if (tagged) throw new Error("explicit YAML tags (!!binary, !!merge, …) read differently in kustomize; podsec does not read them in kustomization files");
  return first.toJS({ maxAliasCount: MAX_ALIASES });
}
function looksTooDeep(text) {
  let flow = 0;
  for (const char of text) {
    if (char === "[" || char === "{") {
      if (++flow > DEFAULT_MAX_DEPTH) return true;
    } else if ((char === "]" || char === "}") && flow > 0) flow--;
  }
  return text.split("\n").some((line) => (/^[ \t-]*/.exec(line)?.[0].length ?? 0) > 2 * DEFAULT_MAX_DEPTH);
}
function checkStructure(root) {
  const stack = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (depth > DEFAULT_MAX_DEPTH) throw new Error(`nesting is too deep (more than ${DEFAULT_MAX_DEPTH} levels)`);
    if ((0, import_yaml3.isMap)(node)) {
      const keys = node.items.map((pair) => (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key));
      if (keys.includes("<<") && new Set(keys).size < keys.length) {
        throw new Error("a mapping with merge keys (<<) repeats a key; kustomize applies them in document order, podsec does not read such a mapping");
      }
      for (const pair of node.items) stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
    } else if ((0, import_yaml3.isSeq)(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if ((0, import_yaml3.isPair)(node)) {
      stack.push({ node: node.key, depth: depth + 1 }, { node: node.value, depth: depth + 1 });
    }
  }
}
function isInlineConfig(entry) {
  if (!isInlineEntry(entry)) return false;
  try {
    const documents = (0, import_yaml3.parseAllDocuments)(entry);
    return Array.isArray(documents) && documents.length > 0 && documents.every((document) => document.errors.length === 0 && (0, import_yaml3.isMap)(document.contents));
  } catch {
    return false;
  }
}
function parseKustomizationText(text, file) {
  let data;
  let read;
  try {
    data = readKustomizationYaml(text);
    if (data === null || data === void 0) data = {};
    if (typeof data !== "object" || Array.isArray(data)) return { error: "a kustomization must be a mapping" };
    read = asKustomizeReadsIt(data);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "").replace(/:\s*$/, "") : String(error);
    return { error: `cannot parse kustomization: ${message}` };
  }
  const kind = typeof read.data["kind"] === "string" ? read.data["kind"] : "Kustomization";
  return { file, dir: dirname(file), kind, data: read.data, ...read.unusualKeys ? { unusualKeys: true } : {} };
}
function rootEntries(data) {
  return [
    ...baseEntries(data),
    ...[...strings(data["generators"]), ...strings(data["transformers"]), ...strings(data["validators"])].filter((entry) => !isInlineConfig(entry))
  ];
}
function baseEntries(data) {
  return [...strings(data["resources"]), ...strings(data["bases"]), ...strings(data["components"])];
}
function fileEntries(data) {
  return fileReferences(data).filter((entry) => !isInlineEntry(entry) && !looksRemote(entry));
}
function fileReferences(data) {
  const files = [];
  for (const patch of objects(data["patches"])) if (typeof patch["path"] === "string") files.push(patch["path"]);
  for (const patch of objects(data["patchesJson6902"])) if (typeof patch["path"] === "string") files.push(patch["path"]);
  files.push(...strings(data["patchesStrategicMerge"]));
  for (const replacement of objects(data["replacements"])) if (typeof replacement["path"] === "string") files.push(replacement["path"]);
  for (const generator of [...objects(data["configMapGenerator"]), ...objects(data["secretGenerator"])]) {
    for (const entry of strings(generator["files"])) files.push(entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry);
    files.push(...strings(generator["envs"]));
    if (typeof generator["env"] === "string") files.push(generator["env"]);
  }
  files.push(...strings(data["configurations"]), ...strings(data["crds"]));
  const openapi = data["openapi"];
  if (typeof openapi === "object" && openapi !== null && typeof openapi["path"] === "string") {
    files.push(openapi["path"]);
  }
  return files;
}

// src/discover/paths.ts
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
function compareBytes(a2, b) {
  return Buffer.compare(Buffer.from(a2, "utf8"), Buffer.from(b, "utf8"));
}
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
  ]).sort((a2, b) => b.base.length - a2.base.length);
  return (absolute) => {
    const target2 = resolve2(absolute);
    for (const candidate of candidates) {
      if (isInside(candidate.base, target2)) return joinDisplay(candidate.given, toPosix(relative(candidate.base, target2)));
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
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`shard total must be a positive integer, got ${String(total)}`);
  return fnv1a(targetPath) % total + 1;
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
  entries.sort((a2, b) => compareBytes(a2.name, b.name));
  const files = /* @__PURE__ */ new Set();
  context.tree.dirFiles.set(dir, files);
  for (const entry of entries) {
    const path9 = join2(dir, entry.name);
    if (context.excluded(path9)) continue;
    if (entry.type === "directory") {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      await walk(context, path9, join2(realDir, entry.name));
    } else if (entry.type === "file") {
      files.add(entry.name);
      context.tree.files.push(path9);
    } else if (entry.type === "symlink") {
      let target2;
      try {
        target2 = await context.fs.realpath(path9);
      } catch (error) {
        if (isManifestName(entry.name) || KUSTOMIZATION_FILE_NAMES.includes(entry.name) || entry.name === "Chart.yaml") {
          context.errors.push({ file: context.display(path9), message: `cannot follow symlink: ${describeFileError(error)}` });
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
    const root = roots.find((candidate) => candidate.given === normalizeGiven(path9) && candidate.absolute === resolve3(request.cwd, path9));
    if (root === void 0) continue;
    if (excluded(root.absolute)) continue;
    let type;
    try {
      type = (await fs.lstat(root.real)).type;
    } catch (error) {
      errors.push({ file: root.given, message: errorCode(error) === "ENOENT" ? "path does not exist" : `cannot read path: ${describeFileError(error)}` });
      continue;
    }
    if (type === "directory") {
      await walk({ fs, root, excluded, display: displayPath, errors, tree }, root.absolute, root.real);
    } else if (type === "file") {
      const name = basename(root.absolute);
      const dir = dirname2(root.absolute);
      if (name === "Chart.yaml") addTarget(targets, { kind: "helm", path: displayPath(dir), absolutePath: dir });
      else if (KUSTOMIZATION_FILE_NAMES.includes(name)) addTarget(targets, { kind: "kustomize", path: displayPath(dir), absolutePath: dir });
      else addTarget(targets, { kind: "manifest", path: root.given, absolutePath: root.absolute });
    } else {
      errors.push({ file: root.given, message: "not a regular file or directory" });
    }
  }
  const directories = [...tree.dirFiles.keys()];
  const chartDirs = directories.filter((dir) => tree.dirFiles.get(dir)?.has("Chart.yaml"));
  const chartSet = new Set(chartDirs);
  const underAny = (set, path9) => {
    for (let current = path9; ; current = dirname2(current)) {
      if (set.has(current)) return true;
      if (dirname2(current) === current) return false;
    }
  };
  const insideChart = (path9) => underAny(chartSet, path9);
  for (const chart of chartDirs) {
    if (insideChart(dirname2(chart))) continue;
    addTarget(targets, { kind: "helm", path: displayPath(chart), absolutePath: chart });
  }
  const kustomizationDirs = directories.filter((dir) => kustomizationFileIn(tree.dirFiles.get(dir)) !== void 0 && !insideChart(dir));
  const kustomizationSet = new Set(kustomizationDirs);
  const referenced = /* @__PURE__ */ new Set();
  const claimedFiles = /* @__PURE__ */ new Set();
  const components = /* @__PURE__ */ new Set();
  for (const dir of kustomizationDirs) {
    const name = kustomizationFileIn(tree.dirFiles.get(dir));
    const file = join2(dir, name);
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
    for (const entry of baseEntries(parsed.data)) {
      const target2 = resolve3(dir, entry);
      if (kustomizationSet.has(target2)) referenced.add(target2);
      else claimedFiles.add(target2);
    }
    for (const entry of fileEntries(parsed.data)) claimedFiles.add(resolve3(dir, entry));
  }
  for (const dir of kustomizationDirs) {
    if (referenced.has(dir) || components.has(dir)) continue;
    addTarget(targets, { kind: "kustomize", path: displayPath(dir), absolutePath: dir });
  }
  for (const file of tree.files) {
    if (!isManifestName(file)) continue;
    if (claimedFiles.has(file) || insideChart(file)) continue;
    if (underAny(kustomizationSet, dirname2(file))) continue;
    addTarget(targets, { kind: "manifest", path: displayPath(file), absolutePath: file });
  }
  for (const explicit of request.targets) {
    const absolute = resolve3(request.cwd, explicit.path);
    const kind = explicit.type ?? await detectKind(fs, absolute);
    if (kind === void 0) {
      errors.push({ file: normalizeGiven(explicit.path), message: "configured target is not a Helm chart (Chart.yaml), a kustomization or a file" });
      continue;
    }
    targets.set(absolute, { kind, path: displayPath(absolute), absolutePath: absolute, options: explicit });
  }
  let result = [...targets.values()].sort((a2, b) => compareBytes(a2.path, b.path) || compareBytes(a2.kind, b.kind));
  let resultErrors = errors.sort((a2, b) => compareBytes(a2.file, b.file) || compareBytes(a2.message, b.message));
  const shard = request.shard;
  if (shard !== void 0) {
    result = result.filter((target2) => assignShard(target2.path, shard.total) === shard.index);
    resultErrors = resultErrors.filter((error) => assignShard(error.file, shard.total) === shard.index);
  }
  return { targets: result, errors: resultErrors, displayPath };
}

// src/discover/node-fs.ts
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join3 } from "node:path";
function typeOf(entry) {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "directory";
  return "other";
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
    makeTempDir: (prefix) => mkdtemp(join3(tempRoot, prefix)),
    async writeFile(path9, text) {
      await mkdir(dirname3(path9), { recursive: true });
      await writeFile(path9, text, "utf8");
    },
    async removeTempDir(path9) {
      await rm(path9, { recursive: true, force: true }).catch(() => void 0);
    }
  };
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings2 = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings2.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new StringDecoder(encoding);
  const strings2 = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings2 : [...strings2, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect as inspect2 } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "█",
  squareDarkShade: "▓",
  squareMediumShade: "▒",
  squareLightShade: "░",
  squareTop: "▀",
  squareBottom: "▄",
  squareLeft: "▌",
  squareRight: "▐",
  squareCenter: "■",
  bullet: "●",
  dot: "․",
  ellipsis: "…",
  pointerSmall: "›",
  triangleUp: "▲",
  triangleUpSmall: "▴",
  triangleDown: "▼",
  triangleDownSmall: "▾",
  triangleLeftSmall: "◂",
  triangleRightSmall: "▸",
  home: "⌂",
  heart: "♥",
  musicNote: "♪",
  musicNoteBeamed: "♫",
  arrowUp: "↑",
  arrowDown: "↓",
  arrowLeft: "←",
  arrowRight: "→",
  arrowLeftRight: "↔",
  arrowUpDown: "↕",
  almostEqual: "≈",
  notEqual: "≠",
  lessOrEqual: "≤",
  greaterOrEqual: "≥",
  identical: "≡",
  infinity: "∞",
  subscriptZero: "₀",
  subscriptOne: "₁",
  subscriptTwo: "₂",
  subscriptThree: "₃",
  subscriptFour: "₄",
  subscriptFive: "₅",
  subscriptSix: "₆",
  subscriptSeven: "₇",
  subscriptEight: "₈",
  subscriptNine: "₉",
  oneHalf: "½",
  oneThird: "⅓",
  oneQuarter: "¼",
  oneFifth: "⅕",
  oneSixth: "⅙",
  oneEighth: "⅛",
  twoThirds: "⅔",
  twoFifths: "⅖",
  threeQuarters: "¾",
  threeFifths: "⅗",
  threeEighths: "⅜",
  fourFifths: "⅘",
  fiveSixths: "⅚",
  fiveEighths: "⅝",
  sevenEighths: "⅞",
  line: "─",
  lineBold: "━",
  lineDouble: "═",
  lineDashed0: "┄",
  lineDashed1: "┅",
  lineDashed2: "┈",
  lineDashed3: "┉",
  lineDashed4: "╌",
  lineDashed5: "╍",
  lineDashed6: "╴",
  lineDashed7: "╶",
  lineDashed8: "╸",
  lineDashed9: "╺",
  lineDashed10: "╼",
  lineDashed11: "╾",
  lineDashed12: "−",
  lineDashed13: "–",
  lineDashed14: "‐",
  lineDashed15: "⁃",
  lineVertical: "│",
  lineVerticalBold: "┃",
  lineVerticalDouble: "║",
  lineVerticalDashed0: "┆",
  lineVerticalDashed1: "┇",
  lineVerticalDashed2: "┊",
  lineVerticalDashed3: "┋",
  lineVerticalDashed4: "╎",
  lineVerticalDashed5: "╏",
  lineVerticalDashed6: "╵",
  lineVerticalDashed7: "╷",
  lineVerticalDashed8: "╹",
  lineVerticalDashed9: "╻",
  lineVerticalDashed10: "╽",
  lineVerticalDashed11: "╿",
  lineDownLeft: "┐",
  lineDownLeftArc: "╮",
  lineDownBoldLeftBold: "┓",
  lineDownBoldLeft: "┒",
  lineDownLeftBold: "┑",
  lineDownDoubleLeftDouble: "╗",
  lineDownDoubleLeft: "╖",
  lineDownLeftDouble: "╕",
  lineDownRight: "┌",
  lineDownRightArc: "╭",
  lineDownBoldRightBold: "┏",
  lineDownBoldRight: "┎",
  lineDownRightBold: "┍",
  lineDownDoubleRightDouble: "╔",
  lineDownDoubleRight: "╓",
  lineDownRightDouble: "╒",
  lineUpLeft: "┘",
  lineUpLeftArc: "╯",
  lineUpBoldLeftBold: "┛",
  lineUpBoldLeft: "┚",
  lineUpLeftBold: "┙",
  lineUpDoubleLeftDouble: "╝",
  lineUpDoubleLeft: "╜",
  lineUpLeftDouble: "╛",
  lineUpRight: "└",
  lineUpRightArc: "╰",
  lineUpBoldRightBold: "┗",
  lineUpBoldRight: "┖",
  lineUpRightBold: "┕",
  lineUpDoubleRightDouble: "╚",
  lineUpDoubleRight: "╙",
  lineUpRightDouble: "╘",
  lineUpDownLeft: "┤",
  lineUpBoldDownBoldLeftBold: "┫",
  lineUpBoldDownBoldLeft: "┨",
  lineUpDownLeftBold: "┥",
  lineUpBoldDownLeftBold: "┩",
  lineUpDownBoldLeftBold: "┪",
  lineUpDownBoldLeft: "┧",
  lineUpBoldDownLeft: "┦",
  lineUpDoubleDownDoubleLeftDouble: "╣",
  lineUpDoubleDownDoubleLeft: "╢",
  lineUpDownLeftDouble: "╡",
  lineUpDownRight: "├",
  lineUpBoldDownBoldRightBold: "┣",
  lineUpBoldDownBoldRight: "┠",
  lineUpDownRightBold: "┝",
  lineUpBoldDownRightBold: "┡",
  lineUpDownBoldRightBold: "┢",
  lineUpDownBoldRight: "┟",
  lineUpBoldDownRight: "┞",
  lineUpDoubleDownDoubleRightDouble: "╠",
  lineUpDoubleDownDoubleRight: "╟",
  lineUpDownRightDouble: "╞",
  lineDownLeftRight: "┬",
  lineDownBoldLeftBoldRightBold: "┳",
  lineDownLeftBoldRightBold: "┯",
  lineDownBoldLeftRight: "┰",
  lineDownBoldLeftBoldRight: "┱",
  lineDownBoldLeftRightBold: "┲",
  lineDownLeftRightBold: "┮",
  lineDownLeftBoldRight: "┭",
  lineDownDoubleLeftDoubleRightDouble: "╦",
  lineDownDoubleLeftRight: "╥",
  lineDownLeftDoubleRightDouble: "╤",
  lineUpLeftRight: "┴",
  lineUpBoldLeftBoldRightBold: "┻",
  lineUpLeftBoldRightBold: "┷",
  lineUpBoldLeftRight: "┸",
  lineUpBoldLeftBoldRight: "┹",
  lineUpBoldLeftRightBold: "┺",
  lineUpLeftRightBold: "┶",
  lineUpLeftBoldRight: "┵",
  lineUpDoubleLeftDoubleRightDouble: "╩",
  lineUpDoubleLeftRight: "╨",
  lineUpLeftDoubleRightDouble: "╧",
  lineUpDownLeftRight: "┼",
  lineUpBoldDownBoldLeftBoldRightBold: "╋",
  lineUpDownBoldLeftBoldRightBold: "╈",
  lineUpBoldDownLeftBoldRightBold: "╇",
  lineUpBoldDownBoldLeftRightBold: "╊",
  lineUpBoldDownBoldLeftBoldRight: "╉",
  lineUpBoldDownLeftRight: "╀",
  lineUpDownBoldLeftRight: "╁",
  lineUpDownLeftBoldRight: "┽",
  lineUpDownLeftRightBold: "┾",
  lineUpBoldDownBoldLeftRight: "╂",
  lineUpDownLeftBoldRightBold: "┿",
  lineUpBoldDownLeftBoldRight: "╃",
  lineUpBoldDownLeftRightBold: "╄",
  lineUpDownBoldLeftBoldRight: "╅",
  lineUpDownBoldLeftRightBold: "╆",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "╬",
  lineUpDoubleDownDoubleLeftRight: "╫",
  lineUpDownLeftDoubleRightDouble: "╪",
  lineCross: "╳",
  lineBackslash: "╲",
  lineSlash: "╱"
};
var specialMainSymbols = {
  tick: "✔",
  info: "ℹ",
  warning: "⚠",
  cross: "✘",
  squareSmall: "◻",
  squareSmallFilled: "◼",
  circle: "◯",
  circleFilled: "◉",
  circleDotted: "◌",
  circleDouble: "◎",
  circleCircle: "ⓞ",
  circleCross: "ⓧ",
  circlePipe: "Ⓘ",
  radioOn: "◉",
  radioOff: "◯",
  checkboxOn: "☒",
  checkboxOff: "☐",
  checkboxCircleOn: "ⓧ",
  checkboxCircleOff: "Ⓘ",
  pointer: "❯",
  triangleUpOutline: "△",
  triangleLeft: "◀",
  triangleRight: "▶",
  lozenge: "◆",
  lozengeOutline: "◇",
  hamburger: "☰",
  smiley: "㋡",
  mustache: "෴",
  star: "★",
  play: "▶",
  nodejs: "⬢",
  oneSeventh: "⅐",
  oneNinth: "⅑",
  oneTenth: "⅒"
};
var specialFallbackSymbols = {
  tick: "√",
  info: "i",
  warning: "‼",
  cross: "×",
  squareSmall: "□",
  squareSmallFilled: "■",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(○)",
  circleCross: "(×)",
  circlePipe: "(│)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[×]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(×)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "∆",
  triangleLeft: "◄",
  triangleRight: "►",
  lozenge: "♦",
  lozengeOutline: "◊",
  hamburger: "≡",
  smiley: "☺",
  mustache: "┌─┐",
  star: "✶",
  play: "►",
  nodejs: "♦",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field, padding) => String(field).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect2(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path7 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path4 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path3 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path3.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path3.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path4.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path4.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path4.delimiter ? `${result.join(path4.delimiter)}${pathOption}` : [...result, pathOption].join(path4.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path4.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path4.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name]: constantSignal }
  } = constants;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => constants2.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants3.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants3.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code: code2, message }) => SERIALIZATION_ERROR_CODES.has(code2) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve8, reject) => {
    Object.assign(methods, { resolve: resolve8, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await setTimeout3(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path5 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path5.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path5.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync as statSync2 } from "node:fs";
import path6 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path6.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync2(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process6.platform === "win32" && path7.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect3 } from "node:util";

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode: exitCode2,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode2 = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode: errorCode2,
    signal,
    signalDescription,
    exitCode: exitCode2,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode: errorCode2,
  signal,
  signalDescription,
  exitCode: exitCode2,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode2}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode2 !== void 0) {
    return `Command failed with ${errorCode2}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode2 !== void 0) {
    return `Command failed with exit code ${exitCode2}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect3(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode: exitCode2, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode: exitCode2,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode: exitCode2,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: exitCode2,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: exitCode2,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode2 = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode: exitCode2, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "µs");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync3 } from "node:fs";

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName2) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName2);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName2);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName2) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName2}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync as readFileSync2 } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array(readFileSync2(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync3(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync3(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start = end;
    }
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path9, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path9 === "string" ? path9 : path9.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path9, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync(path9, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode2, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode2, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode2, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode2, signal) && isFailedExit(exitCode2, signal)) {
    throw new DiscardedError();
  }
  return [exitCode2, signal];
};
var isSubprocessErrorExit = (exitCode2, signal) => exitCode2 === void 0 && signal === void 0;
var isFailedExit = (exitCode2, signal) => exitCode2 !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode2, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode2, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode: exitCode2,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode2, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode2, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode: exitCode2, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode: exitCode2,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode: exitCode2, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode: exitCode2,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = process8;
  const isSubprocess = true;
  const ipc = process8.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = Duplex2.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
    webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: Readable2.from(value) }),
    asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
    string: ({ value }) => ({ stream: Readable2.from(value) }),
    uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list = this.listeners[ev];
    const i2 = list.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list.length === 1) {
      list.length = 0;
    } else {
      list.splice(i2, 1);
    }
  }
  emit(ev, code2, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code2, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code2, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count2 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count2 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count2) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code2) => {
      return this.#processReallyExit(code2);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code2) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code2 || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
  try {
    if (readableObjectMode || lines) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished5(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode: exitCode2, signalCode }, state) => {
  if (exitCode2 !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines[1] || lines[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve8 = promise.resolve.bind(promise);
  return { resolve: resolve8, promises };
};
var waitForConcurrentStreams = async ({ resolve: resolve8, promises }, subprocess) => {
  resolve8();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable3({
    read,
    destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new Writable3({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify3(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode2, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode: exitCode2,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode: exitCode2, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode: exitCode2,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/render/command-runner.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join4 } from "node:path";
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
  const root = mkdtempSync(join4(tempRoot, "podsec-tools-"));
  const dir = (name) => {
    const path9 = join4(root, name);
    mkdirSync(path9, { recursive: true });
    return path9;
  };
  const home = dir("home");
  const config = dir("config");
  const cache = dir("cache");
  const data = dir("data");
  const plugins = dir("helm-plugins-empty");
  const tmp = dir("tmp");
  const kubeconfig = join4(root, "kubeconfig");
  writeFileSync2(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n", { mode: 384 });
  return {
    root,
    env: {
      HOME: home,
      TMPDIR: tmp,
      XDG_CONFIG_HOME: config,
      XDG_CACHE_HOME: cache,
      XDG_DATA_HOME: data,
      HELM_CONFIG_HOME: join4(config, "helm"),
      HELM_CACHE_HOME: join4(cache, "helm"),
      HELM_DATA_HOME: join4(data, "helm"),
      HELM_PLUGINS: plugins,
      HELM_REPOSITORY_CONFIG: join4(config, "helm", "repositories.yaml"),
      HELM_REPOSITORY_CACHE: join4(cache, "helm", "repository"),
      HELM_REGISTRY_CONFIG: join4(config, "helm", "registry", "config.json"),
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
      const once9 = () => {
        if (released) return;
        released = true;
        release();
      };
      if (busy < size) {
        busy++;
        return Promise.resolve(once9);
      }
      return new Promise((resolve8) => waiting.push(() => resolve8(once9)));
    }
  };
}
function spawnErrorText(command, code2, fallback) {
  if (code2 === "ENOENT") return `could not run ${JSON.stringify(command)}: program not found (ENOENT)`;
  if (code2 === "EACCES") return `could not run ${JSON.stringify(command)}: permission denied (EACCES)`;
  return `could not run ${JSON.stringify(command)}: ${fallback}`;
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
    let subprocess;
    try {
      subprocess = execa(command, [...args], {
        cwd: options.cwd,
        env,
        extendEnv: false,
        shell: false,
        reject: false,
        // Output is read here, chunk by chunk, so a flooding tool is stopped the moment it passes the cap
        // instead of being buffered (and copied) by the library first.
        buffer: false,
        stdout: "pipe",
        stderr: "pipe",
        // A process group of its own: on timeout the whole tree (helm plugins, shells, sleeps) is killed.
        detached: true,
        forceKillAfterDelay: killGraceMs,
        windowsHide: true,
        ...options.input !== void 0 ? { input: options.input } : { stdin: "ignore" }
      });
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
      return { exitCode: void 0, stdout: "", stderr: "", timedOut: false, outputTooLarge: false, spawnError: spawnErrorText(command, void 0, message) };
    }
    const pid = subprocess.pid;
    if (pid !== void 0) liveGroups.add(pid);
    let timedOut = false;
    let outputTooLarge = false;
    let forceTimer;
    const timer = timeoutMs2 > 0 && pid !== void 0 ? setTimeout(() => {
      timedOut = true;
      killGroup(pid, "SIGTERM");
      forceTimer = setTimeout(() => killGroup(pid, "SIGKILL"), killGraceMs);
      forceTimer.unref();
    }, timeoutMs2) : void 0;
    const stdoutChunks = [];
    let stdoutBytes = 0;
    subprocess.stdout?.on("data", (chunk) => {
      if (outputTooLarge) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxOutputBytes) {
        outputTooLarge = true;
        stdoutChunks.length = 0;
        if (pid !== void 0) killGroup(pid, "SIGKILL");
        return;
      }
      stdoutChunks.push(chunk);
    });
    const stderrChunks = [];
    let stderrBytes = 0;
    subprocess.stderr?.on("data", (chunk) => {
      stderrChunks.push(chunk);
      stderrBytes += chunk.length;
      while (stderrBytes - (stderrChunks[0]?.length ?? 0) >= MAX_STDERR_BYTES) stderrBytes -= stderrChunks.shift()?.length ?? 0;
    });
    const result = await subprocess;
    if (timer) clearTimeout(timer);
    if (forceTimer) clearTimeout(forceTimer);
    if (pid !== void 0) {
      killGroup(pid, "SIGKILL");
      liveGroups.delete(pid);
    }
    const stderr = Buffer.concat(stderrChunks).toString("utf8");
    const code2 = "code" in result && typeof result.code === "string" ? result.code : void 0;
    if (pid === void 0 || code2 === "ENOENT" || code2 === "EACCES") {
      const fallback = "shortMessage" in result && typeof result.shortMessage === "string" ? result.shortMessage : "could not start";
      return { exitCode: void 0, stdout: "", stderr, timedOut: false, outputTooLarge: false, spawnError: spawnErrorText(command, code2, fallback) };
    }
    const signal = typeof result.signal === "string" && !timedOut && !outputTooLarge ? result.signal : void 0;
    return {
      exitCode: timedOut || outputTooLarge ? void 0 : result.exitCode,
      stdout: outputTooLarge ? "" : Buffer.concat(stdoutChunks).toString("utf8"),
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
      rmSync(dirs.root, { recursive: true, force: true });
    }
  };
}
var MAX_TAIL_LINE = 1e3;
var TAIL_LINE_HEAD = 300;
function stderrTail(text, lines = 10) {
  const kept = text.split(/\r?\n/).map((line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trimEnd()).filter((line) => line.trim() !== "").slice(-lines).map((line) => line.length > MAX_TAIL_LINE ? `${line.slice(0, TAIL_LINE_HEAD)}…${line.slice(-(MAX_TAIL_LINE - TAIL_LINE_HEAD))}` : line);
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
  if (result.exitCode === void 0 && result.signal !== void 0) return `${tool} was killed by signal ${result.signal}${suffix}`;
  return `${tool} failed with exit code ${String(result.exitCode)}${suffix}`;
}

// src/render/helm.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { cp, mkdtemp as mkdtemp2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { isAbsolute as isAbsolute3, join as join7, posix, relative as relative3, resolve as resolve4, sep as sep2 } from "node:path";

// src/render/helm-safety.ts
import { join as join5 } from "node:path";
var HIDDEN_FOLDERS = /* @__PURE__ */ new Set([".git", ".hg", ".svn"]);
var NETWORK_FUNCTIONS = /\bgetHostByName\b/;
var MAX_ENTRIES = 2e4;
async function checkChart(fs, chartDir, displayPath, options) {
  const problems = [];
  const hidden2 = [];
  const texts = /* @__PURE__ */ new Map();
  const realChart = await fs.realpath(chartDir).catch(() => chartDir);
  let seen = 0;
  const walk2 = async (dir, rel) => {
    const entries = await fs.readDir(dir).catch(() => []);
    for (const entry of entries.sort((a2, b) => a2.name < b.name ? -1 : a2.name > b.name ? 1 : 0)) {
      if (++seen > MAX_ENTRIES) return;
      const relPath2 = rel === "" ? entry.name : `${rel}/${entry.name}`;
      const absolute = join5(dir, entry.name);
      if (entry.type === "directory" && HIDDEN_FOLDERS.has(entry.name)) {
        hidden2.push(relPath2);
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
        await walk2(absolute, relPath2);
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
  await walk2(chartDir, "");
  return { problems, hidden: hidden2, texts };
}
function redactValues(text, secrets) {
  let out = text;
  for (const secret of [...secrets].sort((a2, b) => b.length - a2.length)) {
    if (secret.length >= MIN_REDACTED_LENGTH) out = out.split(secret).join("<redacted>");
  }
  return out;
}
var MIN_REDACTED_LENGTH = 6;
function setValues(set) {
  return set.split(/(?<!\\),/).map((pair) => pair.slice(pair.indexOf("=") + 1)).filter((value) => value !== "");
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

// src/render/helm-source-map.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/render/helm-template-pattern.ts
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
  for (let i2 = 0; i2 < toks.length; i2++) {
    const tok = toks[i2];
    if (tok?.type !== "action") continue;
    const before = toks[i2 - 1];
    if (tok.trimLeft && before?.type === "text") before.text = before.text.replace(/\s+$/, "");
    const after = toks[i2 + 1];
    if (tok.trimRight && after?.type === "text") {
      const trimmed = after.text.replace(/^\s+/, "");
      after.start += after.text.length - trimmed.length;
      after.text = trimmed;
    }
  }
  return toks;
}
function findActionEnd(text, from) {
  let i2 = from;
  while (i2 < text.length) {
    const ch = text[i2];
    if (text.startsWith("/*", i2)) {
      const end = text.indexOf("*/", i2 + 2);
      if (end < 0) return text.length;
      i2 = end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i2++;
      while (i2 < text.length && text[i2] !== ch && text[i2] !== "\n") i2 += text[i2] === "\\" ? 2 : 1;
      i2++;
      continue;
    }
    if (ch === "`") {
      const end = text.indexOf("`", i2 + 1);
      i2 = end < 0 ? text.length : end + 1;
      continue;
    }
    if (text.startsWith("}}", i2)) return i2;
    i2++;
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
      const tok = toks[index++];
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
        if (keyword === "block") nodes.push({ type: "call", name, arg: rest.replace(/^"[^"]*"/, "").trim(), start: tok.start });
      } else if (keyword === "template") {
        nodes.push({ type: "call", name: stringArg(rest) ?? "", arg: rest.replace(/^"[^"]*"/, "").trim(), start: tok.start });
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
  for (const binding of references(expr, scope)) if (binding.kind === "values" && binding.path.length > 0) paths.push(binding.path);
  return paths;
}
function bindingOf(arg, scope) {
  const text = arg.trim().replace(/^\((.*)\)$/s, "$1").trim();
  if (text.startsWith("dict")) {
    const entries = /* @__PURE__ */ new Map();
    const parts = splitArgs(text.slice(4));
    for (let i2 = 0; i2 + 1 < parts.length; i2 += 2) {
      const key = stringArg(parts[i2] ?? "");
      if (key !== void 0) entries.set(key, bindingOf(parts[i2 + 1] ?? "", scope));
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
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2];
    if (quote) {
      current += ch;
      if (ch === "\\") current += text[++i2] ?? "";
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
function parseTemplate2(file, text) {
  const lineStarts = [0];
  for (let i2 = 0; i2 < text.length; i2++) if (text.charCodeAt(i2) === 10) lineStarts.push(i2 + 1);
  return { file, text, nodes: parse(lex(text)), lineStarts };
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
      const hole = holes[0];
      const indent = /^ */.exec(this.pendingTextOf(pieces))?.[0].length ?? 0;
      this.out.push({ kind: "block", minIndent: indent, loc: hole.loc, ...hole.values[0] ? { values: hole.values[0] } : {} });
      return;
    }
    if (holes.length === 0 && literal.length === 1 && literal[0].lit.trim() === "---") {
      this.out.push({ kind: "sep", loc: literal[0].loc ?? { file: this.template.file, line: 1, column: 1 } });
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
    source = source.replace(/ +$/, "");
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
    if (name !== void 0 && helper && this.depth < MAX_INCLUDE_DEPTH && !this.stack.includes(name)) {
      const argScope = { dot: bindingOf(pipelineHead(include?.[3] ?? ""), scope), vars: /* @__PURE__ */ new Map() };
      const expanded = this.sub(helper.template, helper.body, argScope, width, [...this.stack, name], prefix);
      this.out.push({ kind: "alt", items: [expanded, block] });
    } else {
      this.out.push(block);
    }
    this.pending = [{ lit: " ".repeat(this.indent) }];
  }
};
function pipelineHead(text) {
  return splitArgs(text)[0] ?? ".";
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function templatePattern(template, helpers) {
  return new PatternBuilder(template, helpers, 0, 0, []).build(template.nodes, { dot: ROOT, vars: /* @__PURE__ */ new Map() });
}

// src/render/helm-source-map.ts
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
    const doc = (0, import_yaml4.parseDocument)(text, { lineCounter, version: "1.1", uniqueKeys: false, prettyErrors: false });
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
      offset = node.spans[2 * index];
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
  for (let i2 = layers.length - 1; i2 >= 0; i2--) {
    const layer = layers[i2];
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
    if (!best || depth > best.depth) best = { layer, depth, offset: walked.offset, endOffset: walked.endOffset ?? walked.offset };
  }
  if (!best) return void 0;
  const from = best.layer.lineCounter.linePos(best.offset);
  const to = best.layer.lineCounter.linePos(best.endOffset);
  const file = best.layer.layer.file;
  const fileName = file.slice(file.lastIndexOf("/") + 1);
  const shown = formatValuesPath([...best.layer.layer.prefix, ...wanted]);
  const message = best.depth === wanted.length ? `value from ${fileName}: ${shown}` : `${fileName} sets ${formatValuesPath([...best.layer.layer.prefix, ...wanted.slice(0, best.depth)])} but not ${shown}`;
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, message };
}
function compile(pattern) {
  const states = [{ type: "final" }];
  let ownerIds = 0;
  const add = (state) => states.push(state) - 1;
  const build = (node, next) => {
    switch (node.kind) {
      case "line":
        return add({ type: "line", regex: node.regex, owner: { kind: "line", loc: node.loc, values: node.values, id: ownerIds++ }, next });
      case "block":
        return add({ type: "block", minIndent: node.minIndent, owner: { kind: "block", loc: node.loc, values: node.values, id: ownerIds++ }, next });
      case "sep":
        return add({ type: "sep", next });
      case "seq": {
        let entry = next;
        for (let i2 = node.items.length - 1; i2 >= 0; i2--) entry = build(node.items[i2], entry);
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
    let i2 = items.length - 1;
    while (i2 > 0) {
      const parent = i2 - 1 >> 1;
      if (items[parent][0] <= cost) break;
      [items[i2], items[parent]] = [items[parent], items[i2]];
      i2 = parent;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i2 = 0;
      for (; ; ) {
        const left = 2 * i2 + 1;
        const right = left + 1;
        let smallest = i2;
        if (left < items.length && items[left][0] < items[smallest][0]) smallest = left;
        if (right < items.length && items[right][0] < items[smallest][0]) smallest = right;
        if (smallest === i2) break;
        [items[i2], items[smallest]] = [items[smallest], items[i2]];
        i2 = smallest;
      }
    }
    return top;
  }
};
function align(automaton, lines) {
  const { states } = automaton;
  const width = lines.length + 1;
  const total = states.length * width;
  const cost = new Float64Array(total).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(total).fill(-1);
  const consumedBy = new Int32Array(total).fill(-1);
  const heap = new MinHeap();
  const relax = (key, value, from, via) => {
    if (value < cost[key]) {
      cost[key] = value;
      previous[key] = from;
      consumedBy[key] = via;
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
    if (value > cost[key]) continue;
    const stateIndex = Math.floor(key / width);
    const i2 = key % width;
    const state = states[stateIndex];
    if (i2 === lines.length && (state.type === "final" || state.type === "sep")) {
      best = key;
      break;
    }
    if (i2 < lines.length) relax(key + 1, value + SKIP_COST, key, -1);
    switch (state.type) {
      case "eps":
        for (const next of state.next) relax(next * width + i2, value, key, -1);
        break;
      case "line":
        if (i2 < lines.length && state.regex.test(lines[i2])) relax(state.next * width + i2 + 1, value, key, stateIndex);
        relax(state.next * width + i2, value + SKIP_COST, key, -1);
        break;
      case "block":
        if (i2 < lines.length && indents[i2] >= state.minIndent) relax(key + 1, value + BLOCK_LINE_COST, key, stateIndex);
        relax(state.next * width + i2, value, key, -1);
        break;
      case "sep":
        break;
      case "final":
        break;
    }
  }
  const owners = new Array(lines.length).fill(void 0);
  for (let key = best; key >= 0; key = previous[key]) {
    const via = consumedBy[key];
    if (via >= 0) {
      const state = states[via];
      if (state.type === "line" || state.type === "block") owners[key % width - 1] = state.owner;
    }
  }
  return owners;
}
var HelmTemplateIndex = class {
  /** `files`: repo-relative path → text, parent chart's files first (its helpers win). */
  constructor(files) {
    this.files = files;
    for (const [file, text] of files) this.parsed.set(file, parseTemplate2(file, text));
    this.helpers = indexHelpers([...this.parsed.values()]);
  }
  files;
  parsed = /* @__PURE__ */ new Map();
  helpers;
  automata = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  /** The compiled line pattern of a template file. */
  automaton(template) {
    let found = this.automata.get(template.file);
    if (found === void 0) {
      found = compile(templatePattern(template, this.helpers));
      this.automata.set(template.file, found);
    }
    return found;
  }
  /** A values layer with its parsed tree; the same file text is parsed once. */
  parsedValues(layer) {
    let byText = this.values.get(layer.file);
    if (byText === void 0) {
      byText = /* @__PURE__ */ new Map();
      this.values.set(layer.file, byText);
    }
    let tree = byText.get(layer.text);
    if (tree === void 0) {
      tree = parseValuesText(layer.text);
      byText.set(layer.text, tree);
    }
    return { layer, ...tree };
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
    this.templates = input.templates ?? new HelmTemplateIndex(input.files);
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
      if (docs[mid].firstLine - 1 <= line) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const doc = docs[found];
    if (doc !== void 0 && line <= doc.lastLine && (found === 0 || docs[found - 1].lastLine < line)) return doc;
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
    const owningChart = chain[chain.length - 1];
    const fallbackFile = owningChart.fallback ?? chain.map((chart) => chart.fallback).find((entry) => entry !== void 0);
    const template = file === void 0 ? void 0 : this.templates.parsed.get(file);
    const values = this.input.valuesFor(chain).map((layer) => this.templates.parsedValues(layer));
    const lines = [];
    const lineNumbers = [];
    for (let n2 = doc.firstLine; n2 <= doc.lastLine; n2++) {
      const text = this.outputLine(n2).trimEnd();
      if (text.trim() === "" || /^#\s*Source:/.test(text)) continue;
      lines.push(text);
      lineNumbers.push(n2);
    }
    const owners = template ? align(this.templates.automaton(template), lines) : lines.map(() => void 0);
    const byLine = /* @__PURE__ */ new Map();
    let unexplained = 0;
    owners.forEach((owner, index) => {
      if (owner) byLine.set(lineNumbers[index], owner);
      else unexplained++;
    });
    const context = {
      templateFile: file,
      fallback: template ? { file: template.file, line: firstLineMatching(template.text, /^kind:/m) ?? 1 } : fallbackFile ?? { file: file ?? doc.source, line: 1 },
      ownerOfLine: (line) => byLine.get(line),
      values,
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
      return { primary: { file: fallback.file, line: fallback.line, column: 1, endLine: fallback.line, endColumn: 1 }, related: [], exact: false };
    }
    const exact = span.exact && primaryDepth === found.length && primaryOwner.kind === "line";
    const primary = this.templateLocation(primaryOwner, path9[primaryDepth - 1]);
    const related = [];
    const key = this.valuesKey(context, position, path9, found, span, primaryOwner, primaryDepth);
    if (key) {
      const rendered = span.exact && valueAt2 !== void 0 ? { value: valueAt2(path9) } : void 0;
      const location2 = valuesLocation(context.values, key, rendered);
      if (location2) related.push(location2);
    }
    return { primary, related, exact };
  }
  /**
   * The last output line of a block value under a key (positions give only the key's own line for block
   * mappings and sequences): following lines indented deeper, or list items at the key's indentation.
   */
  valueEndLine(span) {
    const keyIndent = span.column - 1;
    let end = span.endLine;
    for (let n2 = span.endLine + 1; n2 <= this.lineStarts.length; n2++) {
      const text = this.outputLine(n2);
      if (text.trim() === "") continue;
      const indent = text.length - text.trimStart().length;
      if (indent > keyIndent || indent === keyIndent && /^\s*- /.test(text) && !/^\s*- /.test(this.outputLine(span.line))) end = n2;
      else break;
    }
    return end;
  }
  /** Line `n` (1-based) of the output without its line break; '' past the end. */
  outputLine(n2) {
    const start = this.lineStarts[n2 - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[n2];
    return this.output.slice(start, next === void 0 ? this.output.length : next - 1);
  }
  templateLocation(owner, key) {
    const { file, line } = owner.loc;
    let column = owner.loc.column;
    const parsed = this.templates.parsed.get(file);
    const text = parsed ? templateLine(parsed, line) : (this.input.files.get(file) ?? "").split("\n")[line - 1] ?? "";
    if (typeof key === "string" && owner.kind === "line") {
      const at = text.indexOf(`${key}:`, Math.max(0, column - 1));
      if (at >= 0) column = at + 1;
    }
    const endColumn = Math.max(column, text.trimEnd().length + 1);
    return { file, line, column, endLine: line, endColumn };
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
      for (let line = span.line + 1; line <= this.valueEndLine(span); line++) {
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
      return [...block.values, ...path9.slice(anchor)];
    }
    if (primaryOwner.kind === "line" && primaryDepth === found.length && primaryOwner.values.length > 0) {
      return [...primaryOwner.values[0], ...path9.slice(found.length)];
    }
    return void 0;
  }
};
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
import { access, constants as constants4 } from "node:fs/promises";
import { delimiter, dirname as dirname4, isAbsolute as isAbsolute2, join as join6 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
async function defaultIsExecutable(path9) {
  try {
    await access(path9, constants4.X_OK);
    return true;
  } catch {
    return false;
  }
}
function podsecBinDirs(moduleUrl = import.meta.url) {
  const dirs = [];
  let dir = dirname4(fileURLToPath3(moduleUrl));
  for (let i2 = 0; i2 < 8; i2++) {
    dirs.push(join6(dir, "node_modules", ".bin"));
    const parent = dirname4(dir);
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
  const pathDirs = (options.pathEnv ?? process.env["PATH"] ?? "").split(delimiter).filter((dir) => isAbsolute2(dir));
  for (const dir of pathDirs) {
    const candidate = join6(dir, wanted);
    if (await isExecutable(candidate)) return candidate;
  }
  if (options.explicit !== void 0 && options.explicit !== name) return void 0;
  for (const dir of options.bundledBinDirs ?? podsecBinDirs()) {
    const candidate = join6(dir, wanted);
    if (await isExecutable(candidate)) return candidate;
  }
  return void 0;
}

// src/render/helm.ts
function findHelmBinary(explicit, pathEnv) {
  return findToolBinary("helm", { ...explicit !== void 0 ? { explicit } : {}, ...pathEnv !== void 0 ? { pathEnv } : {} });
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
    return (await fs.readDir(path9)).sort((a2, b) => a2.name < b.name ? -1 : a2.name > b.name ? 1 : 0);
  } catch {
    return [];
  }
}
function dependencyList(text, fast = text === void 0 ? void 0 : readBlockYamlValue(text, 100)) {
  if (text === void 0) return [];
  if (fast && (typeof fast.value !== "object" || fast.value === null || !("dependencies" in fast.value))) return [];
  const lineCounter = new import_yaml5.LineCounter();
  const doc = (0, import_yaml5.parseDocument)(text, { lineCounter, prettyErrors: false });
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
  const text = await tryRead(fs, join7(dir, "Chart.yaml"));
  if (text === void 0) return void 0;
  let name = "";
  let apiVersion = "";
  const fast = readBlockYamlValue(text, 100);
  try {
    const parsed = fast?.value ?? (0, import_yaml5.parseDocument)(text, { prettyErrors: false }).toJS();
    if (parsed && typeof parsed === "object") {
      const record = parsed;
      if (typeof record["name"] === "string") name = record["name"];
      if (typeof record["apiVersion"] === "string") apiVersion = record["apiVersion"];
    }
  } catch {
  }
  if (apiVersion === "v1") {
    const requirements = await tryRead(fs, join7(dir, "requirements.yaml"));
    if (requirements !== void 0) return { name, dependencies: dependencyList(requirements), dependencyFile: "requirements.yaml" };
  }
  return { name, dependencies: dependencyList(text, fast), dependencyFile: "Chart.yaml" };
}
function packagedChartName(file) {
  return /^(.+?)-v?\d+\.\d+\.\d+[^/]*\.tgz$/.exec(file)?.[1];
}
async function presentSubcharts(fs, chartDir, displayPath) {
  const present = [];
  for (const entry of await tryList(fs, join7(chartDir, "charts"))) {
    if (entry.type === "directory") {
      const meta = await readChartMeta(fs, join7(chartDir, "charts", entry.name));
      if (meta) {
        present.push({
          chartName: meta.name || entry.name,
          dir: join7(chartDir, "charts", entry.name),
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
        return { error: `dependency "${dep.name}" points outside the scanned folder (${dep.repository ?? ""}); podsec does not read it`, line: dep.line };
      }
      if (await readChartMeta(fs, target2) === void 0) {
        return { error: `dependency "${dep.name}" (${dep.repository ?? ""}) has no Chart.yaml`, line: dep.line };
      }
      local.push({ dep, dir: target2, displayPath: posix.normalize(joinDisplay(displayPath, (dep.repository ?? "").slice("file://".length))) });
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
    for (const local of staged) candidates.push({ chartName: local.dep.name, dir: local.dir, displayPath: local.displayPath });
    for (const candidate of candidates) {
      const aliases = meta.dependencies.filter((dep) => dep.name === candidate.chartName);
      const names = aliases.length > 0 ? aliases.map((dep) => dep.alias ?? dep.name) : [candidate.chartName];
      const entry = aliases[0];
      const fallback = { file: joinDisplay(displayPath, meta.dependencyFile), line: entry?.line ?? 1 };
      for (const subName of names) {
        if (candidate.dir !== void 0 && candidate.displayPath !== void 0) {
          const subMeta = await readChartMeta(fs, candidate.dir) ?? { name: candidate.chartName, dependencies: [], dependencyFile: "Chart.yaml" };
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
  const walk2 = async (dir, display2, depth) => {
    if (depth > 8) return;
    for (const entry of await tryList(fs, dir)) {
      const path9 = join7(dir, entry.name);
      const shown = `${display2}/${entry.name}`;
      if (entry.type === "directory") await walk2(path9, shown, depth + 1);
      else if (entry.type === "file" && /\.(ya?ml|tpl|txt|json)$/.test(entry.name)) {
        const text = alreadyRead.get(path9) ?? await tryRead(fs, path9);
        if (text !== void 0) files.set(shown, text);
      }
    }
  };
  for (const [display2, dir] of dirs) await walk2(join7(dir, "templates"), joinDisplay(display2, "templates"), 0);
  return files;
}
function chartError(target2, file, message, line) {
  return { file, message, target: target2, ...line !== void 0 ? { line } : {} };
}
async function scenariosOf(request, fs) {
  if (request.scenarios && request.scenarios.length > 0) return [...request.scenarios];
  const scenarios = [{ name: "default", valuesFiles: [] }];
  if (request.helm.ciScenarios) {
    for (const entry of await tryList(fs, join7(request.chartDir, "ci"))) {
      if (entry.type === "file" && entry.name.endsWith("-values.yaml")) scenarios.push({ name: `ci/${entry.name}`, valuesFiles: [`ci/${entry.name}`] });
    }
  }
  return scenarios;
}
function displayOfValues(request, file) {
  if (isAbsolute3(file)) {
    const rel = request.repoRoot !== void 0 ? relative3(request.repoRoot, file) : void 0;
    return rel !== void 0 && !rel.startsWith("..") ? rel.split(sep2).join("/") : file;
  }
  return posix.normalize(joinDisplay(request.displayPath, file.split(sep2).join("/")));
}
function remoteDependencyMessage(request, dependencyFile, deps) {
  const named = deps.map((dep) => `"${dep.name}"${dep.version ? ` ${dep.version}` : ""}${dep.repository ? ` from ${dep.repository}` : ""}`).join(", ");
  const chart = request.displayPath === "" ? "." : request.displayPath;
  return `chart ${chart} needs ${deps.length === 1 ? "dependency" : "dependencies"} ${named} (listed in ${dependencyFile}) that ${deps.length === 1 ? "is" : "are"} not in ${joinDisplay(chart, "charts/")}; run "helm dependency build ${chart}" before scanning, or allow network access while rendering (--network)`;
}
async function renderHelmChart(request, deps) {
  const { fs } = deps;
  const scenarios = await scenariosOf(request, fs);
  const target2 = { kind: "helm", path: request.displayPath, scenarios: scenarios.map((scenario) => scenario.name) };
  const outcome = { target: target2, scenarios: [], errors: [] };
  const chartFile = joinDisplay(request.displayPath, "Chart.yaml");
  const helm = deps.helmBinary ?? await findHelmBinary(request.helm.binary);
  if (helm === void 0) {
    const wanted = request.helm.binary === void 0 ? "helm" : `helm binary ${JSON.stringify(request.helm.binary)}`;
    outcome.errors.push(chartError(target2, request.displayPath, `${wanted} not found: install helm, put it on PATH or set the helm binary option`));
    return outcome;
  }
  const meta = await readChartMeta(fs, request.chartDir);
  if (!meta) {
    outcome.errors.push(chartError(target2, chartFile, "Chart.yaml is missing or unreadable"));
    return outcome;
  }
  const plan = await planDependencies(fs, request.chartDir, request.displayPath, meta, request.repoRoot);
  if ("error" in plan) {
    outcome.errors.push(chartError(target2, joinDisplay(request.displayPath, meta.dependencyFile), plan.error, plan.line));
    return outcome;
  }
  if (plan.remoteMissing.length > 0 && !request.network) {
    const first = plan.remoteMissing[0];
    outcome.errors.push(
      chartError(target2, joinDisplay(request.displayPath, meta.dependencyFile), remoteDependencyMessage(request, meta.dependencyFile, plan.remoteMissing), first.line)
    );
    return outcome;
  }
  const safety = await checkChart(fs, request.chartDir, request.displayPath, { network: request.network });
  for (const local of plan.local) {
    const inner = await checkChart(fs, local.dir, local.displayPath, { network: request.network });
    safety.problems.push(...inner.problems);
    for (const [file, text] of inner.texts) safety.texts.set(file, text);
  }
  if (safety.problems.length > 0) {
    for (const problem of safety.problems) outcome.errors.push(chartError(target2, problem.file, problem.message));
    return outcome;
  }
  let renderDir = request.chartDir;
  let stagingRoot;
  try {
    if (plan.local.length > 0 || plan.remoteMissing.length > 0 || safety.hidden.length > 0) {
      stagingRoot = await mkdtemp2(join7(deps.tempRoot ?? tmpdir3(), "podsec-chart-"));
      renderDir = join7(stagingRoot, "chart");
      const staged = await stageChart(request, deps, helm, meta, plan, renderDir, safety.hidden);
      if (staged !== void 0) {
        outcome.errors.push(chartError(target2, joinDisplay(request.displayPath, meta.dependencyFile), staged));
        return outcome;
      }
    }
    const chartFiles = (async () => {
      const { layout, dirs } = await buildLayout(fs, meta.name, request.chartDir, request.displayPath, meta, plan.local, 0);
      const files = await readTemplates(fs, dirs, safety.texts);
      const chartValues = /* @__PURE__ */ new Map();
      for (const [display2, dir] of dirs) {
        const file = joinDisplay(display2, "values.yaml");
        if (!chartValues.has(file)) chartValues.set(file, await tryRead(fs, join7(dir, "values.yaml")));
      }
      return { layout, templates: new HelmTemplateIndex(files), chartValues };
    })();
    const rootReal = request.repoRoot === void 0 ? void 0 : await fs.realpath(request.repoRoot).catch(() => request.repoRoot);
    const runs = scenarios.map((scenario) => renderScenario(request, deps, helm, renderDir, rootReal, scenario));
    const chart = await chartFiles;
    const valuesTexts = new Map(chart.chartValues);
    for (const run of runs) {
      const scenarioRun = await run;
      const { scenario, sets } = scenarioRun;
      for (const [display2, text] of scenarioRun.valuesRead) if (!valuesTexts.has(display2)) valuesTexts.set(display2, text);
      if (scenarioRun.outsideFile !== void 0) {
        outcome.errors.push(chartError(target2, scenarioRun.outsideFile, `scenario "${scenario.name}": values file is outside the scanned folder; podsec does not read it`));
        continue;
      }
      const result = scenarioRun.result;
      if (result.spawnError !== void 0 || result.exitCode !== 0 || result.timedOut || result.outputTooLarge) {
        const secrets = /* @__PURE__ */ new Set([...sets.flatMap(setValues), ...[...valuesTexts.values()].flatMap((text) => text === void 0 ? [] : valuesFileStrings(text))]);
        const why = redactValues(describeFailure("helm template", result, request.timeoutMs), secrets);
        const at = templateErrorLocation(result.stderr, chart.layout);
        outcome.errors.push(chartError(target2, at?.file ?? request.displayPath, `scenario "${scenario.name}": ${why}`, at?.line));
        continue;
      }
      const scenarioValues = [];
      for (const [display2] of scenarioRun.valuesRead) {
        const text = valuesTexts.get(display2);
        if (text !== void 0) scenarioValues.push({ file: display2, text, prefix: [] });
      }
      const valuesFor = (chain) => {
        const layers = [];
        for (let i2 = chain.length - 1; i2 >= 0; i2--) {
          const owner = chain[i2];
          const prefix2 = chain.slice(i2 + 1).map((sub) => sub.name);
          if (owner.displayPath === void 0) continue;
          const file = joinDisplay(owner.displayPath, "values.yaml");
          const text = valuesTexts.get(file);
          if (text !== void 0) layers.push({ file, text, prefix: prefix2 });
        }
        const prefix = chain.slice(1).map((sub) => sub.name);
        for (const layer of scenarioValues) layers.push({ ...layer, prefix });
        return layers;
      };
      const rendered = renderedObjects(result.stdout, request, chart.layout, chart.templates, valuesFor, target2);
      outcome.errors.push(...rendered.errors);
      outcome.scenarios.push({ scenario: scenario.name, objects: rendered.objects, defaultNamespace: request.helm.namespace ?? "default" });
    }
  } finally {
    if (stagingRoot !== void 0) await rm2(stagingRoot, { recursive: true, force: true }).catch(() => void 0);
  }
  return outcome;
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
  const result = await runner.run(helm, args, { cwd: renderDir, timeoutMs: request.timeoutMs, maxOutputBytes: request.maxOutputBytes });
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
async function stageChart(request, deps, helm, meta, plan, renderDir, hidden2) {
  const hiddenPaths = hidden2.map((rel) => join7(request.chartDir, rel));
  const visible = (source) => !hiddenPaths.some((h2) => source === h2 || source.startsWith(`${h2}${sep2}`));
  await cp(request.chartDir, renderDir, { recursive: true, dereference: false, verbatimSymlinks: true, filter: visible });
  for (const local of plan.local) {
    await cp(local.dir, join7(renderDir, "charts", local.dep.name), { recursive: true, dereference: false, verbatimSymlinks: true });
  }
  if (plan.remoteMissing.length === 0) return void 0;
  const chartYaml = join7(renderDir, meta.dependencyFile);
  const text = await tryRead(deps.fs, join7(request.chartDir, meta.dependencyFile)) ?? "";
  const doc = (0, import_yaml5.parseDocument)(text);
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
  await writeFile2(chartYaml, doc.toString());
  const repositories = [...new Set(plan.remoteMissing.map((dep) => dep.repository ?? "").filter((repo) => /^https?:\/\//.test(repo)))];
  const options = { cwd: renderDir, timeoutMs: request.timeoutMs, maxOutputBytes: 16 * 1024 * 1024 };
  for (const [index, repository] of repositories.entries()) {
    const added = await deps.runner.run(helm, ["repo", "add", "--force-update", "--", `podsec-${index + 1}`, repository], options);
    if (added.exitCode !== 0) return `could not add chart repository ${repository}: ${describeFailure("helm repo add", added, request.timeoutMs)}`;
  }
  const built = await deps.runner.run(helm, ["dependency", "build", "--", renderDir], options);
  if (built.exitCode !== 0) return `could not fetch chart dependencies: ${describeFailure("helm dependency build", built, request.timeoutMs)}`;
  return void 0;
}
function renderedObjects(output, request, layout, templates, valuesFor, target2) {
  const map = new HelmSourceMap({ root: layout, files: templates.files, valuesFor, templates }, output);
  const parsed = parseManifests(output, request.displayPath, request.keepKind ? { keepKind: request.keepKind } : {});
  const errors = parsed.errors.map((error) => {
    const doc = error.line !== void 0 ? map.documentAt(error.line) : void 0;
    const file = (doc && map.fileOf(doc)) ?? request.displayPath;
    return chartError(target2, file, `rendered output does not parse: ${error.message}`);
  });
  const objects2 = parsed.objects.map((object) => {
    const doc = map.documentAt(object.position([]).line);
    const context = doc && map.context(doc);
    const file = (doc && (map.fileOf(doc) ?? context?.fallback.file)) ?? request.displayPath;
    return withLocator(object, (path9) => map.locate((p) => object.position(p), path9, (p) => valueAt(object.value, p)), { file });
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

// src/render/kustomize.ts
var import_yaml8 = __toESM(require_dist(), 1);
import { dirname as dirname5, relative as relative4, resolve as resolve6 } from "node:path";

// src/render/kustomize-inspect.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { basename as basename2, resolve as resolve5 } from "node:path";
var OFFLINE_ENV = {
  HTTP_PROXY: "http://127.0.0.1:9",
  HTTPS_PROXY: "http://127.0.0.1:9",
  http_proxy: "http://127.0.0.1:9",
  https_proxy: "http://127.0.0.1:9",
  NO_PROXY: "",
  no_proxy: "",
  GIT_ALLOW_PROTOCOL: "file",
  GIT_TERMINAL_PROMPT: "0",
  GIT_CONFIG_NOSYSTEM: "1"
};
var resolvedCommands = /* @__PURE__ */ new WeakMap();
function resolveKustomizeCommand(options, runner) {
  if (options.binary !== void 0 && options.binary !== "") {
    const name = basename2(options.binary).replace(/\.exe$/i, "");
    return Promise.resolve(name === "kubectl" ? { command: options.binary, args: ["kustomize"] } : { command: options.binary, args: ["build"] });
  }
  let found = resolvedCommands.get(runner);
  if (found === void 0) {
    found = runner.run("kustomize", ["version"], { timeoutMs: 3e4, maxOutputBytes: 64 * 1024 }).then((result) => result.spawnError === void 0 ? { command: "kustomize", args: ["build"] } : { command: "kubectl", args: ["kustomize"] });
    resolvedCommands.set(runner, found);
  }
  return found;
}
async function readKustomizationAt(fs, dir) {
  const file = await findKustomizationFile(fs, dir);
  if (file === void 0) return { error: "no kustomization.yaml, kustomization.yml or Kustomization in the directory" };
  let text;
  try {
    text = await fs.readFile(file);
  } catch (error) {
    return { file, error: `cannot read kustomization: ${describeFileError(error)}` };
  }
  const parsed = parseKustomizationText(text, file);
  return "error" in parsed ? { file, error: parsed.error } : parsed;
}
var PATCH_FIELDS = ["patches", "patchesStrategicMerge", "patchesJson6902", "transformers"];
var BUILD_WIDE_FIELDS = ["vars", "configurations", "crds", "openapi", "helmCharts", "helmGlobals"];
async function walkKustomizationTree(fs, dir, enableHelm, seen, found, rootReal, facts = { patches: false, isolated: true }, configTree = false) {
  if (seen.has(dir)) return;
  seen.add(dir);
  const root = seen.size === 1;
  const kustomization = await readKustomizationAt(fs, dir);
  if ("error" in kustomization) {
    facts.patches = true;
    facts.isolated = false;
    if (!root && kustomization.file !== void 0) found.push({ entry: dir, file: kustomization.file, unreadable: kustomization.error });
    return;
  }
  if (PATCH_FIELDS.some((field) => kustomization.data[field] !== void 0)) facts.patches = true;
  if (kustomization.unusualKeys === true || BUILD_WIDE_FIELDS.some((field) => kustomization.data[field] !== void 0)) facts.isolated = false;
  for (const entry of rootEntries(kustomization.data)) {
    if (isRepositoryUrl(entry)) {
      found.push({ entry, file: kustomization.file, .../^(git::)?file:/i.test(entry) ? { localRepository: true } : {} });
      continue;
    }
    const absolute = resolve5(dir, entry);
    const type = await pathType(fs, absolute);
    if (type === void 0) {
      if (looksRemote(entry)) found.push({ entry, file: kustomization.file });
      continue;
    }
    const real = await fs.realpath(absolute).catch(() => absolute);
    if (!isInside(rootReal, real)) {
      found.push({ entry, file: kustomization.file, outside: true });
      continue;
    }
    if (type === "directory") await walkKustomizationTree(fs, real, enableHelm, seen, found, rootReal, facts, configTree || configEntries(kustomization.data).includes(entry));
  }
  for (const entry of fileReferences(kustomization.data)) if (isUrl2(entry)) found.push({ entry, file: kustomization.file });
  const configs = [...configEntries(kustomization.data), ...configTree ? strings(kustomization.data["resources"]) : []];
  for (const entry of configs) {
    const inline = isInlineConfig(entry);
    const text = inline ? entry : await readInside(fs, resolve5(dir, entry), rootReal);
    if (text === void 0) continue;
    for (const url of configUrls(text)) found.push({ entry: url, file: inline ? kustomization.file : resolve5(dir, entry) });
  }
  if (kustomization.data["helmChartInflationGenerator"] !== void 0) {
    found.push({ entry: "helmChartInflationGenerator", file: kustomization.file, unreadable: "helmChartInflationGenerator (the deprecated form of helmCharts) is not checked by podsec; use helmCharts" });
  }
  if (!enableHelm) return;
  const helmCharts = kustomization.data["helmCharts"];
  if (!Array.isArray(helmCharts)) return;
  const globals = kustomization.data["helmGlobals"];
  const chartHome = typeof globals === "object" && globals !== null && typeof globals["chartHome"] === "string" ? globals["chartHome"] : "charts";
  const home = resolve5(dir, chartHome);
  const homeReal = await fs.realpath(home).catch(() => home);
  if (!isInside(rootReal, homeReal)) found.push({ entry: chartHome, file: kustomization.file, outside: true });
  for (const chart of helmCharts) {
    if (typeof chart !== "object" || chart === null) continue;
    const { name, repo, version, valuesFile, additionalValuesFiles } = chart;
    if (typeof name !== "string") continue;
    const chartDir = typeof version === "string" && version !== "" ? resolve5(home, `${name}-${version}`, name) : resolve5(home, name);
    const chartReal = await fs.realpath(chartDir).catch(() => chartDir);
    const vendored = await pathType(fs, chartReal) === "directory";
    if (!isInside(rootReal, chartReal)) {
      found.push({ entry: `helm chart ${name}`, file: kustomization.file, outside: true });
    } else if (vendored) {
      const safety = await checkChart(fs, chartReal, `helm chart ${name}`, { network: false });
      for (const problem of safety.problems) found.push({ entry: `helm chart ${name}`, file: kustomization.file, unreadable: `helm chart ${name}: ${problem.message}` });
      if (safety.hidden.length > 0) {
        found.push({ entry: `helm chart ${name}`, file: kustomization.file, unreadable: `helm chart ${name} holds ${safety.hidden.join(", ")}, which helm would hand to its templates` });
      }
    }
    for (const values of [valuesFile, ...strings(additionalValuesFiles)]) {
      if (typeof values === "string" && isUrl2(values)) found.push({ entry: values, file: kustomization.file });
    }
    if (typeof repo === "string" && repo !== "" && !vendored) found.push({ entry: `helm chart ${name} from ${repo}`, file: kustomization.file });
  }
}
function configUrls(text) {
  const anywhere = () => text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'\]},]*/gi) ?? [];
  if (/!!|<<|^%/m.test(text)) return anywhere();
  let documents;
  try {
    documents = (0, import_yaml6.parseAllDocuments)(text).map((document) => document.toJS({ maxAliasCount: 100 }));
  } catch {
    return anywhere();
  }
  const found = [];
  const add = (value) => {
    for (const item of [value].flat()) if (typeof item === "string" && isUrl2(item.includes("=") && !isUrl2(item) ? item.slice(item.indexOf("=") + 1) : item)) found.push(item);
  };
  const fieldsOf = (record, names) => Object.entries(record).filter(([key]) => names.includes(key.toLowerCase())).map(([, value]) => value);
  for (const document of documents) {
    if (typeof document !== "object" || document === null || Array.isArray(document)) continue;
    const config = document;
    for (const value of fieldsOf(config, ["files", "envs", "env", "path", "paths", "repo", "charthome", "valuesfile", "additionalvaluesfiles"])) add(value);
    for (const replacements2 of fieldsOf(config, ["replacements"])) {
      for (const replacement of [replacements2].flat()) {
        if (typeof replacement === "object" && replacement !== null) for (const value of fieldsOf(replacement, ["path"])) add(value);
      }
    }
  }
  return found;
}
function configEntries(data) {
  return [...strings(data["generators"]), ...strings(data["transformers"]), ...strings(data["validators"])];
}
async function readInside(fs, absolute, rootReal) {
  if (await pathType(fs, absolute) !== "file") return void 0;
  const real = await fs.realpath(absolute).catch(() => void 0);
  if (real === void 0 || !isInside(rootReal, real)) return void 0;
  return fs.readFile(real).catch(() => void 0);
}
function isUrl2(entry) {
  return /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(entry);
}
function isRepositoryUrl(entry) {
  return /^(git::)?[a-z][a-z0-9+.-]*:\/\//i.test(entry);
}
async function inspectKustomization(fs, directory, cwd, enableHelm) {
  const kustomization = await readKustomizationAt(fs, directory);
  if ("error" in kustomization) return kustomization;
  const refused = [];
  const rootReal = await fs.realpath(cwd).catch(() => cwd);
  const facts = { patches: false, isolated: true };
  const directoryReal = await fs.realpath(directory).catch(() => directory);
  await walkKustomizationTree(fs, directoryReal, enableHelm, /* @__PURE__ */ new Set(), refused, rootReal, facts);
  const buildMetadata = facts.patches || refused.length > 0 ? ["originAnnotations", "transformerAnnotations"] : ["originAnnotations"];
  return { kustomization, refused, facts, buildMetadata };
}

// src/render/kustomize-patches.ts
var import_yaml7 = __toESM(require_dist(), 1);
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
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
    if (values[match[1]] !== match[2]) return false;
  }
  return true;
}
function targetSelects(target2, subject) {
  const { group, version } = splitApiVersion(subject.apiVersion);
  if (target2.kind !== void 0 && target2.kind !== "" && target2.kind !== subject.kind) return false;
  if (target2.group !== void 0 && target2.group !== "" && target2.group !== group) return false;
  if (target2.version !== void 0 && target2.version !== "" && target2.version !== version) return false;
  if (target2.name !== void 0 && target2.name !== "" && !subject.names.some((name) => regexMatches(target2.name, name))) return false;
  return selectorMatches(target2.labelSelector, subject.labels) && selectorMatches(target2.annotationSelector, subject.annotations);
}
function intermediateNames(original, rendered) {
  if (original === void 0) return [rendered];
  const at = rendered.indexOf(original);
  if (at < 0) return [original, rendered];
  const isCut = (index) => rendered[index] === "-" || rendered[index] === ".";
  const starts = [0, at, ...[...rendered.slice(0, at)].map((_, index) => index + 1).filter((index) => isCut(index - 1))];
  const ends = [rendered.length, at + original.length];
  for (let index = at + original.length; index < rendered.length; index++) if (isCut(index)) ends.push(index);
  const names = /* @__PURE__ */ new Set();
  for (const start of starts) for (const end of ends) if (start <= at && end >= at + original.length) names.add(rendered.slice(start, end));
  return [...names];
}
var MERGE_KEYS = ["name", "mountPath", "containerPort", "devicePath", "ip"];
function matchListItem(renderedItem, patchList, index) {
  if (isRecord(renderedItem)) {
    for (const key of MERGE_KEYS) {
      const wanted = renderedItem[key];
      if (wanted === void 0) continue;
      const found = patchList.findIndex((item) => isRecord(item) && item[key] === wanted);
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
    if (patchCursor === null && patchPath.length > 0) return { patchPath, complete: false, removedAt: patchPath.length };
    if (typeof segment === "number") {
      if (!Array.isArray(patchCursor)) break;
      const renderedItem = Array.isArray(renderedCursor) ? renderedCursor[segment] : void 0;
      const index = matchListItem(renderedItem, patchCursor, segment);
      if (index === void 0) break;
      patchPath.push(index);
      renderedCursor = renderedItem;
      patchCursor = patchCursor[index];
    } else {
      if (!isRecord(patchCursor) || !Object.prototype.hasOwnProperty.call(patchCursor, segment)) break;
      patchPath.push(segment);
      renderedCursor = isRecord(renderedCursor) ? renderedCursor[segment] : void 0;
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
  const metadata = isRecord(value["metadata"]) ? value["metadata"] : {};
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
  const lineCounter = new import_yaml7.LineCounter();
  const doc = (0, import_yaml7.parseDocument)(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0 || !(0, import_yaml7.isSeq)(doc.contents)) return void 0;
  const ops = [];
  for (const item of doc.contents.items) {
    if (!(0, import_yaml7.isMap)(item)) continue;
    const op = item.get("op");
    const path9 = item.get("path");
    if (typeof op !== "string" || typeof path9 !== "string") continue;
    const pair = (key) => {
      const found = item.items.find((entry) => (0, import_yaml7.isPair)(entry) && (0, import_yaml7.isScalar)(entry.key) && entry.key.value === key);
      return found ? found.value ?? found.key : void 0;
    };
    const pathPair = item.items.find((entry) => (0, import_yaml7.isPair)(entry) && (0, import_yaml7.isScalar)(entry.key) && entry.key.value === "path");
    ops.push({ op, tokens: pointerTokens(path9), pathNode: pathPair?.key ?? void 0, valueNode: pair("value"), opNode: item });
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
        const prefix = op.tokens.every((token, index) => token === wanted[index] || token === "-" && typeof path9[index] === "number");
        if (!prefix) continue;
        let location2 = nodeLocation(op.pathNode) ?? nodeLocation(op.opNode);
        let matched = op.tokens.length;
        if ((op.op === "add" || op.op === "replace") && op.valueNode !== void 0) {
          let node = op.valueNode;
          for (const segment of path9.slice(op.tokens.length)) {
            let next;
            let where;
            if ((0, import_yaml7.isMap)(node)) {
              const entry = node.items.find((pair) => (0, import_yaml7.isScalar)(pair.key) && String(pair.key.value) === String(segment));
              next = entry?.value;
              where = entry?.key;
            } else if ((0, import_yaml7.isSeq)(node) && typeof segment === "number") {
              next = node.items[segment];
              where = next;
            }
            if (where === void 0) break;
            location2 = nodeLocation(where) ?? location2;
            node = next;
            matched++;
          }
        }
        if (location2 === void 0) continue;
        const removal = op.op === "remove";
        const hit = {
          location: location2,
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

// src/render/kustomize.ts
function createKustomizeFileCache() {
  return { parsed: /* @__PURE__ */ new Map() };
}
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
var KUSTOMIZE_ANNOTATION_PREFIXES = ["internal.config.kubernetes.io/", "config.kubernetes.io/", "alpha.config.kubernetes.io/", "kustomize.config.k8s.io/"];
var KUSTOMIZE_ANNOTATIONS = /* @__PURE__ */ new Set(["config.k8s.io/id"]);
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringRecord(value) {
  const result = {};
  if (isRecord2(value)) {
    for (const [key, item] of Object.entries(value)) if (typeof item === "string") result[key] = item;
  }
  return result;
}
function isKustomizeAnnotation(key) {
  return KUSTOMIZE_ANNOTATIONS.has(key) || KUSTOMIZE_ANNOTATION_PREFIXES.some((prefix) => key.startsWith(prefix));
}
function stripBuildMetadata(value) {
  const metadata = value["metadata"];
  if (!isRecord2(metadata) || !isRecord2(metadata["annotations"])) return value;
  const annotations = Object.fromEntries(Object.entries(metadata["annotations"]).filter(([key]) => !isKustomizeAnnotation(key)));
  const { annotations: _dropped, ...rest } = metadata;
  const cleaned = Object.keys(annotations).length > 0 ? { ...rest, annotations } : rest;
  return { ...value, metadata: cleaned };
}
function readAnnotationYaml(value, key, cache) {
  const metadata = value["metadata"];
  if (!isRecord2(metadata) || !isRecord2(metadata["annotations"])) return void 0;
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
  if (!(0, import_yaml8.isScalar)(node) || node.type !== "BLOCK_LITERAL" || start === void 0) {
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
  if (!isRecord2(value)) return void 0;
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
  const dir = dirname5(kustomizationFile);
  const fileDisplay = display2(kustomizationFile);
  const lineCounter = new import_yaml8.LineCounter();
  const doc = (0, import_yaml8.parseDocument)(kustomization.text, { lineCounter, prettyErrors: false });
  const sequence = (key) => {
    const node = doc.get(key, true);
    return (0, import_yaml8.isSeq)(node) ? node.items : [];
  };
  const patches = [];
  const fromFile = async (entry, target2) => {
    const absolute = resolve6(dir, entry);
    const text = await cache.text(absolute);
    if (text === void 0) return;
    patches.push(...loadPatchText(text, { file: display2(absolute), lineOffset: 0, columnOffset: 0 }, target2));
  };
  const strategic = kustomization.data["patchesStrategicMerge"];
  if (Array.isArray(strategic)) {
    const nodes = sequence("patchesStrategicMerge");
    for (const [index, entry] of strategic.entries()) {
      if (typeof entry !== "string") continue;
      if (isInlineEntry(entry)) patches.push(...loadPatchText(entry, inlinePlacement(kustomization.text, fileDisplay, nodes[index], lineCounter), void 0));
      else await fromFile(entry, void 0);
    }
  }
  for (const key of ["patches", "patchesJson6902"]) {
    const list = kustomization.data[key];
    if (!Array.isArray(list)) continue;
    const nodes = sequence(key);
    for (const [index, entry] of list.entries()) {
      if (!isRecord2(entry)) continue;
      const target2 = patchTarget(entry["target"]);
      if (typeof entry["path"] === "string") {
        await fromFile(entry["path"], target2);
      } else if (typeof entry["patch"] === "string") {
        const itemNode = nodes[index];
        const patchNode = itemNode && "get" in itemNode ? itemNode.get("patch", true) : void 0;
        patches.push(...loadPatchText(entry["patch"], inlinePlacement(kustomization.text, fileDisplay, patchNode, lineCounter), target2));
      }
    }
  }
  return patches;
}
function readOrigin(value, wrapperDir, cache) {
  const origin = readAnnotationYaml(value, ORIGIN_ANNOTATION, cache);
  if (!isRecord2(origin)) return { generated: false };
  if (typeof origin["repo"] === "string") return { generated: false };
  if (typeof origin["path"] === "string") return { absolute: resolve6(wrapperDir, origin["path"]), generated: false };
  if (typeof origin["configuredIn"] === "string") return { absolute: resolve6(wrapperDir, origin["configuredIn"]), generated: true };
  return { generated: false };
}
function readTransformers(value, wrapperDir, cache) {
  const list = readAnnotationYaml(value, TRANSFORMATIONS_ANNOTATION, cache);
  if (!Array.isArray(list)) return [];
  const files = [];
  for (const item of list) {
    if (!isRecord2(item) || typeof item["configuredIn"] !== "string") continue;
    const by = item["configuredBy"];
    const kind = isRecord2(by) && typeof by["kind"] === "string" ? by["kind"] : "";
    if (!/^Patch/.test(kind)) continue;
    const file = resolve6(wrapperDir, item["configuredIn"]);
    if (isInside(wrapperDir, file)) continue;
    if (!files.includes(file)) files.push(file);
  }
  return files;
}
function identity3(value) {
  const metadata = isRecord2(value["metadata"]) ? value["metadata"] : {};
  return {
    apiVersion: typeof value["apiVersion"] === "string" ? value["apiVersion"] : "",
    kind: typeof value["kind"] === "string" ? value["kind"] : "",
    name: typeof metadata["name"] === "string" ? metadata["name"] : void 0
  };
}
function matchOriginObject(candidates, rendered) {
  const wanted = identity3(rendered);
  const sameKind = candidates.filter((object) => identity3(object.value).kind === wanted.kind);
  const byName = sameKind.filter((object) => {
    const name = identity3(object.value).name;
    return name !== void 0 && wanted.name !== void 0 && wanted.name.includes(name);
  }).sort((a2, b) => (identity3(b.value).name?.length ?? 0) - (identity3(a2.value).name?.length ?? 0));
  return byName[0] ?? (sameKind.length === 1 ? sameKind[0] : void 0);
}
function locationOf(object, rendered, path9) {
  const followed = followInPatch(rendered, object.value, path9);
  const span = object.position(followed.patchPath);
  return {
    location: { file: object.file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn },
    exact: followed.complete && span.exact,
    depth: span.foundPath.length
  };
}
function withMessage(location2, message) {
  return { ...location2, message };
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
    if (authoritative) return { primary: authoritative.hit.location, related: baseRelated, exact: authoritative.hit.exact };
    if (base?.exact) return { primary: base.location, related: [], exact: true };
    if (deepest && (base === void 0 || deepest.hit.depth > base.depth)) {
      return { primary: deepest.hit.location, related: baseRelated, exact: false };
    }
    if (base) return { primary: base.location, related: [], exact: false };
    return { primary: fallback, related: [], exact: false };
  };
}
async function renderKustomization(request, deps) {
  const { fs } = deps;
  const target2 = request.target;
  const display2 = request.displayPath ?? ((absolute) => toPosix(relative4(request.cwd, absolute)) || ".");
  const fail2 = (message, file = target2.path) => ({ target: target2, scenarios: [], errors: [{ file, message, target: target2 }] });
  const inspection = await (deps.sharedBuilds?.inspect(request.directory) ?? inspectKustomization(fs, request.directory, request.cwd, request.options.kustomize.enableHelm));
  if ("error" in inspection) return fail2(inspection.error, inspection.file ? display2(inspection.file) : target2.path);
  const blocking = inspection.refused.filter((item) => item.outside === true || item.localRepository === true || item.unreadable !== void 0 || !request.options.network);
  if (blocking.length > 0) {
    const errors = blocking.map((item) => ({ file: display2(item.file), message: refusal(item), target: target2 }));
    return { target: target2, scenarios: [], errors };
  }
  const shared = await deps.sharedBuilds?.build(request.directory);
  const built = shared ?? await buildAlone(request, deps, inspection.buildMetadata);
  if ("error" in built) return fail2(built.error);
  return attribute(request, deps, inspection.kustomization, built, display2);
}
function refusal(item) {
  const entry = JSON.stringify(item.entry);
  if (item.unreadable !== void 0) return `${item.unreadable}; podsec does not build an overlay whose bases and components it cannot check`;
  if (item.localRepository === true) return `resource ${entry} is a git repository URL, which kustomize would clone from anywhere on this machine; podsec does not render it (name the folder by a relative path)`;
  if (item.outside === true) return `resource ${entry} is outside the scanned folder; podsec does not render it (scan from a folder that contains it)`;
  return `remote resource ${entry} is not fetched: network access is off (turn it on to render remote bases)`;
}
async function buildAlone(request, deps, buildMetadata) {
  const { fs, runner } = deps;
  let targetReal;
  try {
    targetReal = await fs.realpath(request.directory);
  } catch (error) {
    return { error: `cannot read kustomization directory: ${describeFileError(error)}` };
  }
  const command = await resolveKustomizeCommand(request.options.kustomize, runner);
  const scratch = await fs.makeTempDir("podsec-kustomize-");
  try {
    const wrapperDir = await fs.realpath(scratch);
    const entry = toPosix(relative4(wrapperDir, targetReal));
    await fs.writeFile(
      resolve6(wrapperDir, "kustomization.yaml"),
      (0, import_yaml8.stringify)({
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        resources: [entry],
        buildMetadata
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
      ...request.options.network ? {} : { env: OFFLINE_ENV }
    });
    const cwdReal = await fs.realpath(request.cwd).catch(() => request.cwd);
    const rewrite = (text) => {
      const fromWrapper = toPosix(relative4(wrapperDir, cwdReal));
      let out = text;
      if (fromWrapper !== "") out = out.split(`${fromWrapper}/`).join("");
      return out.split(`${wrapperDir}/`).join("").split(wrapperDir).join("<podsec wrapper>").split(`${cwdReal}/`).join("");
    };
    const name = [command.command, ...command.args].join(" ");
    if (result.spawnError !== void 0 || result.timedOut || result.outputTooLarge || result.exitCode !== 0) {
      return { error: describeFailure(name, { ...result, stderr: rewrite(result.stderr) }, request.options.timeoutMs ?? DEFAULT_TIMEOUT_MS2) };
    }
    const rendered = parseManifests(result.stdout, request.target.path, request.options.keepKind ? { keepKind: request.options.keepKind } : {});
    const errors = rendered.errors.map((error) => ({ ...error, message: `kustomize output: ${error.message}`, target: request.target }));
    return { wrapperDir, objects: rendered.objects, errors };
  } finally {
    await fs.removeTempDir(scratch);
  }
}
async function attribute(request, deps, kustomization, built, display2) {
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
  const annotations = /* @__PURE__ */ new Map();
  for (const object of built.objects) {
    const origin = readOrigin(object.value, wrapperDir, annotations);
    const value = stripBuildMetadata(object.value);
    const own = identity3(value);
    let originObject;
    let file = display2(kustomization.file);
    if (origin.absolute !== void 0) {
      file = display2(origin.absolute);
      if (!origin.generated) {
        const parsed = await cache.parsed(origin.absolute);
        originObject = parsed ? matchOriginObject(parsed.objects, value) : void 0;
      }
    }
    const metadata = isRecord2(value["metadata"]) ? value["metadata"] : {};
    const subject = {
      apiVersion: own.apiVersion,
      kind: own.kind,
      names: intermediateNames(originObject ? identity3(originObject.value).name : void 0, own.name ?? ""),
      labels: stringRecord(metadata["labels"]),
      annotations: stringRecord(metadata["annotations"]),
      rendered: value
    };
    const patches = [];
    for (const kustomizationFile of readTransformers(object.value, wrapperDir, annotations)) {
      for (const patch of await patchesOf(kustomizationFile)) if (patch.appliesTo(subject)) patches.push(patch);
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
  const namespace = kustomization.data["namespace"];
  return {
    target: request.target,
    scenarios: [{ scenario: "default", objects: objects2, ...typeof namespace === "string" && namespace !== "" ? { defaultNamespace: namespace } : {} }],
    errors: [...built.errors]
  };
}

// src/render/kustomize-batch.ts
var import_yaml9 = __toESM(require_dist(), 1);
import { randomBytes } from "node:crypto";
import { relative as relative5, resolve as resolve7 } from "node:path";
var MEMBER_ANNOTATION = "podsec.internal/shared-build-member";
var LOCAL_CONFIG_ANNOTATION = "config.kubernetes.io/local-config";
var KEPT_LOCAL_ANNOTATION = "podsec.internal/local-config";
var NEEDS_HASH_ANNOTATION = "internal.config.kubernetes.io/needsHashSuffix";
var HASHED_ANNOTATION = "podsec.internal/hashed";
var PLAIN_SHARED_BUILD_KEYS = { member: MEMBER_ANNOTATION, keptLocal: KEPT_LOCAL_ANNOTATION, hashed: HASHED_ANNOTATION };
function sharedBuildKeys() {
  const suffix = randomBytes(6).toString("hex");
  return { member: `${MEMBER_ANNOTATION}-${suffix}`, keptLocal: `${KEPT_LOCAL_ANNOTATION}-${suffix}`, hashed: `${HASHED_ANNOTATION}-${suffix}` };
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
function createSharedKustomizeBuilds(settings, deps) {
  const inspections = /* @__PURE__ */ new Map();
  const inspect4 = (directory) => {
    let found = inspections.get(directory);
    if (found === void 0) {
      found = inspectKustomization(deps.fs, directory, settings.cwd, settings.kustomize.enableHelm);
      inspections.set(directory, found);
    }
    return found;
  };
  let plan;
  return {
    inspect: inspect4,
    async build(directory) {
      plan ??= planBatches(settings, inspect4, deps.fs).catch(() => /* @__PURE__ */ new Map());
      const batch = (await plan).get(directory);
      if (batch === void 0) return void 0;
      batch.result ??= runBatch(batch, settings, deps).catch(() => void 0);
      return (await batch.result)?.get(directory);
    }
  };
}
async function planBatches(settings, inspect4, fs) {
  const byDirectory = /* @__PURE__ */ new Map();
  if (settings.kustomize.enableHelm) return byDirectory;
  const eligible = await Promise.all(
    settings.candidates.map(async (directory) => {
      const inspection = await inspect4(directory);
      if ("error" in inspection || inspection.refused.length > 0 || !inspection.facts.isolated) return void 0;
      const namespace = inspection.kustomization.data["namespace"];
      if (typeof namespace !== "string" || namespace === "") return void 0;
      const realDirectory = await fs.realpath(directory).catch(() => void 0);
      if (realDirectory === void 0) return void 0;
      return { directory, realDirectory, namespace, key: inspection.buildMetadata.join(","), buildMetadata: inspection.buildMetadata };
    })
  );
  const groups = /* @__PURE__ */ new Map();
  for (const member of eligible) {
    if (member === void 0) continue;
    const group = groups.get(member.key) ?? [];
    group.push(member);
    groups.set(member.key, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const count2 = Math.max(Math.min(settings.slots, Math.floor(group.length / 2)), Math.ceil(group.length / MAX_MEMBERS));
    const batches = Array.from({ length: count2 }, () => ({ members: [], buildMetadata: group[0].buildMetadata, namespaces: /* @__PURE__ */ new Set() }));
    group.forEach((member, index) => {
      for (let step = 0; step < count2; step++) {
        const batch = batches[(index + step) % count2];
        if (batch.namespaces.has(member.namespace) || batch.members.length >= MAX_MEMBERS) continue;
        batch.namespaces.add(member.namespace);
        batch.members.push({ directory: member.directory, realDirectory: member.realDirectory, namespace: member.namespace });
        return;
      }
    });
    for (const batch of batches) {
      if (batch.members.length < 2) continue;
      const shared = { members: batch.members, buildMetadata: batch.buildMetadata };
      for (const member of batch.members) byDirectory.set(member.directory, shared);
    }
  }
  return byDirectory;
}
async function runBatch(batch, settings, deps) {
  const { fs, runner } = deps;
  const command = await resolveKustomizeCommand(settings.kustomize, runner);
  const memberLimit = settings.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES2;
  const keys = sharedBuildKeys();
  const scratch = await fs.makeTempDir("podsec-kustomize-shared-");
  let stdout;
  let wrapperDir;
  try {
    wrapperDir = await fs.realpath(scratch);
    const top = wrapperDir;
    await fs.writeFile(
      resolve7(top, "kustomization.yaml"),
      (0, import_yaml9.stringify)({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: batch.members.map((_, index) => `m${index}`), buildMetadata: batch.buildMetadata })
    );
    for (const [index, member] of batch.members.entries()) {
      const memberDir = resolve7(top, `m${index}`);
      const tagger = (0, import_yaml9.stringify)({
        apiVersion: "builtin",
        kind: "AnnotationsTransformer",
        metadata: { name: "podsec-shared-build-member" },
        annotations: { [keys.member]: String(index) },
        fieldSpecs: [{ path: "metadata/annotations", create: true }]
      });
      const escaped = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
      const keepLocal = (0, import_yaml9.stringify)([
        { op: "copy", from: `/metadata/annotations/${escaped(LOCAL_CONFIG_ANNOTATION)}`, path: `/metadata/annotations/${escaped(keys.keptLocal)}` },
        { op: "replace", path: `/metadata/annotations/${escaped(LOCAL_CONFIG_ANNOTATION)}`, value: "false" }
      ]);
      const showHashed = (0, import_yaml9.stringify)([{ op: "copy", from: `/metadata/annotations/${escaped(NEEDS_HASH_ANNOTATION)}`, path: `/metadata/annotations/${escaped(keys.hashed)}` }]);
      await fs.writeFile(
        resolve7(memberDir, "kustomization.yaml"),
        (0, import_yaml9.stringify)({
          apiVersion: "kustomize.config.k8s.io/v1beta1",
          kind: "Kustomization",
          resources: [toPosix(relative5(memberDir, member.realDirectory))],
          transformers: [tagger],
          // Exactly the objects kustomize would drop: the mark is there and not "false".
          patches: [
            { target: { annotationSelector: `${LOCAL_CONFIG_ANNOTATION},${LOCAL_CONFIG_ANNOTATION}!=false` }, patch: keepLocal },
            { target: { annotationSelector: NEEDS_HASH_ANNOTATION }, patch: showHashed }
          ]
        })
      );
    }
    const result = await runner.run(command.command, [...command.args, top], {
      cwd: top,
      ...settings.timeoutMs === void 0 ? {} : { timeoutMs: settings.timeoutMs },
      maxOutputBytes: memberLimit * batch.members.length,
      ...settings.network ? {} : { env: OFFLINE_ENV }
    });
    if (result.spawnError !== void 0 || result.timedOut || result.outputTooLarge || result.exitCode !== 0) return void 0;
    stdout = result.stdout;
  } finally {
    await fs.removeTempDir(scratch);
  }
  const split = splitSharedOutput(stdout, batch.members.length, memberLimit, keys);
  if (split === void 0) return void 0;
  const builds = /* @__PURE__ */ new Map();
  for (const [index, member] of batch.members.entries()) {
    const own = split[index];
    if (own === void 0) continue;
    builds.set(member.directory, { wrapperDir, objects: own.filter((object) => keeps(settings.keepKind, object.value)), errors: [] });
  }
  return builds;
}
function keeps(keepKind, value) {
  const { apiVersion, kind } = value;
  return keepKind === void 0 || typeof apiVersion !== "string" || typeof kind !== "string" || keepKind(apiVersion, kind);
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function splitSharedOutput(stdout, memberCount, memberLimit = Infinity, keys = PLAIN_SHARED_BUILD_KEYS) {
  const parsed = parseManifests(stdout, "<shared kustomize build>");
  if (parsed.errors.length > 0) return void 0;
  const documents = stdout.split(/^---\n/m);
  if (documents.length !== parsed.objects.length) return void 0;
  const members = Array.from({ length: memberCount }, () => []);
  const memberBytes = new Array(memberCount).fill(0);
  const namespaceOwner = /* @__PURE__ */ new Map();
  const subjectNamespaces = [];
  for (const [position, object] of parsed.objects.entries()) {
    const metadata = object.value["metadata"];
    if (!isRecord3(metadata) || !isRecord3(metadata["annotations"])) return void 0;
    const { [keys.member]: tag, [keys.keptLocal]: keptLocal, [keys.hashed]: hashed, ...annotations } = metadata["annotations"];
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
        if (isRecord3(subject) && typeof subject["namespace"] === "string") subjectNamespaces.push({ member, namespace: subject["namespace"] });
      }
    }
    if (keptLocal !== void 0) continue;
    const value = { ...object.value, metadata: { ...metadata, annotations } };
    memberBytes[member] = (memberBytes[member] ?? 0) + Buffer.byteLength(documents[position] ?? "") + "---\n".length;
    own.push({ value, documentIndex: own.length, position: (path9) => object.position(path9) });
  }
  for (const { member, namespace } of subjectNamespaces) {
    if ((namespaceOwner.get(namespace) ?? member) !== member) return void 0;
  }
  return members.map((objects2, member) => (memberBytes[member] ?? 0) > memberLimit ? void 0 : objects2);
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
    const where = formatFieldPath(mapped);
    this.problems.push({ message: `${where}: Invalid value: "${actual}": ${where} in body must be of type ${type}`, path: mapped });
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
        const where = formatFieldPath(mapped);
        this.problems.push({ message: `${where}: Invalid value: "${jsonTypeOf(item)}": ${where} in body must be of type object`, path: mapped });
        return;
      }
      each(item, itemPath);
    });
  }
};
var PROFILE_FIELDS = { type: "string", localhostProfile: "string" };
var SELINUX_FIELDS = { user: "string", role: "string", type: "string", level: "string" };
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
function checkSecurityContextCommon(c3, sc, path9) {
  if (!sc) return;
  c3.fields(sc, path9, { runAsNonRoot: "boolean", runAsUser: "integer" });
  c3.fields(c3.expect(sc["seccompProfile"], "object", [...path9, "seccompProfile"]), [...path9, "seccompProfile"], PROFILE_FIELDS);
  c3.fields(c3.expect(sc["appArmorProfile"], "object", [...path9, "appArmorProfile"]), [...path9, "appArmorProfile"], PROFILE_FIELDS);
  c3.fields(c3.expect(sc["seLinuxOptions"], "object", [...path9, "seLinuxOptions"]), [...path9, "seLinuxOptions"], SELINUX_FIELDS);
  c3.fields(c3.expect(sc["windowsOptions"], "object", [...path9, "windowsOptions"]), [...path9, "windowsOptions"], WINDOWS_FIELDS);
}
function checkHandler(c3, handler, path9) {
  if (!handler) return;
  for (const kind of ["httpGet", "tcpSocket"]) {
    c3.fields(c3.expect(handler[kind], "object", [...path9, kind]), [...path9, kind], { host: "string" });
  }
}
function checkContainer(c3, container, path9) {
  if (container["name"] === void 0 || container["name"] === null) {
    if (c3.requireNames) c3.required([...path9, "name"]);
  } else c3.expect(container["name"], "string", [...path9, "name"]);
  const scPath = [...path9, "securityContext"];
  const sc = c3.expect(container["securityContext"], "object", scPath);
  if (sc) {
    checkSecurityContextCommon(c3, sc, scPath);
    c3.fields(sc, scPath, { privileged: "boolean", allowPrivilegeEscalation: "boolean", procMount: "string" });
    const capsPath = [...scPath, "capabilities"];
    const caps = c3.expect(sc["capabilities"], "object", capsPath);
    if (caps) {
      c3.stringList(caps["add"], [...capsPath, "add"]);
      c3.stringList(caps["drop"], [...capsPath, "drop"]);
    }
  }
  c3.objectList(container["ports"], [...path9, "ports"], (port, portPath) => {
    c3.fields(port, portPath, { hostPort: "integer", containerPort: "integer" });
  });
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    checkHandler(c3, c3.expect(container[probe], "object", [...path9, probe]), [...path9, probe]);
  }
  const lifecyclePath = [...path9, "lifecycle"];
  const lifecycle = c3.expect(container["lifecycle"], "object", lifecyclePath);
  if (lifecycle) {
    for (const hook of ["postStart", "preStop"]) {
      checkHandler(c3, c3.expect(lifecycle[hook], "object", [...lifecyclePath, hook]), [...lifecyclePath, hook]);
    }
  }
}
function podShapeProblems(pod, pathOf, options = {}) {
  const c3 = new ShapeChecker(toMapper(pathOf), options.requireContainerNames ?? true);
  const metadata = c3.expect(pod.metadata, "object", ["metadata"]);
  if (metadata) {
    c3.stringMap(metadata["annotations"], ["metadata", "annotations"]);
    c3.stringMap(metadata["labels"], ["metadata", "labels"]);
  }
  const spec = c3.expect(pod.spec, "object", ["spec"]);
  if (pod.spec !== void 0 && pod.spec !== null && !spec) return c3.problems;
  const s = spec ?? {};
  c3.fields(s, ["spec"], { hostNetwork: "boolean", hostPID: "boolean", hostIPC: "boolean", hostUsers: "boolean", runtimeClassName: "string" });
  c3.fields(c3.expect(s["os"], "object", ["spec", "os"]), ["spec", "os"], { name: "string" });
  const podScPath = ["spec", "securityContext"];
  const podSc = c3.expect(s["securityContext"], "object", podScPath);
  checkSecurityContextCommon(c3, podSc, podScPath);
  if (podSc) {
    c3.objectList(podSc["sysctls"], [...podScPath, "sysctls"], (sysctl, path9) => {
      if (sysctl["name"] === void 0 || sysctl["name"] === null) c3.required([...path9, "name"]);
      c3.fields(sysctl, path9, { name: "string", value: "string" });
    });
  }
  c3.objectList(s["volumes"], ["spec", "volumes"], (volume, path9) => {
    c3.expect(volume["name"], "string", [...path9, "name"]);
    for (const source of VOLUME_SOURCES) c3.expect(volume[source], "object", [...path9, source]);
  });
  const containers = s["containers"];
  if (containers === void 0 || containers === null || Array.isArray(containers) && containers.length === 0) {
    c3.required(["spec", "containers"]);
  }
  for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
    c3.objectList(s[list], ["spec", list], (container, path9) => checkContainer(c3, container, path9));
  }
  return c3.problems;
}

// src/workloads/extract.ts
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function typeName(value) {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function notAnObject(path9, value) {
  const where = formatFieldPath(path9);
  return `${where}: Invalid value: "${typeName(value)}": ${where} in body must be of type object`;
}
function extractWorkloads(objects2, customKinds = []) {
  const workloads = [];
  const errors = [];
  const parsedPaths = /* @__PURE__ */ new Map();
  for (const object of objects2) {
    const { apiVersion, kind } = object.value;
    if (typeof apiVersion !== "string" || typeof kind !== "string") continue;
    const identity4 = identityOf(object, apiVersion, kind);
    const builtin = builtinKindFor(apiVersion, kind);
    if (builtin) {
      const workload = builtinWorkload(object, identity4, builtin.podPath, builtin.skipWithoutTemplate);
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
        workloads.push(...argoWorkloads(object, identity4, target2, part));
      } else if (!isObject2(target2.value)) {
        workloads.push({ ...identity4, ...withPart(part), pod: {}, podPath: target2.path, isPod: false, object, problems: [notAnObject(target2.path, target2.value)] });
      } else if (entry.podSpec) {
        workloads.push(podSpecWorkload(object, identity4, target2.path, target2.value, part));
      } else {
        const template = target2.value;
        const pod = apiGroupOf(identity4.apiVersion) === KNATIVE_SERVING_GROUP ? withKnativeContainerNames(podOf(template)) : podOf(template);
        workloads.push({ ...identity4, ...withPart(part), pod, podPath: target2.path, isPod: false, object });
      }
    }
  }
  return { workloads, errors };
}
function identityOf(object, apiVersion, kind) {
  const metadata = isObject2(object.value["metadata"]) ? object.value["metadata"] : {};
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
  if (!isObject2(spec)) return pod;
  const lists = { containers: "user-container", initContainers: "init-container" };
  const taken = /* @__PURE__ */ new Set();
  for (const key of Object.keys(lists)) {
    const list = spec[key];
    if (Array.isArray(list)) {
      for (const c3 of list) if (isObject2(c3) && typeof c3["name"] === "string" && c3["name"] !== "") taken.add(c3["name"]);
    }
  }
  const named = { ...spec };
  let changed = false;
  for (const [key, base] of Object.entries(lists)) {
    const list = spec[key];
    if (!Array.isArray(list)) continue;
    let suffix = 0;
    named[key] = list.map((c3) => {
      if (!isObject2(c3) || c3["name"] !== void 0 && c3["name"] !== null && c3["name"] !== "") return c3;
      let name = base;
      if (list.length > 1 || taken.has(name)) {
        do
          name = `${base}-${suffix++}`;
        while (taken.has(name));
      }
      changed = true;
      return { ...c3, name };
    });
  }
  return changed ? { ...pod, spec: named } : pod;
}
function podOf(template) {
  return { metadata: template["metadata"], spec: template["spec"] };
}
function builtinWorkload(object, identity4, podPath, skipWithoutTemplate) {
  const isPod = podPath.length === 0;
  let current = object.value;
  for (let i2 = 0; i2 < podPath.length; i2++) {
    const segment = podPath[i2];
    const next = isObject2(current) ? current[segment] : void 0;
    if (next === void 0 || next === null) {
      if (skipWithoutTemplate) return void 0;
      return { ...identity4, pod: {}, podPath, isPod, object, problems: [`${formatFieldPath(podPath.slice(0, i2 + 1))}: Required value`] };
    }
    if (!isObject2(next)) {
      return { ...identity4, pod: {}, podPath, isPod, object, problems: [notAnObject(podPath.slice(0, i2 + 1), next)] };
    }
    current = next;
  }
  return { ...identity4, pod: podOf(current), podPath, isPod, object };
}
function resolveSteps(root, steps) {
  let targets = [{ path: [], value: root }];
  for (const step of steps) {
    const next = [];
    for (const { path: path9, value } of targets) {
      if ("key" in step) {
        if (isObject2(value) && value[step.key] !== void 0 && value[step.key] !== null) next.push({ path: [...path9, step.key], value: value[step.key] });
      } else if ("index" in step) {
        if (Array.isArray(value) && value[step.index] !== void 0 && value[step.index] !== null) next.push({ path: [...path9, step.index], value: value[step.index] });
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
function podSpecWorkload(object, identity4, specPath, spec, part) {
  const metadataPath = [...specPath.slice(0, -1), "metadata"];
  const translatePath = prefixTranslator([
    [["spec"], specPath],
    [["metadata"], metadataPath]
  ]);
  return { ...identity4, ...withPart(part), pod: { spec }, podPath: specPath, isPod: false, object, translatePath };
}
function prefixTranslator(rules) {
  const sorted = [...rules].sort((a2, b) => b[0].length - a2[0].length);
  return (path9) => {
    for (const [podPrefix, objectPrefix] of sorted) {
      if (podPrefix.length <= path9.length && podPrefix.every((segment, i2) => path9[i2] === segment)) {
        return [...objectPrefix, ...path9.slice(podPrefix.length)];
      }
    }
    return path9;
  };
}
function argoWorkloads(object, identity4, target2, part) {
  if (!isObject2(target2.value)) return [];
  const ws = target2.value;
  const wsPath = target2.path;
  const templates = ws["templates"];
  if (!Array.isArray(templates)) return [];
  const podMetadata = isObject2(ws["podMetadata"]) ? ws["podMetadata"] : {};
  const workloads = [];
  templates.forEach((template, index) => {
    if (!isObject2(template)) return;
    const tPath = [...wsPath, "templates", index];
    const main2 = mainContainers(template, tPath);
    if (main2.length === 0) return;
    const rules = [
      [["spec"], tPath],
      [["metadata"], [...tPath, "metadata"]]
    ];
    const templateMetadata = isObject2(template["metadata"]) ? template["metadata"] : {};
    const metadata = {};
    for (const field of ["annotations", "labels"]) {
      const merged = mergeMaps(podMetadata[field], templateMetadata[field], [...wsPath, "podMetadata", field], [...tPath, "metadata", field], ["metadata", field], rules);
      if (merged) metadata[field] = merged;
    }
    const spec = {};
    const templateSc = template["securityContext"];
    if (templateSc !== void 0 && templateSc !== null) {
      spec["securityContext"] = templateSc;
    } else if (ws["securityContext"] !== void 0 && ws["securityContext"] !== null) {
      spec["securityContext"] = ws["securityContext"];
      rules.push([["spec", "securityContext"], [...wsPath, "securityContext"]]);
    }
    for (const field of ["hostNetwork", "automountServiceAccountToken", "runtimeClassName"]) {
      if (ws[field] !== void 0) {
        spec[field] = ws[field];
        rules.push([["spec", field], [...wsPath, field]]);
      }
    }
    const volumes = [];
    for (const [source, sourcePath] of [
      [ws["volumes"], [...wsPath, "volumes"]],
      [template["volumes"], [...tPath, "volumes"]]
    ]) {
      if (!Array.isArray(source)) continue;
      source.forEach((volume, i2) => {
        rules.push([["spec", "volumes", volumes.length], [...sourcePath, i2]]);
        volumes.push(volume);
      });
    }
    if (volumes.length > 0) spec["volumes"] = volumes;
    if (template["initContainers"] !== void 0) spec["initContainers"] = template["initContainers"];
    const containers = [];
    const sidecars = Array.isArray(template["sidecars"]) ? template["sidecars"] : [];
    for (const [value, path9] of [...main2, ...sidecars.map((s, i2) => [s, [...tPath, "sidecars", i2]])]) {
      rules.push([["spec", "containers", containers.length], path9]);
      containers.push(isObject2(value) && value["name"] === void 0 ? { ...value, name: "main" } : value);
    }
    spec["containers"] = containers;
    const name = typeof template["name"] === "string" ? template["name"] : `templates[${index}]`;
    workloads.push({
      ...identity4,
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
  if (template["container"] !== void 0 && template["container"] !== null) return [[template["container"], [...tPath, "container"]]];
  if (template["script"] !== void 0 && template["script"] !== null) return [[template["script"], [...tPath, "script"]]];
  const set = template["containerSet"];
  if (isObject2(set) && Array.isArray(set["containers"])) {
    return set["containers"].map((c3, i2) => [c3, [...tPath, "containerSet", "containers", i2]]);
  }
  return [];
}
function mergeMaps(base, override, basePath, overridePath, podPath, rules) {
  if (!isObject2(base) && !isObject2(override)) {
    const wrong = override ?? base;
    return wrong === void 0 || wrong === null ? void 0 : wrong;
  }
  const merged = {};
  if (isObject2(base)) {
    for (const [key, value] of Object.entries(base)) {
      merged[key] = value;
      rules.push([[...podPath, key], [...basePath, key]]);
    }
  }
  if (isObject2(override)) {
    for (const [key, value] of Object.entries(override)) {
      merged[key] = value;
      rules.push([[...podPath, key], [...overridePath, key]]);
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
  const kustomizeFiles = createKustomizeFileCache();
  let sharedBuilds;
  const keepKindFor = (options) => (apiVersion, kind) => isScannedKind(apiVersion, kind, options.policy.podTemplateKinds);
  return {
    async discover(options) {
      const found = await discoverTargets(
        { cwd: options.cwd, paths: options.paths, exclude: options.exclude, targets: options.targets, shard: options.shard },
        fs
      );
      displayPath = found.displayPath;
      sharedBuilds = createSharedKustomizeBuilds(
        {
          candidates: found.targets.flatMap((target2) => target2.kind === "kustomize" && !target2.stdin ? [target2.absolutePath] : []),
          slots: Math.max(1, options.render.concurrency),
          cwd: options.cwd,
          kustomize: options.render.kustomize,
          network: options.render.network,
          timeoutMs: options.render.timeoutMs,
          maxOutputBytes: options.render.maxOutputBytes,
          keepKind: keepKindFor(options)
        },
        { runner: getRunner(options), fs }
      );
      const targets = found.targets.map((target2) => {
        const ref = { kind: target2.kind, path: target2.path, scenarios: [] };
        if (target2.options) targetOptions.set(target2.path, target2.options);
        return target2.stdin ? { ref } : { ref, absolutePath: target2.absolutePath };
      });
      return { targets, errors: found.errors };
    },
    async loadManifests(target2) {
      const file = target2.ref.path;
      const read = target2.absolutePath === void 0 ? await readStdinSafely(readStdin) : await readFileSafely(target2.absolutePath);
      if ("error" in read) return { target: target2.ref, scenarios: [], errors: [{ file, message: read.error }] };
      const decoded = decodeManifestText(read.bytes, file);
      if (decoded.error) return { target: target2.ref, scenarios: [], errors: [decoded.error] };
      const parsed = parseManifests(decoded.text, file);
      return {
        target: target2.ref,
        scenarios: [{ scenario: "default", objects: parsed.objects }],
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
            repoRoot: options.cwd,
            helm: { ...options.render.helm, ...explicit?.helm },
            ...explicit?.scenarios ? { scenarios: explicit.scenarios } : {},
            network: options.render.network,
            timeoutMs: options.render.timeoutMs,
            maxOutputBytes: options.render.maxOutputBytes,
            keepKind
          },
          { runner: getRunner(options), fs, ...options.render.helm.binary ? { helmBinary: options.render.helm.binary } : {} }
        );
      }
      return renderKustomization(
        {
          target: target2.ref,
          directory,
          cwd: options.cwd,
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
        { runner: getRunner(options), fs, parsedFiles: kustomizeFiles, ...sharedBuilds ? { sharedBuilds } : {} }
      );
    },
    dispose() {
      runner?.dispose();
    }
  };
}
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
    if (size > DEFAULT_MAX_BYTES) throw Object.assign(new Error(tooLargeMessage(size, DEFAULT_MAX_BYTES)), { code: "EFBIG" });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

// src/report/common.ts
function workloadKey(item) {
  return [item.file, item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ""].join("\0");
}
function workloadLabel(item) {
  const name = item.name === "" ? "(unnamed)" : item.name;
  const label = item.namespace === "" ? `${item.kind} ${name}` : `${item.kind} ${item.namespace}/${name}`;
  return printable(item.part === void 0 ? label : `${label} ${item.part}`);
}
function objectKey(item) {
  return [item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ""].join("\0");
}
function workloadResolver(verdicts) {
  const keys = /* @__PURE__ */ new Set();
  const filesByObject = /* @__PURE__ */ new Map();
  const keyByObject = /* @__PURE__ */ new Map();
  for (const verdict2 of verdicts) {
    const key = workloadKey(verdict2);
    keys.add(key);
    const object = objectKey(verdict2);
    const files = filesByObject.get(object) ?? /* @__PURE__ */ new Set();
    files.add(verdict2.file);
    filesByObject.set(object, files);
    keyByObject.set(object, key);
  }
  return (finding2) => {
    const own = workloadKey(finding2);
    if (keys.has(own)) return own;
    const object = objectKey(finding2);
    return filesByObject.get(object)?.size === 1 ? keyByObject.get(object) ?? own : own;
  };
}
function computeTotals(result) {
  const all = /* @__PURE__ */ new Set();
  const failing = { enforce: /* @__PURE__ */ new Set(), warn: /* @__PURE__ */ new Set(), audit: /* @__PURE__ */ new Set() };
  const findingCount = { enforce: 0, warn: 0, audit: 0 };
  const withAnyFinding = /* @__PURE__ */ new Set();
  let suppressed = 0;
  let upcoming = 0;
  let counted = 0;
  const keyOf = workloadResolver(result.workloads);
  for (const finding2 of result.findings) {
    const key = keyOf(finding2);
    all.add(key);
    for (const mode of finding2.modes) withAnyFinding.add(`${key}\0${mode}`);
    if (finding2.suppressed !== void 0) {
      suppressed++;
      continue;
    }
    if (finding2.upcoming === true) {
      upcoming++;
      continue;
    }
    counted++;
    for (const mode of finding2.modes) {
      failing[mode].add(key);
      findingCount[mode]++;
    }
  }
  for (const verdict2 of result.workloads) {
    const key = workloadKey(verdict2);
    all.add(key);
    if (!verdict2.allowed && verdict2.exempt === void 0 && !withAnyFinding.has(`${key}\0${verdict2.mode}`)) {
      failing[verdict2.mode].add(key);
    }
  }
  const byMode = Object.fromEntries(
    MODES.map((mode) => [mode, { workloads: failing[mode].size, findings: findingCount[mode] }])
  );
  return {
    workloads: all.size,
    passed: all.size - failing.enforce.size,
    failed: failing.enforce.size,
    byMode,
    findings: counted,
    suppressed,
    upcoming,
    errors: result.errors.length,
    notices: result.notices.length
  };
}
function plural3(count2, singular, pluralForm = `${singular}s`) {
  return `${count2} ${count2 === 1 ? singular : pluralForm}`;
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function severityRank(severity) {
  return SEVERITY_RANK[severity];
}
function controllerEnforceNote(finding2) {
  if (finding2.note !== void 0 && finding2.note !== "") return finding2.note;
  if (finding2.kind === "Pod" || !finding2.modes.includes("enforce")) return void 0;
  return `The ${finding2.kind} itself is accepted, but the pods it creates will be rejected by enforce.`;
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
function formatLocation(file, line, column) {
  const shown = printable(file);
  if (line === void 0) return shown;
  return column === void 0 ? `${shown}:${line}` : `${shown}:${line}:${column}`;
}
function formatScanError(error) {
  return `${formatLocation(error.file, error.line, error.column)}: ${error.message}`;
}
function formatSuppression(suppression2) {
  const expires = suppression2.expires === void 0 ? "" : ` (expires ${suppression2.expires})`;
  return `${suppression2.source}: ${suppression2.reason}${expires}`;
}
function formatModes(modes2) {
  return modes2.join(", ");
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

// src/report/json.ts
var JSON_REPORT_VERSION = "1";
function buildJsonReport(result) {
  const totals = computeTotals(result);
  return {
    version: JSON_REPORT_VERSION,
    summary: {
      workloads: totals.workloads,
      passed: totals.passed,
      failed: totals.failed,
      errors: totals.errors,
      suppressed: totals.suppressed,
      upcoming: totals.upcoming,
      byMode: {
        enforce: { workloads: totals.byMode.enforce.workloads, findings: totals.byMode.enforce.findings },
        warn: { workloads: totals.byMode.warn.workloads, findings: totals.byMode.warn.findings },
        audit: { workloads: totals.byMode.audit.workloads, findings: totals.byMode.audit.findings }
      }
    },
    findings: result.findings.map(jsonFinding),
    workloads: result.workloads.map(jsonWorkload),
    errors: result.errors.map(jsonError),
    notices: result.notices.map(jsonError),
    targets: result.targets.map((summary) => ({ ...jsonTarget(summary.ref), workloads: summary.workloads }))
  };
}
function renderJson(result) {
  return `${JSON.stringify(buildJsonReport(result), null, 2)}
`;
}
function jsonFinding(finding2) {
  return {
    file: finding2.file,
    line: finding2.line,
    column: finding2.column,
    endLine: finding2.endLine,
    endColumn: finding2.endColumn,
    kind: finding2.kind,
    apiVersion: finding2.apiVersion,
    namespace: finding2.namespace,
    name: finding2.name,
    ...finding2.part === void 0 ? {} : { part: finding2.part },
    check: finding2.check,
    level: finding2.level,
    version: finding2.version,
    reason: finding2.reason,
    detail: finding2.detail,
    message: finding2.message,
    modes: [...finding2.modes],
    severity: finding2.severity,
    field: finding2.field,
    targets: finding2.targets.map(jsonTarget),
    related: finding2.related.map(jsonLocation),
    ...finding2.suppressed === void 0 ? {} : { suppressed: jsonSuppression(finding2.suppressed) },
    fingerprint: finding2.fingerprint,
    ...finding2.upcoming === true ? { upcoming: true } : {},
    ...finding2.note === void 0 ? {} : { note: finding2.note }
  };
}
function jsonWorkload(verdict2) {
  return {
    file: verdict2.file,
    line: verdict2.line,
    kind: verdict2.kind,
    apiVersion: verdict2.apiVersion,
    namespace: verdict2.namespace,
    name: verdict2.name,
    ...verdict2.part === void 0 ? {} : { part: verdict2.part },
    level: verdict2.level,
    version: verdict2.version,
    allowed: verdict2.allowed,
    mode: verdict2.mode,
    ...verdict2.message === void 0 ? {} : { message: verdict2.message },
    ...verdict2.exempt === void 0 ? {} : { exempt: verdict2.exempt },
    targets: verdict2.targets.map(jsonTarget),
    ...verdict2.note === void 0 ? {} : { note: verdict2.note }
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
function jsonLocation(location2) {
  return {
    file: location2.file,
    line: location2.line,
    column: location2.column,
    endLine: location2.endLine,
    endColumn: location2.endColumn,
    ...location2.message === void 0 ? {} : { message: location2.message }
  };
}
function jsonSuppression(suppression2) {
  return {
    reason: suppression2.reason,
    source: suppression2.source,
    ...suppression2.expires === void 0 ? {} : { expires: suppression2.expires }
  };
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_INFORMATION_URI = "https://github.com/podsec-dev/podsec";
var SRCROOT = "%SRCROOT%";
var SARIF_LIMITS = {
  resultsPerRun: 25e3,
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
  for (const finding2 of result.findings) {
    if (!ruleIndex.has(finding2.check)) {
      ruleIndex.set(finding2.check, rules.length);
      rules.push(fallbackRule(finding2));
    }
  }
  const limit = Math.max(0, Math.min(options.maxResults ?? SARIF_LIMITS.resultsPerRun, SARIF_LIMITS.resultsPerRun));
  const { kept, omitted } = selectResults(result.findings, limit);
  const paths = { srcRoot: options.srcRoot };
  const results = kept.map(
    (finding2) => sarifResult(finding2, ruleIndex.get(finding2.check) ?? 0, metaById.get(finding2.check), paths)
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
        text: `Only the ${results.length} most severe of ${result.findings.length} results are included, because code scanning accepts at most ${limit} per run; left out: ${omitted.error} errors, ${omitted.warning} warnings, ${omitted.note} notes. The JSON report lists every finding.`
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
          [SRCROOT]: { description: { text: "The root of the scanned repository." } }
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
              totalResults: result.findings.length,
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
  const docsPage = `${informationUri.replace(/\/+$/, "")}/blob/main/docs/checks/${meta.id}.md`;
  const levelName = meta.level === "baseline" ? "Baseline" : "Restricted";
  const overrides = meta.overrides.length > 0 ? `At the restricted level this check replaces the baseline check${meta.overrides.length === 1 ? "" : "s"} ${meta.overrides.map((id) => `\`${id}\``).join(", ")}.` : "";
  const markdown = [
    `**${meta.title}** — Pod Security Standards, ${levelName} level (\`${meta.id}\`)`,
    meta.description,
    `**Allowed:** ${meta.allowed}`,
    ...overrides === "" ? [] : [overrides],
    `**How to fix**

${meta.fix}`,
    `[Kubernetes Pod Security Standards](${meta.docsUrl}) · [podsec: ${meta.id}](${docsPage})`
  ].join("\n\n");
  const text = [
    `${meta.title} (Pod Security Standards, ${meta.level}; check ${meta.id}).`,
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
    shortDescription: { text: clip(sentence(meta.title), SARIF_LIMITS.textLength) },
    fullDescription: { text: clip(sentence(plainText(meta.description)), SARIF_LIMITS.textLength) },
    help: { text, markdown },
    helpUri: meta.docsUrl,
    defaultConfiguration: { level: meta.level === "baseline" ? "error" : "warning" },
    properties: {
      tags: ["security", "kubernetes", "pod-security", `pss-${meta.level}`],
      precision: "very-high",
      "security-severity": SECURITY_SEVERITY[meta.id] ?? (meta.level === "baseline" ? "7.5" : "5.0")
    }
  };
}
function fallbackRule(finding2) {
  const restricted = finding2.level === "restricted";
  return {
    id: finding2.check,
    name: ruleName(finding2.level, finding2.check, finding2.check),
    shortDescription: { text: `Pod Security Standards check ${finding2.check}.` },
    fullDescription: { text: `Pod Security Standards check ${finding2.check} (${finding2.level}).` },
    help: { text: `Pod Security Standards check ${finding2.check}. See the podsec documentation for this check.` },
    defaultConfiguration: { level: restricted ? "warning" : "error" },
    properties: {
      tags: ["security", "kubernetes", "pod-security", `pss-${finding2.level}`],
      precision: "very-high",
      "security-severity": restricted ? "5.0" : "7.5"
    }
  };
}
function selectResults(findings, limit) {
  const omitted = { error: 0, warning: 0, note: 0 };
  if (findings.length <= limit) return { kept: [...findings], omitted };
  const priority = (finding2) => severityRank(finding2.severity) + (finding2.suppressed === void 0 ? 0 : 3);
  const ranked = findings.map((finding2, index) => ({ finding: finding2, index, priority: priority(finding2) })).sort((a2, b) => a2.priority - b.priority || a2.index - b.index);
  const keep = new Set(ranked.slice(0, limit).map((entry) => entry.index));
  const kept = [];
  findings.forEach((finding2, index) => {
    if (keep.has(index)) kept.push(finding2);
    else omitted[finding2.severity]++;
  });
  return { kept, omitted };
}
function sarifResult(finding2, ruleIndex, meta, paths) {
  const related = finding2.related.slice(0, SARIF_LIMITS.relatedLocationsPerResult).map((location2, index) => ({
    id: index + 1,
    ...physical(location2, paths),
    message: { text: nonEmpty2(location2.message, "Related source of this value.") }
  }));
  const targets = finding2.targets.map(formatTarget);
  return {
    ruleId: finding2.check,
    ruleIndex,
    level: LEVEL_BY_SEVERITY[finding2.severity],
    message: { text: resultMessage(finding2, meta) },
    locations: [physical(finding2, paths)],
    ...related.length > 0 ? { relatedLocations: related } : {},
    ...finding2.fingerprint === "" ? {} : { partialFingerprints: { primaryLocationLineHash: finding2.fingerprint } },
    ...finding2.suppressed === void 0 ? {} : { suppressions: [suppression(finding2)] },
    properties: {
      modes: [...finding2.modes],
      policy: `${finding2.level}:${finding2.version}`,
      apiVersion: finding2.apiVersion,
      kind: finding2.kind,
      namespace: finding2.namespace,
      name: finding2.name,
      field: finding2.field,
      ...targets.length > 0 ? { targets } : {},
      ...finding2.upcoming === true ? { upcoming: true } : {}
    }
  };
}
function resultMessage(finding2, meta) {
  const parts = [];
  const prefix = finding2.upcoming === true ? "After an upgrade to the next version, " : "";
  parts.push(sentence(`${prefix}${workloadLabel(finding2)} ${finding2.message}`));
  const note = finding2.suppressed === void 0 ? controllerEnforceNote(finding2) : void 0;
  if (note !== void 0) parts.push(sentence(note));
  const rendered = renderedTargets(finding2.targets);
  if (rendered.length > 0) parts.push(sentence(`Seen in ${rendered.map(formatTarget).join("; ")}`));
  const hint = meta === void 0 ? "" : firstSentence(meta.fix);
  if (hint !== "") parts.push(`Fix: ${sentence(hint)}`);
  return parts.join(" ");
}
function suppression(finding2) {
  const { reason, source, expires } = finding2.suppressed ?? { reason: "", source: "config" };
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
  const location2 = errorLocation(error, paths);
  return {
    level,
    message: { text: `${error.file === "" ? "" : `${error.file}${target2}: `}${text}` },
    ...location2 === void 0 ? {} : { locations: [location2] }
  };
}
function errorLocation(error, paths) {
  if (error.file === "" || error.file === "-") return void 0;
  const artifactLocation = artifact(error.file, paths);
  if (error.line === void 0 || error.line < 1) return { physicalLocation: { artifactLocation } };
  const region2 = error.column === void 0 || error.column < 1 ? { startLine: error.line } : { startLine: error.line, startColumn: error.column };
  return { physicalLocation: { artifactLocation, region: region2 } };
}
function physical(location2, paths) {
  return { physicalLocation: { artifactLocation: artifact(location2.file, paths), region: region(location2) } };
}
function region(location2) {
  const startLine = Math.max(1, Math.trunc(location2.line));
  const startColumn = Math.max(1, Math.trunc(location2.column));
  let endLine = Math.max(startLine, Math.trunc(location2.endLine));
  let endColumn = Math.max(1, Math.trunc(location2.endColumn));
  if (!Number.isFinite(endLine)) endLine = startLine;
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
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
function ruleName(level, title, fallback) {
  const words = `${level} ${title}`.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((word) => /[A-Z]{2}/.test(word) ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)).join("");
  return clip(name === "" ? fallback : name, SARIF_LIMITS.ruleNameLength);
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function nonEmpty2(text, fallback) {
  return text === void 0 || text.trim() === "" ? fallback : text;
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
function renderJobSummary(result, options = {}) {
  const maxBytes = Math.max(2 * RESERVE_BYTES, options.maxBytes ?? JOB_SUMMARY_MAX_BYTES - 4096);
  const out = new BoundedMarkdown(maxBytes - RESERVE_BYTES);
  const totals = computeTotals(result);
  out.add(`## ${escapeInline(options.title ?? "podsec: Pod Security Standards")}`);
  out.add("");
  out.add(
    totals.failed > 0 ? `**${totals.failed} of ${totals.workloads} workloads violate enforce.**` : totals.errors > 0 ? `**No enforce violations, but ${totals.errors} ${totals.errors === 1 ? "error" : "errors"} stopped part of the scan.**` : `**All ${totals.workloads} workloads pass enforce.**`
  );
  out.add("");
  out.add("| Workloads | Passed | Failed (enforce) | Warn | Audit | Suppressed | Errors |");
  out.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  out.add(
    `| ${totals.workloads} | ${totals.passed} | ${totals.failed} | ${totals.byMode.warn.workloads} | ${totals.byMode.audit.workloads} | ${totals.suppressed} | ${totals.errors} |`
  );
  if (totals.upcoming > 0) {
    out.add("");
    out.add(`${totals.upcoming} more ${totals.upcoming === 1 ? "finding appears" : "findings appear"} only at the next version (listed as upcoming).`);
  }
  if (result.errors.length > 0) {
    out.add("");
    out.add("### Errors");
    out.add("");
    for (const error of result.errors) out.row(`- ${errorLine(error)}`);
  }
  const active = result.findings.filter((finding2) => finding2.suppressed === void 0);
  for (const group of groupByTarget(active)) {
    if (out.full) {
      out.omittedRows += group.findings.length;
      continue;
    }
    out.add("");
    out.add(`### ${escapeInline(group.title)}`);
    out.add("");
    out.add("| Workload | Check | Mode | Message | Location |");
    out.add("| --- | --- | --- | --- | --- |");
    for (const finding2 of group.findings) out.row(findingRow(finding2));
  }
  const suppressed = result.findings.filter((finding2) => finding2.suppressed !== void 0);
  if (suppressed.length > 0) {
    out.add("");
    if (out.add(`<details><summary>${suppressed.length} suppressed ${suppressed.length === 1 ? "finding" : "findings"}</summary>`)) {
      out.add("");
      out.add("| Workload | Check | Mode | Reason | Location |");
      out.add("| --- | --- | --- | --- | --- |");
      for (const finding2 of suppressed) {
        const reason = finding2.suppressed === void 0 ? "" : formatSuppression(finding2.suppressed);
        out.row(
          `| ${cell(workloadLabel(finding2))} | ${code(finding2.check)} | ${cell(formatModes(finding2.modes))} | ${cell(reason)} | ${code(formatLocation(finding2.file, finding2.line))} |`
        );
      }
      out.force("");
      out.force("</details>");
    } else {
      out.omittedRows += suppressed.length;
    }
  }
  if (result.notices.length > 0) {
    out.add("");
    out.add("### Notices");
    out.add("");
    for (const notice of result.notices) out.row(`- ${errorLine(notice)}`);
  }
  if (out.omittedRows > 0) {
    out.force("");
    out.force(
      `> [!NOTE]
> ${out.omittedRows} more ${out.omittedRows === 1 ? "row was" : "rows were"} left out to keep this summary under GitHub's 1 MiB limit. The JSON and SARIF reports list every finding.`
    );
  }
  return out.text();
}
function groupByTarget(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding2 of findings) {
    const targets = finding2.targets.length > 0 ? finding2.targets : [void 0];
    for (const target2 of targets) {
      const key = target2 === void 0 ? "" : `${target2.kind}\0${target2.path}`;
      let group = groups.get(key);
      if (group === void 0) {
        group = { title: target2 === void 0 ? "Other findings" : targetTitle(target2), findings: [] };
        groups.set(key, group);
      }
      group.findings.push(finding2);
    }
  }
  return [...groups.values()];
}
function targetTitle(target2) {
  const noun = target2.kind === "helm" ? "Helm chart" : target2.kind === "kustomize" ? "Kustomization" : "Manifest";
  return `${noun} ${target2.path}`;
}
function findingRow(finding2) {
  const notes = [];
  const note = controllerEnforceNote(finding2);
  if (note !== void 0) notes.push(note);
  if (finding2.upcoming === true) notes.push(`Upcoming: fails at ${finding2.level}:${finding2.version}.`);
  const scenarios = finding2.targets.flatMap((target2) => target2.scenarios);
  if (scenarios.length > 0) notes.push(`Scenarios: ${[...new Set(scenarios)].join(", ")}.`);
  for (const related of finding2.related) {
    notes.push(`Related: ${formatLocation(related.file, related.line)}${related.message === void 0 ? "" : ` (${related.message})`}.`);
  }
  const message = [finding2.message, ...notes].map(cell).join("<br>");
  return `| ${cell(workloadLabel(finding2))} | ${code(finding2.check)} | ${cell(formatModes(finding2.modes))} | ${message} | ${code(formatLocation(finding2.file, finding2.line))} |`;
}
function errorLine(error) {
  const target2 = error.target === void 0 ? "" : ` (${formatTarget(error.target)})`;
  const where = code(formatLocation(error.file, error.line, error.column));
  return `${where}${escapeInline(target2)}: ${escapeInline(error.message).replace(/\r?\n/g, "<br>")}`;
}
function cell(text) {
  return escapeInline(text).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function escapeInline(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]~])/g, "\\$1");
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
function renderText(result, options) {
  const paint = painter(options.color);
  const verbose = options.verbose === true;
  const lines = [];
  const verdictsByKey = /* @__PURE__ */ new Map();
  for (const verdict2 of result.workloads) push(verdictsByKey, workloadKey(verdict2), verdict2);
  const keyOf = workloadResolver(result.workloads);
  const files = /* @__PURE__ */ new Map();
  const shown = /* @__PURE__ */ new Set();
  const groupFor = (file, key, label) => {
    let workloads = files.get(file);
    if (workloads === void 0) {
      workloads = /* @__PURE__ */ new Map();
      files.set(file, workloads);
    }
    let group = workloads.get(key);
    if (group === void 0) {
      const verdicts = verdictsByKey.get(key) ?? [];
      const own = verdicts.find((verdict2) => verdict2.file === file);
      const elsewhere = own === void 0 ? verdicts[0] : void 0;
      group = { label, line: own?.line, definedAt: elsewhere && formatLocation(elsewhere.file, elsewhere.line), findings: [], verdicts };
      workloads.set(key, group);
      shown.add(key);
    }
    return group;
  };
  for (const finding2 of result.findings) {
    groupFor(finding2.file, keyOf(finding2), workloadLabel(finding2)).findings.push(finding2);
  }
  if (verbose) {
    for (const verdict2 of result.workloads) {
      const key = workloadKey(verdict2);
      if (!shown.has(key)) groupFor(verdict2.file, key, workloadLabel(verdict2));
    }
  }
  for (const [file, workloads] of files) {
    lines.push(paint(printable(file), "bold"));
    for (const group of workloads.values()) {
      lines.push(...workloadHeader(group, paint).map((line) => `  ${line}`));
      const note = group.findings.map((finding2) => finding2.suppressed ? void 0 : controllerEnforceNote(finding2)).find((text) => text !== void 0);
      if (note !== void 0) lines.push(`    ${paint(note, "yellow")}`);
      for (const finding2 of group.findings) lines.push(...findingLines(finding2, paint, verbose));
    }
    lines.push("");
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
  lines.push(summaryLine(result, paint));
  return `${lines.join("\n")}
`;
}
function workloadHeader(group, paint) {
  const where = group.line !== void 0 ? ` (line ${group.line})` : group.definedAt !== void 0 ? ` (defined in ${group.definedAt})` : "";
  const head = `${paint(group.label, "bold")}${where}`;
  if (group.findings.length > 0) return [head];
  const exempt = group.verdicts.find((verdict2) => verdict2.exempt !== void 0)?.exempt;
  if (exempt !== void 0) return [`${head}  ${paint(`exempt (${exempt})`, "dim")}`];
  const failing = group.verdicts.filter((verdict2) => !verdict2.allowed);
  if (failing.length === 0) return [`${head}  ${paint("passed", "green")}`];
  return [head, ...failing.map((verdict2) => `    ${verdict2.mode}: ${verdict2.message ?? `fails ${verdict2.level}:${verdict2.version}`}`)];
}
var TAGS = { error: "ERROR", warning: "WARN", note: "NOTE" };
var COLOURS = { error: "red", warning: "yellow", note: "cyan" };
function findingLines(finding2, paint, verbose) {
  const suppressed = finding2.suppressed !== void 0;
  const tag = suppressed ? "SUPPRESSED" : TAGS[finding2.severity];
  const tagText = suppressed ? paint(tag, "dim") : paint(tag, COLOURS[finding2.severity], "bold");
  const head = `${tagText} ${finding2.check} [${formatModes(finding2.modes)}] ${formatLocation(finding2.file, finding2.line, finding2.column)}`;
  const details = [finding2.message];
  if (finding2.upcoming === true) details.push(`starts failing at ${finding2.level}:${finding2.version} (next version)`);
  if (finding2.suppressed !== void 0) details.push(`suppressed by ${formatSuppression(finding2.suppressed)}`);
  const targets = renderedTargets(finding2.targets);
  if (targets.length > 0) details.push(`${targets.length === 1 ? "target" : "targets"}: ${targets.map(formatTarget).join("; ")}`);
  for (const related of finding2.related) {
    const why = related.message === void 0 ? "" : ` ${related.message}`;
    details.push(`related: ${formatLocation(related.file, related.line, related.column)}${why}`);
  }
  if (verbose) details.push(`field: ${finding2.field}`);
  const indentHead = `    ${head}`;
  const indentDetails = details.map((line) => `      ${line}`);
  if (suppressed) return [paint(indentHead, "dim"), ...indentDetails.map((line) => paint(line, "dim"))];
  return [indentHead, ...indentDetails];
}
function summaryLine(result, paint) {
  const totals = computeTotals(result);
  const failed = paint(`${totals.failed} failed`, totals.failed > 0 ? "red" : "green");
  const parts = [`${plural3(totals.workloads, "workload")}, ${totals.passed} passed, ${failed}; ${plural3(totals.errors, "error")}`];
  const modes2 = ["enforce", "warn", "audit"].map((mode) => `${mode} ${totals.byMode[mode].workloads}`).join(", ");
  const extras = [`violations by mode: ${modes2}`];
  if (totals.suppressed > 0) extras.push(`${totals.suppressed} suppressed`);
  if (totals.upcoming > 0) extras.push(`${totals.upcoming} upcoming`);
  if (totals.notices > 0) extras.push(plural3(totals.notices, "notice"));
  return paint(`${parts.join("")} (${extras.join("; ")})`, "bold");
}
function push(map, key, value) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [value]);
  else list.push(value);
}

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
import { createHash } from "node:crypto";
function findingFingerprint(parts) {
  const key = [parts.check, `${parts.level}:${parts.version}`, parts.file, parts.kind, parts.namespace, parts.name, parts.field];
  return createHash("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 32);
}

// src/findings/assess.ts
var IGNORE_ANNOTATION = "podsec.dev/ignore";
var IGNORE_REASON_ANNOTATION = "podsec.dev/ignore-reason";
var IGNORE_EXPIRES_ANNOTATION = "podsec.dev/ignore-expires";
var SEVERITY = { enforce: "error", warn: "warning", audit: "note" };
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
function asRecord2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function stringMap(value) {
  const record = asRecord2(value);
  if (!record) return {};
  return Object.fromEntries(Object.entries(record).filter((entry) => typeof entry[1] === "string"));
}
function buildNamespaces(input, errors, notices) {
  const defaults = input.policy.defaults;
  const labelsByName = /* @__PURE__ */ new Map();
  for (const [name, labels] of Object.entries(input.policy.namespaceLabels)) labelsByName.set(name, { labels: { ...labels } });
  const rendered = [...input.namespaces ?? []].sort((a2, b) => compareStrings(a2.file, b.file) || a2.documentIndex - b.documentIndex);
  for (const object of rendered) {
    const metadata = asRecord2(object.value.metadata);
    const name = typeof metadata?.name === "string" ? metadata.name : void 0;
    if (name === void 0 || name === "") continue;
    const labels = stringMap(metadata?.labels);
    const parsed = namespacePolicy(labels, defaults);
    if (parsed.errors.length > 0) {
      const badKey = /^metadata\.labels\[([^\]]+)\]/.exec(parsed.errors[0])?.[1];
      const at = object.locate(badKey === void 0 ? ["metadata", "labels"] : ["metadata", "labels", badKey]).primary;
      errors.push({ file: at.file, line: at.line, column: at.column, message: invalidNamespaceMessage(name, parsed.errors) });
    }
    if (input.policy.exemptions.namespaces.includes(name)) {
      const ignored = ignoredPolicyOfExemptNamespace(labels, parsed.policies, defaults);
      if (ignored !== void 0) {
        const at = object.locate(["metadata", "labels"]).primary;
        notices.push({ file: at.file, line: at.line, column: at.column, message: `namespace "${name}" is exempt from Pod Security, and the policy (${ignored}) will be ignored` });
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
  const differs = MODES.some((mode) => policies[mode].level !== defaults[mode].level || policies[mode].version !== defaults[mode].version);
  return parts.length > 0 && differs ? parts.join(", ") : void 0;
}
function psaLabels(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => key.startsWith("pod-security.kubernetes.io/")));
}
function sameLabels(a2, b) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(a2), ...Object.keys(b)]);
  return [...keys].every((key) => a2[key] === b[key]);
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
        const own = stringMap(asRecord2(workload.object.value.metadata)?.labels);
        const template = stringMap(asRecord2(workload.pod.metadata)?.labels);
        return selector.every(([key, value]) => own[key] === value) || selector.every(([key, value]) => template[key] === value);
      }
    };
  });
}
function inlineIgnores(item, input, errors, notices) {
  const { workload } = item;
  const sources = [
    { annotations: stringMap(asRecord2(workload.object.value.metadata)?.annotations), path: ["metadata", "annotations"] }
  ];
  if (workload.podPath.length > 0) {
    sources.push({ annotations: stringMap(asRecord2(workload.pod.metadata)?.annotations), path: objectPath(workload, ["metadata", "annotations"]) });
  }
  const out = [];
  for (const { annotations, path: path9 } of sources) {
    const list = annotations[IGNORE_ANNOTATION];
    if (list === void 0) continue;
    const at = workload.object.locate([...path9, IGNORE_ANNOTATION]).primary;
    const where = { file: at.file, line: at.line, column: at.column, target: item.targetRef };
    const object = `${workload.kind} "${workload.name}"`;
    if (!input.policy.allowInlineIgnores) {
      notices.push({ ...where, message: `${object}: ${IGNORE_ANNOTATION} is not applied because inline ignores are turned off` });
      continue;
    }
    const names = list.split(",").map((name) => name.trim()).filter((name) => name !== "");
    const unknown = names.filter((name) => !isCheckId(name));
    const reason = annotations[IGNORE_REASON_ANNOTATION]?.trim() ?? "";
    const expires = annotations[IGNORE_EXPIRES_ANNOTATION];
    const problems = [];
    if (names.length === 0) problems.push(`${IGNORE_ANNOTATION} names no check`);
    if (unknown.length > 0) problems.push(`${IGNORE_ANNOTATION} names unknown check${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => JSON.stringify(name)).join(", ")}`);
    if (reason === "") problems.push(`${IGNORE_ANNOTATION} needs a ${IGNORE_REASON_ANNOTATION} annotation (a sentence saying why the check is relaxed)`);
    if (expires !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) problems.push(`${IGNORE_EXPIRES_ANNOTATION} ${JSON.stringify(expires)} must be a date written YYYY-MM-DD`);
    if (problems.length > 0) {
      errors.push({ ...where, message: `${object}: ${problems.join("; ")}; the annotation is not applied` });
      continue;
    }
    if (expires !== void 0 && input.today > expires) {
      notices.push({ ...where, message: `${object}: ${IGNORE_ANNOTATION} (${names.join(", ")}) expired on ${expires} and no longer applies` });
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
  const value = asRecord2(workload.pod.spec)?.runtimeClassName;
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
function evaluateOnce(pod, level, version, emulation) {
  return cachedOn(evaluationCache, pod, `${level}:${version.text}:${emulation.emulationMinor ?? ""}`, () => evaluatePod(pod, level, version, emulation));
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
      if (checksNextVersion(group, version, emulation, nextVersion)) failures.push(...evaluateOnce(workload.pod, group.level, nextVersion, {}));
      for (const failure of failures) {
        for (const path9 of failure.paths) locateOnce(workload.object, objectPath(workload, path9));
      }
    }
  }
}
function assessWorkloads(input) {
  const errors = [];
  const notices = [];
  const findings = [];
  const verdicts = [];
  const policyOf = buildNamespaces(input, errors, notices);
  const relaxations = compileRelaxations(input.policy.relaxations, input.today);
  const emulation = emulationOf(input.policy);
  const nextVersion = input.policy.nextVersion === void 0 ? void 0 : parseVersion(input.policy.nextVersion);
  for (const relaxation2 of relaxations) {
    if (!relaxation2.expired) continue;
    const { origin, checks, expires, reason } = relaxation2.relaxation;
    notices.push({
      file: origin?.file ?? ".podsec.yaml",
      message: `${origin ? `${origin.path} ` : "a relaxation "}(${checks.join(", ")}) expired on ${expires} and no longer applies: ${reason}`
    });
  }
  for (const item of input.items) {
    const { workload } = item;
    const namespace = effectiveNamespace(workload, item.defaultNamespace);
    const objectAt = locateOnce(workload.object, []).primary;
    const shapeProblems = shapeProblemsOf(workload);
    if (shapeProblems.length > 0) {
      const firstPath = shapeProblems.find((problem) => problem.path !== void 0)?.path;
      const at = firstPath === void 0 ? objectAt : locateOnce(workload.object, firstPath).primary;
      const messages = shapeProblems.map((problem) => problem.message);
      errors.push({ file: at.file, line: at.line, column: at.column, target: item.targetRef, message: invalidObjectMessage(workload, messages) });
      continue;
    }
    const exempt = input.policy.exemptions.namespaces.includes(namespace) ? "namespace" : runtimeClassOf(workload) !== void 0 && input.policy.exemptions.runtimeClasses.includes(runtimeClassOf(workload)) ? "runtimeClass" : void 0;
    const exemption = exempt === "namespace" ? { reason: `namespace "${namespace}" is exempt from Pod Security (exemptions.namespaces)`, source: "exemption" } : exempt === "runtimeClass" ? { reason: `runtime class "${runtimeClassOf(workload)}" is exempt from Pod Security (exemptions.runtimeClasses)`, source: "exemption" } : void 0;
    const matching = relaxations.filter((r) => !r.expired && r.matches(namespace, workload));
    const inline = inlineIgnores(item, input, errors, notices);
    const suppressionFor = (check) => {
      if (exemption) return exemption;
      const relaxed = matching.find((r) => r.relaxation.checks.includes(check));
      if (relaxed) {
        const { reason, expires } = relaxed.relaxation;
        return { reason, source: "config", ...expires !== void 0 ? { expires } : {} };
      }
      return inline.find((ignore) => ignore.checks.has(check))?.suppression;
    };
    const { policies } = policyOf(namespace);
    const base = { apiVersion: workload.apiVersion, kind: workload.kind, namespace, name: workload.name, ...workload.part !== void 0 ? { part: workload.part } : {} };
    const failuresByGroup = /* @__PURE__ */ new Map();
    const upcoming = /* @__PURE__ */ new Map();
    for (const group of groupModes(policies)) {
      const version = parseVersion(group.version);
      const failures = version ? evaluateOnce(workload.pod, group.level, version, emulation) : [];
      failuresByGroup.set(`${group.level}:${group.version}`, failures);
      const severity = SEVERITY[group.modes[0]];
      for (const failure of failures) {
        findings.push(makeFinding(item, base, failure, group, group.version, severity, suppressionFor(failure.id), false));
      }
      if (checksNextVersion(group, version, emulation, nextVersion)) {
        const now = new Set(failures.map((f) => f.id));
        for (const failure of evaluateOnce(workload.pod, group.level, nextVersion, {})) {
          if (now.has(failure.id)) continue;
          const key = `${group.level}:${failure.id}`;
          const seen = upcoming.get(key);
          if (seen) upcoming.set(key, { ...seen, group: { ...seen.group, modes: [...seen.group.modes, ...group.modes] } });
          else upcoming.set(key, { group: { ...group, modes: [...group.modes] }, failure, version: nextVersion.text });
        }
      }
    }
    for (const { group, failure, version } of upcoming.values()) {
      findings.push(makeFinding(item, base, failure, group, version, "note", suppressionFor(failure.id), true));
    }
    for (const mode of MODES) {
      const { level, version } = policies[mode];
      const failures = failuresByGroup.get(`${level}:${version}`) ?? [];
      const counted = exempt ? [] : failures.filter((failure) => suppressionFor(failure.id) === void 0);
      const allowed = counted.length === 0;
      verdicts.push({
        file: objectAt.file,
        line: objectAt.line,
        ...base,
        mode,
        level,
        version,
        allowed,
        ...allowed ? {} : { message: aggregateMessage(counted, mode, level, version) },
        ...exempt ? { exempt } : {},
        targets: [item.targetRef],
        ...!allowed && mode === "enforce" && !workload.isPod ? { note: controllerEnforceNote2(workload.kind) } : {}
      });
    }
  }
  return {
    findings: sortFindings(mergeFindings(findings)),
    verdicts: sortVerdicts(mergeVerdicts(verdicts)),
    notices: dedupErrors(notices),
    errors: dedupErrors(errors)
  };
}
function invalidObjectMessage(workload, problems) {
  const list = problems.length === 1 ? problems[0] : `[${problems.join(", ")}]`;
  const slash = workload.apiVersion.indexOf("/");
  const qualifiedKind = slash < 0 ? workload.kind : `${workload.kind}.${workload.apiVersion.slice(0, slash)}`;
  return `${qualifiedKind} ${JSON.stringify(workload.name)} is invalid: ${list}`;
}
function makeFinding(item, base, failure, group, version, severity, suppressed, isUpcoming) {
  const { workload } = item;
  const [first = [], ...others] = failure.paths;
  const fullPath = objectPath(workload, first);
  const located = locateOnce(workload.object, fullPath);
  const related = [...located.related];
  const samePlace = (a2, b) => a2.file === b.file && a2.line === b.line && a2.column === b.column;
  for (const path9 of others) {
    const extraPath = objectPath(workload, path9);
    const extraLocated = locateOnce(workload.object, extraPath);
    const extra = extraLocated.primary;
    if (!samePlace(located.primary, extra) && !related.some((r) => samePlace(r, extra))) related.push({ ...extra, message: `also: ${dottedPath(extraPath)}` });
    for (const more of extraLocated.related) if (!related.some((r) => samePlace(r, more))) related.push(more);
  }
  const field = dottedPath(fullPath);
  const wordingMode = isUpcoming ? "warn" : group.modes[0];
  const { primary } = located;
  return {
    file: primary.file,
    line: primary.line,
    column: primary.column,
    endLine: primary.endLine,
    endColumn: primary.endColumn,
    ...base,
    check: failure.id,
    level: group.level,
    version,
    reason: failure.reason,
    detail: failure.detail,
    message: aggregateMessage([failure], wordingMode, group.level, version),
    modes: [...group.modes],
    severity,
    field,
    targets: [item.targetRef],
    related,
    ...suppressed ? { suppressed } : {},
    fingerprint: findingFingerprint({ check: failure.id, level: group.level, version, file: primary.file, kind: base.kind, namespace: base.namespace, name: base.name, field }),
    ...isUpcoming ? { upcoming: true } : {},
    ...!isUpcoming && group.modes.includes("enforce") && !workload.isPod ? { note: controllerEnforceNote2(base.kind) } : {}
  };
}
function addTarget2(targets, ref) {
  const index = targets.findIndex((t) => t.kind === ref.kind && t.path === ref.path);
  if (index < 0) return [...targets, ref];
  const existing = targets[index];
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
  for (const finding2 of findings) {
    const key = [finding2.fingerprint, finding2.line, finding2.column, suppressionKey(finding2.suppressed), finding2.upcoming ? 1 : 0].join("\0");
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, finding2);
      continue;
    }
    let targets = [...seen.targets];
    for (const target2 of finding2.targets) targets = addTarget2(targets, target2);
    const modes2 = MODES.filter((m) => seen.modes.includes(m) || finding2.modes.includes(m));
    const severity = seen.upcoming ? seen.severity : SEVERITY[modes2[0]];
    merged.set(key, { ...seen, targets, modes: modes2, severity });
  }
  return [...merged.values()].map((f) => ({ ...f, targets: sortTargets(f.targets) }));
}
function mergeVerdicts(verdicts) {
  const merged = /* @__PURE__ */ new Map();
  for (const verdict2 of verdicts) {
    const key = [verdict2.file, verdict2.line, verdict2.kind, verdict2.namespace, verdict2.name, verdict2.part ?? "", verdict2.mode, verdict2.level, verdict2.version, verdict2.allowed, verdict2.message ?? "", verdict2.exempt ?? ""].join("\0");
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, verdict2);
      continue;
    }
    let targets = [...seen.targets];
    for (const target2 of verdict2.targets) targets = addTarget2(targets, target2);
    merged.set(key, { ...seen, targets });
  }
  return [...merged.values()].map((v) => ({ ...v, targets: sortTargets(v.targets) }));
}
function sortTargets(targets) {
  return [...targets].sort((a2, b) => compareStrings(a2.path, b.path) || compareStrings(a2.kind, b.kind));
}
function sortFindings(findings) {
  return findings.sort(
    (a2, b) => compareStrings(a2.file, b.file) || a2.line - b.line || a2.column - b.column || compareStrings(a2.kind, b.kind) || compareStrings(a2.namespace, b.namespace) || compareStrings(a2.name, b.name) || checkRank(a2.check) - checkRank(b.check) || Number(a2.upcoming ?? false) - Number(b.upcoming ?? false) || LEVEL_RANK(a2.level) - LEVEL_RANK(b.level) || compareStrings(a2.version, b.version) || compareStrings(a2.field, b.field) || compareStrings(suppressionKey(a2.suppressed), suppressionKey(b.suppressed))
  );
}
function sortVerdicts(verdicts) {
  return verdicts.sort(
    (a2, b) => compareStrings(a2.file, b.file) || a2.line - b.line || compareStrings(a2.kind, b.kind) || compareStrings(a2.namespace, b.namespace) || compareStrings(a2.name, b.name) || MODES.indexOf(a2.mode) - MODES.indexOf(b.mode) || compareStrings(a2.message ?? "", b.message ?? "")
  );
}
function dedupErrors(errors) {
  const seen = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const key = [error.file, error.line ?? 0, error.column ?? 0, error.message].join("\0");
    const known = seen.get(key);
    if (!known) seen.set(key, error);
    else if (known.target && error.target && known.target.path === error.target.path) {
      seen.set(key, { ...known, target: addTarget2([known.target], error.target)[0] });
    }
  }
  return [...seen.values()];
}

// src/scan.ts
var TARGETS_PER_RENDER_SLOT = 8;
async function scan(options, deps) {
  const discovered = await deps.discover(options);
  const inFlight = Math.max(1, options.render.concurrency) * TARGETS_PER_RENDER_SLOT;
  const targets = discovered.targets;
  const prepared = new Array(targets.length);
  await mapBounded(startOrder(targets), inFlight, async (index) => {
    const target2 = targets[index];
    prepared[index] = prepareOutcome(target2.ref.kind === "manifest" ? await deps.loadManifests(target2, options) : await deps.render(target2, options), options);
  });
  return finishResult(prepared, discovered.errors, options);
}
function startOrder(targets) {
  const rank2 = (target2) => target2.ref.kind === "kustomize" ? 0 : target2.ref.kind === "helm" ? 1 : 2;
  return targets.map((_, index) => index).sort((a2, b) => rank2(targets[a2]) - rank2(targets[b]) || a2 - b);
}
function prepareOutcome(outcome, options) {
  const errors = [...outcome.errors];
  const items = [];
  const namespaceObjects = [];
  let workloadCount = 0;
  for (const scenario of outcome.scenarios) {
    const targetRef2 = {
      ...outcome.target,
      scenarios: outcome.target.kind === "helm" ? [scenario.scenario] : []
    };
    const extracted = extractWorkloads(scenario.objects, options.policy.podTemplateKinds);
    for (const error of extracted.errors) errors.push({ ...error, target: outcome.target });
    for (const object of scenario.objects) {
      if (isNamespace(object)) namespaceObjects.push(object);
    }
    for (const workload of extracted.workloads) {
      items.push({ workload, targetRef: targetRef2, defaultNamespace: scenario.defaultNamespace });
    }
    workloadCount += extracted.workloads.length;
  }
  warmAssessment(items, options.policy);
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
    notices.push({ file: paths, message: `no pod-producing workloads found in ${paths} (${targets.length} ${targets.length === 1 ? "file or target" : "files and targets"} read)` });
  }
  return {
    findings: assessed.findings,
    workloads: assessed.verdicts,
    errors: sortErrors(errors),
    targets,
    notices: sortErrors(notices)
  };
}
function isNamespace(object) {
  return object.value["kind"] === "Namespace" && object.value["apiVersion"] === "v1";
}
function sortErrors(errors) {
  return errors.map((error, index) => ({ error, index })).sort(
    (a2, b) => compareStrings(a2.error.file, b.error.file) || (a2.error.line ?? 0) - (b.error.line ?? 0) || a2.index - b.index
  ).map(({ error }) => error);
}
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/version.ts
var PODSEC_VERSION = "0.1.0";

// src/cli/args.ts
import { parseArgs } from "node:util";
var OUTPUT_FORMATS = ["text", "json", "sarif", "markdown"];
var UsageError = class extends Error {
  name = "UsageError";
};
var scanOptions = {
  level: { type: "string" },
  version: { type: "string" },
  enforce: { type: "string" },
  warn: { type: "string" },
  audit: { type: "string" },
  "next-version": { type: "string" },
  "cluster-version": { type: "string" },
  format: { type: "string", short: "o" },
  output: { type: "string" },
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
  debug: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var mergeOptions2 = {
  format: scanOptions.format,
  output: scanOptions.output,
  "fail-on": scanOptions["fail-on"],
  debug: scanOptions.debug,
  color: scanOptions.color,
  "no-color": scanOptions["no-color"],
  help: scanOptions.help
};
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "help" || first === "--help" || first === "-h") {
    return { command: "help", topic: first === "help" ? rest[0] : void 0 };
  }
  if (first === "version" || first === "--about") return { command: "version" };
  if (first === "scan") return parseScan(rest);
  if (first === "merge") return parseMerge(rest);
  throw new UsageError(`unknown command "${first}"; expected scan, merge, help or version`);
}
function parseScan(argv) {
  const { values, positionals } = parseStrict(argv, scanOptions);
  if (values.help) return { command: "help", topic: "scan" };
  return {
    command: "scan",
    paths: positionals,
    format: parseFormat(values.format),
    output: values.output,
    sarifFile: values.sarif,
    jsonFile: values.json,
    config: values.config,
    admissionConfig: values["admission-config"],
    debug: values.debug ?? false,
    color: colorChoice(values.color, values["no-color"]),
    flags: {
      level: values.level,
      version: values.version,
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
      ignoreInline: values["ignore-inline"]
    }
  };
}
function parseMerge(argv) {
  const { values, positionals } = parseStrict(argv, mergeOptions2);
  if (values.help) return { command: "help", topic: "merge" };
  if (positionals.length === 0) throw new UsageError("merge needs at least one JSON result file");
  return {
    command: "merge",
    files: positionals,
    format: parseFormat(values.format),
    output: values.output,
    failOn: values["fail-on"],
    debug: values.debug ?? false,
    color: colorChoice(values.color, values["no-color"])
  };
}
function parseStrict(argv, options) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
    throw new UsageError(`${message.replace(/\.$/, "")} (see podsec help)`);
  }
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
  podsec merge FILE... [options]      merge JSON results of sharded scans into one report
  podsec version                      print podsec's version
  podsec help                         this text

PATH may be a file, a directory (searched recursively), or - for standard input.

Policy:
  --level LEVEL            privileged, baseline or restricted for all three modes
  --version VERSION        latest or v1.N for all three modes
  --enforce LEVEL[:VER]    set one mode (also --warn, --audit), e.g. --warn restricted:v1.30
  --next-version VERSION   also report, as notes, what would fail at a newer version
  --cluster-version v1.N   the cluster's version: what "latest" means there
  -c, --config FILE        config file (default: .podsec.yaml in the working directory, if present)
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

Output:
  -o, --format FORMAT      text, json, sarif or markdown (a job summary) (default text)
  --output FILE            write the report to FILE instead of standard output
  --sarif FILE             also write SARIF to FILE
  --json FILE              also write JSON to FILE
  --fail-on WHAT           enforce (default), warn, audit, any or none
  --render-errors WHAT     fail (default: exit 2) or warn (report render errors, exit by findings)
  --no-color, --color      force colour off or on
  --debug                  show stack traces for unexpected errors

Exit codes: 0 no failing findings, 1 findings that fail the run, 2 usage, configuration, input or render errors.
`;

// src/cli/merge.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/report/untrusted.ts
var LIMITS = {
  items: 5e5,
  text: 2e4,
  line: 1e7
};
var Invalid = class extends Error {
};
function fail(where, expected) {
  throw new Invalid(`${where}: expected ${expected}`);
}
function obj(value, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(where, "an object");
  return value;
}
function arr(value, where, max = LIMITS.items) {
  if (!Array.isArray(value)) fail(where, "a list");
  if (value.length > max) fail(where, `at most ${max} items`);
  return value;
}
function str(value, where, max = LIMITS.text) {
  if (typeof value !== "string" || value.length > max) fail(where, `a string of at most ${max} characters`);
  return value;
}
function optStr(value, where) {
  return value === void 0 ? void 0 : str(value, where);
}
function int(value, where, min, max) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(where, `a whole number from ${min} to ${max}`);
  }
  return value;
}
function oneOf(value, allowed, where) {
  if (typeof value !== "string" || !allowed.includes(value)) fail(where, `one of ${allowed.join(", ")}`);
  return value;
}
function isSafeRelativePath(text) {
  if (text === "" || text.length > 4096) return false;
  if (text.startsWith("/") || text.startsWith("\\") || /^[A-Za-z]:/.test(text)) return false;
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return false;
  return text.split("/").every((segment) => segment !== "..");
}
function relPath(value, where) {
  const text = str(value, where, 4096);
  if (!isSafeRelativePath(text)) fail(where, 'a repository-relative path without ".." (forward slashes)');
  return text;
}

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
    if (report["version"] !== JSON_REPORT_VERSION) fail("version", JSON.stringify(JSON_REPORT_VERSION));
    const result = {
      findings: arr(report["findings"], "findings").map((item, i2) => finding(item, `findings[${i2}]`)),
      workloads: arr(report["workloads"], "workloads").map((item, i2) => verdict(item, `workloads[${i2}]`)),
      errors: arr(report["errors"], "errors").map((item, i2) => scanError(item, `errors[${i2}]`)),
      notices: arr(report["notices"] ?? [], "notices").map((item, i2) => scanError(item, `notices[${i2}]`)),
      targets: arr(report["targets"] ?? [], "targets").map((item, i2) => targetSummary(item, `targets[${i2}]`))
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
      findings.set(key, existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget2, existing.targets)) } : item);
    }
  }
  const verdicts = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const item of result.workloads) {
      const key = [item.file, item.line, item.kind, item.namespace, item.name, item.part ?? "", item.mode].join("\0");
      const existing = verdicts.get(key);
      verdicts.set(key, existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget2, existing.targets)) } : item);
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
var TARGET_KINDS = ["manifest", "helm", "kustomize"];
var SEVERITIES = ["error", "warning", "note"];
var SUPPRESSION_SOURCES = ["exemption", "config", "annotation"];
function targetRef(value, where) {
  const o2 = obj(value, where);
  return {
    kind: oneOf(o2["kind"], TARGET_KINDS, `${where}.kind`),
    path: str(o2["path"], `${where}.path`, 4096),
    scenarios: arr(o2["scenarios"], `${where}.scenarios`, 1e3).map((s, i2) => str(s, `${where}.scenarios[${i2}]`, 4096))
  };
}
function location(value, where) {
  const o2 = obj(value, where);
  const message = optStr(o2["message"], `${where}.message`);
  return {
    file: relPath(o2["file"], `${where}.file`),
    line: int(o2["line"], `${where}.line`, 1, LIMITS.line),
    column: int(o2["column"], `${where}.column`, 1, LIMITS.line),
    endLine: int(o2["endLine"], `${where}.endLine`, 1, LIMITS.line),
    endColumn: int(o2["endColumn"], `${where}.endColumn`, 1, LIMITS.line),
    ...message !== void 0 ? { message } : {}
  };
}
function modes(value, where) {
  const list = arr(value, where, 3).map((m, i2) => oneOf(m, MODES, `${where}[${i2}]`));
  return MODES.filter((m) => list.includes(m));
}
function finding(value, where) {
  const o2 = obj(value, where);
  const check = str(o2["check"], `${where}.check`, 64);
  if (!isCheckId(check)) fail(`${where}.check`, "an upstream check id");
  const fingerprint = str(o2["fingerprint"], `${where}.fingerprint`, 128);
  if (!/^[A-Za-z0-9:_.-]+$/.test(fingerprint)) fail(`${where}.fingerprint`, "letters, digits and : _ . -");
  let suppressed;
  if (o2["suppressed"] !== void 0) {
    const s = obj(o2["suppressed"], `${where}.suppressed`);
    const expires = optStr(s["expires"], `${where}.suppressed.expires`);
    suppressed = {
      reason: str(s["reason"], `${where}.suppressed.reason`),
      source: oneOf(s["source"], SUPPRESSION_SOURCES, `${where}.suppressed.source`),
      ...expires !== void 0 ? { expires } : {}
    };
  }
  if (o2["upcoming"] !== void 0 && typeof o2["upcoming"] !== "boolean") fail(`${where}.upcoming`, "true or false");
  const note = optStr(o2["note"], `${where}.note`);
  return {
    file: relPath(o2["file"], `${where}.file`),
    line: int(o2["line"], `${where}.line`, 1, LIMITS.line),
    column: int(o2["column"], `${where}.column`, 1, LIMITS.line),
    endLine: int(o2["endLine"], `${where}.endLine`, 1, LIMITS.line),
    endColumn: int(o2["endColumn"], `${where}.endColumn`, 1, LIMITS.line),
    apiVersion: str(o2["apiVersion"], `${where}.apiVersion`, 512),
    kind: str(o2["kind"], `${where}.kind`, 512),
    namespace: str(o2["namespace"], `${where}.namespace`, 512),
    name: str(o2["name"], `${where}.name`, 512),
    ...o2["part"] !== void 0 ? { part: str(o2["part"], `${where}.part`, 512) } : {},
    check,
    level: oneOf(o2["level"], LEVELS, `${where}.level`),
    version: str(o2["version"], `${where}.version`, 32),
    reason: str(o2["reason"], `${where}.reason`),
    detail: str(o2["detail"], `${where}.detail`),
    message: str(o2["message"], `${where}.message`),
    modes: modes(o2["modes"], `${where}.modes`),
    severity: oneOf(o2["severity"], SEVERITIES, `${where}.severity`),
    field: str(o2["field"], `${where}.field`, 2048),
    targets: arr(o2["targets"], `${where}.targets`, 1e3).map((t, i2) => targetRef(t, `${where}.targets[${i2}]`)),
    related: arr(o2["related"], `${where}.related`, 1e3).map((r, i2) => location(r, `${where}.related[${i2}]`)),
    fingerprint,
    ...suppressed !== void 0 ? { suppressed } : {},
    ...o2["upcoming"] === true ? { upcoming: true } : {},
    ...note !== void 0 ? { note } : {}
  };
}
function verdict(value, where) {
  const o2 = obj(value, where);
  const message = optStr(o2["message"], `${where}.message`);
  const note = optStr(o2["note"], `${where}.note`);
  if (typeof o2["allowed"] !== "boolean") fail(`${where}.allowed`, "true or false");
  const exempt = o2["exempt"] === void 0 ? void 0 : oneOf(o2["exempt"], ["namespace", "runtimeClass"], `${where}.exempt`);
  return {
    file: relPath(o2["file"], `${where}.file`),
    line: int(o2["line"], `${where}.line`, 1, LIMITS.line),
    apiVersion: str(o2["apiVersion"], `${where}.apiVersion`, 512),
    kind: str(o2["kind"], `${where}.kind`, 512),
    namespace: str(o2["namespace"], `${where}.namespace`, 512),
    name: str(o2["name"], `${where}.name`, 512),
    ...o2["part"] !== void 0 ? { part: str(o2["part"], `${where}.part`, 512) } : {},
    mode: oneOf(o2["mode"], MODES, `${where}.mode`),
    level: oneOf(o2["level"], LEVELS, `${where}.level`),
    version: str(o2["version"], `${where}.version`, 32),
    allowed: o2["allowed"],
    targets: arr(o2["targets"], `${where}.targets`, 1e3).map((t, i2) => targetRef(t, `${where}.targets[${i2}]`)),
    ...message !== void 0 ? { message } : {},
    ...exempt !== void 0 ? { exempt } : {},
    ...note !== void 0 ? { note } : {}
  };
}
function scanError(value, where) {
  const o2 = obj(value, where);
  return {
    file: str(o2["file"], `${where}.file`, 4096),
    message: str(o2["message"], `${where}.message`),
    ...o2["line"] !== void 0 ? { line: int(o2["line"], `${where}.line`, 1, LIMITS.line) } : {},
    ...o2["column"] !== void 0 ? { column: int(o2["column"], `${where}.column`, 1, LIMITS.line) } : {},
    ...o2["target"] !== void 0 ? { target: targetRef(o2["target"], `${where}.target`) } : {}
  };
}
function targetSummary(value, where) {
  const o2 = obj(value, where);
  return { ref: targetRef(o2, where), workloads: int(o2["workloads"], `${where}.workloads`, 0, LIMITS.items) };
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
      case "merge": {
        debug = command.debug;
        const merged = mergeResultFiles(command.files.map((file) => path8.resolve(io.cwd, file)));
        const failOn = resolveFailOn(command.failOn);
        emitReport(merged, command.format, command.output, useColor(command.color, io), io);
        return reportExit(merged, failOn, io);
      }
      case "scan":
        debug = command.debug;
        return await runScan(command, io);
    }
  } catch (error) {
    return reportCrash(error, debug, io);
  }
}
async function runScan(command, io) {
  const { loaded, errors } = loadConfig({ cwd: io.cwd, configPath: command.config });
  if (!loaded) throw new OptionsError(errors);
  let admission = loaded.admission;
  if (command.admissionConfig !== void 0) {
    const read = loadAdmission(io.cwd, path8.resolve(io.cwd, command.admissionConfig), "--admission-config");
    if (!read.policy) throw new OptionsError(read.errors);
    admission = read.policy;
  }
  const options = resolveScanOptions({
    cwd: io.cwd,
    paths: command.paths.length > 0 ? command.paths : ["."],
    config: loaded.config,
    admission,
    configDir: loaded.dir,
    flags: command.flags,
    today: io.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    cpuCount: availableParallelism()
  });
  const deps = io.deps ?? createNodeScanDeps();
  let result;
  try {
    result = await scan(options, deps);
  } finally {
    if ("dispose" in deps && typeof deps.dispose === "function") deps.dispose();
  }
  if (command.sarifFile) writeOutput(io.cwd, command.sarifFile, renderSarif(result, { toolVersion: PODSEC_VERSION }));
  if (command.jsonFile) writeOutput(io.cwd, command.jsonFile, renderJson(result));
  emitReport(result, command.format, command.output, useColor(command.color, io), io);
  return reportExit(result, options.failOn, io, options.render.renderErrorsFail);
}
function resolveFailOn(text) {
  return resolveScanOptions({ cwd: ".", paths: [], flags: { failOn: text }, today: "1970-01-01" }).failOn;
}
function emitReport(result, format2, output, color, io) {
  const text = format2 === "json" ? renderJson(result) : format2 === "sarif" ? renderSarif(result, { toolVersion: PODSEC_VERSION }) : format2 === "markdown" ? renderJobSummary(result) : renderText(result, { color: output === void 0 && color });
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
    mkdirSync2(path8.dirname(target2), { recursive: true });
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

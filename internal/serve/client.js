// gen serve's dev client: live reload, stylesheet swaps, the build error
// overlay and the lint badge. It lives in a shadow root so the page's styles
// and ours never touch; the only things it adds to the page itself are
// <gen-lint-mark> elements around flagged words while the findings are open.
(() => {
  "use strict";
  const me = document.currentScript;
  if (!me || window.__genDev) return;
  window.__genDev = true;
  const serverID = me.dataset.genId;
  const outPath = me.dataset.genPath || "";
  let gen = Number(me.dataset.gen) || 0;

  // ---- UI shell -------------------------------------------------------
  const host = document.createElement("gen-dev-ui");
  const ui = host.attachShadow({ mode: "open" });
  ui.innerHTML = `<style>
    :host { all: initial; }
    * { box-sizing: border-box; }
    .ui { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
    button { font: inherit; cursor: pointer; }
    :focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
    .overlay { position: fixed; inset: 0; z-index: 2147483646; background: rgba(15, 15, 20, .72);
      display: flex; align-items: flex-start; justify-content: center; padding: 6vh 16px; overflow: auto; }
    .overlay[hidden] { display: none; }
    .dialog { background: #fff; max-width: 860px; width: 100%; border-radius: 10px; border-top: 6px solid #c62828;
      box-shadow: 0 20px 60px rgba(0,0,0,.35); padding: 20px 24px; }
    .dialog header { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
    h2 { margin: 0; font-size: 18px; color: #b71c1c; }
    .close { border: 1px solid #bbb; background: #fff; border-radius: 6px; padding: 4px 10px; }
    .note { color: #555; margin: 6px 0 14px; }
    .err { border-top: 1px solid #eee; padding-top: 12px; margin-top: 12px; }
    .pos { font: 600 14px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #1d1d1f; margin: 0; }
    .msg { margin: 4px 0; font-size: 15px; }
    .hint { margin: 4px 0; color: #1b5e20; }
    pre { background: #1e1e24; color: #e8e8ea; border-radius: 6px; padding: 10px 0; overflow: auto;
      font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 8px 0 0; }
    pre span { display: block; padding: 0 12px; white-space: pre; }
    pre .mark { background: rgba(239, 83, 80, .28); }
    pre .n { display: inline-block; width: 3.5em; color: #8a8a93; user-select: none; }
    .lint { position: fixed; right: 16px; bottom: 16px; z-index: 2147483645; display: flex; flex-direction: column;
      align-items: flex-end; gap: 8px; max-width: min(440px, calc(100vw - 32px)); }
    .lint[hidden] { display: none; }
    .badge { border: 0; border-radius: 999px; padding: 7px 14px; background: #1d1d1f; color: #fff;
      box-shadow: 0 4px 16px rgba(0,0,0,.25); display: flex; gap: 8px; align-items: center; }
    .score { font-weight: 700; border-radius: 999px; padding: 0 8px; background: #2e7d32; }
    .score.mid { background: #b26a00; } .score.low { background: #c62828; }
    .panel { background: #fff; border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.25); padding: 12px 14px;
      max-height: 55vh; overflow: auto; width: 100%; }
    .panel[hidden] { display: none; }
    .panel h2 { font-size: 15px; color: #1d1d1f; margin: 0 0 8px; }
    .panel ol { list-style: none; margin: 0; padding: 0; }
    .panel li { border-top: 1px solid #eee; padding: 8px 0; }
    .finding { all: unset; display: block; cursor: pointer; border-radius: 4px; }
    .finding:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
    .rule { font: 600 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
    .sev { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; padding: 0 6px; border-radius: 4px; margin-right: 6px; }
    .sev.error { background: #fde0e0; color: #8e1111; } .sev.warning { background: #fff0c2; color: #6b4800; }
    .sev.info { background: #dde9ff; color: #163f8a; }
    .where, .missing { color: #666; font-size: 12px; }
    .sugg { margin: 2px 0 0; color: #1b5e20; }
    .tip { position: fixed; z-index: 2147483647; max-width: 360px; background: #1d1d1f; color: #fff; border-radius: 8px;
      padding: 8px 10px; box-shadow: 0 6px 20px rgba(0,0,0,.3); pointer-events: none; }
    .tip[hidden] { display: none; }
    .tip .rule { color: #ffd666; } .tip .sugg { color: #b9f6ca; }
    .status { position: fixed; left: 16px; bottom: 16px; z-index: 2147483645; background: #1d1d1f; color: #fff;
      border-radius: 6px; padding: 6px 10px; }
    .status[hidden] { display: none; }
    @media (prefers-reduced-motion: no-preference) { .badge, .panel { transition: opacity .15s; } }
  </style>
  <div class="ui">
    <div class="overlay" hidden>
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="gen-ov-title" aria-describedby="gen-ov-note" tabindex="-1">
        <header><h2 id="gen-ov-title">Build failed</h2>
          <button type="button" class="close" aria-label="Hide until the next save">Hide (Esc)</button></header>
        <p class="note" id="gen-ov-note">The browser still shows the last good build. Save a fix and this page updates by itself.</p>
        <div class="errors"></div>
      </div>
    </div>
    <div class="lint" hidden>
      <div class="panel" id="gen-lint-panel" role="region" aria-labelledby="gen-lint-title" hidden>
        <h2 id="gen-lint-title">Reader-first findings</h2>
        <ol></ol>
      </div>
      <button type="button" class="badge" aria-expanded="false" aria-controls="gen-lint-panel"></button>
    </div>
    <div class="tip" role="tooltip" id="gen-tip" hidden></div>
    <div class="status" role="status" aria-live="polite" hidden></div>
  </div>`;
  const $ = (sel) => ui.querySelector(sel);
  const overlay = $(".overlay"), dialog = $(".dialog"), errorsBox = $(".errors");
  const lintBox = $(".lint"), badge = $(".badge"), panel = $(".panel"), list = $(".panel ol");
  const tip = $(".tip"), status = $(".status");
  const mount = () => (document.body || document.documentElement).appendChild(host);
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };

  // ---- Live reload ----------------------------------------------------
  // gen is the build the page shows, which the event stream compares with
  // the current one to tell us what we missed; latest is the newest build
  // an event announced (a failed build, or one that changed another page,
  // leaves the page as it is).
  let source = null, retry = 250, dismissedGen = -1, lastFocus = null, latest = gen;

  function connect() {
    const q = new URLSearchParams({ id: serverID, gen: String(gen), path: outPath });
    source = new EventSource("/_gen/events?" + q);
    source.addEventListener("state", (e) => {
      retry = 250;
      status.hidden = true;
      apply(JSON.parse(e.data));
    });
    source.onerror = () => {
      // Reconnect ourselves, with the build we show, so a restarted
      // server can tell us what we missed.
      source.close();
      status.textContent = "gen serve: reconnecting…";
      status.hidden = false;
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 2000);
    };
  }

  function reload() {
    source.close();
    location.reload();
  }

  function apply(msg) {
    if (msg.action === "reload") { reload(); return; }
    latest = Math.max(latest, msg.gen);
    if (msg.errors && msg.errors.length) {
      if (dismissedGen !== latest) showErrors(msg.errors);
    } else {
      hideErrors();
    }
    if (msg.action === "css") swapStylesheets();
    if (msg.action === "page") { refresh(); return; }
    // While a page update is on its way, the page shows what it fetches.
    if (!refreshing) gen = Math.max(gen, msg.gen);
    loadLint();
  }

  function swapStylesheets() {
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin) continue;
      url.searchParams.set("_gen", String(latest));
      const next = link.cloneNode();
      next.href = url.href;
      const done = () => link.remove();
      next.addEventListener("load", done, { once: true });
      next.addEventListener("error", done, { once: true });
      link.after(next);
    }
  }

  // ---- Page updates in place ------------------------------------------
  // When only this page's HTML changed, fetch it and patch the document:
  // no reload of stylesheets, scripts, fonts or images, no flash, and the
  // scroll position, form input and focus outside the changed parts stay.
  // Anything the patch cannot carry over (a page with scripts of its own,
  // different stylesheets, an error page) falls back to a full reload. Events that
  // arrive during a fetch are folded into one more fetch after it, so the
  // page always ends on the newest build and never goes back to an older
  // one.
  let refreshing = false, again = false;

  async function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    try {
      do {
        again = false;
        const r = await fetch(location.href, { cache: "no-store", credentials: "same-origin" });
        const type = r.headers.get("Content-Type") || "";
        if (r.status !== 200 || r.redirected || !type.startsWith("text/html")) { reload(); return; }
        const doc = new DOMParser().parseFromString(await r.text(), "text/html");
        const tag = doc.querySelector('script[src="/_gen/client.js"][data-gen]');
        const fetched = tag ? Number(tag.dataset.gen) : NaN;
        if (!(fetched >= 0)) { reload(); return; }
        if (fetched <= gen) continue; // an older or the same build: nothing new
        let patched = false;
        try { patched = patchDocument(doc); } catch (_) { /* a page the patch cannot handle */ }
        if (!patched) { reload(); return; }
        gen = fetched;
      } while (again);
    } catch (_) {
      // The fetch failed (the server is restarting, or the connection
      // dropped): reconnect with the build we still show, and the server
      // tells us again what we missed.
      refreshing = false;
      source.close();
      setTimeout(connect, retry);
      return;
    } finally {
      refreshing = false;
    }
    loadLint();
  }

  // patchDocument makes the page match doc, or reports false when only a
  // reload can: the page runs scripts of its own (they may have changed
  // the document, and would not run again on the patched parts), the head
  // loads different resources, or a frame shows a file of this site.
  function patchDocument(doc) {
    if (runsScripts(document) || runsScripts(doc)) return false;
    if (sameOriginFrames(document) || sameOriginFrames(doc)) return false;
    if (resourcesOf(document.head).join("\n") !== resourcesOf(doc.head).join("\n")) return false;
    clearMarks();
    document.title = doc.title;
    syncAttributes(document.documentElement, doc.documentElement);
    patchChildren(document.head, doc.head, (n) => !isResource(n));
    syncAttributes(document.body, doc.body);
    patchChildren(document.body, doc.body, (n) => n !== host && !isDevScript(n));
    return true;
  }

  const isDevScript = (n) => n.nodeName === "SCRIPT" && n.getAttribute("src") === "/_gen/client.js";
  // Scripts a browser runs; data blocks such as JSON-LD are content.
  const runsScripts = (root) => [...root.querySelectorAll("script")].some((n) => !isDevScript(n) &&
    /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i.test((n.getAttribute("type") || "").trim()));
  const isResource = (n) => n.nodeType === 1 && (n.matches("style, base, meta[http-equiv]") ||
    (n.matches("link") && /\b(stylesheet|preload|modulepreload|icon|manifest)\b/i.test(n.rel)));

  // A head's resources, as they load: stylesheet links without the cache
  // busting swapStylesheets adds, and every style in full. A stylesheet
  // being swapped is there twice for a moment: it counts once.
  function resourcesOf(head) {
    return [...new Set([...head.children].filter(isResource).map((n) => {
      if (n.matches("link[href]")) {
        const url = new URL(n.getAttribute("href"), location.href);
        url.searchParams.delete("_gen");
        return `link ${n.rel} ${url.href} ${n.media || ""}`;
      }
      return n.outerHTML;
    }))];
  }

  // A frame showing a file of this site (the email preview's message, say)
  // may have changed with the build while its element has not: keeping
  // the element would keep the old file, so such a page reloads.
  const sameOriginFrames = (root) => [...root.querySelectorAll("iframe[src], frame[src], object[data], embed[src]")]
    .some((f) => new URL(f.getAttribute("src") || f.getAttribute("data"), location.href).origin === location.origin);

  function syncAttributes(to, from) {
    for (const a of [...to.attributes]) if (!from.hasAttribute(a.name)) to.removeAttribute(a.name);
    for (const a of from.attributes) if (to.getAttribute(a.name) !== a.value) to.setAttribute(a.name, a.value);
  }

  // patchChildren makes the children of to that pass keep match those of
  // from that pass it, keeping every node that is already right. A node
  // added or removed shifts the rest by one, which a look one node ahead
  // recognises, so a new paragraph is one insertion, not a rewrite of
  // everything after it.
  function patchChildren(to, from, keep) {
    const olds = [...to.childNodes].filter(keep);
    const news = [...from.childNodes].filter(keep);
    let o = 0, last = null;
    const place = (node) => to.insertBefore(node, last ? last.nextSibling : to.firstChild);
    for (let n = 0; n < news.length; n++) {
      const want = news[n], have = olds[o];
      if (have && have.isEqualNode(want)) { last = have; o++; continue; }
      if (have && olds[o + 1] && olds[o + 1].isEqualNode(want)) {
        have.remove();
        last = olds[o + 1];
        o += 2;
        continue;
      }
      if (have && news[n + 1] && have.isEqualNode(news[n + 1])) {
        last = place(document.importNode(want, true));
        continue;
      }
      if (have && have.nodeType === want.nodeType && have.nodeName === want.nodeName) {
        if (have.nodeType === 1) {
          syncAttributes(have, want);
          patchChildren(have, want, () => true);
        } else if (have.data !== want.data) {
          have.data = want.data;
        }
        last = have;
        o++;
        continue;
      }
      const node = document.importNode(want, true);
      if (have) { to.replaceChild(node, have); o++; } else place(node);
      last = node;
    }
    for (; o < olds.length; o++) olds[o].remove();
  }

  // ---- Error overlay --------------------------------------------------
  function showErrors(errors) {
    errorsBox.replaceChildren(...errors.map((e) => {
      const s = el("section", "err");
      if (e.pos) s.append(el("p", "pos", e.pos));
      s.append(el("p", "msg", e.message));
      if (e.hint) s.append(el("p", "hint", "hint: " + e.hint));
      if (e.excerpt && e.excerpt.length) {
        const pre = el("pre");
        pre.setAttribute("aria-label", "Source around " + e.pos);
        for (const l of e.excerpt) {
          const row = el("span", l.mark ? "mark" : "");
          row.append(el("span", "n", String(l.n)), document.createTextNode(l.text));
          pre.append(row);
        }
        s.append(pre);
      }
      return s;
    }));
    $("#gen-ov-title").textContent = errors.length > 1 ? `Build failed: ${errors.length} errors` : "Build failed";
    if (overlay.hidden) {
      lastFocus = document.activeElement;
      overlay.hidden = false;
      host.setAttribute("data-gen-overlay", "open");
      dialog.focus();
    }
  }

  function hideErrors() {
    if (overlay.hidden) return;
    overlay.hidden = true;
    host.removeAttribute("data-gen-overlay");
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  }

  $(".close").addEventListener("click", () => { dismissedGen = latest; hideErrors(); });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    if (!overlay.hidden) { dismissedGen = latest; hideErrors(); }
    tip.hidden = true;
  });
  // Keep keyboard focus inside the dialog while it is open.
  overlay.addEventListener("keydown", (e) => {
    if (e.key === "Tab") { e.preventDefault(); (ui.activeElement === dialog ? $(".close") : dialog).focus(); }
  });

  // ---- Lint badge and highlights -------------------------------------
  const openKey = "gen-lint-open";
  let lint = null;

  async function loadLint() {
    let data = null;
    try {
      const r = await fetch("/_gen/lint.json?path=" + encodeURIComponent(location.pathname), { cache: "no-store" });
      if (r.status === 200) data = await r.json();
    } catch (_) { /* server restarting: the next event retries */ }
    lint = data;
    renderLint();
  }

  function renderLint() {
    clearMarks();
    if (!lint) { lintBox.hidden = true; return; }
    lintBox.hidden = false;
    const n = lint.findings.length;
    const score = el("span", "score" + (lint.score < 60 ? " low" : lint.score < 80 ? " mid" : ""), String(lint.score));
    badge.replaceChildren(score, document.createTextNode(`reader-first · ${n} finding${n === 1 ? "" : "s"}`));
    badge.setAttribute("aria-label", `Reader-first score ${lint.score}, ${n} finding${n === 1 ? "" : "s"}. ` +
      (panel.hidden ? "Show" : "Hide") + " them in the page.");
    const open = sessionStorage.getItem(openKey) === "1";
    setOpen(open);
  }

  function setOpen(open) {
    panel.hidden = !open;
    badge.setAttribute("aria-expanded", String(open));
    sessionStorage.setItem(openKey, open ? "1" : "0");
    clearMarks();
    list.replaceChildren();
    if (!open || !lint) return;
    lint.findings.forEach((f, i) => {
      const found = highlight(f, i);
      const li = el("li");
      const b = el("button", "finding");
      b.type = "button";
      b.dataset.rule = f.rule;
      b.append(el("span", "sev " + f.severity, f.severity), el("span", "rule", f.rule), document.createTextNode(" " + f.message + " "),
        el("span", "where", `line ${f.line}:${f.column}`));
      if (!found) b.append(el("span", "missing", " (not shown in the rendered page)"));
      b.addEventListener("click", () => {
        const m = document.querySelector(`gen-lint-mark[data-gen-finding="${i}"]`);
        if (m) { m.scrollIntoView({ block: "center" }); m.focus(); }
      });
      li.append(b);
      if (f.suggestion) li.append(el("p", "sugg", f.suggestion));
      list.append(li);
    });
    if (!lint.findings.length) list.append(el("li", "", "No findings: this page reads reader-first."));
  }

  badge.addEventListener("click", () => setOpen(panel.hidden));

  function clearMarks() {
    for (const m of document.querySelectorAll("gen-lint-mark")) {
      const parent = m.parentNode;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      m.remove();
      parent.normalize();
    }
    tip.hidden = true;
  }

  // The rendered text of the page's content, whitespace collapsed and
  // typography folded one character for one, with each character's node.
  const BLOCK = "p,li,h1,h2,h3,h4,h5,h6,blockquote,pre,td,th,dt,dd,figcaption,div,section,article,header,footer,aside,nav,main,summary";
  function contentRoot() {
    return document.querySelector("main article, article, main, [role=main]") || document.body;
  }
  function fold(c) {
    switch (c) {
      case "\u2018": case "\u2019": return "'";
      case "\u201c": case "\u201d": return '"';
      case "\u2013": case "\u2014": return "-";
    }
    return /\s/.test(c) ? " " : c;
  }
  function textIndex(root) {
    let text = "";
    const map = [];
    let space = true, block = null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => n.parentElement && !n.parentElement.closest("script,style,noscript,template,gen-dev-ui")
        ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const b = n.parentElement.closest(BLOCK);
      if (b !== block && !space) { text += " "; map.push(null); space = true; }
      block = b;
      const d = n.data;
      for (let i = 0; i < d.length; i++) {
        const c = fold(d[i]);
        if (c === " ") { if (space) continue; space = true; } else space = false;
        text += c;
        map.push([n, i]);
      }
    }
    return { text, map };
  }

  // Where a quote sits in text: the occurrence of exact whose surroundings
  // best match the prefix and suffix.
  function locate(text, q) {
    const score = (at, len) => {
      let s = 0;
      for (let k = 1; k <= q.prefix.length && at - k >= 0 && text[at - k] === q.prefix[q.prefix.length - k]; k++) s++;
      for (let k = 0; k < q.suffix.length && at + len + k < text.length && text[at + len + k] === q.suffix[k]; k++) s++;
      return s;
    };
    const best = (needle, from, to) => {
      let pick = -1, top = -1;
      for (let at = text.indexOf(needle, from); at >= 0 && at <= to; at = text.indexOf(needle, at + 1)) {
        const s = score(at, needle.length);
        if (s > top) { top = s; pick = at; }
      }
      return pick;
    };
    const exact = q.exact;
    if (!exact) return null;
    const at = best(exact, 0, text.length);
    if (at >= 0) return [at, at + exact.length];
    // Long spans may differ in Markdown details: anchor on both ends.
    if (exact.length < 60) return null;
    const head = exact.slice(0, 30), tail = exact.slice(-30);
    const start = best(head, 0, text.length);
    if (start < 0) return null;
    const end = text.indexOf(tail, start + head.length);
    if (end < 0 || end - start > exact.length * 1.5) return null;
    return [start, end + tail.length];
  }

  // highlight marks a finding's words (or its whole span when it names no
  // words) in the page and reports whether any were found.
  function highlight(f, i) {
    const parts = f.marks && f.marks.length ? f.marks : [{ quote: f.quote }];
    let first = true;
    for (const part of parts) {
      const { text, map } = textIndex(contentRoot());
      const range = locate(text, part.quote);
      if (!range) continue;
      const segs = [];
      for (let k = range[0]; k < range[1]; k++) {
        const m = map[k];
        if (!m) continue;
        const last = segs[segs.length - 1];
        if (last && last.node === m[0]) last.end = m[1] + 1;
        else segs.push({ node: m[0], start: m[1], end: m[1] + 1 });
      }
      const label = `${f.severity} ${f.rule}` + (part.label ? ` (${part.label})` : "") + `: ${f.message}` +
        (f.suggestion ? ` Suggestion: ${f.suggestion}` : "");
      for (const s of segs) {
        let node = s.node;
        if (s.end < node.data.length) node.splitText(s.end);
        if (s.start > 0) node = node.splitText(s.start);
        const mark = document.createElement("gen-lint-mark");
        mark.dataset.genFinding = String(i);
        mark.dataset.rule = f.rule;
        if (part.label) mark.dataset.label = part.label;
        mark.setAttribute("role", "mark");
        if (first) {
          mark.tabIndex = 0; // one tab stop per finding
          mark.setAttribute("aria-description", label);
          first = false;
        }
        const color = f.severity === "error" ? "198,40,40" : f.severity === "info" ? "37,99,235" : "214,142,0";
        mark.style.cssText = `all: unset; display: inline; background: rgba(${color},.18); color: inherit;` +
          `border-bottom: 2px solid rgb(${color}); border-radius: 2px; cursor: help; outline-offset: 2px;`;
        node.parentNode.insertBefore(mark, node);
        mark.appendChild(node);
      }
    }
    return !first;
  }

  function showTip(mark) {
    const f = lint && lint.findings[Number(mark.dataset.genFinding)];
    if (!f) return;
    tip.replaceChildren(el("div", "rule", f.rule + (mark.dataset.label ? ` (${mark.dataset.label})` : "")),
      el("div", "", f.message));
    if (f.suggestion) tip.append(el("div", "sugg", f.suggestion));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const top = r.bottom + 8 + tip.offsetHeight > innerHeight ? r.top - tip.offsetHeight - 8 : r.bottom + 8;
    tip.style.left = Math.max(8, Math.min(r.left, innerWidth - tip.offsetWidth - 8)) + "px";
    tip.style.top = Math.max(8, top) + "px";
  }
  const markOf = (t) => (t && t.closest ? t.closest("gen-lint-mark") : null);
  document.addEventListener("mouseover", (e) => { const m = markOf(e.target); if (m) showTip(m); });
  document.addEventListener("mouseout", (e) => { if (markOf(e.target) && !markOf(e.relatedTarget)) tip.hidden = true; });
  document.addEventListener("focusin", (e) => { const m = markOf(e.target); if (m) showTip(m); else tip.hidden = true; });

  connect();
  loadLint();
})();

package browsertest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/claritynotes/gen/internal/testutil"
)

const article = "content/articles/live-preview-test.md"

func articleSource(body string) string {
	return "---\ntitle: \"Live preview test\"\ndate: 2024-05-01\ndescription: \"A page the browser tests edit.\"\n---\n\n" +
		"You can reply to this email and tell me what you think.\n\n" + body + "\n"
}

// recordLoads makes the tab note in sessionStorage, which survives
// reloads, what it shows: the newest "Edit number N" marker on every page
// load and whenever an update in place changes it, and how many times a
// page was loaded.
const recordLoads = `document.addEventListener("DOMContentLoaded", () => {
  const marker = () => {
    const all = document.body.innerText.match(/Edit number \d+/g) || ["none"];
    return all[all.length - 1];
  };
  const push = (m) => {
    const seen = JSON.parse(sessionStorage.getItem("gen-test-seen") || "[]");
    seen.push(m);
    sessionStorage.setItem("gen-test-seen", JSON.stringify(seen));
  };
  sessionStorage.setItem("gen-test-loads", String(Number(sessionStorage.getItem("gen-test-loads") || "0") + 1));
  let last = marker();
  push(last);
  new MutationObserver(() => {
    const m = marker();
    if (m !== last) { last = m; push(m); }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
});`

const (
	jsLoads       = `Number(sessionStorage.getItem("gen-test-loads") || "0")`
	jsSeen        = `sessionStorage.getItem("gen-test-seen") || "[]"`
	jsOverlayText = `(() => { const h = document.querySelector("gen-dev-ui"); const o = h && h.shadowRoot.querySelector(".overlay");
	  return o && !o.hidden ? o.innerText : ""; })()`
	jsState = `JSON.stringify({url: location.href, seen: JSON.parse(sessionStorage.getItem("gen-test-seen") || "[]"),
	  overlay: ` + jsOverlayText + `, body: document.body.innerText.slice(0, 600)})`
)

func TestServeInBrowser(t *testing.T) {
	root := copySite(t)
	write(t, filepath.Join(root, article), articleSource("Initial text."))
	srv := startServe(t, root, "0")
	ctx := testutil.Chromium(t)
	pageURL := srv.url + "articles/live-preview-test/"

	err := chromedp.Run(ctx,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(recordLoads).Do(ctx)
			return err
		}),
		// Focus events only fire in a focused window; a headless one
		// has to pretend.
		emulation.SetFocusEmulationEnabled(true),
		chromedp.Navigate(pageURL),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the article", shown("none"), jsState)

	// Each save adds a line, as a writer does, so the page that shows the
	// last save shows every save's text. Saves that arrive while a build
	// or an update is under way may share one update; what must never
	// happen is a save missing from the page, or the page going back to
	// an older save than one it showed.
	t.Run("five saves 0.3 s apart all appear, in order", func(t *testing.T) {
		var body strings.Builder
		for i := 1; i <= 5; i++ {
			time.Sleep(300 * time.Millisecond)
			fmt.Fprintf(&body, "Edit number %d is here.\n\n", i)
			write(t, filepath.Join(root, article), articleSource(body.String()))
		}
		waitJS(t, ctx, "the last save", shown("Edit number 5"), jsState)
		var text string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`document.body.innerText`, &text)); err != nil {
			t.Fatal(err)
		}
		at := 0
		for i := 1; i <= 5; i++ {
			k := strings.Index(text[at:], fmt.Sprintf("Edit number %d is here.", i))
			if k < 0 {
				t.Fatalf("the page lacks save %d's text after save %d's: %.600s", i, i-1, text)
			}
			at += k
		}
		var seen []string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`JSON.parse(`+jsSeen+`)`, &seen)); err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, m := range seen {
			var n int
			if _, err := fmt.Sscanf(m, "Edit number %d", &n); err != nil {
				continue
			}
			if n < last {
				t.Errorf("the page went back from edit %d to edit %d; it showed, in turn: %q", last, n, seen)
			}
			last = n
		}
	})

	t.Run("broken front matter shows the overlay, the fix removes it", func(t *testing.T) {
		broken := "---\ntitle: \"Live preview test\ndate: [2024-05-01\n---\n\nEdit number 6 never renders.\n"
		write(t, filepath.Join(root, article), broken)
		waitJS(t, ctx, "the overlay naming the file and line",
			`/content\/articles\/live-preview-test\.md:\d+/.test(`+jsOverlayText+`)`, jsState)
		var body string
		chromedp.Run(ctx, chromedp.Evaluate(`document.body.innerText`, &body))
		if !strings.Contains(body, "Edit number 5 is here.") {
			t.Errorf("the last good build is not shown under the overlay: %.300s", body)
		}
		var focused bool
		chromedp.Run(ctx, chromedp.Evaluate(`document.activeElement === document.querySelector("gen-dev-ui")`, &focused))
		if !focused {
			t.Errorf("the overlay did not take keyboard focus")
		}

		write(t, filepath.Join(root, article), articleSource("Edit number 7 fixes it."))
		waitJS(t, ctx, "the fix without the overlay",
			shown("Edit number 7")+` && `+jsOverlayText+` === ""`, jsState)
	})

	t.Run("a stylesheet change swaps in place", func(t *testing.T) {
		before := evalInt(t, ctx, jsLoads)
		css := filepath.Join(root, "themes/clarity/static/css/clarity.css")
		data := mustRead(t, css)
		write(t, css, data+"\n:root { --gen-test-swap: 1; }\n")
		waitJS(t, ctx, "the new stylesheet",
			`getComputedStyle(document.documentElement).getPropertyValue("--gen-test-swap").trim() === "1"`, jsState)
		if after := evalInt(t, ctx, jsLoads); after != before {
			t.Errorf("the page reloaded for a stylesheet change: %d loads, then %d", before, after)
		}
	})

	t.Run("a pitchy paragraph shows a pitch-heavy finding", func(t *testing.T) {
		write(t, filepath.Join(root, article), articleSource("Edit number 8.\n\n"+
			"Our revolutionary planner is 50% off. Act now, this is your last chance!!"))
		badge := `document.querySelector("gen-dev-ui").shadowRoot.querySelector(".badge")`
		waitJS(t, ctx, "the lint badge listing findings",
			shown("Edit number 8")+` && `+badge+`.offsetParent !== null && /[1-9]\d* finding/.test(`+badge+`.innerText)`, jsState)
		if err := chromedp.Run(ctx, chromedp.Evaluate(badge+`.click()`, nil)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "a highlighted pitch-heavy finding",
			`!!document.querySelector('gen-lint-mark[data-rule="pitch-heavy"]') && `+
				`document.querySelector("gen-dev-ui").shadowRoot.querySelector(".panel").innerText.includes("pitch-heavy")`, jsState)
		// Keyboard focus on the flagged words shows the rule and message.
		err := chromedp.Run(ctx, chromedp.Focus(`gen-lint-mark[data-rule="pitch-heavy"][tabindex="0"]`, chromedp.ByQuery))
		if err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "the tooltip on focus",
			`(() => { const tip = document.querySelector("gen-dev-ui").shadowRoot.querySelector(".tip");
			  return !tip.hidden && tip.innerText.includes("pitch-heavy"); })()`, jsState)
	})

	t.Run("a text edit updates the page in place, keeping the scroll position", func(t *testing.T) {
		var long strings.Builder
		for i := 1; i <= 60; i++ {
			fmt.Fprintf(&long, "Paragraph %d gives the page some length to scroll through.\n\n", i)
		}
		write(t, filepath.Join(root, article), articleSource(long.String()+"Edit number 10 ends the page."))
		waitJS(t, ctx, "the long page", shown("Edit number 10"), jsState)
		if err := chromedp.Run(ctx, chromedp.Evaluate(`window.scrollTo(0, 900)`, nil)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "the scroll", `window.scrollY === 900`, jsState)
		loads := evalInt(t, ctx, jsLoads)
		write(t, filepath.Join(root, article), articleSource(long.String()+"Edit number 10 ends the page.\n\nEdit number 11 follows it."))
		waitJS(t, ctx, "the edit", shown("Edit number 11"), jsState)
		if after := evalInt(t, ctx, jsLoads); after != loads {
			t.Errorf("the page reloaded for a text edit: %d loads, then %d", loads, after)
		}
		if y := evalInt(t, ctx, `window.scrollY`); y != 900 {
			t.Errorf("the scroll position moved from 900 to %d", y)
		}

		// Paragraphs inserted, removed and changed across the page: the
		// patched page is the page the server now sends.
		var mixed strings.Builder
		for i := 1; i <= 60; i++ {
			switch {
			case i == 3:
				mixed.WriteString("A new paragraph near the top.\n\nAnd another *with emphasis*.\n\n")
			case i >= 10 && i <= 12:
				continue
			case i == 30:
				mixed.WriteString("Paragraph 30 now says something else, with a [link](/about/).\n\n")
				continue
			case i == 45:
				mixed.WriteString("## A new heading\n\n- a list\n- of two\n\n")
			}
			fmt.Fprintf(&mixed, "Paragraph %d gives the page some length to scroll through.\n\n", i)
		}
		write(t, filepath.Join(root, article), articleSource(mixed.String()+"Edit number 14 ends the page."))
		waitJS(t, ctx, "the mixed edit", shown("Edit number 14"), jsState)
		var same string
		err := chromedp.Run(ctx, chromedp.Evaluate(jsSameAsServed, &same, func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
		if err != nil {
			t.Fatal(err)
		}
		if same != "" {
			t.Errorf("the patched page differs from the page served: %s", same)
		}
		if after := evalInt(t, ctx, jsLoads); after != loads {
			t.Errorf("the page reloaded for text edits: %d loads, then %d", loads, after)
		}
	})

	t.Run("a head that loads something new reloads the page", func(t *testing.T) {
		loads := evalInt(t, ctx, jsLoads)
		head := filepath.Join(root, "themes/clarity/layouts/partials/head.html")
		write(t, head, mustRead(t, head)+"\n<style>:root { --gen-test-head: 1; }</style>\n")
		// The style can apply before the reloaded page counts its load, so
		// wait for both.
		waitJS(t, ctx, "the new head, through a reload",
			fmt.Sprintf(`getComputedStyle(document.documentElement).getPropertyValue("--gen-test-head").trim() === "1" && %s > %d`, jsLoads, loads), jsState)

		// A page that runs a script of its own is reloaded, not patched:
		// the script may have changed the document and would not run again.
		withStyle := mustRead(t, head)
		write(t, head, withStyle+"\n<script>window.genTestScript = (window.genTestScript || 0) + 1;</script>\n")
		waitJS(t, ctx, "the script", `window.genTestScript === 1`, jsState)
		loads = evalInt(t, ctx, jsLoads)
		write(t, filepath.Join(root, article), articleSource("Edit number 13 on a page with a script."))
		waitJS(t, ctx, "the edit, through a reload",
			fmt.Sprintf(`%s && %s > %d && window.genTestScript === 1`, shown("Edit number 13"), jsLoads, loads), jsState)
		// Take the script out again, and wait for the page without it so
		// the rebuild does not land in the next test.
		loads = evalInt(t, ctx, jsLoads)
		write(t, head, withStyle)
		waitJS(t, ctx, "the page without the script",
			fmt.Sprintf(`%s > %d && window.genTestScript === undefined`, jsLoads, loads), jsState)
	})

	t.Run("the email preview shows both widths, text and dark mode", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(srv.url+"_gen/email/")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "the issue list", `!!document.querySelector('a[href^="/_gen/email/"]')`, jsState)
		if err := chromedp.Run(ctx, chromedp.Click(`a[href^="/_gen/email/"]`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		frames := `[...document.querySelectorAll("iframe")]`
		waitJS(t, ctx, "the email in 600 and 375 px frames with its plain text",
			`(() => { const f = `+frames+`; return f.length === 2 &&
			  f[0].clientWidth === 600 && f[1].clientWidth === 375 &&
			  f.every(x => x.contentDocument && x.contentDocument.body && x.contentDocument.body.innerText.length > 100) &&
			  document.querySelector("pre").innerText.length > 100; })()`, jsState)
		if err := chromedp.Run(ctx, chromedp.Click(`#dark`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "dark mode in both frames",
			`document.querySelector("#dark").getAttribute("aria-pressed") === "true" && `+frames+`.every(x =>
			  x.src.includes("dark=1") && x.contentDocument && x.contentDocument.documentElement.outerHTML.includes("min-width: 0px"))`, jsState)

		// Saving the issue shows the new text in both frames.
		var slug string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`location.pathname.split("/").filter(Boolean).pop()`, &slug)); err != nil {
			t.Fatal(err)
		}
		issue := filepath.Join(root, "content/newsletter", slug+".md")
		write(t, issue, strings.TrimRight(mustRead(t, issue), "\n")+"\n\nEdit number 12 reaches the email.\n")
		waitJS(t, ctx, "the edit in both frames",
			frames+`.every(x => x.contentDocument && x.contentDocument.body && x.contentDocument.body.innerText.includes("Edit number 12"))`, jsState)
	})

	t.Run("the page reconnects after a restart", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(pageURL)); err != nil {
			t.Fatal(err)
		}
		port := srv.port
		srv.stop(t)
		srv = startServe(t, root, port)
		write(t, filepath.Join(root, article), articleSource("Edit number 9 after the restart."))
		waitJS(t, ctx, "the edit after the restart",
			shown("Edit number 9"), jsState)
	})
}

// jsSameAsServed fetches the page the tab shows and compares its <main>
// with the tab's, lint highlights taken out; it returns "" when they are
// the same, or both.
const jsSameAsServed = `(async () => {
  const r = await fetch(location.href, { cache: "no-store" });
  const served = new DOMParser().parseFromString(await r.text(), "text/html").querySelector("main");
  const shown = document.querySelector("main").cloneNode(true);
  for (const m of shown.querySelectorAll("gen-lint-mark")) m.replaceWith(...m.childNodes);
  shown.normalize();
  return served.isEqualNode(shown) ? "" : "shown:\n" + shown.outerHTML + "\nserved:\n" + served.outerHTML;
})()`

// shown is a condition: a page load has shown the marker (loads are
// recorded once the document is parsed, so this also orders later checks).
func shown(marker string) string {
	return `JSON.parse(` + jsSeen + `).includes("` + marker + `")`
}

func evalInt(t *testing.T, ctx context.Context, expr string) int {
	t.Helper()
	var n int
	if err := chromedp.Run(ctx, chromedp.Evaluate(expr, &n)); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return n
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	data, err := readFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

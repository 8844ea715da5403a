// Package email turns newsletter issues into messages that newsletter tools
// import as-is: table-based HTML from the theme's email template with CSS
// inlined, plain text made from the Markdown AST, an RFC 5322 .eml file and
// the Markdown body, with each tool's merge tags (see Presets). Package
// inline does the inlining; package check lists, on every rendered
// message, what the HTML uses that major email clients do not support.
package email

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/email/inline"
	"github.com/claritynotes/gen/internal/email/lex"
	"github.com/claritynotes/gen/internal/imagesize"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/theme"
)

// Template files in the theme's email/ folder (or the site's layouts/email/).
const (
	layoutFile = "email.html"
	inlineCSS  = "email.css" // inlined into style attributes
	headCSS    = "head.css"  // kept in <style>: media queries, dark mode
)

// ContentWidth is the width in pixels of the text column (600 minus the
// card's side padding); images in the body are sized to it.
const ContentWidth = 520

// Renderer renders newsletter issues as email. It is safe for concurrent use.
type Renderer struct {
	cfg       *config.Config
	md        *markdown.Renderer
	tmpl      *theme.Templates
	inlineCSS string
	headCSS   string
	min       *minifier
	inl       *inline.Inliner
	// plan is email.css parsed once (nil if it cannot be, see
	// inline.Plannable); the template gets its placeholder when
	// planInTemplate, which is false when the template does more with
	// .InlineCSS than print it.
	plan           *inline.Plan
	planInTemplate bool
	// canonical is the layout's canonical block, when the build can take
	// the canonical link's tags from it (nil otherwise).
	canonical *canonicalBlock
	images    imagesize.Finder
	links     *linkSettings
	// accepted are the caniemail features the theme declares it uses
	// knowingly (email/accepted.txt); --check leaves them out unless an
	// issue's own HTML uses them.
	accepted map[string]bool
}

// New checks gen.toml's newsletter.tool and parses the theme's email
// templates once. Errors are *diag.Error values that name gen.toml or the
// template file, and the line.
func New(cfg *config.Config, th *theme.Theme) (*Renderer, error) {
	// The tool is checked once, against gen.toml, rather than by every
	// issue that would be rendered with it.
	if _, err := LookupPreset(cfg.Newsletter.Tool); err != nil {
		line, col := cfg.ValuePos("newsletter", "tool")
		return nil, &diag.Error{Path: cfg.File, Line: line, Col: col, Msg: err.Error()}
	}
	files, err := th.Email()
	if err != nil {
		return nil, err
	}
	r := &Renderer{
		cfg:    cfg,
		md:     markdown.New(markdown.Options{InlineStyles: true, Unsafe: cfg.Markdown.Unsafe}),
		min:    newMinifier(),
		inl:    inline.New(),
		images: imagesize.Finder{Root: cfg.Root},
		links:  newLinkSettings(cfg),
	}
	found := false
	for _, f := range files {
		switch f.Name {
		case layoutFile:
			found = true
		case acceptedFile:
			b, err := th.Read(f)
			if err != nil {
				return nil, diag.Errorf(f.Path, 0, 0, "", "cannot read: %v", err)
			}
			if r.accepted, err = parseAccepted(f.Path, b); err != nil {
				return nil, err
			}
		case inlineCSS, headCSS:
			b, err := th.Read(f)
			if err != nil {
				return nil, diag.Errorf(f.Path, 0, 0, "", "cannot read: %v", err)
			}
			if f.Name == inlineCSS {
				r.inlineCSS = string(b)
			} else {
				r.headCSS = string(b)
			}
		}
	}
	if !found {
		return nil, &diag.Error{Path: th.Dir + "/email/" + layoutFile, Msg: "email template not found",
			Hint: "add " + layoutFile + " to the theme's email/ folder or to your site's layouts/email/"}
	}
	// The layout runs as a compiled program once its first message has
	// escaped it; the canonical block compares its escaped tree first.
	escaped := func(layout string) {
		if c := r.canonical; c != nil && layout == layoutFile {
			c.compareEscaped()
		}
	}
	if r.tmpl, err = th.ParseCompiled(files, templateFuncs(), escaped); err != nil {
		return nil, err
	}
	if inline.Plannable(r.inlineCSS) {
		r.plan = r.inl.Plan(r.inlineCSS)
		// Before any message executes the template (see Trees).
		r.planInTemplate = printsInlineCSSOnly(r.tmpl.Trees(layoutFile))
	}
	r.canonical = newCanonicalBlock(r.tmpl.Trees(layoutFile)) // before it executes too
	return r, nil
}

// preheaderFiller is what the template's preheaderFiller writes.
var preheaderFiller = template.HTML(strings.Repeat("&#847;&zwnj;&nbsp;", 40))

func templateFuncs() template.FuncMap {
	return template.FuncMap{
		"unsubscribeURL": func() string { return tokenUnsubscribe },
		"webVersionURL":  func() string { return tokenWebVersion },
		"firstName":      firstNameToken,
		// html/template strips comments, so Outlook's conditional comments
		// come from functions.
		"ifMSO":       func() template.HTML { return "<!--[if mso]>" },
		"endIf":       func() template.HTML { return "<![endif]-->" },
		"ifNotMSO":    func() template.HTML { return "<!--[if !mso]><!-->" },
		"endIfNotMSO": func() template.HTML { return "<!--<![endif]-->" },
		// Invisible characters after the preheader keep clients from
		// filling the inbox preview with the start of the body.
		"preheaderFiller": func() template.HTML { return preheaderFiller },
	}
}

// Message is one issue rendered for one tool.
type Message struct {
	HTML []byte // email-ready HTML, CSS inlined and minified
	// Web is the HTML as the site publishes it ("read this issue as it
	// looks in your inbox"): no merge tags, "Hi there,", the configured
	// unsubscribe page or no unsubscribe link, and a canonical link to the
	// issue's page. It is not one of Files.
	Web      []byte
	Text     []byte // plain-text alternative
	EML      []byte // RFC 5322 message with both parts
	Markdown []byte // the body as Markdown with absolute links (Buttondown)
	// Findings are the compatibility checker's results for HTML plus
	// problems found while rendering (an SVG image, no unsubscribe URL).
	Findings []check.Finding
	Preset   *Preset
	// Images are copies of the issue's images wider than EmailImageWidth,
	// scaled to it, by file name. The site publishes them beside the web
	// copy, email/<slug>/, where the messages' <img> elements point.
	Images map[string][]byte
}

// Files returns the files written to email/<slug>/.
func (m *Message) Files() map[string][]byte {
	files := map[string][]byte{
		"index.html":  m.HTML,
		"email.txt":   m.Text,
		"message.eml": m.EML,
		"email.md":    m.Markdown,
	}
	for name, b := range m.Images {
		files[name] = b
	}
	return files
}

// Render renders one issue for a tool; tool "" means newsletter.tool from
// gen.toml.
func (r *Renderer) Render(p *content.Page, tool string) (*Message, error) {
	msg, is, mg, err := r.render(p, tool, false, true)
	if err != nil {
		return nil, err
	}
	msg.Text = mg.text(r.plainText(p, is))
	msg.Markdown = mg.text(string(r.markdownBody(p, is)))
	msg.EML, err = buildEML(emlInput{
		From:        r.cfg.Newsletter.From,
		Subject:     p.EmailSubject(),
		Date:        p.Date,
		MessageID:   messageID(r.cfg.BaseURL, p),
		Unsubscribe: listUnsubscribe(msg.Preset, r.cfg.Newsletter.UnsubscribeURL),
		Text:        msg.Text,
		HTML:        msg.HTML,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	return msg, nil
}

// RenderWeb renders what the site publishes of an issue for
// newsletter.tool: the web copy, the mailed copies of large images and the
// findings on the tool's message, which is rendered for them, leaving out
// info findings, which gen build does not report. Text, Markdown and EML
// are left empty: the site does not publish them, and making them was a
// fifth of an email's cost.
//
// The tool's message is the web copy without its canonical link and with
// other merge tags, so when the two differ only there, RenderWeb runs the
// template, the inliner and the minifier once and cuts the link out for
// the tool's message (see withoutCanonical).
//
// The tool's message itself is made in a buffer the next message reuses,
// only to be checked: msg.HTML is left empty too.
func (r *Renderer) RenderWeb(p *content.Page) (*Message, error) {
	return r.renderWeb(p, false)
}

// renderWeb is RenderWeb; keepHTML keeps the tool's message in msg.HTML,
// for the tests that hold it to Render's.
func (r *Renderer) renderWeb(p *content.Page, keepHTML bool) (*Message, error) {
	msg, _, _, err := r.render(p, "", true, keepHTML)
	return msg, err
}

// render makes what every output of an issue shares: the tool's HTML, the
// web copy, the findings and the images. forBuild is RenderWeb's: the
// tool's HTML may be cut from the web copy's and info findings are left
// out. Without keepHTML, the tool's HTML is checked and not kept.
func (r *Renderer) render(p *content.Page, tool string, forBuild, keepHTML bool) (*Message, *issue, merger, error) {
	if tool == "" {
		tool = r.cfg.Newsletter.Tool
	}
	preset, err := LookupPreset(tool)
	if err != nil {
		return nil, nil, merger{}, err
	}
	is := r.prepare(p)
	mg := merger{preset: preset, unsubscribe: r.cfg.Newsletter.UnsubscribeURL, webVersion: is.webURL}

	msg := &Message{Preset: preset, Findings: is.findings, Images: is.assets}
	if !mg.hasUnsubscribe() {
		msg.Findings = append(msg.Findings, check.Finding{Severity: check.SeverityError, Path: p.Path, Feature: "unsubscribe",
			Message: fmt.Sprintf("the %s preset has no unsubscribe merge tag and gen.toml sets no newsletter.unsubscribeURL; set one, or pass --tool for your newsletter tool", preset.Name)})
	}

	// The web copy is the same page with every merge tag replaced by its
	// plain fallback: readers of the site are nobody's subscriber.
	canonical := r.cfg.AbsURL(p.URL)
	web := merger{preset: webPreset, unsubscribe: r.cfg.Newsletter.UnsubscribeURL, webVersion: canonical}
	var page cutPage
	var webPage string
	derived := false
	if forBuild && web.hasUnsubscribe() == mg.hasUnsubscribe() {
		if webPage, page, derived, err = r.pageWithout(is, web.hasUnsubscribe(), canonical, true); err != nil {
			return nil, nil, merger{}, err
		}
	}
	if !derived {
		if page.page, err = r.page(is, mg.hasUnsubscribe(), ""); err != nil {
			return nil, nil, merger{}, err
		}
		if webPage == "" {
			if webPage, err = r.page(is, web.hasUnsubscribe(), canonical); err != nil {
				return nil, nil, merger{}, err
			}
		}
	}
	var toolHTML []byte
	if keepHTML {
		toolHTML = mg.htmlCut(page)
		msg.HTML = toolHTML
	} else {
		b := getBuffer()
		defer putBuffer(b)
		b.Grow(len(page.page) + mergeRoom)
		toolHTML = mg.appendHTMLCut(b.AvailableBuffer(), page)
	}
	msg.Web = web.html(webPage)
	// Only the checker makes info findings (the ones above are errors and
	// warnings), so the build's leave out info there and nowhere else.
	checkHTML := check.Check
	if forBuild {
		checkHTML = check.CheckActionable
	}
	msg.Findings = append(msg.Findings, r.actionable(p, checkHTML(toolHTML, mergeTags), !mg.hasUnsubscribe())...)
	return msg, is, mg, nil
}

// FeedHTML returns the issue's body as email-safe HTML (styles inlined,
// absolute UTM-tagged URLs, no merge tags) for newsletter/feed.xml's
// content:encoded, which RSS-to-email campaigns paste into their own layout.
func (r *Renderer) FeedHTML(p *content.Page) (string, error) {
	is := r.prepare(p)
	body := string(is.body)
	if is.cta != nil {
		body += fmt.Sprintf(`<p class="next"><a href="%s"><strong>%s</strong></a></p>`,
			template.HTMLEscapeString(is.cta.URL), template.HTMLEscapeString(is.cta.Text))
	}
	return r.inlineFragment(body)
}

// issue is what every output shares: the body with absolute links, the
// tagged URLs and the problems found on the way.
type issue struct {
	page     *content.Page
	links    *linker
	body     template.HTML
	webURL   string
	cta      *ctaView
	sal      salutations
	assets   map[string][]byte // smaller copies of large images, by file name
	findings []check.Finding
}

type ctaView struct {
	Text, URL string
	Width     int // button width for Outlook's VML, in px
}

func (r *Renderer) prepare(p *content.Page) *issue {
	l := r.links.linker(r.cfg, p.URL, p.Slug)
	is := &issue{page: p, links: l, webURL: l.link(p.URL), sal: r.salutationsFor(p)}
	raw := getBuffer()
	defer putBuffer(raw)
	if err := r.md.Render(raw, p.Body, p.AST); err != nil {
		// goldmark's HTML renderer only fails when its writer does; a
		// bytes.Buffer does not.
		panic(err)
	}
	is.assets = map[string][]byte{}
	body, findings := r.emailSafeBody(p, l, raw.Bytes(), is.assets)
	is.body, is.findings = template.HTML(body), findings
	if p.CTA != nil && strings.TrimSpace(p.CTA.Text) != "" && strings.TrimSpace(p.CTA.URL) != "" {
		if u := l.link(p.CTA.URL); u != "" {
			is.cta = &ctaView{Text: strings.TrimSpace(p.CTA.Text), URL: u, Width: buttonWidth(p.CTA.Text)}
		} else {
			// A javascript: (or similar) next step: no output links to it.
			is.findings = append(is.findings, check.Finding{Severity: check.SeverityWarning, Path: p.Path, Feature: "unsafe-url",
				Element: fmt.Sprintf("cta.url %q", p.CTA.URL),
				Message: fmt.Sprintf("cta.url %q could run script in a reader's mail client, so the email has no next-step button; use an http(s) or mailto: link", p.CTA.URL)})
		}
	}
	return is
}

// buttonWidth estimates the VML button width Outlook needs: VML shapes do
// not grow with their text.
func buttonWidth(text string) int {
	return min(max(len([]rune(text))*10+64, 180), ContentWidth)
}

// view is the data the email template sees.
type view struct {
	Site           siteView
	Subject        string
	Preheader      string
	Title          string
	Date           string
	Issue          int
	ReadingTime    int
	Author         string
	Body           template.HTML
	Greeting       template.HTML // "" when the body greets or greeting is off
	Signoff        template.HTML // the sign-off and the author's name, or ""
	CTA            *ctaView
	HasUnsubscribe bool
	Canonical      string // the issue page, for the web copy only
	InlineCSS      template.CSS
	HeadCSS        template.CSS
}

type siteView struct {
	Title, Newsletter, BaseURL, Language string
}

// page executes the template, inlines the CSS and minifies the result.
// canonical is set for the web copy: the issue page's URL, which the
// template links as canonical so search engines index the page, not the copy.
func (r *Renderer) page(is *issue, hasUnsub bool, canonical string) (string, error) {
	out, _, _, err := r.pageWithout(is, hasUnsub, canonical, false)
	return out, err
}

// pageWithout is page; with derive, it also returns the page as it would
// be with no canonical link, when withoutCanonical can cut it out (ok).
func (r *Renderer) pageWithout(is *issue, hasUnsub bool, canonical string, derive bool) (out string, without cutPage, ok bool, err error) {
	p := is.page
	author := p.Author
	if author == "" {
		author = r.cfg.Author.Name
	}
	v := view{
		Site: siteView{Title: r.cfg.Title, Newsletter: r.cfg.Newsletter.Name, BaseURL: r.cfg.BaseURL,
			Language: r.cfg.Language},
		Subject:        p.EmailSubject(),
		Preheader:      oneLine(p.Preheader),
		Title:          p.Title,
		Issue:          p.Issue,
		ReadingTime:    p.ReadingTime,
		Author:         author,
		Body:           is.body,
		Greeting:       template.HTML(is.sal.greeting(html.EscapeString)),
		Signoff:        template.HTML(is.sal.signoffHTML()),
		CTA:            is.cta,
		HasUnsubscribe: hasUnsub,
		Canonical:      canonical,
		InlineCSS:      template.CSS(r.inlineCSS),
		HeadCSS:        template.CSS(r.headCSS),
	}
	if !p.Date.IsZero() {
		v.Date = p.Date.Format("January 2, 2006")
	}
	if r.planInTemplate {
		v.InlineCSS = template.CSS(r.plan.Placeholder())
		if f, done, err := r.finish(p, v, r.plan, derive); err != nil || done {
			return f.out, f.without, f.derived, err
		}
		// The placeholder was printed where the inliner does not read it
		// (an attribute, a <style> it leaves alone): the text it stands
		// for belongs there.
		v.InlineCSS = template.CSS(r.inlineCSS)
	}
	f, _, err := r.finish(p, v, nil, derive)
	return f.out, f.without, f.derived, err
}

// finished is what finish makes: the page and, when derived, the page
// without its canonical link.
type finished struct {
	out     string
	without cutPage
	derived bool
}

// finish executes the template, inlines the CSS and minifies the result;
// with derive, it also cuts the canonical link out of the result when it
// can (see withoutCanonical). With a plan, ok is false when its
// placeholder is left in the document.
func (r *Renderer) finish(p *content.Page, v view, plan *inline.Plan, derive bool) (f finished, ok bool, err error) {
	executed, commentless, inlined, minified := getBuffer(), getBuffer(), getBuffer(), getBuffer()
	defer func() {
		for _, b := range [...]*bytes.Buffer{executed, commentless, inlined, minified} {
			putBuffer(b)
		}
	}()
	if err := r.tmpl.Execute(executed, layoutFile, v); err != nil {
		return f, false, err
	}
	// The executed document is read once, for the canonical link and the
	// inliner, when the Lexer can read it.
	lx := lex.Get()
	defer lex.Put(lx)
	if !lx.Lex(executed.Bytes()) {
		lx = nil
	}
	var cut []byte
	if derive && v.Canonical != "" {
		cut = r.canonicalTags(v, executed.Bytes(), lx)
	}
	var plans []*inline.Plan
	if plan != nil {
		plans = []*inline.Plan{plan}
	}
	// The one-pass inliner sets the comments aside as it goes; for a
	// document it does not take, keepComments and the tree do.
	kept := newKeptComments()
	var doc []byte
	var streamed bool
	if lx != nil {
		doc, streamed = r.inl.InlineLexed(inlined, executed.Bytes(), lx, kept.keep, plans...)
	} else {
		doc, streamed = r.inl.InlineStream(inlined, executed.Bytes(), kept.keep, plans...)
	}
	if !streamed {
		doc, kept = keepComments(commentless, executed.Bytes())
		doc, err = r.inl.InlineTo(inlined, doc, plans...)
		if errors.Is(err, inline.ErrPlaceholderLeft) {
			return f, false, nil
		}
		if err != nil {
			return f, false, fmt.Errorf("%s: inline CSS: %w", p.Path, err)
		}
	}
	if plan != nil && (plan.LeftIn(doc) || slices.ContainsFunc(kept.comments, plan.LeftIn)) {
		return f, false, nil
	}
	if doc, err = r.min.htmlTo(minified, doc); err != nil {
		return f, false, err
	}
	f.out = kept.restore(doc)
	if cut != nil {
		f.without, f.derived = withoutCanonical(f.out, cut)
	}
	return f, true, nil
}

// oneLine collapses whitespace, so a value from front matter stays on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

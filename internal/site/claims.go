package site

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
)

// A build's outputs must not overlap: one file written by two jobs (a page
// with slug feed.xml, a page at the URL of a tag list), a file where
// another job needs a folder, or two paths that differ only in case (one
// file on macOS and Windows) would silently lose one of them. These
// checks turn each overlap into an error at the page, or the site file,
// that caused it.

// clash is how two outputs overlap.
type clash int

const (
	sameFile  clash = iota // both write one file
	fileIsDir              // one writes a file where the other needs a folder
	caseOnly               // the paths differ only in case
)

// checkClaims reports every overlap between the files the jobs wrote.
func checkClaims(jobs map[string]*job) error {
	// Overlaps are rare: the jobs are gone through in order, to report
	// them alike on every build, only when there are some.
	if !overlap(jobs) {
		return nil
	}
	ids := make([]string, 0, len(jobs))
	for id := range jobs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	owner := make(map[string]*job, len(jobs))
	byLower := make(map[string]string, len(jobs))
	folders := map[string]string{} // lower-case folder -> a file in it
	var errs []error
	seen := map[[2]*job]bool{}
	add := func(a, b *job, aName, bName string, how clash) {
		key := [2]*job{a, b}
		if b.id < a.id {
			key = [2]*job{b, a}
		}
		if !seen[key] {
			seen[key] = true
			errs = append(errs, clashError(a, b, aName, bName, how))
		}
	}
	for _, id := range ids {
		j := jobs[id]
		names := make([]string, 0, j.fileCount())
		for name := range j.files() {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			if prev, ok := owner[name]; ok {
				add(prev, j, name, name, sameFile)
				continue
			}
			owner[name] = j
			lower := strings.ToLower(name)
			if other, ok := byLower[lower]; ok {
				add(owner[other], j, other, name, caseOnly)
			} else {
				byLower[lower] = name
			}
			for i := strings.IndexByte(lower, '/'); i >= 0; i = next(lower, i) {
				if _, ok := folders[lower[:i]]; !ok {
					folders[lower[:i]] = name
				}
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(owner)) {
		if inside, ok := folders[strings.ToLower(name)]; ok {
			add(owner[inside], owner[name], inside, name, fileIsDir)
		}
	}
	return joinErrs(errs)
}

// overlap reports whether any of the jobs' files overlap as checkClaims
// tells, in one pass in no particular order: a file twice or its
// case-only twin is a lower-case path taken twice, and a file where
// another needs a folder is a lower-case path that is also a folder of
// one.
func overlap(jobs map[string]*job) bool {
	n := 0
	for _, j := range jobs {
		n += j.fileCount()
	}
	files := make(map[string]struct{}, n)
	for _, j := range jobs {
		for name := range j.files() {
			lower := strings.ToLower(name)
			if _, taken := files[lower]; taken {
				return true
			}
			files[lower] = struct{}{}
		}
	}
	for lower := range files {
		for i := strings.IndexByte(lower, '/'); i >= 0; i = next(lower, i) {
			if _, ok := files[lower[:i]]; ok {
				return true
			}
		}
	}
	return false
}

// next is the index of the next '/' in s after i, or -1.
func next(s string, i int) int {
	if k := strings.IndexByte(s[i+1:], '/'); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// clashErrors reports jobs that wanted the URL of a job planned earlier.
func clashErrors(clashes [][2]*job) []error {
	var errs []error
	for _, c := range clashes {
		_, url, _ := strings.Cut(c[0].id, ":")
		name := strings.TrimPrefix(url, "/") + "index.html"
		errs = append(errs, clashError(c[0], c[1], name, name, sameFile))
	}
	return errs
}

// clashError is the error for two jobs whose files aName and bName
// overlap. It is reported at a page when one is involved (the later file,
// when both are), else at the site file behind the output.
func clashError(a, b *job, aName, bName string, how clash) error {
	at, atName, other, otherName := a, aName, b, bName
	switch {
	case b.page != nil && (a.page == nil || b.page.Path > a.page.Path):
		at, atName, other, otherName = b, bName, a, aName
	case a.page == nil && b.src != "" && a.src == "":
		at, atName, other, otherName = b, bName, a, aName
	}
	e := &diag.Error{Path: at.src}
	subject := at.what + " (" + urlOf(atName) + ")"
	switch p := at.page; {
	case p != nil && at.what != "": // a file of a page bundle
		e.Path, e.Line, e.Col = p.BundleDir+"/", 0, 0
		subject = "the bundle file " + urlOf(atName)
		e.Hint = "rename the file in the bundle"
	case p != nil:
		e.Path = p.Path
		if p.FrontMatter.Slug != "" {
			e.Line, e.Col = p.KeyPos("slug")
			e.Hint = "choose another slug in its front matter"
		} else {
			e.Line, e.Col = 1, 1
			e.Hint = "rename the file, or give it another slug in its front matter"
		}
		subject = "URL " + p.URL
	case at.src != "":
		e.Hint = fmt.Sprintf("rename or move %s", at.src)
	}
	if other.page != nil && at.page != nil && other.what == "" && at.what == "" {
		e.Hint = "give one of them a different slug in its front matter"
	}
	switch how {
	case sameFile:
		e.Msg = fmt.Sprintf("%s is also %s", subject, describe(other, otherName))
	case fileIsDir:
		if strings.HasPrefix(strings.ToLower(atName), strings.ToLower(otherName)+"/") {
			e.Msg = fmt.Sprintf("%s needs a folder %s/, where gen writes %s", subject, otherName, describe(other, otherName))
		} else {
			e.Msg = fmt.Sprintf("%s is a file where %s needs a folder", subject, describe(other, otherName))
		}
	case caseOnly:
		e.Msg = fmt.Sprintf("%s differs only in case from %s: file systems that ignore case (macOS, Windows) keep only one of them", subject, describe(other, otherName))
	}
	return e
}

// describe names the job that writes name, for messages.
func describe(j *job, name string) string {
	if j.page != nil && j.what == "" {
		return fmt.Sprintf("the URL %s of %s", j.page.URL, j.page.Path)
	}
	s := j.what + " (" + urlOf(name) + ")"
	if j.src != "" && j.page == nil && !strings.Contains(j.what, j.src) {
		s += " from " + j.src
	}
	return s
}

// urlOf is the URL that serves an output file.
func urlOf(name string) string {
	return "/" + strings.TrimSuffix(name, "index.html")
}

// sameTopic reports whether two tags that share a URL name one topic:
// they differ only in case or in how words are joined ("Email marketing",
// "email-marketing"), not in a character that carries meaning ("C++", "C#").
func sameTopic(a, b string) bool {
	words := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_'
		}), "-")
	}
	return words(a) == words(b)
}

// tagClash is the error for tag t of page p, whose URL is that of the
// other tag first used by page first.
func tagClash(p *content.Page, t, other string, first *content.Page, url string) error {
	line, col := p.KeyPos("tags")
	where := first.Path
	if first == p {
		where = "this page"
	}
	return &diag.Error{Path: p.Path, Line: line, Col: col,
		Msg:  fmt.Sprintf("tag %q has the URL %s, as does the tag %q of %s: their pages would share one list", t, url, other, where),
		Hint: "a tag's URL keeps only its letters and digits; rename one of them (say \"csharp\" for \"C#\") so each has its own list"}
}

package testutil

import (
	"fmt"
	"strings"
)

// BigPage writes a Markdown body of about n bytes made of one kind of
// block, each a shape that once took a stage of the build more than
// linear time or memory. The text is the same for the same n, so runs
// of a benchmark and of a test compare like with like.
type BigPage struct {
	Name  string
	Write func(b *strings.Builder, n int)
}

// BigPages are the shapes of big page the scaling test and
// bench/bigpage build: prose first, the shape of a real long issue.
var BigPages = []BigPage{
	{"prose", func(b *strings.Builder, n int) {
		for i := 0; b.Len() < n; i++ {
			if i%20 == 0 {
				fmt.Fprintf(b, "## Part %d: what you can do\n\n", i/20)
			}
			b.WriteString("You can write a clear note to your reader today, and they'll thank you for the \"time\" you saved them & their team. Try one short sentence first, then read it aloud.\n\n")
		}
	}},
	{"paragraph", func(b *strings.Builder, n int) {
		for b.Len() < n {
			b.WriteString(`You & your reader say "yes" -- it's <fine>... `)
		}
		b.WriteString("\n")
	}},
	{"lists", func(b *strings.Builder, n int) {
		for b.Len() < n {
			b.WriteString("- You can write a clear note.\n  - Your reader will thank you.\n    1. Try one sentence.\n    2. Read it aloud.\n\n> You can quote a reader, too.\n> - With a list inside.\n\n")
		}
	}},
	{"table", func(b *strings.Builder, n int) {
		b.WriteString("| Step | What you do | Why your reader cares |\n|---|:---|---:|\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(b, "| %d | You write *one* clear line | They can act on it & move on |\n", i)
		}
	}},
	{"links", func(b *strings.Builder, n int) {
		// Every link is checked and placed by line and column.
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(b, "You can [read the guide](/articles/first-article/) or [ask us](https://example.com/%d) when *you* need to.\n", i)
			if i%8 == 7 {
				b.WriteString("\n")
			}
		}
	}},
	{"footnotes", func(b *strings.Builder, n int) {
		var notes strings.Builder
		for i := 0; b.Len()+notes.Len() < n; i++ {
			fmt.Fprintf(b, "You can check this claim[^n%d] and read it again[^n%d].\n\n", i, i)
			fmt.Fprintf(&notes, "[^n%d]: A source you can read, number %d.\n", i, i)
		}
		b.WriteString(notes.String())
	}},
}

// BigIssue is a newsletter issue (front matter and body) whose body
// write writes, about n bytes.
func BigIssue(write func(*strings.Builder, int), n int) string {
	var b strings.Builder
	b.WriteString("---\ntitle: \"A big issue\"\ndate: 2026-05-21\nissue: 100\nsubject: \"A big issue\"\npreheader: \"All of it.\"\ndescription: \"Big.\"\n" +
		"cta: {text: \"Reply to this email\", url: \"mailto:ada@notes.example\"}\n---\n\n")
	write(&b, b.Len()+n)
	return b.String()
}

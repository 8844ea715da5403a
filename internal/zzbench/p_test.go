package zzbench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

func load(b *testing.B) [][]byte {
	files, _ := filepath.Glob("/tmp/b10k/corpus/articles/*.md")
	var out [][]byte
	for _, f := range files[:1000] {
		d, _ := os.ReadFile(f)
		out = append(out, d)
	}
	return out
}

func run(b *testing.B, md goldmark.Markdown) {
	docs := load(b)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			md.Parser().Parse(text.NewReader(d))
		}
	}
}

func BenchmarkFull(b *testing.B) {
	run(b, goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute())))
}
func BenchmarkNoIDs(b *testing.B) {
	run(b, goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAttribute())))
}
func BenchmarkNoIDsNoLinkify(b *testing.B) {
	run(b, goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote, extension.DefinitionList, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAttribute())))
}
func BenchmarkNoIDsNoTypo(b *testing.B) {
	run(b, goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAttribute())))
}
func BenchmarkBare(b *testing.B) {
	run(b, goldmark.New())
}
func BenchmarkNoIDsNoLinkifyNoTypo(b *testing.B) {
	run(b, goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAttribute())))
}

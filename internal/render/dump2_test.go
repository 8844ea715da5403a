package render

import (
	"bytes"
	"fmt"
	"os"
	"testing"
)

func TestPartialCost(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	r, v := benchSetup(t)
	d := &Data{Site: r.Site, Kind: string(v.Kind), Title: v.Title, Description: description(v), Canonical: v.Permalink, Page: v}
	d.Nav = r.nav(d.Kind, d.Canonical)
	d.Menu = d.Nav.Menu
	for _, p := range []struct{ name string; data any }{
		{"partials/head.html", d}, {"partials/header.html", d}, {"partials/footer.html", d},
		{"partials/tags.html", v}, {"partials/meta.html", v}, {"partials/toc.html", v}, {"partials/cta.html", v}, {"partials/pagenav.html", v},
	} {
		var b bytes.Buffer
		for range 3 {
			b.Reset()
			if err := r.T.ExecutePartial(&b, p.name, p.data); err != nil {
				t.Fatal(err)
			}
		}
		res := testing.Benchmark(func(bb *testing.B) {
			bb.ReportAllocs()
			for bb.Loop() {
				b.Reset()
				r.T.ExecutePartial(&b, p.name, p.data)
			}
		})
		fmt.Printf("%-25s %8d ns %4d allocs\n", p.name, res.NsPerOp(), res.AllocsPerOp())
	}
	res := testing.Benchmark(func(bb *testing.B) {
		bb.ReportAllocs()
		for bb.Loop() {
			r.Page(v)
		}
	})
	fmt.Printf("%-25s %8d ns %4d allocs\n", "page", res.NsPerOp(), res.AllocsPerOp())
}

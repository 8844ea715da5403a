package markdown

import (
	"strings"
	"testing"
)

func TestImageSizesAndLazy(t *testing.T) {
	sizes := map[string][2]int{"first.png": {640, 360}, "second.png": {1600, 900}}
	size := func(dest string) (int, int, bool) {
		s, ok := sizes[dest]
		return s[0], s[1], ok
	}
	src := []byte("![First](first.png)\n\n![Second \"quoted\"](second.png)\n\n![Remote](https://elsewhere.example/x.png)\n")
	r := New(Options{})
	out, err := r.HTMLWithImages(src, r.Parse(src), size)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<img src="first.png" alt="First" width="640" height="360">`,
		`<img src="second.png" alt="Second &ldquo;quoted&rdquo;" width="1600" height="900" loading="lazy">`,
		`<img src="https://elsewhere.example/x.png" alt="Remote" loading="lazy">`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in:\n%s", want, out)
		}
	}
	// Without sizes (summaries, email), images are goldmark's own.
	plain, _ := r.HTML(src, r.Parse(src))
	if strings.Contains(plain, "loading=") || strings.Contains(plain, `height="`) {
		t.Errorf("plain render changed images:\n%s", plain)
	}
}

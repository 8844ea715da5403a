package serve

import "testing"

func TestIsEditorTemp(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"content/articles/x.md", false},
		{"content/articles/4913", true},
		{"content/articles/x.md~", true},
		{"content/articles/.x.md.swp", true},
		{"content/articles/.x.md.swx", true},
		{"content/articles/x.md___jb_tmp___", true},
		{"content/articles/x.md___jb_old___", true},
		{"content/articles/#x.md#", true},
		{"content/articles/.#x.md", true},
		{"content/articles/x.md.bck", true},
		{"static/.well-known/security.txt", false},
		{"content/#hashtag.md", false},
		{"layouts/_default/single.html", false},
		{"gen.toml", false},
	}
	for _, tt := range tests {
		if got := isEditorTemp(tt.name); got != tt.want {
			t.Errorf("isEditorTemp(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

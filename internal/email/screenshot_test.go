package email

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/claritynotes/gen/internal/testutil"
)

var screenshots = flag.String("screenshots", "", "save email screenshots (600px and 375px, light and dark) to this folder")

// TestScreenshots renders the test issue in headless Chromium at desktop
// and phone widths, in light and dark mode, and checks the layout fits the
// viewport (no horizontal scrolling) in each.
func TestScreenshots(t *testing.T) {
	m := render(t, "generic")
	dir := *screenshots
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "email.html")
	if err := os.WriteFile(page, m.HTML, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(page)

	ctx, cancel := context.WithTimeout(testutil.Chromium(t), 90*time.Second)
	defer cancel()

	for _, width := range []int64{600, 375} {
		for _, scheme := range []string{"light", "dark"} {
			var png []byte
			var scrollWidth int64
			err := chromedp.Run(ctx,
				chromedp.EmulateViewport(width, 900),
				emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}),
				chromedp.Navigate("file://"+abs),
				chromedp.Evaluate(`document.documentElement.scrollWidth`, &scrollWidth),
				chromedp.FullScreenshot(&png, 100),
			)
			if err != nil {
				t.Fatalf("%dpx %s: %v", width, scheme, err)
			}
			if scrollWidth > width {
				t.Errorf("%dpx %s: the page is %dpx wide and scrolls sideways", width, scheme, scrollWidth)
			}
			name := filepath.Join(dir, fmt.Sprintf("email-%d-%s.png", width, scheme))
			if err := os.WriteFile(name, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", name)
		}
	}
}

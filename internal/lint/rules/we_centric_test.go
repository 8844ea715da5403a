package rules

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

func TestWeCentric(t *testing.T) {
	runRuleCases(t, "we-centric", config.Lint{}, []ruleCase{
		{"sender piece", "We are proud of our team. We built our tool. We think our customers love us.", true},
		{"contractions count", "We're proud. We've shipped. We'll grow. Our team and our plans.", true},
		{"reader piece", "You get a report every Monday. Your team sees what changed. We send it at nine.", false},
		{"balanced", "We built it for you. Our team answers your questions. We reply to you fast. Our goal is your time. We care about your data.", false},
		{"under five self references", "We built it. Our team ships. We care about our work.", false},
		{"I and my are not counted", "I wrote my notes. I think my draft is better. Me, I, my, mine, I, my.", false},
		{"US the country", "Offices in the US, the UK and the US West. The US team. US customers. US law. US time.", false},
		{"shouted us counts", "JOIN US TODAY. We are here. Our shop, our team, our prices.", true},
		{"block quotes do not count", "> We are proud of our team. We built our tool. We think our customers love us.\n\nYou can read the quote above.", false},
		{"words in quotation marks are someone else's", "The critic wrote that \"we owe our summers to our grandparents and we should thank them.\" Today the ferry runs at nine. Come and ride it with us.", false},
		{"the writer's own words around a quote count", "The critic called it \"a fine day out.\" We agree: our ferry, our crew and our cafe are why we run it. Ride with us.", true},
		{"an unclosed quotation mark quotes nothing", "The critic said \"we owe our summers to our grandparents and we should thank our town. Ride with us.", true},
		{"code does not count", "Run `we our us we our` and `ours ourselves` in your shell.", false},
		{"words inside other words", "Wearing usual ourselvesque trousers, the user's house was ours-like.", false},
		{"front matter title counts", "---\ntitle: \"Our news: we grew, we hired, our plans\"\n---\n\nWe opened an office.", true},
		{"paragraph of 40+ words",
			"You will love this. You can try it. You get it free. You will see. Your team, your plans, your data, your time, your call.\n\n" +
				"We spent the year rebuilding our platform, and we are proud of what our engineers did: we moved our servers, we rewrote our billing, and we hired twelve people for our support team across three countries, which took most of our budget and all of our patience this year.",
			true},
	})
}

func TestWeCentricBrands(t *testing.T) {
	src := "Northwind opened an office. Northwind's team grew. Northwind Analytics hires. We think so. Our plan."
	runRuleCases(t, "we-centric", config.Lint{Brands: []string{"Northwind Analytics", "Northwind"}}, []ruleCase{{"brand counts", src, true}})
	runRuleCases(t, "we-centric", config.Lint{}, []ruleCase{{"without brands", src, false}})
	runRuleCases(t, "we-centric", config.Lint{Brands: []string{"Clarity"}}, []ruleCase{
		{"lower-case word is not the brand", "clarity matters. clarity helps. clarity wins. We write. Our notes. clarity.", false},
	})
}

// TestWeCentricBrandCount: brand names count as written, possessives
// included, and only as written.
func TestWeCentricBrandCount(t *testing.T) {
	src := "Northwind opened an office. Northwind’s team grew. Northwind's plan. Northwind Analytics hires. " +
		"NORTHWIND is shouting, northwind is not the name. We think so. Our plan."
	res := lintWith(t, config.Lint{Brands: []string{"Northwind Analytics", "Northwind"}}, src)
	ds := only(res, "we-centric")
	if len(ds) != 1 || !strings.Contains(ds[0].Message, "6 self-references") {
		t.Fatalf("got %+v, want one finding with 6 self-references", ds)
	}
}

func TestWeCentricMessage(t *testing.T) {
	res := lintWith(t, config.Lint{}, "We offer onboarding for our customers. We are proud. Our team. Our plan. You.")
	ds := only(res, "we-centric")
	if len(ds) != 1 {
		t.Fatalf("got %d diagnostics, want 1", len(ds))
	}
	d := ds[0]
	for _, want := range []string{"5 self-references (our ×3, we ×2)", "1 reader reference", "customer focus 17%"} {
		if !strings.Contains(d.Message, want) {
			t.Errorf("message %q lacks %q", d.Message, want)
		}
	}
	if want := `"We offer onboarding for our customers" → "you get onboarding for the customers"`; !strings.Contains(d.Suggestion, want) {
		t.Errorf("suggestion %q lacks %q", d.Suggestion, want)
	}
	if got := spanText(res, d); got != "We offer onboarding for our customers." {
		t.Errorf("span %q, want the worst sentence", got)
	}
}

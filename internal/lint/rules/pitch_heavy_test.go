package rules

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/testutil"
)

func TestPitchHeavy(t *testing.T) {
	calm := repeat("The report lists each export with its date, its size and the person who ran it.", 8)
	// long holds one mild word in about 190 calm words: with a deadline
	// and a label on either side, three voices stay under the density
	// limit and four reach it.
	long := calm + " The stunning part is the summary. " + calm[:300]
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"cluster in a paragraph", "Our revolutionary planner is 50% off. Act now, this is your last chance!!", true},
		{"shouting and exclamations", "HURRY!!! The sale ends TONIGHT and stock is SOLD OUT.", true},
		{"superlative claims and pressure", "It is the biggest discount we have ever offered. Only 3 left. Don't miss out.", true},
		{"contraction expanded", "Do not miss out. Before it is gone. Hurry.", true},
		{"density across paragraphs", "A world-class tool.\n\n" + calm + "\n\nGuaranteed results.\n\nLast chance to join.", true},
		{"sparse signals", "A world-class tool.\n\n" + calm + "\n\n" + calm + "\n\nGuaranteed results.\n\nLast chance to join.", false},
		{"lines set in capitals are one typeface", "DOORS OPEN AT SIX ON FRIDAY\n\n## HOW TO BUY SEATS\n\nSeats go on sale at noon on the booking page. You can buy FOUR seats per order.\n\nSEATS GO ON SALE AT NOON\n\nDO NOT REFRESH THE BOOKING PAGE OR YOU WILL LOSE YOUR TURN!\n\n" + calm, false},
		{"two lines in capitals still shout", "DOORS OPEN AT SIX ON FRIDAY\n\n## HOW TO BUY SEATS\n\nSeats go on sale at noon on the booking page. You can buy FOUR seats per order.\n\nDo not refresh the booking page or you will LOSE YOUR TURN!\n\n" + calm[:200], true},
		{"one mild word in calm copy", "Feel free to reply. " + calm + " The best part is the summary, now that you know where it lives.", false},
		{"ultimate alone", "The ultimate test is whether readers reply. " + calm, false},
		{"acronyms are not shouting", "The API returns JSON over HTTPS in UTC. The CSV export and the SOC report follow GDPR and HIPAA rules. NASA uses it.", false},
		{"single exclamation", "Thanks for reading! See you next week. " + calm, false},
		{"quoted ad in block quote", "> HURRY!!! ULTIMATE sale, act now, LAST CHANCE!!!\n\nThe ad above makes you anxious instead of informed.", false},
		{"code spans", "Avoid `game-changing`, `revolutionary` and `best-in-class` in release notes.", false},
		{"hyphen or space", "A game changing, best in class, cutting edge tool.", true},
		{"raised voice counts once in a paragraph", "I'd LOVE to reach it THIS YEAR, the best year we have ever had!! " + calm + " " + calm, false},
		{"raised voice with pressure", "I'd LOVE you to come THIS YEAR!! Only 4 seats left, so book today. " + calm + " " + calm, true},
		{"curly apostrophes", "Don’t miss out. Act now. It’s the last chance.", true},
		{"exclamations count once in a piece", "Last day at the stand!!!\n\nPie! Jam! Corn! See you.\n\n" + calm, false},
		{"with runs of marks each run of capitals shouts", "THESE are the GLORY days, and this year is HUGE!!\n\n" + calm[:240] + "\n\n" + calm[:240], true},
		{"without runs of marks a paragraph's capitals are one voice", "THESE are the GLORY days, and this year is huge!\n\n" + calm[:240] + "\n\n" + calm[:240], false},
		{"three shouts in a paragraph of a piece that exclaims", "Ok team! We need 40 pies for THIS weekend and the BAKE-OFF, and the kids LOVE it. " + calm, true},
		{"three shouts in a piece that never exclaims are stress", "Ok team. We need 40 pies for THIS weekend and the BAKE-OFF, and the kids LOVE it. " + calm, false},
		{"two shouts in a paragraph of a piece that exclaims", "Ok team! We need 40 pies for THIS weekend and the bake-off, and the kids LOVE it. " + calm, false},
		{"three shouts spread over paragraphs", "Ok team! We need 40 pies for THIS weekend.\n\n" + calm + "\n\nThe BAKE-OFF starts at noon.\n\n" + calm + "\n\nThe kids LOVE it.", false},
		{"capitals in copy that never exclaims are stress", "THESE are the GLORY days, and this year is HUGE.\n\n" + calm[:240] + "\n\n" + calm[:240], false},
		{"capitals in three paragraphs shout three times", "THESE are the days!\n\n" + calm[:240] + "\n\nThe GLORY is yours.\n\n" + calm[:240] + "\n\nThis year is HUGE.", true},
		{"a policy's capitals are stress", "ALL bags WILL BE SEARCHED at the gate. HOT DEAL items do NOT qualify for backorder.\n\n" + calm[:240] + "\n\nCLEARANCE items cannot be returned.", false},
		{"each run of exclamation marks is a signal", "We are OPEN!!!\n\n" + calm + "\n\nCome and JOIN US!!\n\n" + calm + "\n\nWhat a day!!", true},
		{"each run of marks in a paragraph raises the voice again", "The crowd was incredible and they came for us!! What a day!!! Thank you. " + calm + " " + calm, true},
		{"capitals and one run of marks are one voice", "The crowd was incredible and they came for US, ALL of them!! Thank you. " + calm + " " + calm, false},
		{"two runs of marks and a shout in a paragraph are three", "The shed party was a riot!!! My brother brought a HUGE cake and the kids ate the lot!! Thank you. " + calm + " " + calm, true},
		{"one run of marks and a shout in a paragraph are one voice", "The shed party was a riot. My brother brought a HUGE cake and the kids ate the lot!! Thank you. " + calm + " " + calm, false},
		{"single marks are one voice", "We are OPEN!\n\n" + calm + "\n\nCome and JOIN US!\n\n" + calm + "\n\nWhat a day!", false},
		{"hype words praise", "It was a miracle of a season with a legendary and incredible crew. Act now.", true},
		{"hype words opening sentences praise", "Incredible. Legendary. Act now.", true},
		{"hype words capitalised inside a sentence are names", "We watched the Miracle on Ice with Katie of The Legendary and the Incredible Hulk fan club. Act now.", false},
		{"a shouted label said again with a sales word shouts", "Today is the final day to give. (LAST CHANCE: that is foreshadowing.)\n\n" + long + "\n\nThe drive ends soon. (LAST CHANCE: more foreshadowing.)", true},
		{"a label said again is one voice", "Today is the final day to give. (EDITOR'S NOTE: that is foreshadowing.)\n\n" + long + "\n\nThe drive ends soon. (EDITOR'S NOTE: more foreshadowing.)", false},
		{"two different labels shout twice", "Today is the final day to give. (EDITOR'S NOTE: that is foreshadowing.)\n\n" + long + "\n\nThe drive ends soon. (BIG REVEAL: more foreshadowing.)", true},
		{"questions in capitals on a page of answers are one typeface", "- WHEN DOES THE POOL REOPEN? On 3 May at seven, with the new changing rooms.\n- CAN I STILL USE MY OLD PASS? Yes! Passes bought before the works stay valid.\n- WHERE DO I PARK? The east car park is open again.\n\n" + calm[:240] + "\n\nSend any other question to the desk!", false},
		{"one question in capitals among shouts is read as it stands", "WANT THE BEST SEAT IN THE HOUSE? Our lounge is HUGE and the bar is SPECTACULAR! " + calm[:240] + "\n\nThe doors open at seven!", true},
		{"roles named in capitals again and again are names", "We need VOLUNTEERS & MARSHALS on Sunday, the bank is FILTHY and the kids LOVE it!\n\n## Who is a volunteer?\n\nA VOLUNTEER picks litter along a stretch of bank that is already mapped.\n\n## Who is a marshal?\n\nA VOLUNTEER MARSHAL looks after one stretch and hands out bags and gloves. " + calm[:240] + "\n\nSign up on the form!", false},
		{"roles in capitals said once shout", "We need VOLUNTEERS & MARSHALS on Sunday, the bank is FILTHY and the kids LOVE it!\n\n## Who is a volunteer?\n\nA volunteer picks litter along a stretch of bank that is already mapped. " + calm[:240] + "\n\nSign up on the form!", true},
		{"a phrase in capitals said again is one shout repeated, not a name", "We need HARVEST MOON HELPERS on Sunday, the bank is FILTHY and the kids LOVE it!\n\n" + calm[:240] + "\n\nThe HARVEST MOON HELPERS meet at nine.", true},
		{"headings set in capitals are a typeface", "## THE SPRING PROGRAMME\n\nThree plays this year, and the choir is back!\n\n## LITTLE FOXES\n\nAuditions are on 3 June!\n\n## THE SEAGULL\n\n" + calm[:240] + "\n\nTickets go on sale in May!", false},
		{"a heading that shouts a sale still shouts", "## HUGE SPRING SALE\n\nThree plays this year, and the choir is BACK!\n\n## THE SEAGULL\n\nAuditions are on 3 June, and the cast is AMAZING!\n\n" + calm[:240] + "\n\nTickets go on sale in May!", true},
		{"a push in a heading set in capitals still pushes", "## THE SPRING PROGRAMME\n\nThree plays this year, and the choir is back!\n\n## LITTLE FOXES: DON'T MISS OUT\n\nAuditions are on 3 June!\n\n## THE SEAGULL: ONCE IT'S GONE, IT'S GONE\n\n" + calm[:240] + "\n\nTickets go on sale in May!", true},
		{"a notice line in capitals is a sign", "YOU'RE INVITED!\n\nOur harvest supper is on 2 October, and the GREAT hall is ours for the night. Bring YOUR best pie!\n\n" + calm, false},
		{"a shouted line that is no notice still shouts", "SO GOOD!\n\nOur harvest supper is on 2 October, and the GREAT hall is ours for the night. Bring YOUR best pie!\n\n" + calm, true},
		{"a notice's facts in capitals are stress", "The library will be CLOSED on MONDAY, the book drop stays OPEN and returns are due TUESDAY. Bring the kids on Wednesday instead! " + calm, false},
		{"a notice's facts joined by a short word are stress", "The café is CLOSED on SUNDAY and the hall is SHUT on MONDAY, but the PLAYGROUND stays open! " + calm, false},
		{"three shouts beside a notice's facts still shout", "The library will be CLOSED on Monday, the book sale is HUGE, the kids LOVE it and the reading tent is GIANT! " + calm, true},
		{"runs of marks alone in a paragraph are joy", "We did it!! The roof fund reached its goal last night!!! Thank you all so much!!\n\n" + calm, false},
		{"runs of marks with a push in a paragraph push", "We did it!! The last 3 seats for the roof party are left!!! Thank you all so much!!\n\n" + calm, true},
		{"exclamations with more pressure", "Last day at the stand!!!\n\nPie! Jam! Corn! Only 3 jars left.\n\n" + calm, true},
	})
}

func TestPitchHeavySpans(t *testing.T) {
	res := lintWith(t, config.Lint{}, "Intro.\n\nIt's **UNBEATABLE**, and only 4 left in grey. Hurry!!\n")
	ds := only(res, "pitch-heavy")
	if len(ds) != 1 {
		t.Fatalf("got %d diagnostics, want 1", len(ds))
	}
	var got []string
	for _, r := range ds[0].Related {
		got = append(got, string(res.Source[r.Offset:r.EndOffset])+"/"+r.Label)
	}
	want := "UNBEATABLE/puffery only 4 left/scarcity Hurry/urgency !!/exclamations"
	if strings.Join(got, " ") != want {
		t.Errorf("signals %q, want %q", strings.Join(got, " "), want)
	}
	if d := ds[0]; spanText(res, d) != "UNBEATABLE**, and only 4 left in grey. Hurry!!" || d.Line != 3 || d.Column != 8 {
		t.Errorf("span %q at %d:%d", spanText(res, d), d.Line, d.Column)
	}
}

func TestPitchHeavyConfig(t *testing.T) {
	src := "Our blazing planner is blazing. It is zesty and scorching fast."
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{{"default lists", src, false}})
	cfg := config.Lint{Rules: map[string]map[string]any{"pitch-heavy": {"hype": []any{"blazing", "zesty", "scorching"}}}}
	runRuleCases(t, "pitch-heavy", cfg, []ruleCase{{"extended lists", src, true}})
	cfg = config.Lint{Rules: map[string]map[string]any{"pitch-heavy": {"acronyms": []any{"NOTE"}, "paragraphSignals": int64(2)}}}
	runRuleCases(t, "pitch-heavy", cfg, []ruleCase{
		{"acronym list", "NOTE: the export is slow. NOTE: it is fixed.", false},
		{"lower threshold", "A world-class tool with guaranteed results.", true},
	})
}

// TestPitchHeavyScales lints one run-on sentence of n pushy clauses
// ("…: ") and one of 8n: every family reads back from its cue to the
// start of the sentence, so the larger may take at most 32 times as long
// (linear is eight; a walk over the whole sentence per cue makes it 64).
func TestPitchHeavyScales(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling check")
	}
	shape := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Hurry now, only %d left, now is the time to buy: ", i)
		}
		return b.String() + "done.\n"
	}
	// CPU time, not the wall clock: a busy machine stretches the longer
	// run's wall time more than the shorter's, and the ratio with it.
	best := func(src string) time.Duration {
		d := time.Duration(math.MaxInt64)
		for range 5 {
			start := testutil.CPUTime(t)
			lintWith(t, config.Lint{}, src)
			d = min(d, testutil.CPUTime(t)-start)
		}
		return d
	}
	small, large := best(shape(500)), best(shape(4000))
	t.Logf("%v for 1x, %v for 8x", small, large)
	if large > 32*small {
		t.Errorf("8x the clauses took %.1fx as long (%v, %v): a walk is quadratic in the sentence", float64(large)/float64(small), small, large)
	}
}

package lint

import "math"

// Score weights. The score starts at 100; each finding costs points by
// severity (infos at most infoCap in all), and copy whose reader share of
// references falls below half loses up to focusWeight/2 more.
const (
	errorCost   = 15
	warningCost = 6
	infoCost    = 1
	infoCap     = 10
	focusWeight = 40
)

// score is the reader-first score of a piece, 0–100.
func score(diags []Diagnostic, self, reader int) int {
	s := 100.0
	infos := 0
	for _, d := range diags {
		switch Severity(d.Severity) {
		case SeverityError:
			s -= errorCost
		case SeverityWarning:
			s -= warningCost
		case SeverityInfo:
			infos += infoCost
		}
	}
	s -= float64(min(infos, infoCap))
	if total := self + reader; total >= 3 {
		if focus := float64(reader) / float64(total); focus < 0.5 {
			s -= (0.5 - focus) * focusWeight
		}
	}
	return int(math.Round(min(max(s, 0), 100)))
}

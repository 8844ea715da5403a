package content

// KeyPos returns the 1-based line and column of a front matter key's
// value, or of the front matter's start when the key is absent, so an
// error about a value can point at it.
func (p *Page) KeyPos(key string) (line, col int) {
	return p.valuePos(key)
}

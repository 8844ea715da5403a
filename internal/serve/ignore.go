package serve

// skippedDirs are folders never watched: build output, caches, VCS data and
// dependencies. They would only cause rebuild loops or wasted watches.
var skippedDirs = map[string]bool{
	".git":         true,
	".hg":          true,
	".svn":         true,
	".gen-cache":   true,
	"node_modules": true,
	"public":       true,
}
